// claimex: the command-line program. Reads articles (plain text files, or JSON Lines with
// {"id": …, "text": …} per line), extracts quotes and numeric claims, writes JSON Lines, one
// pretty JSON document, or a readable report. Run `claimex --help` for the options.
//
// Design: documents go in batches (bounded in count and bytes). Each of N workers reads a batch
// (reads take turns, so batches are numbered in input order), extracts and formats it into the
// batch's output buffer with one shared const Extractor and its own reusable Document, and the
// worker holding the batch next in order writes it and every finished batch after it. No reader
// or writer thread: a batch stays on one core. At most `8 * threads` batches (of at most 64
// documents or 1 MB, or one larger document) are between reading and writing, so memory is
// bounded by that window, not by the input; small batches keep the cores evenly loaded.
#include <fmt/format.h>

#include <claimex/claimex.hpp>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <limits.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli_json.hpp"

#ifndef CLAIMEX_DEFAULT_ARTICLE
#define CLAIMEX_DEFAULT_ARTICLE ""
#endif

namespace {

constexpr std::string_view kDefaultArticleName = "anadolu-2020-10-15.txt";

// Exit statuses (documented in --help).
enum Exit : int { kOk = 0, kDocFailed = 1, kUsage = 2, kIoError = 3 };

enum class Format { text, json, jsonl };
enum class InputMode { automatic, text, jsonl };

struct Input {
  std::string path;  // "-" for stdin
  std::string name;  // shown in messages and used as id of a plain-text document
  InputMode mode = InputMode::automatic;
};

struct Config {
  Format format = Format::jsonl;
  bool format_given = false;
  claimex::JsonOptions json;
  claimex::Options extract;  // the pipeline's options (--no-dates, --unit-mentions …)
  std::string only;          // "", quotes, claims, sentences, tokens
  unsigned threads = 0;
  bool quiet = false;
  bool keep_going = false;
  InputMode forced_mode = InputMode::automatic;
  std::vector<Input> inputs;
};

// ------------------------------------------------------------------------------------ help

void print_help() {
  std::fputs(
      "Usage: claimex [OPTIONS] [INPUT...]\n"
      "\n"
      "Finds who said what (quotes) and which numbers are claimed in English news text.\n"
      "\n"
      "Inputs:\n"
      "  FILE          a plain-text article (its id is the file name); a FILE ending in\n"
      "                .jsonl is JSON Lines\n"
      "  DIR           every file under DIR, in sorted path order, each as FILE above\n"
      "                (hidden files and directories, names starting with '.', skipped)\n"
      "  -             standard input: JSON Lines if its first non-blank character is '{',\n"
      "                plain text otherwise\n"
      "  (none)        standard input when a pipe or file is redirected into it, else the\n"
      "                bundled example article (anadolu-2020-10-15.txt)\n"
      "  JSON Lines: one object a line, {\"id\": ..., \"text\": ...}; its other members are\n"
      "  copied to the output unchanged, before the results (members named sentences,\n"
      "  paragraphs, tokens, quotes or claims are replaced by the results). Blank lines are\n"
      "  skipped.\n"
      "\n"
      "Options:\n"
      "  --jsonl            read every input as JSON Lines\n"
      "  --text             read every input as one plain-text article\n"
      "  -f, --format FMT   text | json | jsonl (default: text when standard output is a\n"
      "                     terminal, jsonl otherwise)\n"
      "  --only WHAT        quotes | claims | sentences | tokens: write only that\n"
      "  --paragraphs       also write paragraph spans (json, jsonl)\n"
      "  --tokens           also write tokens (json, jsonl)\n"
      "  --no-dates         no claims of kind date, year or time\n"
      "  --no-ordinals      no claims of kind ordinal\n"
      "  --unit-mentions    also report units named with no number (`convert 10\n"
      "                     celsius to fahrenheit`: fahrenheit), value null\n"
      "  -j, --threads N    worker threads (default, or 0: all cores); the output keeps\n"
      "                     the input order\n"
      "  -k, --keep-going   skip documents that cannot be read or are not valid UTF-8,\n"
      "                     count them, and go on\n"
      "  -q, --quiet        no progress and no summary (the summary still appears when\n"
      "                     documents were skipped); progress (documents, MB, MB/s, ETA)\n"
      "                     is shown on standard error when it is a terminal and standard\n"
      "                     output is not\n"
      "  -h, --help         this help\n"
      "  -V, --version      the version\n"
      "\n"
      "Output (json, jsonl): per document, its leading members (id, ...), then\n"
      "\"sentences\", \"quotes\" and \"claims\"; offsets are UTF-8 byte offsets into the\n"
      "text, end exclusive.\n"
      "\n"
      "Exit status:\n"
      "  0  every document was processed (or skipped with --keep-going)\n"
      "  1  a document failed (malformed JSON line, text not valid UTF-8, too large);\n"
      "     without --keep-going processing stops there\n"
      "  2  usage error\n"
      "  3  I/O error (an input could not be read, or output could not be written)\n"
      "A closed output pipe (claimex ... | head) stops quietly with status 0.\n"
      "\n"
      "Examples:\n"
      "  claimex article.txt                       a readable report of one article\n"
      "  claimex corpus.jsonl > results.jsonl      one JSON object a document, all cores\n"
      "  head -n 100 corpus.jsonl | claimex -f json --only claims\n",
      stdout);
}

[[noreturn]] void usage_error(const std::string& msg) {
  fmt::print(stderr, "claimex: {}\nTry 'claimex --help'.\n", msg);
  std::exit(kUsage);
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool file_exists(const std::string& path) {
  struct stat st {};
  return !path.empty() && ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// The bundled article: next to the executable (installed: ../share/claimex), then in the
// source tree it was built from, then under the current directory.
std::string find_default_article(const char* argv0) {
  std::vector<std::string> candidates;
  std::string exe_dir;
  char buf[4096];
  const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n > 0) {
    exe_dir.assign(buf, static_cast<std::size_t>(n));
  } else {
    exe_dir = argv0;
  }
  const auto slash = exe_dir.rfind('/');
  exe_dir = slash == std::string::npos ? std::string(".") : exe_dir.substr(0, slash);
  const std::string name(kDefaultArticleName);
  for (const char* rel :
       {"/data/", "/../share/claimex/", "/../examples/data/", "/../../examples/data/", "/"})
    candidates.push_back(exe_dir + rel + name);
  candidates.emplace_back(CLAIMEX_DEFAULT_ARTICLE);  // the source tree it was built from
  candidates.push_back("examples/data/" + name);
  candidates.push_back(name);
  for (const std::string& c : candidates) {
    if (!file_exists(c)) continue;
    char resolved[PATH_MAX];
    return ::realpath(c.c_str(), resolved) ? std::string(resolved) : c;
  }
  return {};
}

Config parse_args(int argc, char** argv) {
  Config cfg;
  std::vector<std::string> files;
  bool no_more_options = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    const auto value = [&](std::string_view opt) -> std::string {
      if (i + 1 >= argc) usage_error(fmt::format("option {} needs a value", opt));
      return argv[++i];
    };
    if (no_more_options || a == "-" || a.empty() || a[0] != '-') {
      files.emplace_back(a);
    } else if (a == "--") {
      no_more_options = true;
    } else if (a == "-h" || a == "--help") {
      print_help();
      std::exit(kOk);
    } else if (a == "-V" || a == "--version") {
      fmt::print("claimex {}\n", claimex::version_string());
      std::exit(kOk);
    } else if (a == "--jsonl") {
      cfg.forced_mode = InputMode::jsonl;
    } else if (a == "--text") {
      cfg.forced_mode = InputMode::text;
    } else if (a == "-f" || a == "--format" || a.rfind("--format=", 0) == 0) {
      const std::string v = a.rfind("--format=", 0) == 0 ? std::string(a.substr(9)) : value(a);
      if (v == "text") {
        cfg.format = Format::text;
      } else if (v == "json") {
        cfg.format = Format::json;
      } else if (v == "jsonl") {
        cfg.format = Format::jsonl;
      } else {
        usage_error(fmt::format("unknown format '{}' (text, json or jsonl)", v));
      }
      cfg.format_given = true;
    } else if (a == "--only" || a.rfind("--only=", 0) == 0) {
      const std::string v = a.rfind("--only=", 0) == 0 ? std::string(a.substr(7)) : value(a);
      if (v != "quotes" && v != "claims" && v != "sentences" && v != "tokens")
        usage_error(fmt::format("unknown --only '{}' (quotes, claims, sentences or tokens)", v));
      cfg.only = v;
    } else if (a == "--paragraphs") {
      cfg.json.paragraphs = true;
    } else if (a == "--tokens") {
      cfg.json.tokens = true;
    } else if (a == "--no-dates") {
      cfg.extract.claims.dates = false;
    } else if (a == "--no-ordinals") {
      cfg.extract.claims.ordinals = false;
    } else if (a == "--unit-mentions") {
      cfg.extract.claims.unit_mentions = true;
    } else if (a == "-j" || a == "--threads" || a.rfind("--threads=", 0) == 0 ||
               (a.size() > 2 && a.rfind("-j", 0) == 0)) {
      const std::string v = a.rfind("--threads=", 0) == 0 ? std::string(a.substr(10))
                            : a.size() > 2 && a[1] == 'j' ? std::string(a.substr(2))
                                                          : value(a);
      char* end = nullptr;
      errno = 0;
      const long t = std::strtol(v.c_str(), &end, 10);
      if (v.empty() || *end != '\0' || errno != 0 || t < 0 || t > 1024)
        usage_error(fmt::format("bad thread count '{}'", v));
      cfg.threads = static_cast<unsigned>(t);
    } else if (a == "-k" || a == "--keep-going") {
      cfg.keep_going = true;
    } else if (a == "-q" || a == "--quiet") {
      cfg.quiet = true;
    } else {
      usage_error(fmt::format("unknown option '{}'", a));
    }
  }
  if (!cfg.only.empty()) {
    cfg.json.sentences = cfg.only == "sentences";
    cfg.json.quotes = cfg.only == "quotes";
    cfg.json.claims = cfg.only == "claims";
    cfg.json.tokens = cfg.only == "tokens";
    cfg.json.paragraphs = false;
  }
  if (!cfg.format_given) cfg.format = ::isatty(STDOUT_FILENO) ? Format::text : Format::jsonl;
  cfg.json.pretty = cfg.format == Format::json;
  if (cfg.threads == 0) cfg.threads = std::max(1u, std::thread::hardware_concurrency());

  if (files.empty()) {
    // Standard input when something is piped or redirected into it; otherwise (a terminal,
    // /dev/null, a closed descriptor) the bundled article.
    struct stat st {};
    const bool piped = ::fstat(STDIN_FILENO, &st) == 0 &&
                       (S_ISFIFO(st.st_mode) || S_ISREG(st.st_mode) || S_ISSOCK(st.st_mode));
    if (!piped) {
      const std::string path = find_default_article(argc > 0 ? argv[0] : "claimex");
      if (path.empty()) {
        fmt::print(stderr,
                   "claimex: no input given and the bundled article {} was not found; "
                   "give a file or '-'\n",
                   kDefaultArticleName);
        std::exit(kUsage);
      }
      if (!cfg.quiet) fmt::print(stderr, "claimex: no input given; running on {}\n", path);
      files.push_back(path);
    } else {
      files.emplace_back("-");
    }
  }
  // a directory stands for the files under it, in sorted path order (hidden ones skipped;
  // symbolic links to directories are not followed, so no cycle is walked)
  std::vector<std::string> expanded;
  for (const std::string& f : files) {
    std::error_code ec;
    if (f == "-" || !std::filesystem::is_directory(f, ec)) {
      expanded.push_back(f);
      continue;
    }
    std::vector<std::string> found;
    std::filesystem::recursive_directory_iterator it(f, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) found.push_back(it->path().string());
    }
    if (ec) {
      fmt::print(stderr, "claimex: {}: cannot list the directory: {}\n", f, ec.message());
      std::exit(kIoError);
    }
    if (found.empty() && !cfg.quiet) fmt::print(stderr, "claimex: {}: no files in it\n", f);
    std::sort(found.begin(), found.end());
    expanded.insert(expanded.end(), found.begin(), found.end());
  }
  for (const std::string& f : expanded) {
    Input in;
    in.path = f;
    in.name = f == "-" ? "stdin" : f;
    in.mode = cfg.forced_mode;
    if (in.mode == InputMode::automatic && f != "-")
      in.mode = ends_with(f, ".jsonl") ? InputMode::jsonl : InputMode::text;
    cfg.inputs.push_back(std::move(in));
  }
  return cfg;
}

