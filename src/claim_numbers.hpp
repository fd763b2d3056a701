// Internal: reading the digits of one number token (`1,592`, `-2.4`, `3/4`, `10:30`, `1st`,
// `1990s`, `1.2e6`) into a value and a form. Pure functions on strings, unit-tested alone.
#ifndef CLAIMEX_SRC_CLAIM_NUMBERS_HPP
#define CLAIMEX_SRC_CLAIM_NUMBERS_HPP

#include <cstdint>
#include <string_view>

namespace claimex::detail {

/// What a run of digits is.
enum class DigitForm : std::uint8_t {
  plain,     ///< an integer or decimal (`1,592`, `3.5`, `.08`)
  ordinal,   ///< `1st`, `22nd`
  decade,    ///< `1990s`, `'90s`
  fraction,  ///< `3/4`
  date,      ///< `5/17/2018`, `5/17`
  time,      ///< `10:30`
  elapsed,   ///< a clock reading of elapsed time, value in seconds: `2:01:39`, `3:43.13`
  ratio,     ///< `2:1`, `24/7`
  invalid,   ///< not a number we read (`192.168.1.2`, `22,24,26`)
};

/// The reading of one number token.
struct DigitRead {
  DigitForm form = DigitForm::invalid;
  double value = 0;
  bool negative = false;     ///< written with a minus sign
  bool signed_plus = false;  ///< written with a plus sign (`+0.2%`)
  bool separators = false;   ///< thousands separators (`1,592`)
  bool decimals = false;     ///< decimal part (`3.5`)
  int int_digits = 0;        ///< digits before the decimal point
  double first = 0;          ///< for fractions, dates, times and ratios: the first part
  double second = 0;         ///< … and the second
};

/// Reads `s`, a number token's text. Never throws.
DigitRead read_digits(std::string_view s) noexcept;

/// Value of a vulgar fraction character (`½` → 0.5) at the start of `s`, or 0; `len` gets
/// its byte length.
double vulgar_fraction(std::string_view s, std::size_t& len) noexcept;

}  // namespace claimex::detail

#endif
