// Stage 5: a Document as JSON. One pass into a local buffer appended to the caller's string in
// large chunks; numbers by hand, except doubles that are not integral (fmt's shortest
// round-trip form).
#include "claimex/output.hpp"

#include <fmt/format.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#include <emmintrin.h>
#define CLAIMEX_OUTPUT_SSE2 1
#endif

namespace claimex {
namespace {

// Length of the valid UTF-8 sequence starting at s[i] (i < s.size()), or 0 if the bytes
// there are not one (overlong forms, surrogates, code points past U+10FFFF, truncated
// sequences). Inline here for the writer; the public utf8_sequence_length checks `i` first.
inline std::size_t sequence_length(std::string_view s, std::size_t i) noexcept {
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

#ifdef CLAIMEX_OUTPUT_SSE2
// special_mask for 16 bytes: bit k set when byte k needs escaping or a UTF-8 check (exact).
inline unsigned special_mask16(__m128i v) noexcept {
  // signed compare: below 0x20 catches the controls and every byte from 0x80
  const __m128i special = _mm_or_si128(
      _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
  return static_cast<unsigned>(_mm_movemask_epi8(special));
}
#endif

// Number of decimal digits of `v`.
inline unsigned digit_count(std::uint64_t v) noexcept {
  unsigned n = 1;
  for (;;) {
    if (v < 10) return n;
    if (v < 100) return n + 1;
    if (v < 1000) return n + 2;
    if (v < 10000) return n + 3;
    v /= 10000;
    n += 4;
  }
}

// The two digits of `v` < 100 at `d`.
inline void put_2(char* d, std::uint32_t v) noexcept {
  std::memcpy(d, kDigits2 + 2 * v, 2);
}

// The digits of `v` < 10000, without leading zeros, at `d`; returns the end.
[[gnu::always_inline]] inline char* put_upto_4(char* d, std::uint32_t v) noexcept {
  if (v < 100) {
    if (v < 10) {
      *d = static_cast<char>('0' + v);
      return d + 1;
    }
    put_2(d, v);
    return d + 2;
  }
  const std::uint32_t hi = v / 100, lo = v % 100;
  if (hi < 10) {
    *d = static_cast<char>('0' + hi);
    put_2(d + 1, lo);
    return d + 3;
  }
  put_2(d, hi);
  put_2(d + 2, lo);
  return d + 4;
}

// Writes the decimal digits of `v` at `d`, returns the end. Offsets and counts (below 10^8)
// take two digits a step from a table with no loop; larger values the general loop.
[[gnu::always_inline]] inline char* put_u64(char* d, std::uint64_t v) noexcept {
  if (v < 10000) return put_upto_4(d, static_cast<std::uint32_t>(v));
  if (v < 100000000) {
    const auto hi = static_cast<std::uint32_t>(v / 10000);
    const auto lo = static_cast<std::uint32_t>(v % 10000);
    d = put_upto_4(d, hi);
    put_2(d, lo / 100);
    put_2(d + 2, lo % 100);
    return d + 4;
  }
  char* const end = d + digit_count(v);
  char* q = end;
  while (v >= 100) {
    const std::size_t r = static_cast<std::size_t>(v % 100) * 2;
    v /= 100;
    q -= 2;
    q[0] = kDigits2[r];
    q[1] = kDigits2[r + 1];
  }
  if (v >= 10) {
    const std::size_t r = static_cast<std::size_t>(v) * 2;
    q[-2] = kDigits2[r];
    q[-1] = kDigits2[r + 1];
  } else {
    q[-1] = static_cast<char>('0' + v);
  }
  return end;
}

inline char* put_i64(char* d, std::int64_t v) noexcept {
  if (v < 0) {
    *d++ = '-';
    return put_u64(d, 0 - static_cast<std::uint64_t>(v));
  }
  return put_u64(d, static_cast<std::uint64_t>(v));
}

// The k bytes at `p` (1 <= k <= 7) in the low bytes of a word, zeros above; overlapping
// loads, no byte read past p + k.
inline std::uint64_t load_short(const char* p, std::size_t k) noexcept {
  if (k >= 4) {
    std::uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + k - 4, 4);
    return lo | (std::uint64_t{hi} << (8 * (k - 4)));
  }
  const auto byte = [p](std::size_t j) { return std::uint64_t{static_cast<unsigned char>(p[j])}; };
  return byte(0) | (byte(k / 2) << (8 * (k / 2))) | (byte(k - 1) << (8 * (k - 1)));
}

// Writes the byte s[i], which needs escaping or a UTF-8 check, at `o`: its escape, the
// valid UTF-8 sequence it starts, or U+FFFD when it starts none. Advances `i` past what it
// consumed and returns the end of the output (writes at most 8 bytes).
inline char* put_special(char* o, std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (kEscape.kind[c] == kEscaped) {
    std::memcpy(o, kEscape.text[c], 8);
    ++i;
    return o + kEscape.len[c];
  }
  const std::size_t len = sequence_length(s, i);
  if (len == 0) {
    std::memcpy(o, "\xEF\xBF\xBD", 3);  // U+FFFD for each invalid byte
    ++i;
    return o + 3;
  }
  for (std::size_t k = 0; k < len; ++k) o[k] = s[i + k];
  i += len;
  return o + len;
}

// Writes `s` escaped (without quotes) at `o` from s[i], stopping at the first sequence
// boundary at or after `limit`; advances `i` there and returns the end of the output.
// Sixteen bytes at a time with SSE2 (eight without) while `readable` bytes from s.data() may
// be read (at least s.size(); more when `s` lies inside a larger text, as the text of a span
// mostly does), the last few bytes of `s` eight at a time with overlapping loads. Each step
// copies its whole block and keeps the bytes before the first one needing care, so a run of
// plain bytes costs a load, a test and a store. Writes at most 6 * (limit - i) + 16 bytes at
// `o` (the bytes past the escaped text are scratch).
inline char* escape_into(char* o, std::string_view s, std::size_t& pos, std::size_t limit,
                         std::size_t readable) {
  const char* data = s.data();
  const std::size_t n = s.size();
  std::size_t i = pos;
  while (i < limit) {
    const std::size_t left = limit - i;
#ifdef CLAIMEX_OUTPUT_SSE2
    if (i + 16 <= readable) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(o), v);
      // a bit past the end of the piece stops the step there
      const unsigned m = special_mask16(v) | (left < 16 ? 1u << left : 1u << 16);
      const auto step = static_cast<std::size_t>(__builtin_ctz(m));
      o += step;
      i += step;
      if (step < left && step < 16) o = put_special(o, s, i);
      continue;
    }
#endif
    std::uint64_t x;
    if (i + 8 <= readable) {
      std::memcpy(&x, data + i, 8);
    } else if (n >= 8) {
      std::memcpy(&x, data + n - 8, 8);
      x >>= 8 * (i + 8 - n);  // s[i, n) in the low bytes
    } else {
      x = load_short(data + i, n - i);
    }
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
    o = put_special(o, s, i);
  }
  pos = i;
  return o;
}

// The output under construction: a local buffer appended to the caller's string in large
// chunks. Writers hold the write position `p` in a local (a member would be reloaded after
// every byte store, char stores may alias it) and call need(p, n) for room for n bytes
// (n <= kRoom) before writing with raw pointer bumps.
class Sink {
 public:
  static constexpr std::size_t kRoom = 8192;  // on the stack: modest for any thread
  // Longest piece of a string escaped at once: its output (6 bytes a byte at most, 16 of
  // scratch, 2 quotes) fits in kRoom.
  static constexpr std::size_t kStringChunk = 1024;