// ------------------------------------------------------------------------------ reading

enum class Failure : std::uint8_t { none, io, malformed, invalid_utf8, too_large };

// One input document: a JSON line or a whole plain-text file, or a read error.
struct Item {
  const Input* input = nullptr;
  std::uint64_t line = 0;  // 1-based line number for JSON Lines, 0 for a plain-text file
  bool jsonl = false;
  std::string data;
  Failure failure = Failure::none;
  std::string error;
};

// A run of consecutive documents and, once processed, their formatted output.
struct Batch {
  std::uint64_t seq = 0;
  std::vector<Item> items;  // [0, count) in use; the rest keep their capacity for reuse
  std::size_t count = 0;
  std::uint64_t bytes = 0;
  // Results.
  std::string out;
  std::vector<std::string> errors;
  std::uint64_t processed = 0;  // items looked at (all but those after a stop)
  std::uint64_t written = 0;
  std::uint64_t skipped = 0;
  bool io_error = false;
  bool stop = false;  // a failure without --keep-going: nothing after it is written

  Item& add() {
    if (count == items.size()) items.emplace_back();
    Item& it = items[count++];
    it.data.clear();
    it.error.clear();
    it.failure = Failure::none;
    it.line = 0;
    return it;
  }
  void reset() {
    count = 0;
    bytes = 0;
    out.clear();
    errors.clear();
    processed = written = skipped = 0;
    io_error = stop = false;
  }
};

