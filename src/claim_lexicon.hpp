// Internal: the lexicons of the claim stage (number words, scales, units, currencies,
// qualifiers, change verbs, date words), each an array of rows in claim_lexicon.cpp, loaded
// once into O(1) tables. Multi-word keys are written lower case with single spaces between
// words, or without a space where the words are written glued (`km/h`).
#ifndef CLAIMEX_SRC_CLAIM_LEXICON_HPP
#define CLAIMEX_SRC_CLAIM_LEXICON_HPP

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

#include "claimex/claims.hpp"
#include "lexicon.hpp"

namespace claimex::detail {

/// Class of a cardinal number word, which decides how it combines with its neighbours.
enum class NumClass : std::uint8_t {
  unit,     ///< one … nine (and zero, nought)
  teen,     ///< ten … nineteen
  tens,     ///< twenty … ninety
  hundred,  ///< hundred (multiplies what precedes)
  scale,    ///< thousand, million, lakh, crore … (closes a group)
  dozen,    ///< dozen (multiplies by 12)
};

struct NumberWord {
  double value = 0;
  NumClass cls = NumClass::unit;
};

/// An ordinal word (`third`, `twentieth`, `millionth`), also used as a fraction denominator
/// (`two thirds`); `plural` for the `-s` forms, which are only denominators.
struct OrdinalWord {
  double value = 0;
  NumClass cls = NumClass::unit;
  bool plural = false;
};

/// What a word after a number makes of it.
enum class UnitClass : std::uint8_t {
  measure,           ///< physical unit
  duration,          ///< time span
  currency,          ///< money
  percent,           ///< percent, per cent, pct
  percentage_point,  ///< percentage points, basis points
  age_suffix,        ///< year-old, years old
  time_of_day,       ///< am, pm, GMT
};

struct UnitEntry {
  std::string_view norm;       ///< normalised unit (`km`, `USD`, `percent`, `year`)
  std::string_view dimension;  ///< `length`, `mass`, `currency`, `time`, …
  UnitClass cls = UnitClass::measure;
};

/// A currency code with a scale prefix (`MUSD` = million US dollars).
struct ScaledCurrency {
  std::string_view iso;  ///< ISO 4217 code
  double scale = 1;      ///< what the prefix multiplies by
};

/// A qualifier phrase and what it says.
struct QualifierEntry {
  Qualifier q = Qualifier::exact;
};

/// A change cue (`rose`, `fell`, `up`); `level_prep` true for cues that say the number after
/// `to`/`at` is a level, not the size of the change.
struct ChangeEntry {
  Direction dir = Direction::none;
};

/// Bits of `ClaimLexicon::time_classes`.
enum TimeClass : std::uint8_t {
  tc_time_word = 1,  ///< `time_words`
  tc_weekday = 2,    ///< `weekdays`
  tc_month = 4,      ///< `months`
  tc_period = 8,     ///< `time_periods`
};

/// Bits of `ClaimLexicon::starter_filter`.
inline constexpr std::size_t kStarterFilterBits = 16384;

/// All tables of the claim stage, built once.
struct ClaimLexicon {
  Lexicon<NumberWord> numbers;     ///< cardinal words, case-folded
  Lexicon<OrdinalWord> ordinals;   ///< ordinal / denominator words, case-folded
  Lexicon<double> scale_words;     ///< million, bn, mln, lakh … (case-folded)
  Lexicon<double> scale_glued;     ///< k, m, M, b, G … glued to digits (case-sensitive)
  Lexicon<double> vague;           ///< dozens, hundreds, thousands … (low end)
  Lexicon<UnitEntry> units_exact;  ///< case-sensitive symbols (`m`, `MB`, `Mb`, `kWh`)
  Lexicon<UnitEntry> units;        ///< case-folded words and phrases
  Lexicon<std::string_view> currency_before;  ///< `$`, `US$`, `EUR`, `Rs` → ISO code
  Lexicon<ScaledCurrency> currency_scaled;    ///< `MUSD`, `MSEK`, `TEUR` (case-sensitive)
  Lexicon<QualifierEntry> qualifiers;         ///< before the number: `more than`, `about`
  Lexicon<QualifierEntry> qualifiers_after;   ///< after it: `or more`, `plus`
  Lexicon<ChangeEntry> changes;               ///< change verbs and adverbs
  WordSet months;                             ///< January … Dec., Sept.
  WordSet weekdays;                           ///< Monday … Sun.
  WordSet year_preps;                         ///< words after which a 4-digit number is a year
  WordSet name_before;           ///< words a number after is part of a name (`Article`)
  WordSet name_before_decimal;   ///< names whose number may have decimals (`Section 4.1`)
  WordSet name_before_words;     ///< labels whose number word names a step (`phase two`)
  WordSet eras;                  ///< eras after a year (`b.c.e.`, `bc`; `AD` is the extractor's)
  WordSet naming_participles;    ///< participles that give a name (`called`, `named`)
  WordSet metre_events;          ///< hurdles, relays, heats … (`the 400m hurdles` is metres)
  WordSet half_compounds;        ///< staff, sister, hearted … (`half-staff` is no half)
  WordSet pronoun_one;           ///< words before `one` that make it a pronoun
  WordSet concept_stop;          ///< words that end a concept noun phrase
  WordSet dimension_adjectives;  ///< long, wide, tall, thick … (`2 in thick`)
  WordSet temperature_cues;      ///< temperature, heat, cold, freezing … (`40C`, `5 degrees`)
  WordSet irregular_plurals;     ///< people, children, women … (`1.2m people` is a million)
  WordSet time_modifiers;        ///< last, this, next, third … before a period (`last year`)
  WordSet time_periods;          ///< year, quarter, week, morning … (Claim::when)
  WordSet time_after;            ///< ago, earlier, later … after a count of periods
  WordSet time_words;            ///< yesterday, today, tomorrow … (a time alone)
  /// `time_words`, `weekdays`, `months` and `time_periods` in one table, the sets holding a
  /// word as bits (`TimeClass`): one lookup for a word `link_times` asks about.
  Lexicon<std::uint8_t> time_classes;
  /// Bit `starter_filter_index(w)` is set for every word `link_times` looks up alone (time
  /// words and periods, weekdays, months): a word whose bit is clear is none of them.
  std::uint64_t time_filter[kStarterFilterBits / 64] = {};
  /// Per first letter a-z and second letter a-z (26: none, or not a letter), bit n: a
  /// starter of length n has them; see `starter_shape_index`.
  std::uint32_t starter_shape[26][27] = {};
  WordSet starters;  ///< words that may start a number phrase (number, ordinal, vague words, `a`)
  /// Bit `starter_filter_index(w)` is set for every starter: a word whose bit is clear is no
  /// starter (a filter before the lookup; see `starter_filter_index`).
  std::uint64_t starter_filter[kStarterFilterBits / 64] = {};
  /// `starter_filter` and `time_filter` or-ed: a word whose bit is clear is neither (the one
  /// test most words pass with when the claim stage cuts a sentence into atoms).
  std::uint64_t starter_time_filter[kStarterFilterBits / 64] = {};
  /// Every prefix of a unit (`units` and `units_exact`, case-folded): a phrase whose first
  /// atom is not in it cannot be a unit, which saves building and looking up its keys.
  WordSet unit_prefixes;
  /// Per first byte (a-z any case → 0-25, else 26) and second (`starter_shape_index`), bit
  /// min(n, 31): a key of `units` has a first token of n bytes so begun (its first word, or
  /// up to a period, slash or hyphen in it). A word whose bit is clear starts no unit: the
  /// test before the lookups of `ClaimOptions::unit_mentions`.
  std::uint32_t unit_shape[27][27] = {};
  /// Every suffix of a `qualifiers` key (case-folded), the same filter for the atom that
  /// ends a qualifier phrase.
  WordSet qualifier_suffixes;
  WordSet qualifier_after_prefixes;  ///< every prefix of a `qualifiers_after` key (folded)
  WordSet currency_suffixes;         ///< every suffix of a `currency_before` key (folded)
  /// Unit words that name a unit only after a number (`feet`, `won`, `degrees`, `turns`):
  /// never reported alone as a unit mention (`ClaimOptions::unit_mentions`).
  WordSet unit_mention_stop;
};

/// The hash of the filters below: `x` holds a word's first eight bytes (zero past its end),
/// `len` its length; bit 0x20 is set in each byte of the word (so words equal under ASCII
/// case folding hash alike).
inline std::uint64_t word_filter_hash_masked(std::uint64_t x, std::size_t len) {
  const std::uint64_t fold = len >= 8
                                 ? 0x2020202020202020ull
                                 : 0x2020202020202020ull & ((std::uint64_t{1} << (8 * len)) - 1);
  return ((x | fold) ^ (len * 0x100000001b3ull)) * 0x9E3779B97F4A7C15ull;
}

/// Index of a word's bit in `ClaimLexicon::starter_filter`: a hash of its length and its first
/// eight bytes with bit 0x20 set in each (so words equal under ASCII case folding share it).
/// `p` must have eight readable bytes (the word may be shorter: the rest is masked off).
inline std::size_t starter_filter_index(const char* p, std::size_t len) {
  std::uint64_t x;
  std::memcpy(&x, p, 8);
  const std::uint64_t mask = len >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * len)) - 1;
  return static_cast<std::size_t>(word_filter_hash_masked(x & mask, len) >> 50);  // 14 bits
}