  explicit Sink(std::string& out) : out_(out) {}
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;

  char* start() { return buf_; }
  char* need(char* p, std::size_t n) {
    return static_cast<std::size_t>(buf_ + kRoom - p) < n ? flush(p) : p;
  }
  // Appends the buffer up to `p` to the caller's string; returns the buffer's start.
  [[gnu::noinline]] char* flush(char* p) {
    out_.append(buf_, static_cast<std::size_t>(p - buf_));
    return buf_;
  }
  // Appends `s` directly (after a flush).
  void append(std::string_view s) { out_.append(s.data(), s.size()); }

 private:
  std::string& out_;
  char buf_[kRoom];
};

// Raw text whose length is known at compile time; room made by the caller.
template <std::size_t N>
inline char* lit(char* p, const char (&s)[N]) {
  std::memcpy(p, s, N - 1);
  return p + N - 1;
}

// The same with its room made here (a member name such as `,"cue":`), and room for `value`
// more bytes after it: a member name and a value of bounded size (a number, a name, null)
// take one room check.
template <std::size_t N>
inline char* key(Sink& k, char* p, const char (&s)[N], std::size_t value = 0) {
  return lit(k.need(p, N - 1 + value), s);
}

char* put_raw(Sink& k, char* p, std::string_view s) {
  if (s.size() > Sink::kRoom) {
    p = k.flush(p);
    k.append(s);
    return p;
  }
  p = k.need(p, s.size());
  std::memcpy(p, s.data(), s.size());
  return p + s.size();
}

// `s` (longer than Sink::kStringChunk) as a JSON string literal, a chunk at a time.
[[gnu::noinline]] char* put_long_string(Sink& k, char* p, std::string_view s,
                                        std::size_t readable) {
  const std::size_t n = s.size();
  p = k.need(p, 1);
  *p++ = '"';
  std::size_t i = 0;
  while (i < n) {
    const std::size_t limit = n - i > Sink::kStringChunk ? i + Sink::kStringChunk : n;
    p = k.need(p, 6 * (limit - i) + 16);
    p = escape_into(p, s, i, limit, readable);
  }
  p = k.need(p, 1);
  *p++ = '"';
  return p;
}

// If `s` (at most 16 bytes, or 32 when 16 can be read: `readable` as for escape_into) needs
// no escape and no UTF-8 check, copies it to `o` with a store or two and returns true; else
// returns false (the bytes written at `o`, at most max(16, s.size()), are scratch). Most strings
// written are such short plain pieces of text (a cue, a name, a number, a lemma): this test inline
// saves the call and set-up of the escape loop.
inline bool copy_plain_short(char* o, std::string_view s, [[maybe_unused]] std::size_t readable) {
  const char* data = s.data();
  const std::size_t n = s.size();
#ifdef CLAIMEX_OUTPUT_SSE2
  if (readable >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(o), v);
    if (n <= 16) return (special_mask16(v) & ((1u << n) - 1)) == 0;
    // 17 to 32 bytes: a second block ending at the last byte, overlapping the first
    const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + n - 16));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(o + n - 16), w);
    return (special_mask16(v) | special_mask16(w)) == 0;
  }