constexpr std::size_t kBatchDocs = 64;
constexpr std::size_t kBatchBytes = 1u << 20;

// Reads lines from a FILE* through a large buffer.
class LineReader {
 public:
  LineReader() : buf_(1u << 20) {}
  void reset(std::FILE* f) {
    f_ = f;
    pos_ = end_ = 0;
    eof_ = false;
    error_ = 0;
  }
  // Whether the next line can be had without waiting for the input: a whole line is in the
  // buffer, the input has ended, or the descriptor has bytes to read (a slow pipe gets its
  // documents processed as they come, not when a batch is full).
  bool ready() {
    if (eof_ || !f_) return true;
    if (pos_ < end_ && std::memchr(buf_.data() + pos_, '\n', end_ - pos_)) return true;
    pollfd p{::fileno(f_), POLLIN, 0};
    return ::poll(&p, 1, 0) != 0;
  }
  // The first byte that is not white space (nor a UTF-8 BOM) in the first buffer of input,
  // or -1; consumes nothing.
  int peek_first_nonblank() {
    if (pos_ == end_ && !fill()) return -1;
    std::size_t i = pos_;
    if (end_ - i >= 3 && std::memcmp(buf_.data() + i, "\xEF\xBB\xBF", 3) == 0) i += 3;
    for (; i < end_; ++i) {
      const auto c = static_cast<unsigned char>(buf_[i]);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return c;
    }
    return -1;
  }
  // Next line without its '\n' into `line`; false at end of input.
  bool getline(std::string& line) {
    line.clear();
    bool any = false;
    for (;;) {
      if (pos_ < end_) {
        any = true;
        const char* start = buf_.data() + pos_;
        const auto* nl = static_cast<const char*>(std::memchr(start, '\n', end_ - pos_));
        if (nl) {
          line.append(start, static_cast<std::size_t>(nl - start));
          pos_ += static_cast<std::size_t>(nl - start) + 1;
          return true;
        }
        line.append(start, end_ - pos_);
        pos_ = end_;
      }
      if (!fill()) return any;
    }
  }
  // Appends the rest of the input to `out`.
  void read_all(std::string& out) {
    out.append(buf_.data() + pos_, end_ - pos_);
    pos_ = end_;
    while (fill()) {
      out.append(buf_.data(), end_);
      pos_ = end_;
    }
  }
  bool failed() const { return error_ != 0; }
  int error() const { return error_; }

