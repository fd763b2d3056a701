// claimex-bench: throughput of each pipeline stage over a JSON Lines corpus, in process.
//
//   claimex-bench ../shared/corpus/reuters21578.jsonl [--passes 5] [--threads N] [--json]
//                 [--stage TEXT]
//
// --stage runs only the stages whose name contains TEXT (with the two baselines, which the
// ratios need): `--stage claims` times the Extractor alone, e.g. under a profiler.
//
// Every stage runs once to warm up, then --passes times; the table gives the median MB/s
// with the minimum and maximum, so noise is visible. MB = 10^6 bytes of document text.
// Two plain baselines over the same bytes are timed in the same run — memchr for line breaks
// and a word-counting loop like `wc -w` — and every stage is also given as a ratio to the
// word count: absolute MB/s move with the machine, ratios hold.
#include <fmt/format.h>
#include <sys/resource.h>
#include <claimex/claimex.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "cli_json.hpp"

namespace {

struct Corpus {
  std::vector<std::string> texts;
  std::size_t bytes = 0;
};

bool load(const char* path, Corpus& corpus) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string line, error;
  claimex_cli::JsonLine doc;
  std::size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (claimex_cli::parse_json_line(line, doc, error) != claimex_cli::LineStatus::ok) {
      std::fprintf(stderr, "claimex-bench: %s:%zu: skipped: %s\n", path, lineno, error.c_str());
      continue;
    }
    corpus.bytes += doc.text.size();
    corpus.texts.push_back(doc.text);
  }
  return true;
}

long peak_rss_kb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

// Per-thread state every stage reuses, so the loop measures work, not allocation.
struct Worker {
  std::vector<claimex::Token> tokens;
  claimex::Segments segments;
  claimex::Document doc;
  std::string json;
  std::size_t counter = 0;  // tokens, lines or words seen: keeps the optimiser honest
};

using StageFn = std::function<void(const std::string&, Worker&)>;

struct Result {
  std::string name;
  std::vector<double> seconds;
  std::size_t counter = 0;
  long rss_kb = 0;
};

