// cli_json.cpp: a small strict JSON reader for the CLI's JSON Lines input (see cli_json.hpp).
#include "cli_json.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "claimex/output.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimex_cli {
namespace {

constexpr int kMaxDepth = 256;

// Member names the output writes itself; input members of these names are dropped.
bool is_output_member(std::string_view key) {
  return key == "sentences" || key == "paragraphs" || key == "tokens" || key == "quotes" ||
         key == "claims";
}

// The high bit set in each byte of `x` that ends or escapes a string, is a control byte or
// is not ASCII (the classic SWAR zero-byte tests). Exact up to the lowest flagged byte;
// bytes above it may be flagged too (borrows), never bytes below it.
inline std::uint64_t special_mask(const char* p) {
  std::uint64_t x;
  std::memcpy(&x, p, 8);
  constexpr std::uint64_t ones = 0x0101010101010101ull;
  constexpr std::uint64_t high = 0x8080808080808080ull;
  const std::uint64_t q = x ^ (ones * '"');
  const std::uint64_t b = x ^ (ones * '\\');
  return (x | ((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b)) & high;
}

#if defined(__SSE2__)
// The same test for 16 bytes, exact: bit k set when byte k is not copied as it is.
inline unsigned special_mask16(__m128i v) {
  // signed compare: control bytes and bytes >= 0x80 are both below 0x20
  const __m128i special = _mm_or_si128(
      _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
  return static_cast<unsigned>(_mm_movemask_epi8(special));
}
#endif

// Bytes copied as they are inside a string: printable ASCII but '"' and '\\'.
struct PlainTable {
  bool plain[256] = {};
  constexpr PlainTable() {
    for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  }
};
constexpr PlainTable kPlain;

class Parser {
 public:
  Parser(std::string_view s, std::string& error) : s_(s), error_(error) {}

  LineStatus parse(JsonLine& out) {
    out.text.clear();
    out.id.clear();
    // The members written back are copied into `leading` sized once for the line (they
    // never take more room than in the line, which also has a ':' and a ',' or a brace for
    // each), without an append per piece; cut to their length when the line is done.
    out.leading.resize(s_.size());
    lead_ = 0;
    const LineStatus status = parse_object(out);
    out.leading.resize(lead_);
    return status;
  }

 private:
  LineStatus parse_object(JsonLine& out) {
    bool have_text = false;
    bool text_bad_utf8 = false;
    skip_ws();
    if (!expect('{')) return LineStatus::malformed;
    skip_ws();
    if (peek() == '}') {
      ++pos_;
    } else {
      for (;;) {
        skip_ws();
        const std::size_t key_begin = pos_;
        std::string_view key = plain_key();
        if (key.data() == nullptr) {  // escapes or bytes to check: decoded
          key_.clear();
          bool key_surrogate_ok = true;
          bool key_utf8_ok = true;
          if (!parse_string(&key_, key_surrogate_ok, key_utf8_ok)) return LineStatus::malformed;
          if (!key_utf8_ok) return fail("member name is not valid UTF-8");
          key = key_;
        }
        const std::size_t key_end = pos_;
        skip_ws();
        if (!expect(':')) return LineStatus::malformed;
        skip_ws();
        if (key == "text") {
          if (have_text) return fail("duplicate \"text\" member");
          if (peek() != '"') return fail("\"text\" is not a string");
          bool surrogates_ok = true;
          bool utf8_ok = true;
          if (!parse_string(&out.text, surrogates_ok, utf8_ok)) return LineStatus::malformed;
          have_text = true;
          text_bad_utf8 = !surrogates_ok || !utf8_ok;
        } else {
          const std::size_t value_begin = pos_;
          const bool is_string = peek() == '"';
          if (key == "id" && is_string) {
            bool ok = true;
            bool utf8_ok = true;
            if (!parse_string(&out.id, ok, utf8_ok)) return LineStatus::malformed;
            if (!utf8_ok) return fail("\"id\" is not valid UTF-8");
          } else {
            if (!skip_value(0)) return LineStatus::malformed;
            if (key == "id") out.id.assign(s_.substr(value_begin, pos_ - value_begin));
          }
          if (!is_output_member(key)) {
            // `,"key":value`: the name and value as they are in the line
            const std::size_t klen = key_end - key_begin, vlen = pos_ - value_begin;
            char* d = &out.leading[lead_];
            if (lead_ != 0) *d++ = ',';
            std::memcpy(d, s_.data() + key_begin, klen);
            d[klen] = ':';
            std::memcpy(d + klen + 1, s_.data() + value_begin, vlen);
            lead_ = static_cast<std::size_t>(d + klen + 1 + vlen - out.leading.data());
          }
        }
        skip_ws();
        if (peek() == ',') {
          ++pos_;
          continue;
        }
        if (!expect('}')) return LineStatus::malformed;
        break;
      }
    }
    skip_ws();
    if (pos_ != s_.size()) return fail("unexpected text after the object");
    if (!have_text) return fail("no \"text\" member");
    if (text_bad_utf8) {
      error_ = "\"text\" is not valid UTF-8";
      return LineStatus::invalid_utf8;
    }
    return LineStatus::ok;
  }

  int peek() const { return pos_ < s_.size() ? static_cast<unsigned char>(s_[pos_]) : -1; }

  void skip_ws() {
    while (pos_ < s_.size()) {
      const char c = s_[pos_];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') break;
      ++pos_;
    }
  }

  LineStatus fail(const char* what) {
    error_ = "column ";
    error_ += std::to_string(pos_ + 1);
    error_ += ": ";
    error_ += what;
    return LineStatus::malformed;
  }

  bool fail_bool(const char* what) {
    fail(what);
    return false;
  }

  bool expect(char c) {
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return fail_expected(c);
  }

  [[gnu::noinline]] bool fail_expected(char c) {
    std::string what = "expected '";
    what += c;
    what += '\'';
    if (pos_ >= s_.size()) what += " before the end of the line";
    fail(what.c_str());
    return false;
  }

  static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  bool read_hex4(std::uint32_t& v) {
    if (pos_ + 4 > s_.size()) return fail_bool("truncated \\u escape");
    v = 0;
    for (int k = 0; k < 4; ++k) {
      const int h = hex_value(s_[pos_ + static_cast<std::size_t>(k)]);
      if (h < 0) return fail_bool("bad \\u escape");
      v = v * 16 + static_cast<std::uint32_t>(h);
    }
    pos_ += 4;
    return true;
  }

  static void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  // A member name at pos_ made of printable ASCII but '"' and '\\' (every name in practice):
  // returns it as a view of the line and moves past it, without copying it out; else
  // returns a null view and leaves pos_ where it was (the name is then decoded).
  std::string_view plain_key() {
    if (peek() != '"') return {};
    const std::size_t b = pos_ + 1;
    std::size_t i = b;
#if defined(__SSE2__)
    if (b + 16 <= s_.size()) {  // a name of up to 15 bytes: one test
      const unsigned m =
          special_mask16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s_.data() + b)));
      if (m == 0) return {};
      i = b + static_cast<std::size_t>(__builtin_ctz(m));
    } else
#endif
      while (i < s_.size() && kPlain.plain[static_cast<unsigned char>(s_[i])]) ++i;
    if (i >= s_.size() || s_[i] != '"') return {};
    pos_ = i + 1;
    return s_.substr(b, i - b);
  }