 private:
  // read(2), not fread: it returns what a pipe has now instead of waiting for a full buffer.
  // The FILE is used for nothing else.
  bool fill() {
    if (eof_ || !f_) return false;
    pos_ = end_ = 0;
    ssize_t r;
    do {
      r = ::read(::fileno(f_), buf_.data(), buf_.size());
    } while (r < 0 && errno == EINTR);
    if (r <= 0) {
      if (r < 0) error_ = errno;
      eof_ = true;
      return false;
    }
    end_ = static_cast<std::size_t>(r);
    return true;
  }
  std::vector<char> buf_;
  std::FILE* f_ = nullptr;
  std::size_t pos_ = 0, end_ = 0;
  bool eof_ = false;
  int error_ = 0;  // errno of a failed read
};

// Turns the inputs into batches, one after another.
class Reader {
 public:
  explicit Reader(const std::vector<Input>& inputs) : inputs_(inputs) {}
  ~Reader() { close(); }
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  // Fills `b` with the next documents; false when the input is exhausted.
  bool next(Batch& b) {
    b.reset();
    while (b.count < kBatchDocs && b.bytes < kBatchBytes) {
      if (!file_ && !open_next(b)) break;
      if (!file_) continue;  // open failed: an error item was added
      if (!jsonl_) {
        Item& it = b.add();
        it.input = current_;
        reader_.read_all(it.data);
        b.bytes += it.data.size();
        if (reader_.failed()) fail_read(it);
        close();
        continue;
      }
      if (b.count > 0 && !reader_.ready()) break;  // process what has come
      if (!reader_.getline(line_)) {
        if (reader_.failed()) {
          Item& it = b.add();
          it.input = current_;
          it.line = line_no_ + 1;
          fail_read(it);
        }
        close();
        continue;
      }
      ++line_no_;
      b.bytes += line_.size() + 1;
      if (line_no_ == 1 && line_.compare(0, 3, "\xEF\xBB\xBF") == 0) line_.erase(0, 3);  // BOM
      if (line_.find_first_not_of(" \t\r") == std::string::npos) continue;
      Item& it = b.add();
      it.input = current_;
      it.line = line_no_;
      it.jsonl = true;
      it.data.swap(line_);
    }
    return b.count > 0;
  }

