#define BOOST_TEST_MODULE segments
#include <boost/test/unit_test.hpp>

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

}  // namespace

BOOST_AUTO_TEST_SUITE(segments)

BOOST_AUTO_TEST_CASE(abbreviations_do_not_end_sentences) {
  BOOST_TEST(sentences("The clashes erupted on Sept. 27 near the border.") ==
                 "The clashes erupted on Sept. 27 near the border.");
  BOOST_TEST(sentences("Gen. Mark Milley met Mr. Smith of Acme Inc. in London.") ==
                 "Gen. Mark Milley met Mr. Smith of Acme Inc. in London.");
  BOOST_TEST(sentences("He lives at No. 10 Downing Street.") == "He lives at No. 10 Downing Street.");
  BOOST_TEST(sentences("J. R. R. Tolkien wrote it at 5 p.m. on a Monday.") ==
                 "J. R. R. Tolkien wrote it at 5 p.m. on a Monday.");
  BOOST_TEST(sentences("The U.S. Senate voted.") == "The U.S. Senate voted.");
}

BOOST_AUTO_TEST_CASE(abbreviation_before_sentence_opener_ends_sentence) {
  BOOST_TEST(sentences("Talks were held in the U.S. The next day they ended.") ==
                 "Talks were held in the U.S. | The next day they ended.");
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

BOOST_AUTO_TEST_SUITE_END()
