#define BOOST_TEST_MODULE segments
#include <boost/test/unit_test.hpp>

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "claimex/segments.hpp"
#include "claimex/tokens.hpp"

namespace {

/// The sentences of `text`, joined with " | ".
std::string sentences(std::string_view text, claimex::SegmentOptions opt = {}) {
  const auto toks = claimex::tokenize(text);
  const claimex::Segments seg = claimex::segment(text, toks, opt);
  std::string out;
  for (const claimex::Sentence& s : seg.sentences) {
    if (!out.empty()) out += " | ";
    out += claimex::text_of(text, s.span);
  }
  return out;
}

/// Every token in exactly one sentence and one paragraph, in order; sentences inside their
/// paragraph; spans from the first token's begin to the last token's end.
bool well_formed(std::string_view text, const std::vector<claimex::Token>& toks,
                 const claimex::Segments& seg) {
  std::size_t next = 0;
  for (const claimex::Sentence& s : seg.sentences) {
    if (s.first_token != next || s.end_token <= s.first_token || s.end_token > toks.size())
      return false;
    if (s.span.begin != toks[s.first_token].span.begin ||
        s.span.end != toks[s.end_token - 1].span.end || s.span.end > text.size())
      return false;
    next = s.end_token;
  }
  if (next != toks.size()) return false;
  std::size_t tok = 0, sent = 0;
  for (const claimex::Paragraph& p : seg.paragraphs) {
    if (p.first_token != tok || p.first_sentence != sent || p.end_sentence <= p.first_sentence)
      return false;
    if (seg.sentences[p.first_sentence].first_token != p.first_token ||
        seg.sentences[p.end_sentence - 1].end_token != p.end_token)
      return false;
    tok = p.end_token;
    sent = p.end_sentence;
  }
  return tok == toks.size() && sent == seg.sentences.size();
}

std::string read_fixture() {
  std::string text;
  std::FILE* f = std::fopen(CLAIMEX_EXAMPLE_DATA "/anadolu-2020-10-15.txt", "rb");
  if (f == nullptr) return text;
  char buf[4096];
  std::size_t got;
  while ((got = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, got);
  std::fclose(f);
  return text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(segments)

BOOST_AUTO_TEST_CASE(abbreviations_do_not_end_sentences) {
  BOOST_TEST(sentences("The clashes erupted on Sept. 27 near the border.") ==
             "The clashes erupted on Sept. 27 near the border.");
  BOOST_TEST(sentences("Gen. Mark Milley met Mr. Smith of Acme Inc. in London.") ==
             "Gen. Mark Milley met Mr. Smith of Acme Inc. in London.");
  BOOST_TEST(sentences("He lives at No. 10 Downing Street.") ==
             "He lives at No. 10 Downing Street.");
  BOOST_TEST(sentences("J. R. R. Tolkien wrote it at 5 p.m. on a Monday.") ==
             "J. R. R. Tolkien wrote it at 5 p.m. on a Monday.");
  BOOST_TEST(sentences("The U.S. Senate voted.") == "The U.S. Senate voted.");
}

// A title after a hyphen (`then-Sen.`, `ex-Gov.`) keeps its period and ends nothing.
BOOST_AUTO_TEST_CASE(a_title_after_a_hyphen_does_not_end_a_sentence) {
  BOOST_TEST(sentences("The gap between Clinton and then-Sen. Barack Obama was narrower.") ==
             "The gap between Clinton and then-Sen. Barack Obama was narrower.");
  BOOST_TEST(sentences("Ex-Gov. Jeb Bush said so. He left.") ==
             "Ex-Gov. Jeb Bush said so. | He left.");
  const std::string_view text = "It backed then-Gov. Smith.";
  const auto toks = claimex::tokenize(text);
  BOOST_TEST_REQUIRE(toks.size() >= 3u);
  BOOST_TEST(claimex::text_of(text, toks[2].span) == "then-Gov.");
}

BOOST_AUTO_TEST_CASE(abbreviation_before_sentence_opener_ends_sentence) {
  BOOST_TEST(sentences("Talks were held in the U.S. The next day they ended.") ==
             "Talks were held in the U.S. | The next day they ended.");
  // a quotation after it ends it when the quotation opens a sentence, not in lower case
  BOOST_TEST(sentences("The plan came from the U.S. \"We need it,\" he said.") ==
             "The plan came from the U.S. | \"We need it,\" he said.");
  BOOST_TEST(sentences("He said the U.S. \"clearly\" needed a new plan.") ==
             "He said the U.S. \"clearly\" needed a new plan.");
}

BOOST_AUTO_TEST_CASE(unit_abbreviation_after_its_number_ends_before_any_capital_or_number) {
  BOOST_TEST(sentences("Output rose 7 pct. Prices fell 10 mln dlrs. Exports held.") ==
             "Output rose 7 pct. | Prices fell 10 mln dlrs. | Exports held.");
  // without a number before it, only a typical opener ends it
  BOOST_TEST(sentences("Figures are in pct. Sales in dlrs. The end.") ==
             "Figures are in pct. Sales in dlrs. | The end.");
  BOOST_TEST(sentences("It weighed 5 lbs. in all.") == "It weighed 5 lbs. in all.");
  BOOST_TEST(sentences("He scored 3.5 pts. in the final.") == "He scored 3.5 pts. in the final.");
  // nor before a number (`No. 5` goes on): wire notes open with a year
  BOOST_TEST(sentences("Net includes tax credits of 20 cts. 1985 net includes a gain.") ==
             "Net includes tax credits of 20 cts. | 1985 net includes a gain.");
  BOOST_TEST(sentences("He wore No. 5 all season.") == "He wore No. 5 all season.");
  // a number written in words is a number too
  BOOST_TEST(sentences("Spending rose about three pct. Dauster said so. Sales rose five mln "
                       "dlrs. Exports held.") ==
             "Spending rose about three pct. | Dauster said so. | Sales rose five mln dlrs. | "
             "Exports held.");
}

BOOST_AUTO_TEST_CASE(quote_then_cue_is_one_sentence) {
  BOOST_TEST(sentences("\"We are ready,\" he said. \"Are you?\" she asked.") ==
             "\"We are ready,\" he said. | \"Are you?\" she asked.");
}

BOOST_AUTO_TEST_CASE(sentence_ending_inside_quote_then_new_sentence_outside) {
  BOOST_TEST(sentences("She turned to him, \"This is great.\" She held the report out.") ==
             "She turned to him, \"This is great.\" | She held the report out.");
}

BOOST_AUTO_TEST_CASE(headline_and_byline_lines_are_sentences) {
  const std::string text =
      "Peace cannot be ensured without Turkey:Aliyev\n\nAnadolu Agency\nPublished October "
      "15,2020\n\nPeace in the region cannot be guaranteed, he said.";
  BOOST_TEST(sentences(text) ==
             "Peace cannot be ensured without Turkey:Aliyev | Anadolu Agency | Published "
             "October 15,2020 | Peace in the region cannot be guaranteed, he said.");
}

BOOST_AUTO_TEST_CASE(every_paragraph_splits_as_it_would_alone) {
  // quotes, brackets, a list and abbreviations in a paragraph repeated after other
  // paragraphs: each copy gives the same sentences as the paragraph on its own
  const std::string para =
      "\"We will not accept it,\" the minister (a former judge) said on Sept. 27. Talks "
      "resume Monday in the U.S. The agenda: 1. prices 2. supply. Analysts said "
      "output could rise... \"Maybe.\"";
  const auto toks_one = claimex::tokenize(para);
  const auto one = claimex::segment(para, toks_one);
  const std::string text = para + "\n\n" + para + "\n\n" + para;
  const auto toks = claimex::tokenize(text);
  const auto seg = claimex::segment(text, toks);
  BOOST_TEST(well_formed(text, toks, seg));
  BOOST_TEST_REQUIRE(seg.paragraphs.size() == 3u);
  BOOST_TEST(one.sentences.size() > 3u);
  BOOST_TEST_REQUIRE(seg.sentences.size() == 3 * one.sentences.size());
  for (std::size_t k = 0; k < seg.sentences.size(); ++k) {
    const claimex::Sentence& s = one.sentences[k % one.sentences.size()];
    BOOST_TEST(claimex::text_of(text, seg.sentences[k].span) == claimex::text_of(para, s.span));
  }
}

BOOST_AUTO_TEST_CASE(paragraph_modes_split_where_documented) {
  const std::string text = "First line\nsecond line goes on.\n\nNew paragraph.";
  const auto toks = claimex::tokenize(text);
  claimex::SegmentOptions opt;
  opt.paragraphs = claimex::ParagraphMode::blank_line;
  BOOST_TEST(claimex::segment(text, toks, opt).paragraphs.size() == 2u);
  opt.paragraphs = claimex::ParagraphMode::line;
  BOOST_TEST(claimex::segment(text, toks, opt).paragraphs.size() == 3u);
  opt.paragraphs = claimex::ParagraphMode::automatic;
  BOOST_TEST(claimex::segment(text, toks, opt).paragraphs.size() == 2u);
  const std::string jsonl = "One paragraph.\nAnother paragraph.";
  BOOST_TEST(claimex::segment(jsonl, claimex::tokenize(jsonl)).paragraphs.size() == 2u);
}

BOOST_AUTO_TEST_CASE(table_of_news_passages_splits_as_expected) {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      // abbreviations, initials and numbers
      {"Sen. Lindsey Graham and Lt. Col. Ann Dunn met on Jan. 5 at 10 a.m. local time.",
       "Sen. Lindsey Graham and Lt. Col. Ann Dunn met on Jan. 5 at 10 a.m. local time."},
      {"Acme Inc. said profit rose. Acme Corp. Chief Executive Jo Bell agreed.",
       "Acme Inc. said profit rose. | Acme Corp. Chief Executive Jo Bell agreed."},
      {"Shares of Acme Inc. fell. It was the worst day since 2008.",
       "Shares of Acme Inc. fell. | It was the worst day since 2008."},
      {"The meeting ended at 6 p.m. Officials left soon after.",
       "The meeting ended at 6 p.m. | Officials left soon after."},
      {"The meeting starts at 6 p.m. Monday in Baku.",
       "The meeting starts at 6 p.m. Monday in Baku."},
      {"We make a good team, you and I. Did you see Albert I. Jones yesterday?",
       "We make a good team, you and I. | Did you see Albert I. Jones yesterday?"},
      {"Turn to p. 55 and Fig. 3 for details.", "Turn to p. 55 and Fig. 3 for details."},
      {"He paid $100.00. It was cheap.", "He paid $100.00. | It was cheap."},
      {"The dispute dates to 1991. 2020 was different.",
       "The dispute dates to 1991. | 2020 was different."},
      {"Talks ended.Today they resume.", "Talks ended. | Today they resume."},
      {"Ties with then-U.S. President Trump were strained.",
       "Ties with then-U.S. President Trump were strained."},
      // quotes
      {"\"We are ready. We will win,\" Aliyev said.",
       "\"We are ready. We will win,\" Aliyev said."},
      {"\"He called it 'a disgrace. A shame.' Then he left,\" she said. Talks resumed.",
       "\"He called it 'a disgrace. A shame.' Then he left,\" she said. | Talks resumed."},
      {"\u201cIs it over?\u201d he asked. \u201cNo.\u201d",
       "\u201cIs it over?\u201d he asked. | \u201cNo.\u201d"},
      {"He said: \"Peace is possible.\" The talks ended.",
       "He said: \"Peace is possible.\" | The talks ended."},
      // brackets, dashes, ellipses
      {"He worked (he was an engineer.) at the plant.",
       "He worked (he was an engineer.) at the plant."},
      {"The war ended. (It had lasted six weeks.) Peace followed.",
       "The war ended. | (It had lasted six weeks.) | Peace followed."},
      {"Prices rose -- wow! -- by a third.", "Prices rose -- wow! -- by a third."},
      {"I never meant that.... She left the room.", "I never meant that.... | She left the room."},
      {"It was weakened . . . but not broken.", "It was weakened . . . but not broken."},
      {"He hesitated... Then he spoke.", "He hesitated... | Then he spoke."},
      // lists
      {"1. Withdraw the troops 2. Return the refugees",
       "1. Withdraw the troops | 2. Return the refugees"},
      {"a) talks b) a cease-fire c) elections", "a) talks | b) a cease-fire | c) elections"},
      {"\u2022 Talks resume \u2022 Troops withdraw",
       "\u2022 Talks resume | \u2022 Troops withdraw"},
      // URLs, e-mails and handles keep their dots
      {"Read it at www.aa.com.tr. Then write to news@aa.com.tr. Thanks.",
       "Read it at www.aa.com.tr. | Then write to news@aa.com.tr. | Thanks."},
      // footnote marks
      {"It was a martyrdom.[1] The emperor decreed it.",
       "It was a martyrdom.[1] | The emperor decreed it."},
  };
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.text) {
      BOOST_TEST(sentences(c.text) == c.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(long_quoted_statement_splits_like_running_text) {
  std::string quote = "\"";
  for (int k = 0; k < 12; ++k) quote += "We will restore our territorial integrity. ";
  quote.back() = '"';
  const std::string text = "He said: " + quote + " Talks stalled.";
  const auto toks = claimex::tokenize(text);
  const auto seg = claimex::segment(text, toks);
  BOOST_TEST(seg.sentences.size() == 13u);
  BOOST_TEST(well_formed(text, toks, seg));
}

BOOST_AUTO_TEST_CASE(paragraph_that_opens_a_quote_and_never_closes_still_splits) {
  const std::string text =
      "\"At the first stage, the army should withdraw. Former residents should return.\n\n"
      "\"Then, talks should continue,\" he said.";
  BOOST_TEST(sentences(text) ==
             "\"At the first stage, the army should withdraw. | Former residents should return. "
             "| \"Then, talks should continue,\" he said.");
}

BOOST_AUTO_TEST_CASE(lines_of_jsonl_text_are_paragraphs_and_wrapped_lines_join) {
  BOOST_TEST(sentences("Friday, January 4, 2019\nAn apartment building collapsed.") ==
             "Friday, January 4, 2019 | An apartment building collapsed.");
  BOOST_TEST(sentences("It was a cold \nnight in the city.") ==
             "It was a cold \nnight in the city.");
  BOOST_TEST(sentences("features\ncontact manager\nevents, activities\n") ==
             "features | contact manager | events, activities");
}

BOOST_AUTO_TEST_CASE(crlf_blank_lines_split_paragraphs) {
  const std::string text = "Headline here\r\n\r\nFirst paragraph.\r\nSecond line of it.\r\n";
  const auto toks = claimex::tokenize(text);
  const auto seg = claimex::segment(text, toks);
  BOOST_TEST(seg.paragraphs.size() == 2u);
  BOOST_TEST(seg.sentences.size() == 3u);
  BOOST_TEST(well_formed(text, toks, seg));
}

BOOST_AUTO_TEST_CASE(fixture_article_headlines_bylines_and_quotes) {
  const std::string text = read_fixture();
  BOOST_REQUIRE(!text.empty());
  const auto toks = claimex::tokenize(text);
  const auto seg = claimex::segment(text, toks);
  BOOST_TEST(well_formed(text, toks, seg));
  std::vector<std::string_view> got;
  for (const auto& s : seg.sentences) got.push_back(claimex::text_of(text, s.span));
  auto has = [&](std::string_view want) {
    for (std::string_view g : got)
      if (g == want) return true;
    return false;
  };
  BOOST_TEST(has("Peace in region cannot be ensured without Turkey:Aliyev"));
  BOOST_TEST(has("Anadolu Agency T\u00dcRKIYE"));
  BOOST_TEST(has("Published October 15,2020"));
  BOOST_TEST(
      has("The recent clashes erupted on Sept. 27, and since then Armenia has continued "
          "attacks on civilians and Azerbaijani forces."));
  BOOST_TEST(
      has("\"Despite Armenian provocations, we only target military positions, not the "
          "civilians.\""));
  BOOST_TEST(
      has("Former residents of the Upper Karabakh, Susha, and other occupied regions "
          "should start returning to their homes."));
  BOOST_TEST(has("A cease-fire, however, was agreed to in 1994."));
}

BOOST_AUTO_TEST_CASE(empty_and_hostile_inputs_give_well_formed_segments) {
  std::vector<std::string> inputs = {"",
                                     "   \n\n  ",
                                     ".",
                                     "\"",
                                     "?!?!",
                                     "((((((",
                                     "a. b. c.",
                                     std::string(1u << 20, '.'),
                                     std::string(1u << 20, '"'),
                                     std::string(1u << 20, '\n'),
                                     std::string(1u << 18, '(')};
  std::string mixed;
  for (int k = 0; k < 20000; ++k) mixed += "Mr. \"A. (B.) \u2022 1. \n\n";
  inputs.push_back(mixed);
  for (const std::string& text : inputs) {
    const auto toks = claimex::tokenize(text);
    const auto seg = claimex::segment(text, toks);
    BOOST_TEST(well_formed(text, toks, seg));
    if (toks.empty()) BOOST_TEST(seg.sentences.empty());
  }
}

BOOST_AUTO_TEST_CASE(large_single_line_segments_in_one_pass) {
  const std::string sentence = "\"Talks resumed on Sept. 27 in the U.S.,\" he said. ";
  std::string text;
  while (text.size() < (8u << 20)) text += sentence;
  const auto toks = claimex::tokenize(text);
  claimex::Segments seg;
  claimex::segment(text, toks, seg);
  BOOST_TEST(well_formed(text, toks, seg));
  BOOST_TEST(seg.sentences.size() == text.size() / sentence.size());
  BOOST_TEST(seg.paragraphs.size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