 private:
  void fail_read(Item& it) {
    it.failure = Failure::io;
    it.error = fmt::format("{}: read error: {}", current_->name, std::strerror(reader_.error()));
  }

  bool open_next(Batch& b) {
    if (next_input_ >= inputs_.size()) return false;
    current_ = &inputs_[next_input_++];
    line_no_ = 0;
    if (current_->path == "-") {
      file_ = stdin;
      owned_ = false;
    } else {
      file_ = std::fopen(current_->path.c_str(), "rb");
      owned_ = true;
      if (!file_) {
        Item& it = b.add();
        it.input = current_;
        it.failure = Failure::io;
        it.error = fmt::format("{}: cannot open: {}", current_->name, std::strerror(errno));
        return true;
      }
    }
    reader_.reset(file_);
    jsonl_ = current_->mode == InputMode::jsonl;
    if (current_->mode == InputMode::automatic) jsonl_ = reader_.peek_first_nonblank() == '{';
    return true;
  }

  void close() {
    if (file_ && owned_) std::fclose(file_);
    file_ = nullptr;
  }

  const std::vector<Input>& inputs_;
  std::size_t next_input_ = 0;
  const Input* current_ = nullptr;
  std::FILE* file_ = nullptr;
  bool owned_ = false;
  bool jsonl_ = false;
  std::uint64_t line_no_ = 0;
  LineReader reader_;
  std::string line_;
};

// --------------------------------------------------------------------------- processing

// Replaces control characters (line breaks included) by spaces, for one-line display.
std::string one_line(std::string_view s, std::size_t max_bytes = 0) {
  std::string r;
  r.reserve(s.size());
  bool space = false;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c == 0x7F || c == ' ') {
      if (!space && !r.empty()) r += ' ';
      space = true;
      continue;
    }
    space = false;
    r += ch;
  }
  while (!r.empty() && r.back() == ' ') r.pop_back();
  if (max_bytes && r.size() > max_bytes) {
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(r[cut]) & 0xC0) == 0x80) --cut;
    r.resize(cut);
    r += "…";
  }
  return r;
}

// The readable report of one document.
void write_text_report(std::string& out, std::string_view id, const claimex::Document& d,
                       const std::string& only) {
  using claimex::text_of;
  const std::string_view t = d.text;
  auto it = std::back_inserter(out);
  fmt::format_to(it, "== {} ({} sentences, {} quotes, {} claims)\n", one_line(id),
                 d.segments.sentences.size(), d.quotes.size(), d.claims.size());
  if (only == "sentences") {
    for (std::size_t i = 0; i < d.segments.sentences.size(); ++i) {
      const claimex::Span s = d.segments.sentences[i].span;
      fmt::format_to(it, "  [{}] {}-{}  {}\n", i + 1, s.begin, s.end, one_line(text_of(t, s)));
    }
  }
  if (only == "tokens") {
    for (const claimex::Token& tok : d.tokens)
      fmt::format_to(it, "  {}-{}  {:<12} {}\n", tok.span.begin, tok.span.end,
                     claimex::to_string(tok.kind), one_line(tok.text(t)));
  }
  if (only.empty() || only == "quotes") {
    if (!d.quotes.empty()) out += "Quotes:\n";
    for (std::size_t i = 0; i < d.quotes.size(); ++i) {
      const claimex::Quote& q = d.quotes[i];
      const std::string speaker = one_line(text_of(t, q.speaker));
      const std::string entity = one_line(text_of(t, q.entity));
      std::string who = entity.empty() ? speaker : entity;
      if (!speaker.empty() && !entity.empty() && speaker != entity) who += " (\"" + speaker + "\")";
      // the cue, or the rule that attributed a quote without one (`inherited`, `alternation`)
      std::string cue = one_line(text_of(t, q.cue));
      if (cue.empty()) cue = "(" + std::string(claimex::to_string(q.speaker_rule)) + ")";
      fmt::format_to(it, "  [{}] {} — {} [{}]\n", i + 1, who.empty() ? "(unknown speaker)" : who,
                     cue, claimex::to_string(q.kind));
      // each segment on its own: the quote marks and paragraph breaks between them stay out
      std::string content;
      for (const claimex::Span& s : q.segments) {
        if (!content.empty()) content += " … ";
        content += one_line(text_of(t, s), 600);
      }
      fmt::format_to(it, "      \"{}\"\n", content);
    }
  }
  if (only.empty() || only == "claims") {
    if (!d.claims.empty()) out += "Claims:\n";
    for (std::size_t i = 0; i < d.claims.size(); ++i) {
      const claimex::Claim& c = d.claims[i];
      std::string value = c.has_value() ? fmt::format("{}", c.value) : std::string("(no number)");
      if (c.is_range) value = fmt::format("{}–{}", c.low, c.high);
      if (!c.unit.empty()) value += fmt::format(" {}", c.unit);
      fmt::format_to(it, "  [{}] {}  {}", i + 1, value, claimex::to_string(c.kind));
      if (c.qualifier != claimex::Qualifier::exact)
        fmt::format_to(it, ", {} ({})", claimex::to_string(c.qualifier),
                       one_line(text_of(t, c.qualifier_span)));
      if (c.direction != claimex::Direction::none)
        fmt::format_to(it, ", {}{}", claimex::to_string(c.direction), c.is_change ? " change" : "");
      fmt::format_to(it, "  \"{}\"\n", one_line(text_of(t, c.span)));
      // what it counts: the noun after a count, else what the number is about
      const claimex::Span what = c.counted.present() ? c.counted : c.concept;
      if (what.present()) fmt::format_to(it, "      counts: {}\n", one_line(text_of(t, what)));
      if (c.when.present()) fmt::format_to(it, "      when: {}\n", one_line(text_of(t, c.when)));
      if (c.source.present())
        fmt::format_to(it, "      source: {}\n", one_line(text_of(t, c.source)));
    }
  }
  out += '\n';
}

