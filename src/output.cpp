// Stage 5: a Document as JSON. One pass into a local buffer appended to the caller's string in
// large chunks; numbers by hand, except doubles that are not integral (fmt's shortest
// round-trip form).
#include "claimex/output.hpp"

#include <fmt/format.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>

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

// How each byte is written inside a JSON string: as it is (plain ASCII), as an escape
// sequence (quote, backslash, controls; the text in kEscapes), or after a UTF-8 check (bytes
// from 0x80: valid sequences are copied, each invalid byte becomes U+FFFD).
enum : unsigned char { kPlain = 0, kEscaped = 1, kHigh = 2 };

struct EscapeTable {
  unsigned char kind[256] = {};
  // The escape for each byte below 0x20 and for '"' and '\\', padded to 8 bytes so it is
  // copied with one fixed-size store; len[c] of its bytes count.
  char text[256][8] = {};
  unsigned char len[256] = {};
  constexpr EscapeTable() {
    constexpr char hex[] = "0123456789abcdef";
    for (int c = 0; c < 0x20; ++c) {
      kind[c] = kEscaped;
      const char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
      for (int k = 0; k < 6; ++k) text[c][k] = u[k];
      len[c] = 6;
    }
    const auto two = [this](unsigned char c, char e) {
      kind[c] = kEscaped;
      text[c][0] = '\\';
      text[c][1] = e;
      len[c] = 2;
    };
    two('"', '"');
    two('\\', '\\');
    two('\n', 'n');
    two('\r', 'r');
    two('\t', 't');
    two('\b', 'b');
    two('\f', 'f');
    for (int c = 0x80; c < 256; ++c) kind[c] = kHigh;
  }
};
constexpr EscapeTable kEscape;

// "00" "01" … "99": two digits at a time.
constexpr char kDigits2[] =
    "0001020304050607080910111213141516171819"
    "2021222324252627282930313233343536373839"
    "4041424344454647484950515253545556575859"
    "6061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

// The high bit set in each byte of `x` that needs escaping or a UTF-8 check (control byte,
// quote, backslash, byte >= 0x80): the classic SWAR zero-byte tests. Exact up to the lowest
// flagged byte; bytes above it may be flagged too (borrows), never bytes below it.
inline std::uint64_t special_mask(std::uint64_t x) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull;
  constexpr std::uint64_t high = 0x8080808080808080ull;
  const std::uint64_t below_space = (x - ones * 0x20) & ~x & high;
  const std::uint64_t q = x ^ (ones * '"');
  const std::uint64_t b = x ^ (ones * '\\');
  const std::uint64_t quote = (q - ones) & ~q & high;
  const std::uint64_t backslash = (b - ones) & ~b & high;
  return (x & high) | below_space | quote | backslash;
}

// Writes the decimal digits of `v` at `d`, returns the end.
inline char* put_u64(char* d, std::uint64_t v) noexcept {
  char tmp[20];
  char* q = tmp + sizeof tmp;
  while (v >= 100) {
    const std::size_t r = static_cast<std::size_t>(v % 100) * 2;
    v /= 100;
    q -= 2;
    q[0] = kDigits2[r];
    q[1] = kDigits2[r + 1];
  }
  if (v >= 10) {
    const std::size_t r = static_cast<std::size_t>(v) * 2;
    q -= 2;
    q[0] = kDigits2[r];
    q[1] = kDigits2[r + 1];
  } else {
    *--q = static_cast<char>('0' + v);
  }
  const auto n = static_cast<std::size_t>(tmp + sizeof tmp - q);
  std::memcpy(d, q, n);
  return d + n;
}

inline char* put_i64(char* d, std::int64_t v) noexcept {
  if (v < 0) {
    *d++ = '-';
    return put_u64(d, 0 - static_cast<std::uint64_t>(v));
  }
  return put_u64(d, static_cast<std::uint64_t>(v));
}