#endif
  if (n > 16) return false;
  if (n >= 8) {  // two overlapping words
    std::uint64_t lo, hi;
    std::memcpy(&lo, data, 8);
    std::memcpy(&hi, data + n - 8, 8);
    std::memcpy(o, &lo, 8);
    std::memcpy(o + n - 8, &hi, 8);
    return (special_mask(lo) | special_mask(hi)) == 0;
  }
  if (n == 0) return true;
  const std::uint64_t x = load_short(data, n);  // zeros above n bytes: masked off
  std::memcpy(o, &x, 8);
  return (special_mask(x) & ((std::uint64_t{1} << (8 * n)) - 1)) == 0;
}

// `s` (at most Sink::kStringChunk bytes) escaped at `o` by the loop: out of line, so that
// put_string, with its inline test for the common short plain string, stays small where it
// is inlined.
[[gnu::noinline]] char* put_escaped(char* o, std::string_view s, std::size_t readable) {
  std::size_t i = 0;
  return escape_into(o, s, i, s.size(), readable);
}

// `s` as a JSON string literal. `readable`: see escape_into (0: s.size()).
[[gnu::always_inline]] inline char* put_string(Sink& k, char* p, std::string_view s,
                                               std::size_t readable = 0) {
  const std::size_t n = s.size();
  if (readable < n) readable = n;
  if (n > Sink::kStringChunk) return put_long_string(k, p, s, readable);
  p = k.need(p, 6 * n + 18);
  *p++ = '"';
  const bool short_plain = n <= 16 || (n <= 32 && readable >= 16);  // what the test takes
  p = short_plain && copy_plain_short(p, s, readable) ? p + n : put_escaped(p, s, readable);
  *p++ = '"';
  return p;
}

