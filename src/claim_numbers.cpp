// Reading one number token: separators (`1,592`, Indian `12,34,567`, European `1.111,11`),
// decimals, signs, exponents, ordinal and decade suffixes, fractions, dates and times.
#include "claim_numbers.hpp"

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <system_error>

namespace claimex::detail {
namespace {

constexpr bool is_digit(char c) noexcept {
  return c >= '0' && c <= '9';
}
constexpr char lower(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

// Value of a run of digits with no separator; `count` gets the digit count.
double digits_value(std::string_view s, int& count) noexcept {
  double v = 0;
  count = 0;
  for (char c : s) {
    if (!is_digit(c)) break;
    v = v * 10 + (c - '0');
    ++count;
  }
  return v;
}

// Reads digits with `,` and `.` separators into `out`; false when the pattern is not a number.
bool read_plain(std::string_view s, DigitRead& out) noexcept {
  if (s.empty()) return false;
  std::size_t commas = 0, dots = 0, last_comma = 0, last_dot = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ',')
      ++commas, last_comma = i;
    else if (c == '.')
      ++dots, last_dot = i;
    else if (!is_digit(c))
      return false;
  }
  if (s.back() == ',' || s.back() == '.') return false;
  char decimal = 0, group = 0;
  if (commas && dots) {
    decimal = last_comma > last_dot ? ',' : '.';
    group = decimal == ',' ? '.' : ',';
  } else if (dots) {
    if (dots > 1) {
      // `1.234.567` as European thousands; anything else (`192.168.1.2`) is not one number
      group = '.';
    } else {
      decimal = '.';
    }
  } else if (commas) {
    group = ',';
    if (commas == 1) {
      std::size_t after = s.size() - last_comma - 1;
      if (after != 3) decimal = ',', group = 0;  // `1,3`, `5,00`
    }
  }
  // check groups: the first 1-3 digits, the last exactly 3, middle ones 2 or 3 (Indian lakh)
  if (group) {
    std::size_t end = s.size();
    if (decimal) end = decimal == ',' ? last_comma : last_dot;
    std::size_t start = 0, n = 0;
    bool first = true;
    for (std::size_t i = 0; i <= end; ++i) {
      if (i == end || s[i] == group) {
        std::size_t len = i - start;
        bool last = i == end;
        if (first ? (len < 1 || len > 3) : last ? len != 3 : (len < 2 || len > 3)) return false;
        first = false;
        start = i + 1;
        ++n;
      } else if (!is_digit(s[i])) {
        return false;
      }
    }
    out.separators = true;
  }
  // the digits without separators, through from_chars (exact rounding, no locale)
  char buf[72];
  std::size_t len = 0;
  bool in_dec = false;
  int int_digits = 0;
  std::uint64_t mantissa = 0;  // the digits as an integer, while they fit 15 digits
  int digits = 0, dec_digits = 0;
  for (char c : s) {
    if (len + 2 >= sizeof buf) return false;
    if (c == decimal) {
      in_dec = true;
      if (len == 0) buf[len++] = '0';
      buf[len++] = '.';
      continue;
    }
    if (c == group) continue;
    if (!in_dec)
      ++int_digits;
    else
      ++dec_digits;
    if (++digits <= 15) mantissa = mantissa * 10 + static_cast<std::uint64_t>(c - '0');
    buf[len++] = c;
  }
  double v = 0;
  if (digits <= 15) {
    // up to 15 digits the integer and 10^k (k <= 15) are exact doubles, so one division is
    // the correctly rounded value: the same double from_chars gives, without parsing again
    static constexpr double kPow10[16] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                          1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    v = static_cast<double>(mantissa);
    if (dec_digits > 0) v /= kPow10[dec_digits];
  } else {
    auto res = std::from_chars(buf, buf + len, v);
    if (res.ec != std::errc()) return false;
  }
  out.value = v;
  out.decimals = in_dec;
  out.int_digits = int_digits;
  out.form = DigitForm::plain;
  return true;
}

}  // namespace