// Writes `s` escaped (without quotes) from s[i], stopping at the first sequence boundary at
// or after `limit`; returns that index. `readable` bytes from s.data() may be read (at least
// s.size(); more when `s` lies inside a larger text), so short strings are read eight bytes
// at a time too. Writes at most 6 * (limit - i) + 8 bytes at `d` (the bytes past the
// escaped text are scratch).
inline std::size_t escape_into(char*& d, std::string_view s, std::size_t i, std::size_t limit,
                               std::size_t readable) {
  const char* data = s.data();
  char* o = d;
  while (i < limit) {
    const std::size_t left = limit - i;
    if (i + 8 <= readable) {
      std::uint64_t x;
      std::memcpy(&x, data + i, 8);
      std::uint64_t m = special_mask(x);
      if (left < 8) m &= (std::uint64_t{1} << (8 * left)) - 1;
      std::memcpy(o, &x, 8);
      if (m == 0) {
        const std::size_t step = left < 8 ? left : 8;
        o += step;
        i += step;
        continue;
      }
      const auto step = static_cast<std::size_t>(__builtin_ctzll(m) >> 3);
      o += step;
      i += step;
    } else if (kEscape.kind[static_cast<unsigned char>(data[i])] == kPlain) {
      *o++ = data[i++];
      continue;
    }
    // s[i] needs escaping or a UTF-8 check.
    const auto c = static_cast<unsigned char>(data[i]);
    if (kEscape.kind[c] == kEscaped) {
      std::memcpy(o, kEscape.text[c], 8);
      o += kEscape.len[c];
      ++i;
    } else {
      const std::size_t len = utf8_sequence_length(s, i);
      if (len == 0) {
        std::memcpy(o, "\xEF\xBF\xBD", 3);  // U+FFFD for each invalid byte
        o += 3;
        ++i;
      } else {
        for (std::size_t k = 0; k < len; ++k) o[k] = data[i + k];
        o += len;
        i += len;
      }
    }
  }
  d = o;
  return i;
}

// The output under construction: a local buffer appended to the caller's string in large
// chunks. need(n) makes room for n bytes at p (n <= kRoom); writers then bump p directly.
class Buf {
 public:
  static constexpr std::size_t kRoom = 16384;
  // Longest piece of a string escaped at once: its output (6 bytes a byte at most, 3 more
  // for a sequence crossing the end, 2 quotes) fits in kRoom.
  static constexpr std::size_t kStringChunk = 2048;

  explicit Buf(std::string& out) : out_(out) {}
  Buf(const Buf&) = delete;
  Buf& operator=(const Buf&) = delete;

  void need(std::size_t n) {
    if (static_cast<std::size_t>(buf_ + sizeof buf_ - p) < n) flush();
  }
  [[gnu::noinline]] void flush() {
    out_.append(buf_, static_cast<std::size_t>(p - buf_));
    p = buf_;
  }

  // Raw text whose length is known at compile time; needs room made already.
  template <std::size_t N>
  void lit(const char (&s)[N]) {
    std::memcpy(p, s, N - 1);
    p += N - 1;
  }
  void raw(std::string_view s) {
    if (s.size() > kRoom) {
      flush();
      out_.append(s.data(), s.size());
      return;
    }
    need(s.size());
    std::memcpy(p, s.data(), s.size());
    p += s.size();
  }
  void ch(char c) {
    need(1);
    *p++ = c;
  }

  // `s` as a JSON string literal. `readable`: see escape_into (0: s.size()).
  void string(std::string_view s, std::size_t readable = 0) {
    const std::size_t n = s.size();
    if (readable < n) readable = n;
    if (n <= kStringChunk) {
      need(6 * n + 10);
      *p++ = '"';
      escape_into(p, s, 0, n, readable);
      *p++ = '"';
      return;
    }
    need(1);
    *p++ = '"';
    std::size_t i = 0;
    while (i < n) {
      const std::size_t limit = n - i > kStringChunk ? i + kStringChunk : n;
      need(6 * (limit - i) + 8);
      i = escape_into(p, s, i, limit, readable);
    }
    need(1);
    *p++ = '"';
  }
  // The text of `span` in `text` as a JSON string literal.
  void text_string(std::string_view text, Span span) {
    const std::string_view s = text_of(text, span);
    string(s, s.empty() ? 0 : static_cast<std::size_t>(text.data() + text.size() - s.data()));
  }