// One worker's reusable state.
struct Worker {
  const claimex::Extractor* extractor = nullptr;
  const Config* cfg = nullptr;
  claimex::Document doc;
  claimex_cli::JsonLine line;
  std::string leading;
  std::string error;

  void process(Batch& b) {
    b.processed = 0;
    b.out.reserve(static_cast<std::size_t>(b.bytes) * 5);  // the output is larger than the input
    for (std::size_t i = 0; i < b.count && !b.stop; ++i) {
      process_item(b, b.items[i]);
      ++b.processed;
    }
  }

  void fail(Batch& b, std::string msg, bool io) {
    b.errors.push_back(std::move(msg));
    ++b.skipped;
    if (io) b.io_error = true;
    if (!cfg->keep_going) b.stop = true;
  }

  void process_item(Batch& b, Item& it) {
    if (it.failure != Failure::none) {
      fail(b, it.error, it.failure == Failure::io);
      return;
    }
    std::string_view text;
    std::string_view lead;
    std::string_view id;
    if (it.jsonl) {
      const auto st = claimex_cli::parse_json_line(it.data, line, error);
      if (st != claimex_cli::LineStatus::ok) {
        if (st == claimex_cli::LineStatus::invalid_utf8) {
          fail(b, fmt::format("{}:{}: document text is not valid UTF-8", it.input->name, it.line),
               false);
        } else {
          fail(b, fmt::format("{}:{}: malformed JSON line: {}", it.input->name, it.line, error),
               false);
        }
        return;
      }
      text = line.text;
      lead = line.leading;
      if (line.id.empty() && cfg->format == Format::text)
        line.id = fmt::format("{}:{}", it.input->name, it.line);
      id = line.id;
    } else {
      if (!claimex::is_valid_utf8(it.data)) {
        fail(b, fmt::format("{}: document text is not valid UTF-8", it.input->name), false);
        return;
      }
      text = it.data;
      leading = "\"id\":";
      claimex::append_json_string(leading, it.input->name);
      lead = leading;
      id = it.input->name;
    }
    try {
      extractor->extract(text, doc);
    } catch (const std::exception& e) {
      fail(b,
           it.jsonl ? fmt::format("{}:{}: {}", it.input->name, it.line, e.what())
                    : fmt::format("{}: {}", it.input->name, e.what()),
           false);
      return;
    }
    switch (cfg->format) {
      case Format::jsonl:
        claimex::write_json(b.out, doc, cfg->json, lead);
        b.out += '\n';
        break;
      case Format::json:
        b.out += ",\n";  // the writer drops the first separator
        claimex::write_json(b.out, doc, cfg->json, lead);
        break;
      case Format::text:
        write_text_report(b.out, id, doc, cfg->only);
        break;
    }
    ++b.written;
  }
};

