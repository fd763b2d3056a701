// Internal: the abbreviation lexicon of the tokenizer and the segmenter, and the words that
// typically open an English sentence. Data lives in abbreviations.cpp; lookups are O(1).
#ifndef CLAIMEX_SRC_ABBREVIATIONS_HPP
#define CLAIMEX_SRC_ABBREVIATIONS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lexicon.hpp"

namespace claimex::detail {

/// How an abbreviation behaves before the next word.
enum class AbbrevKind : std::uint8_t {
  general,        ///< `Inc.`, `etc.`, `vs.`: ends a sentence before a typical sentence opener
  title,          ///< `Mr.`, `Gen.`, `St.`: always followed by a name, never ends a sentence
  month,          ///< `Sept.`, `Jan.`: before a day number never an end
  number_prefix,  ///< `No.`, `pp.`, `Fig.`: an abbreviation only when a number follows
  unit,  ///< `pct.`, `dlrs.`, `lbs.`: after a number, ends a sentence before a capital letter
};

/// No abbreviation in the lexicon is longer than this (in bytes, without the period); the
/// tokenizer skips the look-up for longer words. Checked by the lexicon at start-up.
inline constexpr std::size_t kMaxAbbreviationLength = 6;

/// Looks up an abbreviation by its letters without the final period (`Sept`, `inc`).
/// Most entries match in any letter case; a few that are also common words (`Ill`, `Miss`,
/// `Wash`) match only capitalised. Returns nullptr when the word is not an abbreviation.
const AbbrevKind* find_abbreviation(std::string_view word) noexcept;

/// True for a capitalised word that usually opens a sentence (`The`, `He`, `However`),
/// which after an ambiguous abbreviation (`U.S.`, `Inc.`) signals a sentence end.
bool is_sentence_starter(std::string_view word) noexcept;

/// True for a word that goes on after a time of day (`6 p.m. Monday`, `p.m. GMT`): week
/// days, months and time zones.
bool is_time_context(std::string_view word) noexcept;

/// True for a number or scale word in any letter case (`three`, `Twenty`, `mln`, `billion`):
/// before a unit abbreviation it is the unit's number (`rose three pct. Prices fell`).
bool is_number_word(std::string_view word) noexcept;

/// True for a lower-case word that never ends a hyphenated compound, so that a hyphen before
/// it stands for a dash (`the US-was formed`): auxiliaries, articles, conjunctions, relatives.
bool is_dash_follower(std::string_view word) noexcept;

/// True for a lower-case prefix that opens a compound of its own (`co`, `non`, `anti`), so
/// that a hyphen joining it to a capitalised word stands for a dash (`Group-co-chaired`).
bool is_compound_prefix(std::string_view word) noexcept;

/// True for a lower-case particle that opens a name before a hyphen and a capital letter
/// (`al` of `al-Assad`, `bin` of `bin-Salman`): the word is a name, as if capitalised.
bool is_name_particle(std::string_view word) noexcept;

/// True for a lower-case last label of a bare domain name (`com` of `Amazon.com`, `au` of
/// `News.com.au`): after a full stop glued inside a word, the word is the domain name.
bool is_domain_suffix(std::string_view word) noexcept;

}  // namespace claimex::detail

#endif
