// claimex/claims.hpp: stage 4, the numbers a fact-checker would check.
//
//   claimex::ClaimExtractor claims;                       // build once, share across threads
//   auto toks = claimex::tokenize(text);
//   auto seg = claimex::segment(text, toks);
//   auto quotes = claimex::QuoteExtractor().extract(text, toks, seg);
//   for (const claimex::Claim& c : claims.extract(text, toks, seg, quotes))
//     std::cout << c.value << ' ' << claimex::to_string(c.kind) << ' '
//               << claimex::text_of(text, c.concept) << '\n';
//   // 1592 count houses
//
// Every quantity with its value, kind, unit, qualifier, range, change, what is counted, and
// who claims it (the speaker of the quote, or the `according to` source, it sits in).
// Dates, years and times are reported with kinds `date`/`year`/`time`, never as quantities;
// numbers inside names (`G20`, `Boeing 737`, `COVID-19`, `Article 5`), scores (`3-1`),
// phone numbers and the like are left out.
//
// Lifetime: spans point into the caller's text; `unit` and `dimension` point into static
// storage. Thread-safety: `extract` is const and may be called from many threads.
#ifndef CLAIMEX_CLAIMS_HPP
#define CLAIMEX_CLAIMS_HPP

#include <cmath>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "claimex/export.hpp"
#include "claimex/quotes.hpp"
#include "claimex/segments.hpp"
#include "claimex/span.hpp"
#include "claimex/tokens.hpp"

namespace claimex {

/// What a number is.
enum class ClaimKind : std::uint8_t {
  count,             ///< a number of things (`1,592 houses`, `two million`)
  percent,           ///< `20%`, `20 percent`
  percentage_point,  ///< `3 percentage points`
  money,             ///< `$2.5bn`, `€40m`; `unit` is the ISO currency code
  measure,           ///< a quantity with a physical unit (`5 km`, `30 degrees Celsius`)
  duration,          ///< `two weeks`, `three decades`
  age,               ///< `a 34-year-old`, `aged 60`
  ordinal,           ///< `1st`, `third`
  date,              ///< `Sept. 27`, `October 15, 2020`
  year,              ///< `since 1991`
  time,              ///< `10:30 a.m.`
};

/// Bound or approximation stated with the number.
enum class Qualifier : std::uint8_t {
  exact,        ///< no qualifier
  approximate,  ///< some, about, around, roughly, an estimated, ~
  lower_bound,  ///< over, more than, at least, above
  upper_bound,  ///< nearly, almost, up to, under, fewer than, below
};

/// Direction of a change the number describes or is compared with.
enum class Direction : std::uint8_t { none, up, down };

/// One numeric claim. Optional spans are empty (`!present()`) when absent.
struct Claim {
  Span span;         ///< the whole phrase (`Some 20%`, `nearly three decades`, `$2.5 billion`)
  Span number;       ///< the number itself (`20`, `three`, `2.5 billion`)
  double value = 0;  ///< the value, scale applied (`2.5bn` → 2.5e9); for a range, its low end
  double low = 0;    ///< range low end (== value when not a range)
  double high = 0;   ///< range high end (== value when not a range)
  bool is_range = false;  ///< `10-15`, `between 3 and 5`, `from 2.4 million to 3 million`
  ClaimKind kind = ClaimKind::count;
  Span unit_span;              ///< the unit as written (`km`, `kilometres`, `$`, `decades`)
  std::string_view unit;       ///< normalised unit (`km`, `USD`, `percent`, `decade`); static
  std::string_view dimension;  ///< `length`, `mass`, `area`, `volume`, `speed`, … ; static
  Qualifier qualifier = Qualifier::exact;
  Span qualifier_span;  ///< `some`, `nearly`, `at least`
  Direction direction = Direction::none;
  Span change_cue;         ///< `rose`, `fell by`, `up from`
  bool is_change = false;  ///< the number is the size of a change (`rose 3.4%`), not a level
  /// What the number is about: what is counted or measured (`houses`, `Azerbaijan's
  /// territory`), else the subject of its clause, as news annotators mark it (`Starbucks` in
  /// `Starbucks gained 3.5%`, `the firm` in `The firm hired 300 workers`).
  Span concept;
  /// For a count, the noun phrase it counts, written after it (`workers` in `hired 300
  /// workers`, `houses` in `1,592 houses`, `the best speakers` in `one of the best
  /// speakers`); empty when none, and for other kinds. May equal `concept`.
  Span counted;
  std::int32_t quote = -1;  ///< index of the quote (in the vector given) it sits in, or -1
  Span source;              ///< who claims it: that quote's entity (or speaker) mention
  /// Whose number it is: the subject of its clause or sentence (`Nvidia` in `Nvidia advanced
  /// 8%`, `the company` in `the company offered a 30Mbps plan`); empty when none is found.
  /// May equal `concept`.
  Span owner;
  /// When the number holds: the time expression of its sentence nearest to it, a date, year
  /// or time claim (`in 2019`, `Sept. 27`) or a relative one (`last year`, `the third
  /// quarter`, `two years ago`, `on Tuesday`, `yesterday`); empty when the sentence has none.
  /// Dates, years and times themselves have none.
  Span when;