// ------------------------------------------------------------------------------ writing

class Writer {
 public:
  Writer(const Config& cfg, std::uint64_t total_bytes)
      : cfg_(cfg),
        total_bytes_(total_bytes),
        progress_(!cfg.quiet && ::isatty(STDERR_FILENO) && !::isatty(STDOUT_FILENO)),
        start_(std::chrono::steady_clock::now()),
        last_(start_) {}

  // Writes one processed batch; false when processing must stop (failure or closed pipe).
  bool write(Batch& b) {
    bytes_ += b.bytes;
    docs_ += b.processed;
    written_ += b.written;
    skipped_ += b.skipped;
    if (b.io_error) io_error_ = true;
    if (b.skipped) failed_ = true;
    std::string_view out = b.out;
    if (cfg_.format == Format::json && !out.empty()) {
      if (!opened_) {
        out.remove_prefix(2);
        if (!put("[\n")) return false;
        opened_ = true;
      }
    }
    if (!put(out)) return false;
    for (const std::string& e : b.errors) {
      clear_progress();
      fmt::print(stderr, "claimex: {}\n", e);
    }
    if (b.stop) {
      stopped_ = true;
      return false;
    }
    show_progress(false);
    return true;
  }

  // Closes the output and prints the summary; returns the exit status.
  int finish() {
    if (!broken_pipe_ && cfg_.format == Format::json)
      put(opened_ ? std::string_view("\n]\n") : std::string_view("[]\n"));
    clear_progress();
    if (write_error_)
      fmt::print(stderr, "claimex: cannot write the output: {}\n", std::strerror(write_errno_));
    if (!cfg_.quiet || skipped_ > 0) {
      const double secs = elapsed();
      fmt::print(stderr,
                 "claimex: {} documents read, {} written, {} skipped{} ({:.1f} MB in {:.2f} s)\n",
                 docs_, written_, skipped_,
                 stopped_ ? ", stopped at the first failure (--keep-going goes on)" : "",
                 static_cast<double>(bytes_) / 1e6, secs);
    }
    if (write_error_ || io_error_) return kIoError;
    if (broken_pipe_) return kOk;
    if (failed_ && !cfg_.keep_going) return kDocFailed;
    return kOk;
  }

  bool broken_pipe() const { return broken_pipe_; }

