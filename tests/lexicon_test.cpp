// The lexicon table every stage looks its word lists up in (src/lexicon.hpp, internal,
// header-only): found and not found, case folding, first row wins, and a table large enough
// that its filter and hash tags are exercised against near misses.
#define BOOST_TEST_MODULE lexicon
#include <boost/test/unit_test.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "../src/lexicon.hpp"

using claimex::detail::Lexicon;
using claimex::detail::make_word_set;
using claimex::detail::WordSet;

BOOST_AUTO_TEST_SUITE(lexicon)

BOOST_AUTO_TEST_CASE(cue_verbs_are_found_with_their_values_and_others_are_not) {
  const std::vector<Lexicon<int>::Row> rows = {{"said", 1}, {"told", 2}, {"according", 3}};
  const Lexicon<int> cues(rows, false);
  BOOST_TEST(cues.size() == 3u);
  BOOST_REQUIRE(cues.find("said") != nullptr);
  BOOST_TEST(*cues.find("said") == 1);
  BOOST_TEST(*cues.find("told") == 2);
  BOOST_TEST(*cues.find("according") == 3);
  // same length as a key, a prefix, a longer word, the empty word
  BOOST_TEST(cues.find("sold") == nullptr);
  BOOST_TEST(cues.find("sai") == nullptr);
  BOOST_TEST(cues.find("saidx") == nullptr);
  BOOST_TEST(cues.find("") == nullptr);
  // not folded: the case must match
  BOOST_TEST(cues.find("Said") == nullptr);
}

BOOST_AUTO_TEST_CASE(folded_table_finds_a_word_in_any_ascii_case) {
  static const std::string_view kMonths[] = {"january", "sept.", "december"};
  const WordSet months = make_word_set(kMonths, true);
  BOOST_TEST(months.contains("January"));
  BOOST_TEST(months.contains("JANUARY"));
  BOOST_TEST(months.contains("Sept."));
  BOOST_TEST(months.contains("DECEMBER"));
  BOOST_TEST(!months.contains("Decembers"));
  BOOST_TEST(!months.contains("sept"));
}

BOOST_AUTO_TEST_CASE(the_first_of_two_equal_keys_wins) {
  const std::vector<Lexicon<int>::Row> rows = {{"percent", 1}, {"PERCENT", 2}, {"percent", 3}};
  const Lexicon<int> folded(rows, true);
  BOOST_TEST(folded.size() == 1u);
  BOOST_TEST(*folded.find("Percent") == 1);
  const Lexicon<int> exact(rows, false);
  BOOST_TEST(exact.size() == 2u);
  BOOST_TEST(*exact.find("percent") == 1);
  BOOST_TEST(*exact.find("PERCENT") == 2);
}

BOOST_AUTO_TEST_CASE(every_key_of_a_large_table_is_found_and_its_near_misses_are_not) {
  // 20,000 keys of every length from 1 to 24 bytes: the filter in front of the slots and
  // the hash tags in them must never hide a key, nor let a near miss through
  std::vector<std::string> keys;
  for (int i = 0; i < 20000; ++i) {
    std::string k = "w" + std::to_string(i * 7919);
    k.resize(1 + static_cast<std::size_t>(i % 24), 'x');
    k.back() = static_cast<char>('a' + i % 26);
    keys.push_back(k + std::to_string(i));
  }
  std::vector<Lexicon<int>::Row> rows;
  for (std::size_t i = 0; i < keys.size(); ++i) rows.push_back({keys[i], static_cast<int>(i)});
  const Lexicon<int> table(rows, true);
  BOOST_TEST(table.size() == keys.size());
  std::size_t found = 0, wrong = 0, near = 0;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const int* v = table.find(keys[i]);
    found += v != nullptr;
    wrong += v != nullptr && *v != static_cast<int>(i);
    std::string miss = keys[i];
    miss.back() = miss.back() == '0' ? '#' : '@';  // no key ends in '#' or '@'
    near += table.find(miss) != nullptr;
  }
  BOOST_TEST(found == keys.size());
  BOOST_TEST(wrong == 0u);
  BOOST_TEST(near == 0u);
}

BOOST_AUTO_TEST_CASE(word_comparison_folds_exactly_the_ascii_letters_at_every_length) {
  using claimex::detail::ascii_lower;
  using claimex::detail::lexicon_equal;
  // every byte value against every other, at each position of words of 1 to 40 bytes (the
  // short, the two-load and the looped paths): equal under folding exactly when ascii_lower
  // says so, and equal unfolded only when the bytes are
  const std::size_t lengths[] = {1, 2, 3, 4, 5, 7, 8, 9, 12, 15, 16, 17, 24, 31, 40};
  std::size_t wrong = 0;
  for (std::size_t n : lengths) {
    for (std::size_t pos : {std::size_t{0}, n / 2, n - 1}) {
      for (int x = 0; x < 256; ++x) {
        for (int y = 0; y < 256; y += 7) {
          std::string a(n, 'k'), b(n, 'K');
          a[pos] = static_cast<char>(x);
          b[pos] = static_cast<char>(y);
          const bool folded = ascii_lower(static_cast<unsigned char>(x)) ==
                              ascii_lower(static_cast<unsigned char>(y));
          if (lexicon_equal(a, b, true) != folded) ++wrong;
          // unfolded: equal only when the bytes are ('k' and 'K' around them differ)
          if (lexicon_equal(a, b, false) != (n == 1 && x == y)) ++wrong;
          b.assign(a);
          if (!lexicon_equal(a, b, false)) ++wrong;
        }
      }
    }
  }
  BOOST_TEST(wrong == 0u);
  BOOST_TEST(!lexicon_equal("said", "sai", true));  // lengths differ
  BOOST_TEST(lexicon_equal("", "", false));
}

BOOST_AUTO_TEST_CASE(an_empty_table_and_an_empty_key_find_nothing) {
  const Lexicon<int> empty;
  BOOST_TEST(empty.find("said") == nullptr);
  BOOST_TEST(empty.size() == 0u);
  const std::vector<Lexicon<int>::Row> rows = {{"", 1}, {"km", 2}};
  const Lexicon<int> units(rows, false);
  BOOST_TEST(units.size() == 1u);  // the empty key is not stored
  BOOST_TEST(units.find("") == nullptr);
  BOOST_TEST(*units.find("km") == 2);
}

BOOST_AUTO_TEST_SUITE_END()
