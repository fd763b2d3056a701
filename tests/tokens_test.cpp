#define BOOST_TEST_MODULE tokens
#include <boost/test/unit_test.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "claimex/tokens.hpp"

namespace {

using claimex::Token;
using claimex::TokenFlag;
using claimex::TokenKind;

/// "kind:text" for every token, space separated; the readable form the tests compare.
std::string render(std::string_view text) {
  std::string out;
  for (const Token& t : claimex::tokenize(text)) {
    if (!out.empty()) out += ' ';
    out += claimex::to_string(t.kind);
    out += ':';
    out += t.text(text);
  }
  return out;
}

/// Only the token texts, space separated.
std::string texts(std::string_view text) {
  std::string out;
  for (const Token& t : claimex::tokenize(text)) {
    if (!out.empty()) out += ' ';
    out += t.text(text);
  }
  return out;
}

/// Spans inside the text, in order, non-overlapping, non-empty, on UTF-8 boundaries
/// (except `other` tokens made of invalid bytes).
void check_spans(std::string_view text, const std::vector<Token>& toks) {
  claimex::offset_t last = 0;
  for (const Token& t : toks) {
    BOOST_REQUIRE_LE(t.span.end, text.size());
    BOOST_REQUIRE_LT(t.span.begin, t.span.end);
    BOOST_REQUIRE_GE(t.span.begin, last);
    last = t.span.end;
    if (t.kind == TokenKind::other && t.has(TokenFlag::invalid_utf8)) continue;
    const auto b = static_cast<unsigned char>(text[t.span.begin]);
    BOOST_REQUIRE((b & 0xC0) != 0x80);
    if (t.span.end < text.size()) {
      const auto e = static_cast<unsigned char>(text[t.span.end]);
      BOOST_REQUIRE((e & 0xC0) != 0x80);
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(tokens)

BOOST_AUTO_TEST_CASE(header_example_gives_quotes_words_and_abbreviation) {
  const std::string text = "\"Armenia is responsible,\" Aliyev said on Sept. 27.";
  BOOST_TEST(render(text) ==
             "open_quote:\" word:Armenia word:is word:responsible punct:, close_quote:\" "
             "word:Aliyev word:said word:on word:Sept. number:27 punct:.");
}

BOOST_AUTO_TEST_CASE(abbreviations_and_initials_keep_their_period) {
  BOOST_TEST(texts("Gen. Smith of Acme Inc. met Mr. Jones at 5 p.m. in the U.S.") ==
             "Gen. Smith of Acme Inc. met Mr. Jones at 5 p.m. in the U.S.");
  BOOST_TEST(texts("J. R. R. Tolkien wrote it.") == "J. R. R. Tolkien wrote it .");
  BOOST_TEST(texts("He lives at No. 10 and said no.") == "He lives at No. 10 and said no .");
  const auto toks = claimex::tokenize(std::string_view("the U.S. economy"));
  BOOST_TEST(toks[1].has(TokenFlag::abbreviation));
  BOOST_TEST(toks[1].has(TokenFlag::all_caps));
}

BOOST_AUTO_TEST_CASE(plain_word_before_period_does_not_swallow_it) {
  BOOST_TEST(texts("Talks ended.Today they resume.") == "Talks ended . Today they resume .");
}

BOOST_AUTO_TEST_CASE(clitic_s_is_its_own_token_and_contractions_stay_whole) {
  BOOST_TEST(render("Turkey's role") == "word:Turkey clitic:'s word:role");
  BOOST_TEST(render("Turkey’s role") == "word:Turkey clitic:’s word:role");
  BOOST_TEST(render("we don't know") == "word:we word:don't word:know");
  BOOST_TEST(render("O'Brien said") == "word:O'Brien word:said");
  BOOST_TEST(render("the students' union") == "word:the word:students apostrophe:' word:union");
  BOOST_TEST(render("They're here") == "word:They clitic:'re word:here");
}

BOOST_AUTO_TEST_CASE(numbers_keep_separators_signs_and_suffixes) {
  BOOST_TEST(render("1,592 houses") == "number:1,592 word:houses");
  BOOST_TEST(render("rose 3.5 pct") == "word:rose number:3.5 word:pct");
  BOOST_TEST(render("fell -2.4 points") == "word:fell number:-2.4 word:points");
  BOOST_TEST(render("20% of") == "number:20 percent:% word:of");
  BOOST_TEST(render("$2.5bn deal") == "currency:$ number:2.5 word:bn word:deal");
  BOOST_TEST(render("€40 fee") == "currency:€ number:40 word:fee");
  BOOST_TEST(render("the 1990s boom") == "word:the number:1990s word:boom");
  BOOST_TEST(render("the '90s boom") == "word:the number:'90s word:boom");
  BOOST_TEST(render("3/4 of") == "number:3/4 word:of");
  BOOST_TEST(render("the 1st round") == "word:the number:1st word:round");
  BOOST_TEST(render("10-15 people") == "number:10 dash:- number:15 word:people");
  BOOST_TEST(render("at 10:30 GMT") == "word:at number:10:30 word:GMT");
}

BOOST_AUTO_TEST_CASE(comma_before_four_digit_year_is_punctuation) {
  BOOST_TEST(render("October 15,2020") == "word:October number:15 punct:, number:2020");
}

BOOST_AUTO_TEST_CASE(colon_without_space_splits_words) {
  BOOST_TEST(render("without Turkey:Aliyev") == "word:without word:Turkey punct:: word:Aliyev");
}

BOOST_AUTO_TEST_CASE(straight_quotes_resolve_open_and_close_from_context) {
  BOOST_TEST(render("\"We won,\" he said.") ==
             "open_quote:\" word:We word:won punct:, close_quote:\" word:he word:said punct:.");
  BOOST_TEST(render("\"Why?\" she asked.") ==
             "open_quote:\" word:Why punct:? close_quote:\" word:she word:asked punct:.");
  BOOST_TEST(render("He said,\"Go.\"") ==
             "word:He word:said punct:, open_quote:\" word:Go punct:. close_quote:\"");
  BOOST_TEST(render("(\"No\")") == "punct:( open_quote:\" word:No close_quote:\" punct:)");
}

BOOST_AUTO_TEST_CASE(nested_single_quotes_inside_double_quotes) {
  const std::string text = "\"He called it 'a disgrace' today,\" she said.";
  const auto toks = claimex::tokenize(text);
  BOOST_TEST(render(text) ==
             "open_quote:\" word:He word:called word:it open_quote:' word:a word:disgrace "
             "close_quote:' word:today punct:, close_quote:\" word:she word:said punct:.");
  BOOST_TEST(toks[4].has(TokenFlag::single));
  BOOST_TEST(!toks[0].has(TokenFlag::single));
}


BOOST_AUTO_TEST_CASE(invalid_utf8_and_nul_bytes_become_other_tokens) {
  const char raw[] = "Ankara\xff\xfe said\0 \xe2\x80 done \xc3\xa9t\xc3\xa9";
  const std::string text(raw, sizeof raw - 1);
  const auto toks = claimex::tokenize(text);
  check_spans(text, toks);
  BOOST_TEST(render(text) ==
             std::string("word:Ankara other:\xff\xfe word:said other:") + '\0' +
                 " other:\xe2\x80 word:done word:\xc3\xa9t\xc3\xa9");
  BOOST_TEST(toks[1].has(TokenFlag::invalid_utf8));
}

BOOST_AUTO_TEST_SUITE_END()