 private:
  bool put(std::string_view s) {
    if (s.empty()) return true;
    // Straight to the descriptor: batches are large, a stdio buffer would only copy them.
    while (!s.empty()) {
      const ssize_t n = ::write(STDOUT_FILENO, s.data(), s.size());
      if (n < 0) {
        if (errno == EINTR) continue;
        if (errno == EPIPE) {
          broken_pipe_ = true;
        } else {
          write_error_ = true;
          write_errno_ = errno;
        }
        return false;
      }
      s.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
  }

  double elapsed() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

  void show_progress(bool force) {
    if (!progress_) return;
    const auto now = std::chrono::steady_clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    const double secs = std::max(1e-9, elapsed());
    const double mb = static_cast<double>(bytes_) / 1e6;
    std::string line =
        fmt::format("\rclaimex: {} docs, {:.1f} MB, {:.1f} MB/s", docs_, mb, mb / secs);
    if (total_bytes_ > 0 && bytes_ > 0 && bytes_ <= total_bytes_) {
      const double left =
          static_cast<double>(total_bytes_ - bytes_) / (static_cast<double>(bytes_) / secs);
      const auto s = static_cast<long>(left + 0.5);
      line += fmt::format(", {:.0f}%, ETA {}:{:02}",
                          100.0 * static_cast<double>(bytes_) / static_cast<double>(total_bytes_),
                          s / 60, s % 60);
    }
    line += "\033[K";
    std::fputs(line.c_str(), stderr);
    shown_ = true;
  }

  void clear_progress() {
    if (shown_) std::fputs("\r\033[K", stderr);
    shown_ = false;
  }

  const Config& cfg_;
  std::uint64_t total_bytes_;
  bool progress_;
  std::chrono::steady_clock::time_point start_, last_;
  std::uint64_t docs_ = 0, bytes_ = 0, written_ = 0, skipped_ = 0;
  bool opened_ = false, shown_ = false, stopped_ = false;
  bool failed_ = false, io_error_ = false, write_error_ = false, broken_pipe_ = false;
  int write_errno_ = 0;
};

// Sum of the sizes of the inputs that are regular files (0 if any size is unknown).
std::uint64_t total_input_size(const std::vector<Input>& inputs) {
  std::uint64_t total = 0;
  for (const Input& in : inputs) {
    struct stat st {};
    const int rc = in.path == "-" ? ::fstat(STDIN_FILENO, &st) : ::stat(in.path.c_str(), &st);
    if (rc != 0 || !S_ISREG(st.st_mode)) return 0;
    total += static_cast<std::uint64_t>(st.st_size);
  }
  return total;
}

// ---------------------------------------------------------------------------- pipelines

int run_single(const Config& cfg, const claimex::Extractor& extractor, Writer& writer) {
  Reader reader(cfg.inputs);
  Worker worker;
  worker.extractor = &extractor;
  worker.cfg = &cfg;
  Batch b;
  while (reader.next(b)) {
    worker.process(b);
    if (!writer.write(b)) break;
  }
  return writer.finish();
}

int run_parallel(const Config& cfg, const claimex::Extractor& extractor, Writer& writer) {
  // No reader or writer thread: each worker reads a batch (reads take turns under
  // `read_mutex`, so batches are numbered in input order), processes it, and whoever holds the
  // batch next in order writes it and every finished one after it. A batch is read, processed
  // and written on one core, and at most `window` batches are between reading and writing.
  const std::uint64_t window = 8 * static_cast<std::uint64_t>(cfg.threads);
  Reader reader(cfg.inputs);
  std::mutex read_mutex;  // the reader, `reader_done`, and taking a sequence number
  std::mutex m;           // everything below
  std::condition_variable cv_space, cv_end;
  unsigned finished = 0;                                 // workers that returned
  std::map<std::uint64_t, std::unique_ptr<Batch>> done;  // processed, waiting for its turn
  std::vector<std::unique_ptr<Batch>> pool;
  std::uint64_t produced = 0, next_write = 0;
  bool reader_done = false, stop = false, writing = false;

  auto work = [&] {
    Worker w;
    struct Finish {  // however the worker returns, the main thread hears of it
      std::mutex& m;
      std::condition_variable& cv;
      unsigned& finished;
      ~Finish() {
        std::lock_guard<std::mutex> lock(m);
        ++finished;
        cv.notify_all();
      }
    } finish{m, cv_end, finished};
    w.extractor = &extractor;
    w.cfg = &cfg;
    for (;;) {
      std::unique_ptr<Batch> b;
      {
        std::unique_lock<std::mutex> lock(m);
        cv_space.wait(lock, [&] { return stop || produced - next_write < window; });
        if (stop) return;
        if (!pool.empty()) {
          b = std::move(pool.back());
          pool.pop_back();
        }
      }
      if (!b) b = std::make_unique<Batch>();
      {
        std::lock_guard<std::mutex> read_lock(read_mutex);
        if (reader_done || !reader.next(*b)) {
          reader_done = true;
          return;
        }
        std::lock_guard<std::mutex> lock(m);
        b->seq = produced++;
      }
      w.process(*b);
      std::unique_lock<std::mutex> lock(m);
      done.emplace(b->seq, std::move(b));
      if (writing) continue;  // the worker writing now takes it in turn
      writing = true;
      for (auto it = done.find(next_write); it != done.end() && !stop; it = done.find(next_write)) {
        std::unique_ptr<Batch> out = std::move(it->second);
        done.erase(it);
        lock.unlock();
        const bool go_on = writer.write(*out);
        lock.lock();
        ++next_write;
        pool.push_back(std::move(out));
        if (!go_on) stop = true;
      }
      writing = false;
      cv_space.notify_all();
      if (stop) {
        cv_end.notify_all();
        return;
      }
    }
  };

  std::vector<std::thread> workers;
  for (unsigned t = 0; t < cfg.threads; ++t) workers.emplace_back(work);
  bool stopped = false;
  {
    std::unique_lock<std::mutex> lock(m);
    cv_end.wait(lock, [&] { return stop || finished == cfg.threads; });
    stopped = stop;
  }
  if (stopped) {
    // A worker may be blocked reading an input that never ends (a terminal, an endless pipe):
    // finish without waiting for it.
    const int status = writer.finish();
    std::fflush(stderr);
    std::_Exit(status);
  }
  for (std::thread& t : workers) t.join();
  return writer.finish();
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe shows up as EPIPE from fwrite instead
  const Config cfg = parse_args(argc, argv);

  const claimex::Extractor extractor(cfg.extract);
  Writer writer(cfg, total_input_size(cfg.inputs));
  // One document (or one plain-text file) needs no pool of threads.
  const bool single =
      cfg.threads <= 1 || (cfg.inputs.size() == 1 && cfg.inputs[0].mode == InputMode::text);
  return single ? run_single(cfg, extractor, writer) : run_parallel(cfg, extractor, writer);
}
