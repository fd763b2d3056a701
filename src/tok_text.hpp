// Internal: character classes shared by the tokenizer and the segmenter. ASCII bytes go
// through one 256-entry table; other characters are decoded from UTF-8 and classified by
// code point ranges (no locale, no allocation).
#ifndef CLAIMEX_SRC_TOK_TEXT_HPP
#define CLAIMEX_SRC_TOK_TEXT_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "claimex/span.hpp"

namespace claimex::detail {

/// Throws `claimex::Error` when a text of `size` bytes is over `limit` (the public limit by
/// default; tests pass a small one).
inline void check_document_size(std::size_t size, std::size_t limit = max_document_size) {
  if (size > limit)
    throw Error("claimex: document of " + std::to_string(size) + " bytes is over the limit of " +
                std::to_string(limit) + " bytes");
}

/// Class of an ASCII byte; every byte >= 0x80 is `high`.
enum class Ascii : std::uint8_t {
  space,     ///< space, tab, vertical tab, form feed
  brk,       ///< \n \r
  upper,     ///< A-Z
  lower,     ///< a-z
  digit,     ///< 0-9
  dquote,    ///< "
  squote,    ///< '
  period,    ///< .
  hyphen,    ///< -
  punct,     ///< , ; : ! ? ( ) [ ] { }
  symbol,    ///< & * + / < = > \ ^ _ | ~
  currency,  ///< $
  percent,   ///< %
  at,        ///< @
  hash,      ///< #
  backtick,  ///< ` (an opening single quote in ``TeX'' and PTB style)
  control,   ///< other bytes below 0x20, and 0x7F
  high,      ///< >= 0x80: decode UTF-8
};

constexpr std::array<Ascii, 256> make_ascii_table() {
  std::array<Ascii, 256> t{};
  for (int c = 0; c < 256; ++c) {
    Ascii k = Ascii::symbol;
    if (c >= 0x80)
      k = Ascii::high;
    else if (c < 0x20 || c == 0x7F)
      k = Ascii::control;
    else if (c >= 'A' && c <= 'Z')
      k = Ascii::upper;
    else if (c >= 'a' && c <= 'z')
      k = Ascii::lower;
    else if (c >= '0' && c <= '9')
      k = Ascii::digit;
    else if (c == ' ')
      k = Ascii::space;
    else if (c == '"')
      k = Ascii::dquote;
    else if (c == '\'')
      k = Ascii::squote;
    else if (c == '.')
      k = Ascii::period;
    else if (c == '-')
      k = Ascii::hyphen;
    else if (c == '$')
      k = Ascii::currency;
    else if (c == '%')
      k = Ascii::percent;
    else if (c == '@')
      k = Ascii::at;
    else if (c == '#')
      k = Ascii::hash;
    else if (c == '`')
      k = Ascii::backtick;
    else if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')' ||
             c == '[' || c == ']' || c == '{' || c == '}')
      k = Ascii::punct;
    t[static_cast<std::size_t>(c)] = k;
  }
  t['\t'] = Ascii::space;
  t['\v'] = Ascii::space;
  t['\f'] = Ascii::space;
  t['\n'] = Ascii::brk;
  t['\r'] = Ascii::brk;
  return t;
}

inline constexpr std::array<Ascii, 256> kAscii = make_ascii_table();

inline Ascii ascii_class(unsigned char c) noexcept {
  return kAscii[c];
}

/// Class of a non-ASCII code point.
enum class Uni : std::uint8_t {
  upper,       ///< cased upper-case letter
  lower,       ///< cased lower-case letter
  letter,      ///< letter without case (CJK, Arabic…), modifier letters
  mark,        ///< combining mark, soft hyphen, variation selector: continues a word
  space,       ///< NBSP and the other Unicode spaces
  brk,         ///< NEL, line and paragraph separators
  zero_width,  ///< zero-width space/joiners, BOM, bidi controls: white space without width
  open_dq,     ///< “ „ ‟ «
  close_dq,    ///< ” »
  open_sq,     ///< ‘ ‚ ‛ ‹
  right_sq,    ///< ’ (apostrophe or closing single quote)
  close_sq,    ///< ›
  dash,        ///< ‒ – — ―
  hyphen,      ///< ‐ ‑ (word-internal hyphens)
  minus,       ///< −
  ellipsis,    ///< … ‥
  currency,    ///< ¢ £ ¤ ¥ and U+20A0..U+20CF
  percent,     ///< ‰ ‱ ٪
  terminal,    ///< sentence-final marks other than ASCII: ‼ ⁇ ⁈ ⁉ 。 ！ ？ ． ؟
  punct,       ///< other punctuation
  bullet,      ///< • ‣ ⁃ ● ◦ ▪ …: list bullets
  symbol,      ///< other symbols, emoji
  control,     ///< C1 control characters
};

/// Decodes one UTF-8 sequence at p (p < e, *p >= 0x80). Returns its length (2-4), or 0 for
/// an invalid sequence (overlong, surrogate, past U+10FFFF, truncated).
inline int decode_utf8(const unsigned char* p, const unsigned char* e, char32_t& cp) noexcept {
  const unsigned char c = p[0];
  if (c < 0xC2) return 0;
  if (c < 0xE0) {
    if (e - p < 2 || (p[1] & 0xC0) != 0x80) return 0;
    cp = static_cast<char32_t>(((c & 0x1Fu) << 6) | (p[1] & 0x3Fu));
    return 2;
  }
  if (c < 0xF0) {
    if (e - p < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;   // overlong
    if (c == 0xED && p[1] >= 0xA0) return 0;  // surrogate
    cp = static_cast<char32_t>(((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu));
    return 3;
  }
  if (c < 0xF5) {
    if (e - p < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
      return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;   // overlong
    if (c == 0xF4 && p[1] >= 0x90) return 0;  // past U+10FFFF
    cp = static_cast<char32_t>(((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) |
                               ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu));
    return 4;
  }
  return 0;
}

/// Classifies a code point >= 0x80.
Uni classify(char32_t cp) noexcept;

inline bool is_letter(Uni u) noexcept {
  return u == Uni::upper || u == Uni::lower || u == Uni::letter || u == Uni::mark;
}

}  // namespace claimex::detail

#endif
