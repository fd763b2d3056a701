#define BOOST_TEST_MODULE tokens
#include <boost/test/unit_test.hpp>

#include <cstddef>
#include <cstdio>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "../src/tok_text.hpp"
#include "claimex/tokens.hpp"

namespace claimex {
// Boost.Test prints values of failed checks through operator<<.
std::ostream& operator<<(std::ostream& os, TokenKind kind) {
  return os << to_string(kind);
}
}  // namespace claimex

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
/// (except `other` tokens made of invalid bytes). Returns false at the first violation.
bool spans_ok(std::string_view text, const std::vector<Token>& toks) {
  claimex::offset_t last = 0;
  for (std::size_t k = 0; k < toks.size(); ++k) {
    const Token& t = toks[k];
    if (t.span.end > text.size() || t.span.begin >= t.span.end || t.span.begin < last) return false;
    last = t.span.end;
    if (t.kind == TokenKind::other && t.has(TokenFlag::invalid_utf8)) continue;
    if ((static_cast<unsigned char>(text[t.span.begin]) & 0xC0) == 0x80) return false;
    // the byte after a valid token starts a character, or an invalid-byte token
    const bool invalid_next = k + 1 < toks.size() && toks[k + 1].span.begin == t.span.end &&
                              toks[k + 1].has(TokenFlag::invalid_utf8);
    if (t.span.end < text.size() && !invalid_next &&
        (static_cast<unsigned char>(text[t.span.end]) & 0xC0) == 0x80)
      return false;
  }
  return true;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(tokens)

BOOST_AUTO_TEST_CASE(header_example_gives_quotes_words_and_abbreviation) {
  const std::string text = "\"Armenia is responsible,\" Aliyev said on Sept. 27.";
  BOOST_TEST(render(text) ==
             "open_quote:\" word:Armenia word:is word:responsible punct:, close_quote:\" "
             "word:Aliyev word:said word:on word:Sept. number:27 punct:.");
}

BOOST_AUTO_TEST_CASE(two_apostrophes_typed_for_a_double_quote_are_one_mark) {
  // New York Times copy writes ''…'' for "…"; a single quote and a clitic stay as they are
  const std::string text = "He cited ''the magic of Trump,'' and Trump's 'style'.";
  BOOST_TEST(render(text) ==
             "word:He word:cited open_quote:'' word:the word:magic word:of word:Trump punct:, "
             "close_quote:'' word:and word:Trump clitic:'s open_quote:' word:style "
             "close_quote:' punct:.");
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

BOOST_AUTO_TEST_CASE(a_plurals_possessive_inside_single_quotes_is_an_apostrophe) {
  // British style: single marks quote, and a plural's possessive mark inside closes nothing
  // when a mark after a comma or a stop closes the passage later in the line
  BOOST_TEST(render("\xE2\x80\x98We saw the workers\xE2\x80\x99 anger,\xE2\x80\x99 she said.") ==
             "open_quote:\xE2\x80\x98 word:We word:saw word:the word:workers "
             "apostrophe:\xE2\x80\x99 word:anger punct:, close_quote:\xE2\x80\x99 word:she "
             "word:said punct:.");
  BOOST_TEST(render("'It is the Smiths' house,' he said.") ==
             "open_quote:' word:It word:is word:the word:Smiths apostrophe:' word:house punct:, "
             "close_quote:' word:he word:said punct:.");
  // no such mark later: the mark closes (scare quotes, a second quoted word)
  BOOST_TEST(render("The so-called 'experts' said it was safe.") ==
             "word:The word:so-called open_quote:' word:experts close_quote:' word:said word:it "
             "word:was word:safe punct:.");
  BOOST_TEST(render("the 'workers' and the 'bosses' met, he said, 'at last.'") ==
             "word:the open_quote:' word:workers close_quote:' word:and word:the open_quote:' "
             "word:bosses close_quote:' word:met punct:, word:he word:said punct:, open_quote:' "
             "word:at word:last punct:. close_quote:'");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_and_nul_bytes_become_other_tokens) {
  const char raw[] = "Ankara\xff\xfe said\0 \xe2\x80 done \xc3\xa9t\xc3\xa9";
  const std::string text(raw, sizeof raw - 1);
  const auto toks = claimex::tokenize(text);
  BOOST_TEST(spans_ok(text, toks));
  BOOST_TEST(render(text) == std::string("word:Ankara other:\xff\xfe word:said other:") + '\0' +
                                 " other:\xe2\x80 word:done word:\xc3\xa9t\xc3\xa9");
  BOOST_TEST(toks[1].has(TokenFlag::invalid_utf8));
}

BOOST_AUTO_TEST_CASE(token_is_twelve_bytes_and_kinds_have_names) {
  BOOST_TEST(sizeof(Token) == 12u);
  BOOST_TEST(claimex::to_string(TokenKind::open_quote) == "open_quote");
  BOOST_TEST(claimex::to_string(TokenKind::hashtag) == "hashtag");
  BOOST_TEST(claimex::to_string(TokenKind::other) == "other");
}

BOOST_AUTO_TEST_CASE(table_of_news_snippets_gives_expected_tokens) {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"a humanitarian cease-fire", "word:a word:humanitarian word:cease-fire"},
      {"the so-called administration", "word:the word:so-called word:administration"},
      {"The OSCE Minsk Group-co-chaired by France, Russia, and the US-was formed",
       "word:The word:OSCE word:Minsk word:Group dash:- word:co-chaired word:by word:France "
       "punct:, word:Russia punct:, word:and word:the word:US dash:- word:was word:formed"},
      {"Kremlin-backed Co-chairs of Nagorno-Karabakh rock-and-roll",
       "word:Kremlin-backed word:Co-chairs word:of word:Nagorno-Karabakh word:rock-and-roll"},
      {"peace \u2014 for now", "word:peace dash:\u2014 word:for word:now"},
      {"peace--for now", "word:peace dash:-- word:for word:now"},
      {"a 2\u20133 win", "word:a number:2 dash:\u2013 number:3 word:win"},
      {"a positive approach [to finding a solution]",
       "word:a word:positive word:approach punct:[ word:to word:finding word:a word:solution "
       "punct:]"},
      {"(NTV)", "punct:( word:NTV punct:)"},
      {"wait... what", "word:wait ellipsis:... word:what"},
      {"wait\u2026 what", "word:wait ellipsis:\u2026 word:what"},
      {"weakened . . . was", "word:weakened ellipsis:. . . word:was"},
      {"see https://www.aa.com.tr/en/europe. Then",
       "word:see url:https://www.aa.com.tr/en/europe punct:. word:Then"},
      {"visit www.example.org, or", "word:visit url:www.example.org punct:, word:or"},
      {"write to press.office@example.com.",
       "word:write word:to email:press.office@example.com punct:."},
      {"said @AnadoluAgency on #Karabakh",
       "word:said handle:@AnadoluAgency word:on "
       "hashtag:#Karabakh"},
      {"ranked #1 in", "word:ranked symbol:# number:1 word:in"},
      {"shares of <RHON.PA> rose", "word:shares word:of symbol:< word:RHON.PA symbol:> word:rose"},
      // a bare domain name is one word, an owner's clitic after it its own token; a glued
      // full stop before a common word is no domain
      {"JD.com and News.com.au rose", "word:JD.com word:and word:News.com.au word:rose"},
      {"Amazon.com's shares", "word:Amazon.com clitic:'s word:shares"},
      {"He left.It was", "word:He word:left punct:. word:It word:was"},
      {"then-U.S. President", "word:then-U.S. word:President"},
      {"$.50 and .50", "currency:$ number:.50 word:and number:.50"},
      {"Erdo\u011fan said", "word:Erdo\u011fan word:said"},
      {"AT&T bought", "word:AT symbol:& word:T word:bought"},
      {"\u201cWe\u2019re ready,\u201d she said",
       "open_quote:\u201c word:We clitic:\u2019re word:ready punct:, close_quote:\u201d "
       "word:she word:said"},
      {"\u00abNon\u00bb", "open_quote:\u00ab word:Non close_quote:\u00bb"},
      {"the country\"s debt", "word:the word:country clitic:\"s word:debt"},
  };
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.text) {
      BOOST_TEST(render(c.text) == c.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(white_space_of_every_kind_separates_and_sets_flags) {
  // CRLF, tab, NBSP, zero-width space, BOM
  const std::string text =
      "\xef\xbb\xbfHeadline\r\n\r\nFirst\tline\xc2\xa0here\r\nnext\xe2\x80\x8bword";
  const auto toks = claimex::tokenize(text);
  BOOST_TEST(spans_ok(text, toks));
  BOOST_TEST(texts(text) == "Headline First line here next word");
  BOOST_TEST(toks[0].has(TokenFlag::first_in_line));
  BOOST_TEST(!toks[0].has(TokenFlag::newline_before));
  BOOST_TEST(toks[1].has(TokenFlag::newline_before));
  BOOST_TEST(toks[1].has(TokenFlag::blank_line_before));
  BOOST_TEST(toks[1].has(TokenFlag::first_in_line));
  BOOST_TEST(toks[2].has(TokenFlag::space_before));
  BOOST_TEST(toks[3].has(TokenFlag::space_before));  // after NBSP
  BOOST_TEST(!toks[3].has(TokenFlag::newline_before));
  BOOST_TEST(toks[4].has(TokenFlag::newline_before));
  BOOST_TEST(!toks[4].has(TokenFlag::blank_line_before));
  BOOST_TEST(!toks[5].has(TokenFlag::space_before));  // zero-width space has no width
}

BOOST_AUTO_TEST_CASE(white_space_only_line_counts_as_blank_line) {
  const auto toks = claimex::tokenize(std::string_view("One.\n \t\nTwo."));
  BOOST_TEST(toks[2].has(TokenFlag::blank_line_before));
}

BOOST_AUTO_TEST_CASE(case_flags_mark_capitalised_and_all_caps_words) {
  const std::string text = "NTV reported Aliyev \xc3\x9cmit OSCE-led a";
  const auto toks = claimex::tokenize(text);
  BOOST_TEST(toks[0].has(TokenFlag::all_caps));
  BOOST_TEST(toks[0].has(TokenFlag::capitalized));
  BOOST_TEST(!toks[1].has(TokenFlag::capitalized));
  BOOST_TEST(toks[2].has(TokenFlag::capitalized));
  BOOST_TEST(!toks[2].has(TokenFlag::all_caps));
  BOOST_TEST(toks[3].has(TokenFlag::capitalized));  // Ü
  BOOST_TEST(toks[3].has(TokenFlag::non_ascii));
  BOOST_TEST(toks[4].has(TokenFlag::hyphenated));
  BOOST_TEST(!toks[5].has(TokenFlag::capitalized));
}

BOOST_AUTO_TEST_CASE(name_particle_before_a_hyphen_and_a_capital_makes_a_name) {
  // `al-Assad`, `bin-Salman`: capitalised as their names are; `at-risk`, `al-` before a
  // lower-case letter, and a particle alone stay lower-case
  const std::string text = "President Bashar al-Assad met bin-Salman and at-risk al-qaeda al";
  const auto toks = claimex::tokenize(text);
  BOOST_TEST_REQUIRE(toks.size() == 9u);
  BOOST_TEST(toks[2].has(TokenFlag::capitalized));   // al-Assad
  BOOST_TEST(toks[4].has(TokenFlag::capitalized));   // bin-Salman
  BOOST_TEST(!toks[6].has(TokenFlag::capitalized));  // at-risk
  BOOST_TEST(!toks[7].has(TokenFlag::capitalized));  // al-qaeda
  BOOST_TEST(!toks[8].has(TokenFlag::capitalized));  // al
}

BOOST_AUTO_TEST_CASE(quote_opened_in_paragraph_and_never_closed_stays_open) {
  const std::string text =
      "\"At the first stage, the army should withdraw.\n\n\"Then, talks should go on,\" he said.";
  const auto toks = claimex::tokenize(text);
  std::size_t opens = 0, closes = 0;
  for (const Token& t : toks) {
    opens += t.kind == TokenKind::open_quote;
    closes += t.kind == TokenKind::close_quote;
  }
  BOOST_TEST(opens == 2u);
  BOOST_TEST(closes == 1u);
  BOOST_TEST(toks.front().kind == TokenKind::open_quote);
}

BOOST_AUTO_TEST_CASE(fixture_article_tokens_are_well_formed) {
  std::string text;
  {
    std::FILE* f = std::fopen(CLAIMEX_EXAMPLE_DATA "/anadolu-2020-10-15.txt", "rb");
    BOOST_REQUIRE(f != nullptr);
    char buf[4096];
    std::size_t got;
    while ((got = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, got);
    std::fclose(f);
  }
  const auto toks = claimex::tokenize(text);
  BOOST_TEST(spans_ok(text, toks));
  BOOST_TEST(text.find("Turkey:Aliyev") != std::string::npos);
  std::size_t opens = 0, closes = 0, sept = 0;
  for (const Token& t : toks) {
    opens += t.kind == TokenKind::open_quote;
    closes += t.kind == TokenKind::close_quote;
    sept += t.text(text) == "Sept.";
  }
  BOOST_TEST(sept == 1u);
  BOOST_TEST(opens >= closes);
  BOOST_TEST(closes >= 5u);
  // token storage stays under 4 bytes per input byte
  BOOST_TEST(toks.size() * sizeof(Token) < 4 * text.size());
}

BOOST_AUTO_TEST_CASE(one_megabyte_of_one_character_is_handled_linearly) {
  const char fills[] = {'a', '.', '"', '\'', '-', '(', ' ', '\n', '\0', '\xff', '@', '#', '1', ','};
  for (char c : fills) {
    const std::string text(1u << 20, c);
    std::vector<Token> toks;
    claimex::tokenize(text, toks);
    BOOST_TEST_CONTEXT("fill byte " << static_cast<int>(static_cast<unsigned char>(c))) {
      BOOST_TEST(spans_ok(text, toks));
      BOOST_TEST(toks.size() <= text.size());
    }
  }
  std::string accents;
  for (int k = 0; k < (1 << 19); ++k) accents += "\xc3\xa9";
  const auto toks = claimex::tokenize(accents);
  BOOST_TEST(toks.size() == 1u);
  BOOST_TEST(toks[0].kind == TokenKind::word);
}

BOOST_AUTO_TEST_CASE(twenty_megabyte_single_line_reuses_the_vector) {
  const std::string sentence =
      "Aliyev said the Azerbaijani people have run out of patience after 30 years of "
      "occupation and continual Armenian hostility, the agency reported on Sept. 27. ";
  std::string text;
  text.reserve(20u << 20);
  while (text.size() + sentence.size() <= (20u << 20)) text += sentence;
  std::vector<Token> toks;
  claimex::tokenize(text, toks);
  BOOST_TEST(toks.size() == 27u * (text.size() / sentence.size()));
  BOOST_TEST(toks.back().span.end == text.size() - 1);
  BOOST_TEST(toks.capacity() * sizeof(Token) < 4 * text.size());
  const std::size_t cap = toks.capacity();
  claimex::tokenize(text, toks);
  BOOST_TEST(toks.capacity() == cap);
}

BOOST_AUTO_TEST_CASE(random_bytes_never_break_the_span_invariants) {
  std::string text(1u << 16, '\0');
  unsigned state = 12345u;
  for (char& c : text) {
    state = state * 1103515245u + 12345u;
    c = static_cast<char>((state >> 16) & 0xFF);
  }
  BOOST_TEST(spans_ok(text, claimex::tokenize(text)));
  BOOST_TEST(claimex::tokenize(std::string_view()).empty());
}

BOOST_AUTO_TEST_CASE(word_endings_of_the_fast_path_follow_the_full_rules) {
  // each word followed by each ending, as in running text: a plain word then punctuation,
  // or a period kept by an abbreviation or initial, or a URL
  const struct {
    const char* text;
    const char* expected;
  } cases[] = {
      {"prices rose, analysts said.",
       "word:prices word:rose punct:, word:analysts word:said punct:."},
      {"Talks resumed (briefly) in Geneva; no deal.",
       "word:Talks word:resumed punct:( word:briefly punct:) word:in word:Geneva punct:; "
       "word:no word:deal punct:."},
      {"It rose in Sept. and fell in October.",
       "word:It word:rose word:in word:Sept. word:and word:fell word:in word:October punct:."},
      {"Gen. Smith met John F. Kennedy's aide.",
       "word:Gen. word:Smith word:met word:John word:F. word:Kennedy clitic:'s word:aide punct:."},
      {"a companies.\nNext", "word:a word:companies punct:. word:Next"},
      {"see www.example.com or http://example.org now",
       "word:see url:www.example.com word:or url:http://example.org word:now"},
      {"he said:", "word:he word:said punct::"},
      {"OPEC, NATO and I", "word:OPEC punct:, word:NATO word:and word:I"},
  };
  for (const auto& c : cases) BOOST_TEST(render(c.text) == c.expected, c.text);
  const auto toks = claimex::tokenize(std::string_view("OPEC, NATO and I"));
  BOOST_TEST(toks[0].has(TokenFlag::all_caps));
  BOOST_TEST(toks[2].has(TokenFlag::all_caps));
  BOOST_TEST(toks[4].has(TokenFlag::capitalized));
  BOOST_TEST(!toks[4].has(TokenFlag::all_caps));  // one letter
}

BOOST_AUTO_TEST_CASE(word_scan_is_the_same_near_the_end_of_the_text_and_far_from_it) {
  // words of 1 to 20 letters in three letter cases, followed by each kind of ending: at the
  // end of the text (the byte-by-byte scan) and with text after them (16 bytes at a time)
  const char* const endings[] = {"", " ", ",", ".", ". ", "-x", "'s", "3", "\xc3\xa9", ":"};
  const std::string pad = " and then some more words follow here";
  for (std::size_t len = 1; len <= 20; ++len) {
    for (int shape = 0; shape < 3; ++shape) {
      std::string word;
      for (std::size_t k = 0; k < len; ++k)
        word += static_cast<char>((shape == 0 || (shape == 1 && k == 0)) ? 'A' + k : 'a' + k);
      for (const char* ending : endings) {
        const std::string alone = word + ending;
        const std::string padded = alone + pad;
        const auto a = claimex::tokenize(alone);
        const auto b = claimex::tokenize(padded);
        BOOST_TEST_REQUIRE(a.size() <= b.size());
        for (std::size_t k = 0; k < a.size(); ++k) {
          BOOST_TEST(a[k].span.begin == b[k].span.begin, padded);
          BOOST_TEST(a[k].span.end == b[k].span.end, padded);
          BOOST_TEST(a[k].kind == b[k].kind, padded);
          BOOST_TEST(a[k].flags == b[k].flags, padded);
        }
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(document_size_check_throws_only_past_the_limit) {
  BOOST_CHECK_NO_THROW(claimex::detail::check_document_size(100, 100));
  BOOST_CHECK_THROW(claimex::detail::check_document_size(101, 100), claimex::Error);
  BOOST_CHECK_NO_THROW(claimex::detail::check_document_size(claimex::max_document_size));
}

BOOST_AUTO_TEST_SUITE_END()