  // Parses a string at pos_. With `out`, decodes into it; `surrogates_ok` turns false on a
  // lone surrogate escape (which has no UTF-8 form; U+FFFD is written in its place).
  // Raw bytes are copied as they are and checked in the same pass: `utf8_ok` turns false
  // when they are not valid UTF-8 (decoded escapes always are, and a raw sequence cut by an
  // escape is invalid either way, so this is also the validity of the decoded string).
  // Without `out` (a value written back raw), invalid UTF-8 fails the string.
  bool parse_string(std::string* out, bool& surrogates_ok, bool& utf8_ok) {
    if (!expect('"')) return false;
    const char* data = s_.data();
    const std::size_t n = s_.size();
    bool raw_ok = true;
    std::size_t run = pos_;
    for (;;) {
      // Skip the bytes copied as they are, sixteen or eight at a time, to the next one that
      // is not.
      for (;;) {
#if defined(__SSE2__)
        if (pos_ + 32 <= n) {  // two blocks a round: a loop test for 32 bytes
          const auto* p = reinterpret_cast<const __m128i*>(data + pos_);
          const std::uint32_t m =
              special_mask16(_mm_loadu_si128(p)) | (special_mask16(_mm_loadu_si128(p + 1)) << 16);
          if (m == 0) {
            pos_ += 32;
            continue;
          }
          pos_ += static_cast<std::size_t>(__builtin_ctz(m));
          break;
        }
        if (pos_ + 16 <= n) {
          const unsigned m =
              special_mask16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + pos_)));
          if (m == 0) {
            pos_ += 16;
            continue;
          }
          pos_ += static_cast<std::size_t>(__builtin_ctz(m));
          break;
        }
#endif
        if (pos_ + 8 <= n) {
          const std::uint64_t m = special_mask(data + pos_);
          if (m == 0) {
            pos_ += 8;
            continue;
          }
          pos_ += static_cast<std::size_t>(__builtin_ctzll(m) >> 3);
          break;
        }
        while (pos_ < n && kPlain.plain[static_cast<unsigned char>(data[pos_])]) ++pos_;
        break;
      }
      if (pos_ >= n) return fail_bool("unterminated string");
      const auto c = static_cast<unsigned char>(data[pos_]);
      if (c >= 0x80) {
        const std::size_t len = claimex::utf8_sequence_length(s_, pos_);
        if (len == 0) {
          raw_ok = false;
          ++pos_;
        } else {
          pos_ += len;
        }
        continue;
      }
      if (c == '"') {
        if (!raw_ok) {
          utf8_ok = false;
          if (!out) return fail_bool("string is not valid UTF-8");
        }
        if (out) out->append(data + run, pos_ - run);
        ++pos_;
        return true;
      }
      if (c < 0x20) return fail_bool("control character inside a string");
      // c == '\\'
      if (out) out->append(s_.substr(run, pos_ - run));
      ++pos_;
      if (pos_ >= s_.size()) return fail_bool("unterminated string");
      const char e = s_[pos_++];
      char plain = 0;
      switch (e) {
        case '"':
          plain = '"';
          break;
        case '\\':
          plain = '\\';
          break;
        case '/':
          plain = '/';
          break;
        case 'b':
          plain = '\b';
          break;
        case 'f':
          plain = '\f';
          break;
        case 'n':
          plain = '\n';
          break;
        case 'r':
          plain = '\r';
          break;
        case 't':
          plain = '\t';
          break;
        case 'u': {
          std::uint32_t cp = 0;
          if (!read_hex4(cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            std::uint32_t lo = 0;
            if (pos_ + 1 < s_.size() && s_[pos_] == '\\' && s_[pos_ + 1] == 'u') {
              pos_ += 2;
              if (!read_hex4(lo)) return false;
              if (lo >= 0xDC00 && lo <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
              } else {
                surrogates_ok = false;
                if (out) out->append("\xEF\xBF\xBD");
                cp = lo;  // the second escape stands on its own
                if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
              }
            } else {
              surrogates_ok = false;
              cp = 0xFFFD;
            }
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            surrogates_ok = false;
            cp = 0xFFFD;
          }
          if (out) append_utf8(*out, cp);
          break;
        }
        default:
          --pos_;
          return fail_bool("bad escape in a string");
      }
      if (plain && out) *out += plain;
      run = pos_;
    }
  }

  bool skip_number() {
    const std::size_t begin = pos_;
    if (peek() == '-') ++pos_;
    const auto digits = [&] {
      const std::size_t d = pos_;
      while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
      return pos_ - d;
    };
    if (peek() == '0') {
      ++pos_;
    } else if (digits() == 0) {
      pos_ = begin;
      return fail_bool("expected a value");
    }
    if (peek() == '.') {
      ++pos_;
      if (digits() == 0) return fail_bool("bad number");
    }
    if (peek() == 'e' || peek() == 'E') {
      ++pos_;
      if (peek() == '+' || peek() == '-') ++pos_;
      if (digits() == 0) return fail_bool("bad number");
    }
    return true;
  }

  bool skip_literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return fail_bool("expected a value");
    pos_ += word.size();
    return true;
  }

  bool skip_value(int depth) {
    if (depth > kMaxDepth) return fail_bool("nested too deeply");
    bool ok = true;
    bool utf8_ok = true;
    switch (peek()) {
      case '"':
        return parse_string(nullptr, ok, utf8_ok);
      case '{': {
        ++pos_;
        skip_ws();
        if (peek() == '}') {
          ++pos_;
          return true;
        }
        for (;;) {
          skip_ws();
          if (!parse_string(nullptr, ok, utf8_ok)) return false;
          skip_ws();
          if (!expect(':')) return false;
          skip_ws();
          if (!skip_value(depth + 1)) return false;
          skip_ws();
          if (peek() == ',') {
            ++pos_;
            continue;
          }
          return expect('}');
        }
      }
      case '[': {
        ++pos_;
        skip_ws();
        if (peek() == ']') {
          ++pos_;
          return true;
        }
        for (;;) {
          skip_ws();
          if (!skip_value(depth + 1)) return false;
          skip_ws();
          if (peek() == ',') {
            ++pos_;
            continue;
          }
          return expect(']');
        }
      }
      case 't':
        return skip_literal("true");
      case 'f':
        return skip_literal("false");
      case 'n':
        return skip_literal("null");
      default:
        return skip_number();
    }
  }

  std::string_view s_;
  std::string& error_;
  std::size_t pos_ = 0;
  std::size_t lead_ = 0;  // length of the members copied into JsonLine::leading
  std::string key_;
};

}  // namespace

LineStatus parse_json_line(std::string_view line, JsonLine& out, std::string& error) {
  error.clear();
  Parser p(line, error);
  return p.parse(out);
}

}  // namespace claimex_cli
