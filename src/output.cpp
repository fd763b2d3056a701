// Stage 5: a Document as JSON. One pass, appending to the caller's string; fmt formats the
// numbers (shortest round-trip form for doubles, no ".0" on integral values).
#include "claimex/output.hpp"

#include <fmt/format.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>

namespace claimex {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 if the bytes there are not one
// (overlong forms, surrogates, code points past U+10FFFF, truncated sequences).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  const std::size_t n = s.size();
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;  // continuation byte or overlong 2-byte lead
  if (c < 0xE0) {
    if (i + 1 >= n || (byte(i + 1) & 0xC0) != 0x80) return 0;
    return 2;
  }
  if (c < 0xF0) {
    if (i + 2 >= n) return 0;
    const unsigned char c1 = byte(i + 1);
    if ((c1 & 0xC0) != 0x80 || (byte(i + 2) & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && c1 < 0xA0) return 0;   // overlong
    if (c == 0xED && c1 >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c < 0xF5) {
    if (i + 3 >= n) return 0;
    const unsigned char c1 = byte(i + 1);
    if ((c1 & 0xC0) != 0x80 || (byte(i + 2) & 0xC0) != 0x80 || (byte(i + 3) & 0xC0) != 0x80)
      return 0;
    if (c == 0xF0 && c1 < 0x90) return 0;   // overlong
    if (c == 0xF4 && c1 >= 0x90) return 0;  // past U+10FFFF
    return 4;
  }
  return 0;
}

// Bytes that need escaping in a JSON string (quote, backslash, controls) or a closer look
// (non-ASCII). Everything else is copied in runs.
struct EscapeTable {
  bool special[256] = {};
  constexpr EscapeTable() {
    for (int c = 0; c < 0x20; ++c) special[c] = true;
    special[static_cast<unsigned char>('"')] = true;
    special[static_cast<unsigned char>('\\')] = true;
    for (int c = 0x80; c < 256; ++c) special[c] = true;
  }
};
constexpr EscapeTable kEscape;

// Appends a string literal; its length is known at compile time.
template <std::size_t N>
void lit(std::string& out, const char (&s)[N]) {
  out.append(s, N - 1);
}

// True when none of the 8 bytes at `p` needs escaping or a UTF-8 check (no control byte,
// quote, backslash or byte >= 0x80): the classic SWAR zero-byte tests.
inline bool plain8(const char* p) noexcept {
  std::uint64_t x;
  std::memcpy(&x, p, 8);
  constexpr std::uint64_t ones = 0x0101010101010101ull;
  constexpr std::uint64_t high = 0x8080808080808080ull;
  const std::uint64_t below_space = (x - ones * 0x20) & ~x & high;
  const std::uint64_t q = x ^ (ones * '"');
  const std::uint64_t b = x ^ (ones * '\\');
  const std::uint64_t quote = (q - ones) & ~q & high;
  const std::uint64_t backslash = (b - ones) & ~b & high;
  return ((x & high) | below_space | quote | backslash) == 0;
}

void append_uint(std::string& out, std::uint64_t v) {
  const fmt::format_int f(v);
  out.append(f.data(), f.size());
}

void append_int(std::string& out, std::int64_t v) {
  const fmt::format_int f(v);
  out.append(f.data(), f.size());
}

void append_double(std::string& out, double v) {
  if (!std::isfinite(v)) {
    lit(out, "null");
    return;
  }
  // Integral values (most counts) skip the shortest-round-trip search; same text either way.
  if (std::fabs(v) < 1e15 && v == std::floor(v) && !(v == 0 && std::signbit(v))) {
    append_int(out, static_cast<std::int64_t>(v));
    return;
  }
  fmt::format_to(std::back_inserter(out), "{}", v);
}

void append_bool(std::string& out, bool v) {
  out += v ? "true" : "false";
}

// Writes members of one object, handling the commas.
class ObjectWriter {
 public:
  explicit ObjectWriter(std::string& out) : out_(out) { out_ += '{'; }
  ObjectWriter(std::string& out, std::string_view leading) : out_(out) {
    out_ += '{';
    if (!leading.empty()) {
      out_.append(leading.data(), leading.size());
      first_ = false;
    }
  }
  void close() { out_ += '}'; }

  // Starts a member: writes the comma (if needed) and `"name":`.
  std::string& key(std::string_view name) {
    if (!first_) out_ += ',';
    first_ = false;
    out_ += '"';
    out_.append(name.data(), name.size());
    lit(out_, "\":");
    return out_;
  }

 private:
  std::string& out_;
  bool first_ = true;
};

// Writes `"start":B,"end":E` into `buf` (large enough: 2 * 10 digits + 15), returns the end.
char* put_start_end(char* buf, Span s) {
  static constexpr char kStart[] = "{\"start\":";
  static constexpr char kEnd[] = ",\"end\":";
  char* p = buf;
  std::memcpy(p, kStart, sizeof kStart - 1);
  p += sizeof kStart - 1;
  const fmt::format_int b(s.begin);
  std::memcpy(p, b.data(), b.size());
  p += b.size();
  std::memcpy(p, kEnd, sizeof kEnd - 1);
  p += sizeof kEnd - 1;
  const fmt::format_int e(s.end);
  std::memcpy(p, e.data(), e.size());
  return p + e.size();
}

// `{"start":B,"end":E}` in one append.
void append_span(std::string& out, Span s) {
  char buf[48];
  char* p = put_start_end(buf, s);
  *p++ = '}';
  out.append(buf, static_cast<std::size_t>(p - buf));
}

// `{"start":B,"end":E,"text":"…"}`.
void append_span_text(std::string& out, std::string_view text, Span s) {
  char buf[48];
  char* p = put_start_end(buf, s);
  static constexpr char kText[] = ",\"text\":";
  std::memcpy(p, kText, sizeof kText - 1);
  p += sizeof kText - 1;
  out.append(buf, static_cast<std::size_t>(p - buf));
  append_json_string(out, text_of(text, s));
  out += '}';
}

// A span with its text, or null when absent.
void append_optional_span(std::string& out, std::string_view text, Span s) {
  if (s.present())
    append_span_text(out, text, s);
  else
    lit(out, "null");
}

// The text of a span as a string, or null when absent.
void append_optional_text(std::string& out, std::string_view text, Span s) {
  if (s.present())
    append_json_string(out, text_of(text, s));
  else
    lit(out, "null");
}

void append_optional_string(std::string& out, std::string_view s) {
  if (s.empty())
    lit(out, "null");
  else
    append_json_string(out, s);
}

void write_quote(std::string& out, std::string_view text, const Quote& q) {
  lit(out, "{\"start\":");
  append_uint(out, q.content.begin);
  lit(out, ",\"end\":");
  append_uint(out, q.content.end);
  lit(out, ",\"segments\":[");
  for (std::size_t i = 0; i < q.segments.size(); ++i) {
    if (i) out += ',';
    append_span(out, q.segments[i]);
  }
  out += ']';
  lit(out, ",\"kind\":");
  append_json_string(out, to_string(q.kind));
  lit(out, ",\"cue\":");
  append_optional_span(out, text, q.cue);
  lit(out, ",\"cue_lemma\":");
  append_optional_string(out, q.cue_lemma);
  lit(out, ",\"speaker\":");
  append_optional_span(out, text, q.speaker);
  lit(out, ",\"entity\":");
  append_optional_text(out, text, q.entity);
  lit(out, ",\"entity_span\":");
  append_optional_span(out, text, q.entity);
  lit(out, ",\"speaker_rule\":");
  append_json_string(out, to_string(q.speaker_rule));
  lit(out, ",\"entity_rule\":");
  append_json_string(out, to_string(q.entity_rule));
  out += '}';
}

void write_claim(std::string& out, std::string_view text, const Claim& c) {
  lit(out, "{\"start\":");
  append_uint(out, c.span.begin);
  lit(out, ",\"end\":");
  append_uint(out, c.span.end);
  lit(out, ",\"text\":");
  append_json_string(out, text_of(text, c.span));
  lit(out, ",\"number\":");
  append_span_text(out, text, c.number);
  lit(out, ",\"value\":");
  append_double(out, c.value);
  if (c.is_range) {
    lit(out, ",\"low\":");
    append_double(out, c.low);
    lit(out, ",\"high\":");
    append_double(out, c.high);
  }
  lit(out, ",\"is_range\":");
  append_bool(out, c.is_range);
  lit(out, ",\"kind\":");
  append_json_string(out, to_string(c.kind));
  lit(out, ",\"unit\":");
  append_optional_string(out, c.unit);
  lit(out, ",\"unit_text\":");
  append_optional_text(out, text, c.unit_span);
  lit(out, ",\"dimension\":");
  append_optional_string(out, c.dimension);
  lit(out, ",\"qualifier\":");
  append_optional_text(out, text, c.qualifier_span);
  lit(out, ",\"qualifier_type\":");
  append_json_string(out, to_string(c.qualifier));
  // whose number it is (an addition to the contract; before the change members so the
  // concept, source and quote stay together)
  lit(out, ",\"owner\":");
  append_optional_span(out, text, c.owner);
  lit(out, ",\"direction\":");
  append_json_string(out, to_string(c.direction));
  lit(out, ",\"change_cue\":");
  append_optional_span(out, text, c.change_cue);
  lit(out, ",\"is_change\":");
  append_bool(out, c.is_change);
  lit(out, ",\"concept\":");
  append_optional_span(out, text, c.concept);
  lit(out, ",\"source\":");
  append_optional_text(out, text, c.source);
  lit(out, ",\"quote\":");
  if (c.quote >= 0)
    append_int(out, c.quote);
  else
    lit(out, "null");
  out += '}';
}

// If the array or object opening at `open` holds no array or object and closes within a
// short distance, the index of its closing bracket; else npos. The scan is bounded, so
// re-indenting stays linear.
std::size_t short_leaf_end(std::string_view json, std::size_t open) {
  constexpr std::size_t kMaxInline = 72;
  bool in_string = false;
  for (std::size_t i = open + 1; i < json.size() && i - open <= kMaxInline; ++i) {
    const char c = json[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      return std::string_view::npos;
    } else if (c == '}' || c == ']') {
      return i;
    }
  }
  return std::string_view::npos;
}

// Re-indents compact JSON (as written above) over several lines, two spaces a level; short
// arrays and objects of scalars stay on one line (`{"start": 0, "end": 43}`).
void reindent(std::string& out, std::string_view compact) {
  int depth = 0;
  bool in_string = false;
  std::size_t inline_end = std::string_view::npos;  // closing bracket of the one-line leaf
  const auto newline = [&](int d) {
    out += '\n';
    out.append(static_cast<std::size_t>(d) * 2, ' ');
  };
  for (std::size_t i = 0; i < compact.size(); ++i) {
    const char c = compact[i];
    if (in_string) {
      out += c;
      if (c == '\\' && i + 1 < compact.size()) {
        out += compact[++i];
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    switch (c) {
      case '"':
        in_string = true;
        out += c;
        break;
      case '{':
      case '[':
        out += c;
        inline_end = short_leaf_end(compact, i);
        if (inline_end == std::string_view::npos) newline(++depth);
        break;
      case '}':
      case ']':
        if (i == inline_end) {
          inline_end = std::string_view::npos;
        } else {
          newline(--depth);
        }
        out += c;
        break;
      case ',':
        out += c;
        if (inline_end != std::string_view::npos) {
          out += ' ';
        } else {
          newline(depth);
        }
        break;
      case ':':
        lit(out, ": ");
        break;
      case ' ':
      case '\n':
      case '\r':
      case '\t':
        break;  // white space inside caller-given leading members
      default:
        out += c;
    }
  }
}

void write_compact(std::string& out, const Document& doc, const JsonOptions& options,
                   std::string_view leading_members) {
  const std::string_view text = doc.text;
  ObjectWriter o(out, leading_members);
  if (options.sentences) {
    o.key("sentences") += '[';
    bool first = true;
    for (const Sentence& s : doc.segments.sentences) {
      if (!first) out += ',';
      first = false;
      append_span(out, s.span);
    }
    out += ']';
  }
  if (options.paragraphs) {
    o.key("paragraphs") += '[';
    bool first = true;
    for (const Paragraph& p : doc.segments.paragraphs) {
      if (!first) out += ',';
      first = false;
      append_span(out, p.span);
    }
    out += ']';
  }
  if (options.tokens) {
    o.key("tokens") += '[';
    bool first = true;
    for (const Token& t : doc.tokens) {
      if (!first) out += ',';
      first = false;
      lit(out, "{\"start\":");
      append_uint(out, t.span.begin);
      lit(out, ",\"end\":");
      append_uint(out, t.span.end);
      lit(out, ",\"kind\":\"");
      const std::string_view k = to_string(t.kind);
      out.append(k.data(), k.size());
      lit(out, "\"}");
    }
    out += ']';
  }
  if (options.quotes) {
    o.key("quotes") += '[';
    for (std::size_t i = 0; i < doc.quotes.size(); ++i) {
      if (i) out += ',';
      write_quote(out, text, doc.quotes[i]);
    }
    out += ']';
  }
  if (options.claims) {
    o.key("claims") += '[';
    for (std::size_t i = 0; i < doc.claims.size(); ++i) {
      if (i) out += ',';
      write_claim(out, text, doc.claims[i]);
    }
    out += ']';
  }
  o.close();
}

}  // namespace

bool is_valid_utf8(std::string_view s) noexcept {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    // ASCII fast path, eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    const std::size_t len = utf8_sequence_length(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  const std::size_t n = s.size();
  std::size_t run = 0;  // start of the pending run of bytes copied as they are
  std::size_t i = 0;
  while (i < n) {
    while (i + 8 <= n && plain8(s.data() + i)) i += 8;
    if (i >= n) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (!kEscape.special[c]) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const std::size_t len = utf8_sequence_length(s, i);
      if (len != 0) {  // valid multi-byte sequence: part of the run
        i += len;
        continue;
      }
    }
    out.append(s.data() + run, i - run);
    switch (c) {
      case '"':
        lit(out, "\\\"");
        break;
      case '\\':
        lit(out, "\\\\");
        break;
      case '\n':
        lit(out, "\\n");
        break;
      case '\r':
        lit(out, "\\r");
        break;
      case '\t':
        lit(out, "\\t");
        break;
      case '\b':
        lit(out, "\\b");
        break;
      case '\f':
        lit(out, "\\f");
        break;
      default:
        if (c < 0x20) {
          const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
          out.append(esc, sizeof esc);
        } else {
          lit(out, "\xEF\xBF\xBD");  // U+FFFD for each invalid byte
        }
    }
    ++i;
    run = i;
  }
  out.append(s.data() + run, n - run);
  out += '"';
}

void write_json(std::string& out, const Document& doc, const JsonOptions& options,
                std::string_view leading_members) {
  if (!options.pretty) {
    write_compact(out, doc, options, leading_members);
    return;
  }
  std::string compact;
  write_compact(compact, doc, options, leading_members);
  out.reserve(out.size() + compact.size() * 2);
  reindent(out, compact);
}

}  // namespace claimex
