// A strict RFC 8259 checker (the whole text is one value, nothing else), shared by the output
// tests and the fuzz targets. Decodes the string literals it meets into `strings`, in order,
// so tests can compare what a reader gets back.
#ifndef CLAIMEX_TESTS_STRICT_JSON_HPP
#define CLAIMEX_TESTS_STRICT_JSON_HPP

#include <claimex/output.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimex_test {

class StrictJson {
 public:
  explicit StrictJson(std::string_view s) : s_(s) {}

  bool valid() {
    ws();
    if (!value(0)) return false;
    ws();
    return pos_ == s_.size();
  }
  std::vector<std::string> strings;

 private:
  int peek() const { return pos_ < s_.size() ? static_cast<unsigned char>(s_[pos_]) : -1; }
  void ws() {
    while (pos_ < s_.size() &&
           (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\r' || s_[pos_] == '\t'))
      ++pos_;
  }
  bool lit(std::string_view w) {
    if (s_.substr(pos_, w.size()) != w) return false;
    pos_ += w.size();
    return true;
  }
  static void put_utf8(std::string& o, std::uint32_t cp) {
    if (cp < 0x80) {
      o += static_cast<char>(cp);
    } else if (cp < 0x800) {
      o += static_cast<char>(0xC0 | (cp >> 6));
      o += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      o += static_cast<char>(0xE0 | (cp >> 12));
      o += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      o += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      o += static_cast<char>(0xF0 | (cp >> 18));
      o += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      o += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      o += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  bool hex4(std::uint32_t& v) {
    if (pos_ + 4 > s_.size()) return false;
    v = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[pos_++];
      v *= 16;
      if (c >= '0' && c <= '9') {
        v += static_cast<std::uint32_t>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        v += static_cast<std::uint32_t>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        v += static_cast<std::uint32_t>(c - 'A' + 10);
      } else {
        return false;
      }
    }
    return true;
  }
  bool string() {
    if (peek() != '"') return false;
    ++pos_;
    std::string out;
    const std::size_t begin = pos_;
    for (;;) {
      if (pos_ >= s_.size()) return false;
      const auto c = static_cast<unsigned char>(s_[pos_]);
      if (c == '"') break;
      if (c < 0x20) return false;
      if (c != '\\') {
        out += static_cast<char>(c);
        ++pos_;
        continue;
      }
      ++pos_;
      if (pos_ >= s_.size()) return false;
      const char e = s_[pos_++];
      switch (e) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          std::uint32_t cp = 0;
          if (!hex4(cp)) return false;
          // RFC 8259's grammar takes any \uXXXX; a surrogate pair decodes to one code point,
          // a lone surrogate (grammatical, but no character) to U+FFFD.
          if (cp >= 0xD800 && cp <= 0xDBFF && s_.substr(pos_, 2) == "\\u") {
            const std::size_t save = pos_;
            std::uint32_t lo = 0;
            pos_ += 2;
            if (hex4(lo) && lo >= 0xDC00 && lo <= 0xDFFF)
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            else
              pos_ = save;
          }
          put_utf8(out, cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp);
          break;
        }
        default:
          return false;
      }
    }
    if (!claimex::is_valid_utf8(s_.substr(begin, pos_ - begin))) return false;
    ++pos_;
    strings.push_back(std::move(out));
    return true;
  }
  bool digits() {
    const std::size_t b = pos_;
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
    return pos_ > b;
  }
  bool number() {
    if (peek() == '-') ++pos_;
    if (peek() == '0') {
      ++pos_;
    } else if (!digits()) {
      return false;
    }
    if (peek() == '.') {
      ++pos_;
      if (!digits()) return false;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++pos_;
      if (peek() == '+' || peek() == '-') ++pos_;
      if (!digits()) return false;
    }
    return true;
  }
  bool value(int depth) {
    if (depth > 64) return false;
    switch (peek()) {
      case '"':
        return string();
      case 't':
        return lit("true");
      case 'f':
        return lit("false");
      case 'n':
        return lit("null");
      case '[': {
        ++pos_;
        ws();
        if (peek() == ']') return ++pos_, true;
        for (;;) {
          ws();
          if (!value(depth + 1)) return false;
          ws();
          if (peek() == ',') {
            ++pos_;
            continue;
          }
          if (peek() != ']') return false;
          ++pos_;
          return true;
        }
      }
      case '{': {
        ++pos_;
        ws();
        if (peek() == '}') return ++pos_, true;
        for (;;) {
          ws();
          if (!string()) return false;
          ws();
          if (peek() != ':') return false;
          ++pos_;
          ws();
          if (!value(depth + 1)) return false;
          ws();
          if (peek() == ',') {
            ++pos_;
            continue;
          }
          if (peek() != '}') return false;
          ++pos_;
          return true;
        }
      }
      default:
        return number();
    }
  }

  std::string_view s_;
  std::size_t pos_ = 0;
};

}  // namespace claimex_test

#endif