/// `starter_filter_index` of the word `w`, of which `avail` bytes are readable (a copy when
/// fewer than eight).
inline std::size_t starter_filter_index_at(std::string_view w, std::size_t avail) {
  if (avail >= 8) return starter_filter_index(w.data(), w.size());
  char pad[8] = {};
  std::memcpy(pad, w.data(), w.size() < 8 ? w.size() : 8);
  return starter_filter_index(pad, w.size());
}

/// Index of the second byte of a word in `ClaimLexicon::starter_shape`: a-z (any case) → 0-25,
/// anything else (or no second byte) → 26.
inline std::size_t starter_shape_index(std::string_view w) {
  unsigned char c = w.size() >= 2 ? ascii_lower(static_cast<unsigned char>(w[1])) : 0;
  return c >= 'a' && c <= 'z' ? std::size_t(c - 'a') : 26;
}

/// Whether a token of text `w` may begin a key of `ClaimLexicon::units` (`unit_shape`).
inline bool may_start_unit(const ClaimLexicon& lx, std::string_view w) {
  if (w.empty()) return false;
  const unsigned char f = ascii_lower(static_cast<unsigned char>(w[0]));
  const std::size_t fi = f >= 'a' && f <= 'z' ? std::size_t(f - 'a') : 26;
  return (lx.unit_shape[fi][starter_shape_index(w)] >> std::min<std::size_t>(w.size(), 31)) & 1u;
}