// The JSON string literal (quotes included) of `to_string` of each value of the enum E,
// escaped once: writing a kind or rule is then one fixed-size copy, not an escape scan for
// every quote and claim. Values whose literal does not fit kWidth (none today) and values
// past kCount take put_string.
template <typename E>
class NameLiterals {
 public:
  static constexpr std::size_t kCount = 32;
  static constexpr std::size_t kWidth = 32;

  NameLiterals() {
    for (std::size_t v = 0; v < kCount; ++v) {
      std::string lit;
      append_json_string(lit, to_string(static_cast<E>(v)));
      if (lit.size() > kWidth) continue;  // len_[v] stays 0
      std::memcpy(text_[v], lit.data(), lit.size());
      len_[v] = static_cast<unsigned char>(lit.size());
    }
  }

  // Writes the literal of `e` at `p` (room for kWidth bytes made by the caller).
  char* put(Sink& k, char* p, E e) const {
    const auto v = static_cast<std::size_t>(e);
    if (v >= kCount || len_[v] == 0) return put_string(k, p, to_string(e));
    std::memcpy(p, text_[v], kWidth);
    return p + len_[v];
  }

 private:
  char text_[kCount][kWidth] = {};
  unsigned char len_[kCount] = {};
};

// Room for the literal of an enum value.
constexpr std::size_t kNameRoom = 32;

// `name` and the literal of an enum value (the table built on first use, thread-safe).
template <std::size_t N, typename E>
inline char* member_name(Sink& k, char* p, const char (&name)[N], E e) {
  static const NameLiterals<E> names;
  static_assert(NameLiterals<E>::kWidth <= kNameRoom, "room for a name");
  return names.put(k, key(k, p, name, kNameRoom), e);
}

// The text of `span` in `text` as a JSON string literal.
inline char* put_text(Sink& k, char* p, std::string_view text, Span span) {
  const std::string_view s = text_of(text, span);
  return put_string(k, p, s,
                    s.empty() ? 0 : static_cast<std::size_t>(text.data() + text.size() - s.data()));
}

// Room for one number (u64/i64 digits, or a double with fmt's shortest form).
constexpr std::size_t kNumberRoom = 40;

// A number (room for kNumberRoom bytes made by the caller).
char* put_double(Sink& k, char* p, double v) {
  if (!std::isfinite(v)) return lit(p, "null");
  // Integral values (most counts) skip the shortest-round-trip search; same text either way.
  if (std::fabs(v) < 1e15 && v == std::floor(v) && !(v == 0 && std::signbit(v)))
    return put_i64(p, static_cast<std::int64_t>(v));
  char tmp[64];
  const auto r = fmt::format_to_n(tmp, sizeof tmp, "{}", v);
  if (r.size <= sizeof tmp) return put_raw(k, p, std::string_view(tmp, r.size));
  return put_raw(k, p, fmt::format("{}", v));
}

// `name` and a number.
template <std::size_t N>
inline char* member_double(Sink& k, char* p, const char (&name)[N], double v) {
  return put_double(k, key(k, p, name, kNumberRoom), v);
}

// `name` and true or false.
template <std::size_t N>
inline char* member_bool(Sink& k, char* p, const char (&name)[N], bool v) {
  p = key(k, p, name, 5);
  return v ? lit(p, "true") : lit(p, "false");
}