  char* p = buf_;

 private:
  std::string& out_;
  char buf_[kRoom];
};

// Room for one number (u64/i64 digits, or a double with fmt's shortest form).
constexpr std::size_t kNumberRoom = 40;

void put_double(Buf& b, double v) {
  b.need(kNumberRoom);
  if (!std::isfinite(v)) {
    b.lit("null");
    return;
  }
  // Integral values (most counts) skip the shortest-round-trip search; same text either way.
  if (std::fabs(v) < 1e15 && v == std::floor(v) && !(v == 0 && std::signbit(v))) {
    b.p = put_i64(b.p, static_cast<std::int64_t>(v));
    return;
  }
  char tmp[64];
  const auto r = fmt::format_to_n(tmp, sizeof tmp, "{}", v);
  if (r.size <= sizeof tmp) {
    b.raw(std::string_view(tmp, r.size));
  } else {
    b.raw(fmt::format("{}", v));
  }
}

void put_bool(Buf& b, bool v) {
  b.need(5);
  if (v)
    b.lit("true");
  else
    b.lit("false");
}

// `{"start":B,"end":E` (room made by the caller: kSpanRoom).
constexpr std::size_t kSpanRoom = 48;
inline void put_start_end(Buf& b, Span s) {
  b.lit("{\"start\":");
  b.p = put_u64(b.p, s.begin);
  b.lit(",\"end\":");
  b.p = put_u64(b.p, s.end);
}

// `{"start":B,"end":E}`.
void put_span(Buf& b, Span s) {
  b.need(kSpanRoom);
  put_start_end(b, s);
  *b.p++ = '}';
}

// `{"start":B,"end":E,"text":"…"}`.
void put_span_text(Buf& b, std::string_view text, Span s) {
  b.need(kSpanRoom);
  put_start_end(b, s);
  b.lit(",\"text\":");
  b.text_string(text, s);
  b.ch('}');
}

// A span with its text, or null when absent.
void put_optional_span(Buf& b, std::string_view text, Span s) {
  if (s.present()) {
    put_span_text(b, text, s);
  } else {
    b.need(4);
    b.lit("null");
  }
}

// The text of a span as a string, or null when absent.
void put_optional_text(Buf& b, std::string_view text, Span s) {
  if (s.present()) {
    b.text_string(text, s);
  } else {
    b.need(4);
    b.lit("null");
  }
}

void put_optional_string(Buf& b, std::string_view s) {
  if (s.empty()) {
    b.need(4);
    b.lit("null");
  } else {
    b.string(s);
  }
}

// A member name with its comma and colon, e.g. `,"cue":` (room made here).
template <std::size_t N>
void key(Buf& b, const char (&s)[N]) {
  b.need(N - 1);
  b.lit(s);
}

void write_quote(Buf& b, std::string_view text, const Quote& q) {
  b.need(kSpanRoom + 16);
  put_start_end(b, q.content);
  b.lit(",\"segments\":[");
  for (std::size_t i = 0; i < q.segments.size(); ++i) {
    b.need(kSpanRoom + 1);
    if (i) *b.p++ = ',';
    put_start_end(b, q.segments[i]);
    *b.p++ = '}';
  }
  key(b, "],\"kind\":");
  b.string(to_string(q.kind));
  key(b, ",\"cue\":");
  put_optional_span(b, text, q.cue);
  key(b, ",\"cue_lemma\":");
  put_optional_string(b, q.cue_lemma);
  key(b, ",\"speaker\":");
  put_optional_span(b, text, q.speaker);
  key(b, ",\"entity\":");
  put_optional_text(b, text, q.entity);
  key(b, ",\"entity_span\":");
  put_optional_span(b, text, q.entity);
  key(b, ",\"speaker_rule\":");
  b.string(to_string(q.speaker_rule));
  key(b, ",\"entity_rule\":");
  b.string(to_string(q.entity_rule));
  b.ch('}');
}