DigitRead read_digits(std::string_view s) noexcept {
  DigitRead r;
  // the common case, 1 to 15 plain digits (`5`, `1987`): what the general path below gives
  if (!s.empty() && s.size() <= 15) {
    std::uint64_t v = 0;
    std::size_t k = 0;
    while (k < s.size() && is_digit(s[k])) v = v * 10 + static_cast<std::uint64_t>(s[k++] - '0');
    if (k == s.size()) {
      r.value = static_cast<double>(v);
      r.int_digits = static_cast<int>(k);
      r.form = DigitForm::plain;
      return r;
    }
    // the common separators in one pass: `1,592`, `12,345.6`, `3.5` (thousands groups of
    // three, a decimal point, at most 15 digits): what read_plain gives them
    if (k > 0 && (s[k] == ',' || s[k] == '.')) {
      static constexpr double kPow10[16] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                            1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
      std::size_t q = k;
      bool ok = true, groups = false;
      if (s[q] == ',') {
        ok = k <= 3;
        while (ok && q < s.size() && s[q] == ',') {
          ok = q + 3 < s.size() && is_digit(s[q + 1]) && is_digit(s[q + 2]) && is_digit(s[q + 3]) &&
               (q + 4 == s.size() || s[q + 4] == ',' || s[q + 4] == '.');
          if (ok) {
            v = v * 1000 + static_cast<std::uint64_t>((s[q + 1] - '0') * 100 +
                                                      (s[q + 2] - '0') * 10 + (s[q + 3] - '0'));
            q += 4;
            groups = true;
          }
        }
      }
      const std::size_t int_end = q;
      const int int_digits = static_cast<int>(k + (int_end - k) / 4 * 3);
      int dec = 0;
      if (ok && q < s.size()) {
        // a decimal point and at least one digit, to the end
        ok = s[q] == '.' && q + 1 < s.size();
        for (std::size_t d = q + 1; ok && d < s.size(); ++d) {
          ok = is_digit(s[d]);
          v = v * 10 + static_cast<std::uint64_t>(s[d] - '0');
          ++dec;
        }
      }
      if (ok && int_digits + dec <= 15) {
        r.value = static_cast<double>(v);
        if (dec > 0) r.value /= kPow10[dec];
        r.separators = groups;
        r.decimals = dec > 0;
        r.int_digits = int_digits;
        r.form = DigitForm::plain;
        return r;
      }
      v = 0;  // (not read here: below)
    }
    // digits with separators only (`1,592`, `3.5`): no sign, suffix or mark of the forms
    // below, so the general path would come to read_plain on the whole token
    if (k > 0) {
      std::size_t q = k;
      while (q < s.size() && (is_digit(s[q]) || s[q] == ',' || s[q] == '.')) ++q;
      if (q == s.size()) {
        if (!read_plain(s, r)) r.form = DigitForm::invalid;
        return r;
      }
    }
  }
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
    r.negative = s[i] == '-';
    r.signed_plus = s[i] == '+';
    ++i;
  } else if (s.size() >= 3 && static_cast<unsigned char>(s[0]) == 0xE2 &&
             static_cast<unsigned char>(s[1]) == 0x88 && static_cast<unsigned char>(s[2]) == 0x92) {
    r.negative = true;  // U+2212 minus sign
    i = 3;
  }
  s.remove_prefix(i);
  if (s.empty()) return r;
  // `'90s`
  if ((s[0] == '\'' || static_cast<unsigned char>(s[0]) == 0xE2) && s.size() <= 6) {
    std::size_t k = s[0] == '\'' ? 1 : 3;
    if (s.size() == k + 3 && is_digit(s[k]) && is_digit(s[k + 1]) && lower(s[k + 2]) == 's') {
      int n = 0;
      r.value = digits_value(s.substr(k), n);
      r.form = DigitForm::decade;
      return r;
    }
    return r;
  }
  // split off a letter suffix
  std::size_t end = s.size();
  while (end > 0 && !is_digit(s[end - 1]) && s[end - 1] != '.' && s[end - 1] != ',') --end;
  std::string_view body = s.substr(0, end), suffix = s.substr(end);
  if (body.empty()) return r;
  // exponent `1.2e6`, `12.32e+14`, `-12e-1`
  // one pass for the marks of the forms below (`find_first_of` would probe per byte)
  std::size_t e = std::string_view::npos, colon = e, slash = e;
  for (std::size_t k = 0; k < body.size(); ++k) {
    const char c = body[k];
    if (c >= '0' && c <= '9') continue;
    if ((c == 'e' || c == 'E') && e == std::string_view::npos) e = k;
    if (c == ':' && colon == std::string_view::npos) colon = k;
    if (c == '/' && slash == std::string_view::npos) slash = k;
  }
  if (e != std::string_view::npos && e > 0) {
    std::string_view mant = body.substr(0, e), ex = body.substr(e + 1);
    bool eneg = false;
    if (!ex.empty() && (ex[0] == '+' || ex[0] == '-')) eneg = ex[0] == '-', ex.remove_prefix(1);
    int n = 0;
    double ev = digits_value(ex, n);
    DigitRead m;
    if (n == int(ex.size()) && n > 0 && n <= 3 && read_plain(mant, m)) {
      r.value = m.value * std::pow(10.0, eneg ? -ev : ev);
      r.decimals = true;
      r.int_digits = m.int_digits;
      r.form = DigitForm::plain;
      if (r.negative) r.value = -r.value;
      return r;
    }
    return r;
  }
  if (colon != std::string_view::npos) {
    std::string_view a = body.substr(0, colon), b = body.substr(colon + 1);
    DigitRead ra, rb, rc;
    std::size_t colon2 = b.find(':');
    std::string_view c;
    if (colon2 != std::string_view::npos) c = b.substr(colon2 + 1), b = b.substr(0, colon2);
    if (!read_plain(a, ra) || !read_plain(b, rb)) return r;
    r.first = ra.value;
    r.second = rb.value;
    r.value = ra.value;
    const bool minutes = rb.int_digits == 2 && rb.value < 60 && !ra.decimals && !ra.separators;
    if (colon2 != std::string_view::npos) {
      // `2:01:39`, `1:02:03.5`: hours, minutes and seconds (a race, a recording); read as the
      // seconds elapsed, which the claim stage turns back into a time of day where the words
      // around it say so (`at 10:30:00 GMT`)
      if (minutes && !rb.decimals && read_plain(c, rc) && rc.int_digits == 2 && rc.value < 60 &&
          c.find(':') == std::string_view::npos) {
        r.value = ra.value * 3600 + rb.value * 60 + rc.value;
        r.decimals = rc.decimals;
        r.form = DigitForm::elapsed;
      } else {
        r.form = DigitForm::ratio;
      }
      return r;
    }
    if (minutes && rb.decimals) {
      // `3:43.13`: minutes and seconds with a fraction, a time a clock of the day never shows
      r.value = ra.value * 60 + rb.value;
      r.decimals = true;
      r.form = DigitForm::elapsed;
      return r;
    }
    r.form = minutes && ra.value <= 24 && !rb.decimals ? DigitForm::time : DigitForm::ratio;
    return r;
  }
  if (slash != std::string_view::npos) {
    std::string_view a = body.substr(0, slash), b = body.substr(slash + 1);
    if (b.find('/') != std::string_view::npos) {
      r.form = DigitForm::date;
      return r;
    }
    DigitRead ra, rb;
    if (!read_plain(a, ra) || !read_plain(b, rb) || ra.decimals || rb.decimals) return r;
    r.first = ra.value;
    r.second = rb.value;
    double d = rb.value;
    bool common = d == 2 || d == 3 || d == 4 || d == 5 || d == 6 || d == 8 || d == 10 || d == 16 ||
                  d == 32 || d == 64 || d == 100 || d == 1000;
    if (d > 0 && ra.value < d && (common || d < 10)) {
      r.form = DigitForm::fraction;
      r.value = ra.value / d;
    } else if (ra.value >= 1 && ra.value <= 12 && d >= 1 && d <= 31) {
      r.form = DigitForm::date;
    } else if (d > 0 && ra.value < d) {
      r.form = DigitForm::fraction;
      r.value = ra.value / d;
    } else {
      r.form = DigitForm::ratio;
    }
    if (r.negative) r.value = -r.value;
    return r;
  }
  if (!read_plain(body, r)) {
    r.form = DigitForm::invalid;
    return r;
  }
  if (!suffix.empty()) {
    char a = lower(suffix[0]), b = suffix.size() > 1 ? lower(suffix[1]) : 0;
    if (suffix.size() == 2 && !r.decimals && !r.separators &&
        ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
         (a == 't' && b == 'h'))) {
      r.form = DigitForm::ordinal;
    } else if (suffix.size() == 1 && a == 's' && !r.decimals && !r.separators &&
               (r.int_digits == 4 || r.int_digits == 2)) {
      r.form = DigitForm::decade;
    } else {
      r.form = DigitForm::invalid;
      return r;
    }
  }
  if (r.negative) r.value = -r.value;
  return r;
}