// `{"start":B,"end":E` (room made by the caller: kSpanRoom).
constexpr std::size_t kSpanRoom = 48;
inline char* put_start_end(char* p, Span s) {
  p = lit(p, "{\"start\":");
  p = put_u64(p, s.begin);
  p = lit(p, ",\"end\":");
  return put_u64(p, s.end);
}

// `{"start":B,"end":E}`.
inline char* put_span(Sink& k, char* p, Span s) {
  p = put_start_end(k.need(p, kSpanRoom), s);
  *p++ = '}';
  return p;
}

// `{"start":B,"end":E,"text":"…"}`.
// `{"start":B,"end":E,"text":"…"}` (room for kSpanRoom bytes made by the caller).
char* put_span_text(Sink& k, char* p, std::string_view text, Span s) {
  p = put_start_end(p, s);
  p = lit(p, ",\"text\":");
  p = put_text(k, p, text, s);
  p = k.need(p, 1);
  *p++ = '}';
  return p;
}

// `name` and a span with its text.
template <std::size_t N>
inline char* member_span(Sink& k, char* p, const char (&name)[N], std::string_view text, Span s) {
  return put_span_text(k, key(k, p, name, kSpanRoom), text, s);
}

// `name` and a span with its text, or null when absent.
template <std::size_t N>
inline char* member_optional_span(Sink& k, char* p, const char (&name)[N], std::string_view text,
                                  Span s) {
  p = key(k, p, name, kSpanRoom);
  return s.present() ? put_span_text(k, p, text, s) : lit(p, "null");
}

// `name` and the text of a span as a string, or null when absent.
template <std::size_t N>
inline char* member_optional_text(Sink& k, char* p, const char (&name)[N], std::string_view text,
                                  Span s) {
  p = key(k, p, name, 4);
  return s.present() ? put_text(k, p, text, s) : lit(p, "null");
}

// `name` and a string, or null when empty.
template <std::size_t N>
inline char* member_optional_string(Sink& k, char* p, const char (&name)[N], std::string_view s) {
  p = key(k, p, name, 4);
  return s.empty() ? lit(p, "null") : put_string(k, p, s);
}

char* write_quote(Sink& k, char* p, std::string_view text, const Quote& q) {
  p = put_start_end(k.need(p, kSpanRoom + 16), q.content);
  p = lit(p, ",\"segments\":[");
  for (std::size_t i = 0; i < q.segments.size(); ++i) {
    p = k.need(p, kSpanRoom + 1);
    if (i) *p++ = ',';
    p = put_start_end(p, q.segments[i]);
    *p++ = '}';
  }
  p = member_name(k, p, "],\"kind\":", q.kind);
  p = member_optional_span(k, p, ",\"cue\":", text, q.cue);
  p = member_optional_string(k, p, ",\"cue_lemma\":", q.cue_lemma);
  p = member_optional_span(k, p, ",\"speaker\":", text, q.speaker);
  p = member_optional_text(k, p, ",\"entity\":", text, q.entity);
  p = member_optional_span(k, p, ",\"entity_span\":", text, q.entity);
  p = member_name(k, p, ",\"speaker_rule\":", q.speaker_rule);
  p = member_name(k, p, ",\"entity_rule\":", q.entity_rule);
  p = k.need(p, 1);
  *p++ = '}';
  return p;
}