  /// Whether the claim has a number and a value: every claim but a unit mention (see
  /// `ClaimOptions::unit_mentions`), whose value is NaN.
  bool has_value() const noexcept { return !std::isnan(value); }
};

/// Options of the claim extractor.
struct ClaimOptions {
  bool dates = true;     ///< report dates, years and times (as kinds date/year/time)
  bool ordinals = true;  ///< report ordinals (`third`, `1st`)
  /// Also report a unit named with no number of its own: the target of a conversion
  /// (`convert 10 celsius to fahrenheit`: `fahrenheit`), a currency or measure named alone
  /// (`the dollar fell`, `a metric ton is …`), `a percentage`, `the % of`. Such a claim has
  /// no `number` (`!has_value()`), value, low and high NaN (JSON `null`), its kind from the
  /// unit (measure, money, percent, percentage_point) and `unit_span == span`. Not time
  /// units (`years`), ages or times of day, not symbols (`m`, `MB`), and not unit words
  /// that alone are mostly something else (`feet`, `won`, `degrees`). Off by default: such a
  /// mention states no quantity, which is what a fact-checker looks for; it is for query
  /// understanding and unit normalisation (Recognizers-Text's specs count them).
  bool unit_mentions = false;
};

/// Finds numeric claims. Holds compiled lexicons and patterns; construct once and reuse.
class CLAIMEX_API ClaimExtractor {
 public:
  explicit ClaimExtractor(const ClaimOptions& options = {});
  ~ClaimExtractor();
  ClaimExtractor(ClaimExtractor&&) noexcept;
  ClaimExtractor& operator=(ClaimExtractor&&) noexcept;
  ClaimExtractor(const ClaimExtractor&) = default;  ///< cheap: shares the immutable tables
  ClaimExtractor& operator=(const ClaimExtractor&) = default;

  /// The claims of `text`, in text order. `tokens`, `segments` and `quotes` come from the
  /// earlier stages over the same `text` (`quotes` may be empty: then no source is set).
  /// Never throws for any text.
  std::vector<Claim> extract(std::string_view text, const std::vector<Token>& tokens,
                             const Segments& segments, const std::vector<Quote>& quotes) const;

  struct Impl;

 private:
  std::shared_ptr<const Impl> impl_;
};

/// Name of a claim kind ("count", "percent", …, as in the JSON output); static.
CLAIMEX_API std::string_view to_string(ClaimKind kind) noexcept;
/// Name of a qualifier ("exact", "approximate", "lower_bound", "upper_bound"); static.
CLAIMEX_API std::string_view to_string(Qualifier q) noexcept;
/// Name of a direction ("none", "up", "down"); static.
CLAIMEX_API std::string_view to_string(Direction d) noexcept;
/// True for the kinds that are points in time (date, year, time), not quantities.
constexpr bool is_temporal(ClaimKind k) noexcept {
  return k == ClaimKind::date || k == ClaimKind::year || k == ClaimKind::time;
}

}  // namespace claimex

#endif