double vulgar_fraction(std::string_view s, std::size_t& len) noexcept {
  struct Row {
    const char* utf8;
    double value;
  };
  static const Row rows[] = {
      {"\xC2\xBD", 0.5},         {"\xC2\xBC", 0.25},        {"\xC2\xBE", 0.75},
      {"\xE2\x85\x93", 1.0 / 3}, {"\xE2\x85\x94", 2.0 / 3}, {"\xE2\x85\x95", 0.2},
      {"\xE2\x85\x96", 0.4},     {"\xE2\x85\x97", 0.6},     {"\xE2\x85\x98", 0.8},
      {"\xE2\x85\x99", 1.0 / 6}, {"\xE2\x85\x9A", 5.0 / 6}, {"\xE2\x85\x9B", 0.125},
      {"\xE2\x85\x9C", 0.375},   {"\xE2\x85\x9D", 0.625},   {"\xE2\x85\x9E", 0.875},
      {"\xE2\x85\x90", 1.0 / 7}, {"\xE2\x85\x91", 1.0 / 9}, {"\xE2\x85\x92", 0.1},
  };
  len = 0;
  if (s.size() < 2 ||
      (static_cast<unsigned char>(s[0]) != 0xC2 && static_cast<unsigned char>(s[0]) != 0xE2))
    return 0;
  for (const Row& row : rows) {
    std::string_view u(row.utf8);
    if (s.substr(0, u.size()) == u) {
      len = u.size();
      return row.value;
    }
  }
  len = 0;
  return 0;
}

}  // namespace claimex::detail