char* write_claim(Sink& k, char* p, std::string_view text, const Claim& c) {
  p = put_start_end(k.need(p, kSpanRoom + 8), c.span);
  p = lit(p, ",\"text\":");
  p = put_text(k, p, text, c.span);
  p = member_optional_span(k, p, ",\"number\":", text, c.number);  // (null: a unit mention)
  p = member_double(k, p, ",\"value\":", c.value);
  if (c.is_range) {
    p = member_double(k, p, ",\"low\":", c.low);
    p = member_double(k, p, ",\"high\":", c.high);
  }
  p = member_bool(k, p, ",\"is_range\":", c.is_range);
  p = member_name(k, p, ",\"kind\":", c.kind);
  p = member_optional_string(k, p, ",\"unit\":", c.unit);
  p = member_optional_text(k, p, ",\"unit_text\":", text, c.unit_span);
  p = member_optional_string(k, p, ",\"dimension\":", c.dimension);
  p = member_optional_text(k, p, ",\"qualifier\":", text, c.qualifier_span);
  p = member_name(k, p, ",\"qualifier_type\":", c.qualifier);
  // whose number it is (an addition to the contract; before the change members so the
  // concept, source and quote stay together)
  p = member_optional_span(k, p, ",\"owner\":", text, c.owner);
  p = member_name(k, p, ",\"direction\":", c.direction);
  p = member_optional_span(k, p, ",\"change_cue\":", text, c.change_cue);
  p = member_bool(k, p, ",\"is_change\":", c.is_change);
  p = member_optional_span(k, p, ",\"concept\":", text, c.concept);
  // what a count counts (an addition to the contract)
  p = member_optional_span(k, p, ",\"counted\":", text, c.counted);
  // when the number holds (an addition to the contract)
  p = member_optional_span(k, p, ",\"when\":", text, c.when);
  p = member_optional_text(k, p, ",\"source\":", text, c.source);
  p = key(k, p, ",\"quote\":", kNumberRoom + 1);
  p = c.quote >= 0 ? put_i64(p, c.quote) : lit(p, "null");
  *p++ = '}';
  return p;
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
// each element by `each` (which returns the new write position), then `]`.
template <std::size_t N, typename Range, typename Each>
char* put_array(Sink& k, char* p, bool& first, const char (&name)[N], const Range& items,
                Each each) {
  p = k.need(p, N + 4);
  if (!first) *p++ = ',';
  first = false;
  *p++ = '"';
  p = lit(p, name);
  p = lit(p, "\":[");
  bool first_item = true;
  for (const auto& item : items) {
    if (!first_item) {
      p = k.need(p, 1);
      *p++ = ',';
    }
    first_item = false;
    p = each(p, item);
  }
  p = k.need(p, 1);
  *p++ = ']';
  return p;
}

void write_compact(std::string& out, const Document& doc, const JsonOptions& options,
                   std::string_view leading_members) {
  const std::string_view text = doc.text;
  Sink k(out);
  char* p = k.start();
  *p++ = '{';
  bool first = true;
  if (!leading_members.empty()) {
    p = put_raw(k, p, leading_members);
    first = false;
  }
  if (options.sentences) {
    p = put_array(k, p, first, "sentences", doc.segments.sentences,
                  [&](char* q, const Sentence& s) { return put_span(k, q, s.span); });
  }
  if (options.paragraphs) {
    p = put_array(k, p, first, "paragraphs", doc.segments.paragraphs,
                  [&](char* q, const Paragraph& para) { return put_span(k, q, para.span); });
  }
  if (options.tokens) {
    p = put_array(k, p, first, "tokens", doc.tokens, [&](char* q, const Token& t) {
      q = put_start_end(k.need(q, kSpanRoom + 16), t.span);
      q = lit(q, ",\"kind\":\"");
      q = put_raw(k, q, to_string(t.kind));
      return lit(k.need(q, 2), "\"}");
    });
  }
  if (options.quotes) {
    p = put_array(k, p, first, "quotes", doc.quotes,
                  [&](char* q, const Quote& quote) { return write_quote(k, q, text, quote); });
  }
  if (options.claims) {
    p = put_array(k, p, first, "claims", doc.claims,
                  [&](char* q, const Claim& c) { return write_claim(k, q, text, c); });
  }
  p = k.need(p, 1);
  *p++ = '}';
  k.flush(p);
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept {
  return i < s.size() ? sequence_length(s, i) : 0;
}

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
    const std::size_t len = sequence_length(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

void append_json_string(std::string& out, std::string_view s) {
  Sink k(out);
  k.flush(put_string(k, k.start(), s));
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
