// Given names and their usual gender: data for the quote stage's pronoun agreement
// (`she` does not stand for `Nigel Lawson`) and for finding where a name starts in a run of
// capitalised words (`Chancellor of the Exchequer Nigel Lawson`).
#ifndef CLAIMEX_SRC_GIVEN_NAMES_HPP
#define CLAIMEX_SRC_GIVEN_NAMES_HPP

#include <string_view>

namespace claimex::detail {

/// Lower-case given names separated by single spaces: those borne mostly by men, mostly by
/// women, and by both (no gender). Words that are more often something else in news text
/// (months, places, companies, common nouns and verbs) are left out; see given_names.cpp.
struct GivenNames {
  std::string_view male;
  std::string_view female;
  std::string_view either;
};

/// The lists (static storage).
const GivenNames& given_names() noexcept;

}  // namespace claimex::detail

#endif  // CLAIMEX_SRC_GIVEN_NAMES_HPP