/// The tables, built on first use (thread-safe static initialisation).
const ClaimLexicon& claim_lexicon();

/// Bits of `word_flag_rows`: which case-folded set of `ClaimLexicon` holds a word; for the
/// case-sensitive `units_exact` and `currency_scaled`, which holds it under case folding (a
/// filter before their own lookup). Bits 0-7 and 33-63 are left to the caller's own classes.
enum WordFlag : std::uint64_t {
  wf_month = std::uint64_t{1} << 8,                    ///< `months`
  wf_weekday = std::uint64_t{1} << 9,                  ///< `weekdays`
  wf_year_prep = std::uint64_t{1} << 10,               ///< `year_preps`
  wf_name_before = std::uint64_t{1} << 11,             ///< `name_before`
  wf_pronoun_one = std::uint64_t{1} << 12,             ///< `pronoun_one`
  wf_concept_stop = std::uint64_t{1} << 13,            ///< `concept_stop`
  wf_dimension_adjective = std::uint64_t{1} << 14,     ///< `dimension_adjectives`
  wf_temperature_cue = std::uint64_t{1} << 15,         ///< `temperature_cues`
  wf_irregular_plural = std::uint64_t{1} << 16,        ///< `irregular_plurals`
  wf_vague = std::uint64_t{1} << 17,                   ///< `vague`
  wf_qualifier = std::uint64_t{1} << 18,               ///< `qualifiers`
  wf_change = std::uint64_t{1} << 19,                  ///< `changes`
  wf_unit = std::uint64_t{1} << 20,                    ///< `units`
  wf_unit_prefix = std::uint64_t{1} << 21,             ///< `unit_prefixes`
  wf_qualifier_suffix = std::uint64_t{1} << 22,        ///< `qualifier_suffixes`
  wf_qualifier_after_prefix = std::uint64_t{1} << 23,  ///< `qualifier_after_prefixes`
  wf_currency_suffix = std::uint64_t{1} << 24,         ///< `currency_suffixes`
  wf_scale_word = std::uint64_t{1} << 25,              ///< `scale_words`
  wf_units_exact_folded = std::uint64_t{1} << 26,      ///< `units_exact` keys, case-folded
  wf_currency_scaled_folded = std::uint64_t{1} << 27,  ///< `currency_scaled` keys, case-folded
  wf_qualifier_prefix = std::uint64_t{1} << 28,        ///< a prefix of a `qualifiers` key
  wf_change_prefix = std::uint64_t{1} << 29,           ///< a prefix of a `changes` key
  wf_currency_prefix = std::uint64_t{1} << 30,  ///< a prefix of a `currency_before` key, folded
  wf_report_verb = std::uint64_t{1} << 31,      ///< said, told, announced … (a clause after)
  wf_clock_prep = std::uint64_t{1} << 32,  ///< at, by, until … before a time of day (`at 10:30:00`)
  wf_discourse = std::uint64_t{1} << 33,  ///< actually, well, yeah … (a sentence's opener, no noun)
  wf_subject_pronoun = std::uint64_t{1} << 34,  ///< i, we, you, he, she, they, it
  wf_subordinator = std::uint64_t{1} << 35,     ///< because, if, although … (a clause opener)
};

/// The keys of the sets above with their `WordFlag` bit, one row per key and set (a key in
/// several sets has several rows), for a caller that builds one case-folded table of them.
std::vector<std::pair<std::string_view, std::uint64_t>> word_flag_rows();

/// The raw word lists behind some tables, for callers that combine them into one table.
std::vector<std::string_view> change_rows();
std::vector<std::string_view> concept_stop_words();
std::vector<std::string_view> month_words();
std::vector<std::string_view> weekday_words();

}  // namespace claimex::detail

#endif