void write_claim(Buf& b, std::string_view text, const Claim& c) {
  b.need(kSpanRoom + 8);
  put_start_end(b, c.span);
  b.lit(",\"text\":");
  b.text_string(text, c.span);
  key(b, ",\"number\":");
  put_span_text(b, text, c.number);
  key(b, ",\"value\":");
  put_double(b, c.value);
  if (c.is_range) {
    key(b, ",\"low\":");
    put_double(b, c.low);
    key(b, ",\"high\":");
    put_double(b, c.high);
  }
  key(b, ",\"is_range\":");
  put_bool(b, c.is_range);
  key(b, ",\"kind\":");
  b.string(to_string(c.kind));
  key(b, ",\"unit\":");
  put_optional_string(b, c.unit);
  key(b, ",\"unit_text\":");
  put_optional_text(b, text, c.unit_span);
  key(b, ",\"dimension\":");
  put_optional_string(b, c.dimension);
  key(b, ",\"qualifier\":");
  put_optional_text(b, text, c.qualifier_span);
  key(b, ",\"qualifier_type\":");
  b.string(to_string(c.qualifier));
  // whose number it is (an addition to the contract; before the change members so the
  // concept, source and quote stay together)
  key(b, ",\"owner\":");
  put_optional_span(b, text, c.owner);
  key(b, ",\"direction\":");
  b.string(to_string(c.direction));
  key(b, ",\"change_cue\":");
  put_optional_span(b, text, c.change_cue);
  key(b, ",\"is_change\":");
  put_bool(b, c.is_change);
  key(b, ",\"concept\":");
  put_optional_span(b, text, c.concept);
  key(b, ",\"source\":");
  put_optional_text(b, text, c.source);
  key(b, ",\"quote\":");
  b.need(kNumberRoom + 1);
  if (c.quote >= 0)
    b.p = put_i64(b.p, c.quote);
  else
    b.lit("null");
  *b.p++ = '}';
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
        out.append(": ", 2);
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

// Writes one member array of the top-level object: `,"name":[` (the comma unless first),
// each element by `each`, then `]`.
template <std::size_t N, typename Range, typename Each>
void put_array(Buf& b, bool& first, const char (&name)[N], const Range& items, Each each) {
  b.need(N + 4);
  if (!first) *b.p++ = ',';
  first = false;
  *b.p++ = '"';
  b.lit(name);
  b.lit("\":[");
  bool first_item = true;
  for (const auto& item : items) {
    if (!first_item) b.ch(',');
    first_item = false;
    each(item);
  }
  b.ch(']');
}

void write_compact(std::string& out, const Document& doc, const JsonOptions& options,
                   std::string_view leading_members) {
  const std::string_view text = doc.text;
  Buf b(out);
  b.ch('{');
  bool first = true;
  if (!leading_members.empty()) {
    b.raw(leading_members);
    first = false;
  }
  if (options.sentences) {
    put_array(b, first, "sentences", doc.segments.sentences,
              [&](const Sentence& s) { put_span(b, s.span); });
  }
  if (options.paragraphs) {
    put_array(b, first, "paragraphs", doc.segments.paragraphs,
              [&](const Paragraph& p) { put_span(b, p.span); });
  }
  if (options.tokens) {
    put_array(b, first, "tokens", doc.tokens, [&](const Token& t) {
      const std::string_view k = to_string(t.kind);
      b.need(kSpanRoom + 16);
      put_start_end(b, t.span);
      b.lit(",\"kind\":\"");
      b.raw(k);
      b.need(2);
      b.lit("\"}");
    });
  }
  if (options.quotes) {
    put_array(b, first, "quotes", doc.quotes, [&](const Quote& q) { write_quote(b, text, q); });
  }
  if (options.claims) {
    put_array(b, first, "claims", doc.claims, [&](const Claim& c) { write_claim(b, text, c); });
  }
  b.ch('}');
  b.flush();
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
  Buf b(out);
  b.string(s);
  b.flush();
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
