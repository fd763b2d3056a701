// Classification of non-ASCII code points by range (Unicode blocks), enough for news text:
// letters and their case in the Latin, Greek and Cyrillic blocks, the spaces, quotes,
// dashes and other punctuation of General Punctuation, currency signs, bullets and symbols.
#include "tok_text.hpp"

namespace claimex::detail {
namespace {

// Case by parity inside the blocks where upper/lower pairs alternate (even = upper).
Uni by_parity(char32_t cp, bool even_upper) noexcept {
  return ((cp % 2 == 0) == even_upper) ? Uni::upper : Uni::lower;
}

Uni latin_extended_a(char32_t cp) noexcept {
  if (cp <= 0x137) return cp == 0x131 ? Uni::lower : by_parity(cp, true);
  if (cp == 0x138) return Uni::lower;
  if (cp <= 0x148) return by_parity(cp, false);
  if (cp == 0x149) return Uni::lower;
  if (cp <= 0x177) return by_parity(cp, true);
  if (cp == 0x178) return Uni::upper;
  if (cp <= 0x17E) return by_parity(cp, false);
  return Uni::lower;
}

Uni general_punctuation(char32_t cp) noexcept {
  if (cp <= 0x200A) return Uni::space;
  if (cp <= 0x200F) return Uni::zero_width;
  if (cp <= 0x2011) return Uni::hyphen;
  if (cp <= 0x2015) return Uni::dash;
  switch (cp) {
    case 0x2018:
    case 0x201A:
    case 0x201B:
    case 0x2039:
      return Uni::open_sq;
    case 0x2019:
      return Uni::right_sq;
    case 0x203A:
      return Uni::close_sq;
    case 0x201C:
    case 0x201E:
    case 0x201F:
      return Uni::open_dq;
    case 0x201D:
      return Uni::close_dq;
    case 0x2022:
    case 0x2023:
    case 0x2043:
      return Uni::bullet;
    case 0x2025:
    case 0x2026:
      return Uni::ellipsis;
    case 0x2028:
    case 0x2029:
      return Uni::brk;
    case 0x202F:
    case 0x205F:
      return Uni::space;
    case 0x2030:
    case 0x2031:
      return Uni::percent;
    case 0x203C:
    case 0x2047:
    case 0x2048:
    case 0x2049:
      return Uni::terminal;
    default:
      break;
  }
  if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F)) return Uni::zero_width;
  if (cp == 0x2016 || cp == 0x2017 || cp == 0x2020 || cp == 0x2021 ||
      (cp >= 0x2032 && cp <= 0x2037))
    return Uni::symbol;
  return Uni::punct;
}

}  // namespace

Uni classify(char32_t cp) noexcept {
  if (cp < 0xA0) return cp == 0x85 ? Uni::brk : Uni::control;
  if (cp < 0xC0) {
    switch (cp) {
      case 0xA0:
        return Uni::space;
      case 0xAD:
        return Uni::mark;  // soft hyphen
      case 0xA1:
      case 0xBF:
      case 0xB7:
        return Uni::punct;
      case 0xA2:
      case 0xA3:
      case 0xA4:
      case 0xA5:
        return Uni::currency;
      case 0xAB:
        return Uni::open_dq;
      case 0xBB:
        return Uni::close_dq;
      case 0xAA:
      case 0xB5:
      case 0xBA:
        return Uni::lower;
      default:
        return Uni::symbol;
    }
  }
  if (cp < 0x100) {
    if (cp == 0xD7 || cp == 0xF7) return Uni::symbol;
    return cp <= 0xDE ? Uni::upper : Uni::lower;
  }
  if (cp < 0x180) return latin_extended_a(cp);
  if (cp < 0x250) return by_parity(cp, true);
  if (cp < 0x2B0) return Uni::lower;   // IPA
  if (cp < 0x300) return Uni::letter;  // modifier letters
  if (cp < 0x370) return Uni::mark;
  if (cp < 0x400) {
    if (cp >= 0x391 && cp <= 0x3AB) return Uni::upper;
    if (cp >= 0x3AC && cp <= 0x3CE) return Uni::lower;
    if (cp == 0x37E) return Uni::punct;  // Greek question mark
    return Uni::letter;
  }
  if (cp < 0x530) {
    if (cp < 0x430) return Uni::upper;
    if (cp < 0x460) return Uni::lower;
    if (cp >= 0x483 && cp <= 0x489) return Uni::mark;
    return by_parity(cp, true);
  }
  if (cp == 0x589 || cp == 0x60C || cp == 0x61B || cp == 0x6D4) return Uni::punct;
  if (cp == 0x61F) return Uni::terminal;
  if (cp == 0x66A) return Uni::percent;
  if (cp < 0x1E00) return Uni::letter;
  if (cp < 0x1F00) return by_parity(cp, true);
  if (cp < 0x2000) return Uni::letter;  // Greek extended
  if (cp < 0x2070) return general_punctuation(cp);
  if (cp < 0x20A0) return Uni::symbol;  // super- and subscripts
  if (cp < 0x20D0) return Uni::currency;
  if (cp < 0x2100) return Uni::mark;
  if (cp < 0x3000) {
    if (cp == 0x2212) return Uni::minus;
    switch (cp) {
      case 0x2219:
      case 0x25A0:
      case 0x25AA:
      case 0x25AB:
      case 0x25B8:
      case 0x25BA:
      case 0x25B6:
      case 0x25CF:
      case 0x25E6:
      case 0x2794:
      case 0x27A2:
      case 0x2B29:
        return Uni::bullet;
      default:
        break;
    }
    if (cp >= 0x2C00 && cp < 0x2E00) return Uni::letter;
    if (cp >= 0x2E00 && cp < 0x2E80) return Uni::punct;
    if (cp >= 0x2E80) return Uni::letter;  // CJK radicals
    return Uni::symbol;
  }
  if (cp < 0x3040) {
    if (cp == 0x3000) return Uni::space;
    if (cp == 0x3002) return Uni::terminal;
    return Uni::punct;
  }
  if (cp < 0xE000) return Uni::letter;
  if (cp < 0xF900) return Uni::symbol;  // private use
  if (cp < 0xFE00) return Uni::letter;
  if (cp < 0xFE10) return Uni::mark;
  if (cp < 0xFE70) return cp >= 0xFE20 && cp < 0xFE30 ? Uni::mark : Uni::punct;
  if (cp < 0xFF00) return cp == 0xFEFF ? Uni::zero_width : Uni::letter;
  if (cp < 0xFFF0) {
    if (cp == 0xFF01 || cp == 0xFF0E || cp == 0xFF1F || cp == 0xFF61) return Uni::terminal;
    if (cp >= 0xFF10 && cp <= 0xFF19) return Uni::letter;
    if (cp >= 0xFF21 && cp <= 0xFF3A) return Uni::upper;
    if (cp >= 0xFF41 && cp <= 0xFF5A) return Uni::lower;
    if (cp >= 0xFFE0 && cp <= 0xFFE6) return Uni::currency;
    if (cp >= 0xFF66) return Uni::letter;
    return Uni::punct;
  }
  if (cp < 0x10000) return Uni::symbol;
  if (cp >= 0x1F3FB && cp <= 0x1F3FF) return Uni::mark;   // skin tone modifiers
  if (cp >= 0x1F000 && cp < 0x1FB00) return Uni::symbol;  // emoji and pictographs
  if (cp >= 0xE0000 && cp < 0xE0200) return Uni::mark;    // tags, variation selectors
  if (cp >= 0xF0000) return Uni::symbol;                  // private use planes
  return Uni::letter;
}

}  // namespace claimex::detail