double run_pass(const Corpus& corpus, const StageFn& fn, std::vector<Worker>& workers,
                std::size_t& counter) {
  std::atomic<std::size_t> next{0};
  for (Worker& w : workers) w.counter = 0;
  auto body = [&](Worker& w) {
    for (;;) {
      std::size_t i = next.fetch_add(16);
      if (i >= corpus.texts.size()) break;
      std::size_t end = std::min(i + 16, corpus.texts.size());
      for (; i < end; ++i) fn(corpus.texts[i], w);
    }
  };
  auto t0 = std::chrono::steady_clock::now();
  if (workers.size() == 1) {
    body(workers[0]);
  } else {
    std::vector<std::thread> threads;
    for (Worker& w : workers) threads.emplace_back(body, std::ref(w));
    for (auto& t : threads) t.join();
  }
  auto t1 = std::chrono::steady_clock::now();
  counter = 0;
  for (Worker& w : workers) counter += w.counter;
  return std::chrono::duration<double>(t1 - t0).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

int usage() {
  std::fputs(
      "usage: claimex-bench CORPUS.jsonl [--passes N] [--threads N] [--json] [--stage TEXT]\n"
      "Times each stage of the claimex pipeline over the \"text\" of every line of CORPUS.\n",
      stderr);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  const char* path = nullptr;
  int passes = 5;
  unsigned threads = 1;
  bool json = false;
  std::string only;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--passes" && i + 1 < argc) {
      passes = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--threads" && i + 1 < argc) {
      threads = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
    } else if (a == "--stage" && i + 1 < argc) {
      only = argv[++i];
    } else if (a == "--json") {
      json = true;
    } else if (a == "--help" || a == "-h") {
      usage();
      return 0;
    } else if (!a.empty() && a[0] != '-' && !path) {
      path = argv[i];
    } else {
      return usage();
    }
  }
  if (!path) return usage();

  Corpus corpus;
  if (!load(path, corpus)) {
    std::fprintf(stderr, "claimex-bench: cannot read %s: %s\n", path, std::strerror(errno));
    return 3;
  }
  if (corpus.texts.empty()) {
    std::fprintf(stderr, "claimex-bench: %s has no documents\n", path);
    return 1;
  }

  const claimex::Extractor extractor;
  const claimex::QuoteExtractor quotes;

  std::vector<std::pair<std::string, StageFn>> stages = {
      {"baseline: memchr line breaks",
       [](const std::string& t, Worker& w) {
         const char* p = t.data();
         const char* e = p + t.size();
         while ((
             p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(e - p))))) {
           ++w.counter;
           ++p;
         }
       }},
      {"baseline: count words (wc -w)",
       [](const std::string& t, Worker& w) {
         bool in_word = false;
         for (unsigned char c : t) {
           bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
           w.counter += !space && !in_word;
           in_word = !space;
         }
       }},
      {"tokenize+segment",
       [](const std::string& t, Worker& w) {
         claimex::tokenize(t, w.tokens);
         claimex::segment(t, w.tokens, w.segments);
         w.counter += w.tokens.size();
       }},
      {"+quotes",
       [&quotes](const std::string& t, Worker& w) {
         claimex::tokenize(t, w.tokens);
         claimex::segment(t, w.tokens, w.segments);
         w.counter += quotes.extract(t, w.tokens, w.segments).size();
       }},
      {"+claims (Extractor)",
       [&extractor](const std::string& t, Worker& w) {
         extractor.extract(t, w.doc);
         w.counter += w.doc.claims.size();
       }},
      {"full pipeline + JSON",
       [&extractor](const std::string& t, Worker& w) {
         extractor.extract(t, w.doc);
         w.json.clear();
         claimex::write_json(w.json, w.doc);
         w.counter += w.json.size();
       }},
  };

  if (!only.empty()) {
    auto keep = [&only](const auto& stage) {
      return stage.first.rfind("baseline:", 0) == 0 || stage.first.find(only) != std::string::npos;
    };
    stages.erase(std::remove_if(stages.begin(), stages.end(),
                                [&keep](const auto& stage) { return !keep(stage); }),
                 stages.end());
    if (stages.size() == 2) {
      std::fprintf(stderr, "claimex-bench: no stage matches \"%s\"\n", only.c_str());
      return 2;
    }
  }

  std::vector<Worker> workers(threads);
  std::vector<Result> results;
  std::size_t token_count = 0;  // counted once, so a --stage run still reports tokens/s
  for (const std::string& t : corpus.texts) {
    claimex::tokenize(t, workers[0].tokens);
    token_count += workers[0].tokens.size();
  }
  for (auto& [name, fn] : stages) {
    Result r;
    r.name = name;
    std::size_t counter = 0;
    run_pass(corpus, fn, workers, counter);  // warm-up
    for (int p = 0; p < passes; ++p) r.seconds.push_back(run_pass(corpus, fn, workers, counter));
    r.counter = counter;
    r.rss_kb = peak_rss_kb();
    results.push_back(std::move(r));
  }

  // Token storage: bytes of Token per byte of text.
  std::size_t max_doc = 0;
  for (const std::string& t : corpus.texts) max_doc = std::max(max_doc, t.size());
  const double token_bytes_per_byte =
      static_cast<double>(token_count * sizeof(claimex::Token)) / static_cast<double>(corpus.bytes);

  const double mb = static_cast<double>(corpus.bytes) / 1e6;
  const double words_mbs = mb / median(results[1].seconds);
  if (json) {
    std::string out = fmt::format(
        "{{\"corpus\":\"{}\",\"documents\":{},\"bytes\":{},\"tokens\":{},\"threads\":{},\"passes\":"
        "{},"
        "\"token_bytes_per_input_byte\":{:.3f},\"stages\":[",
        path, corpus.texts.size(), corpus.bytes, token_count, threads, passes,
        token_bytes_per_byte);
    for (std::size_t i = 0; i < results.size(); ++i) {
      const Result& r = results[i];
      double med = median(r.seconds);
      out += fmt::format(
          "{}{{\"stage\":\"{}\",\"mb_per_s\":{:.1f},\"mb_per_s_min\":{:.1f},\"mb_per_s_max\":{:.1f}"
          ","
          "\"docs_per_s\":{:.0f},\"tokens_per_s\":{:.0f},\"ratio_to_wc_w\":{:.3f},\"peak_rss_kb\":{"
          "}}}",
          i ? "," : "", r.name, mb / med,
          mb / *std::max_element(r.seconds.begin(), r.seconds.end()),
          mb / *std::min_element(r.seconds.begin(), r.seconds.end()),
          static_cast<double>(corpus.texts.size()) / med, static_cast<double>(token_count) / med,
          (mb / med) / words_mbs, r.rss_kb);
    }
    out += "]}\n";
    std::fputs(out.c_str(), stdout);
    return 0;
  }
  fmt::print(
      "corpus {}: {} documents, {:.2f} MB of text, {} tokens; {} thread(s), median of {} passes\n",
      path, corpus.texts.size(), mb, token_count, threads, passes);
  fmt::print("{:<32} {:>9} {:>17} {:>10} {:>12} {:>8} {:>10}\n", "stage", "MB/s", "(min - max)",
             "docs/s", "tokens/s", "x wc -w", "peak RSS");
  for (const Result& r : results) {
    double med = median(r.seconds);
    double lo = mb / *std::max_element(r.seconds.begin(), r.seconds.end());
    double hi = mb / *std::min_element(r.seconds.begin(), r.seconds.end());
    fmt::print("{:<32} {:>9.1f} {:>17} {:>10.0f} {:>12.3g} {:>8.2f} {:>7} MB\n", r.name, mb / med,
               fmt::format("({:.1f} - {:.1f})", lo, hi),
               static_cast<double>(corpus.texts.size()) / med,
               static_cast<double>(token_count) / med, (mb / med) / words_mbs, r.rss_kb / 1024);
  }
  fmt::print(
      "token storage: {:.2f} bytes per input byte ({} bytes a token); largest document {} bytes\n",
      token_bytes_per_byte, sizeof(claimex::Token), max_doc);
  return 0;
}
