#define BOOST_TEST_MODULE quotes
#include <boost/test/unit_test.hpp>

#include <claimex/quotes.hpp>
#include <claimex/segments.hpp>
#include <claimex/tokens.hpp>

#include <chrono>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace {

using claimex::Quote;
using claimex::QuoteKind;
using claimex::Rule;

const claimex::QuoteExtractor& extractor() {
  static const claimex::QuoteExtractor x;
  return x;
}

std::vector<Quote> quotes_of(std::string_view text) {
  auto toks = claimex::tokenize(text);
  auto seg = claimex::segment(text, toks);
  return extractor().extract(text, toks, seg);
}

std::string_view str(std::string_view text, claimex::Span s) {
  return claimex::text_of(text, s);
}

/// The quote whose content contains `needle`, or nullptr.
const Quote* find(std::string_view text, const std::vector<Quote>& qs, std::string_view needle) {
  for (const Quote& q : qs)
    for (claimex::Span s : q.segments)
      if (str(text, s).find(needle) != std::string_view::npos) return &q;
  return nullptr;
}

/// The quote of `text` whose content holds `needle` resolves to no entity.
/// The quote whose content contains `needle`; the test case stops when there is none.
const Quote& require_quote(std::string_view text, const std::vector<Quote>& qs,
                           std::string_view needle) {
  const Quote* q = find(text, qs, needle);
  BOOST_TEST_REQUIRE(q != nullptr);
  return *q;
}

void expect_no_entity(std::string_view text, std::string_view needle) {
  const std::vector<Quote> qs = quotes_of(text);
  const Quote* q = find(text, qs, needle);
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->entity).empty());
}

/// Checks each row (text, want): the text's one quote has `want` in `field` (its speaker,
/// content or entity).
template <typename Rows>
void check_one_quote(const Rows& rows, claimex::Span Quote::*field) {
  for (const auto& [text, want] : rows) {
    BOOST_TEST_CONTEXT(text) {
      const std::vector<Quote> qs = quotes_of(text);
      BOOST_TEST_REQUIRE(qs.size() == 1u);
      BOOST_TEST(str(text, qs[0].*field) == std::string_view(want));
    }
  }
}

/// A sentence reporting `content` (exactly) with `speaker` as the speaker mention.
struct Report {
  const char* text;
  const char* content;
  const char* speaker;
};

/// Checks each row: a quote of its text has the content and speaker (with `only`, it is the
/// text's one quote); `more`, when given, checks that quote further.
void expect_reports(const std::vector<Report>& rows, bool only,
                    const std::function<void(std::string_view, const Quote&)>& more = {}) {
  for (const Report& r : rows) {
    const std::string_view text = r.text;
    const std::vector<Quote> qs = quotes_of(text);
    BOOST_TEST_CONTEXT(text) {
      if (only) BOOST_TEST_REQUIRE(qs.size() == 1u);
      const Quote* q = only ? &qs[0] : find(text, qs, r.content);
      BOOST_TEST_REQUIRE(q != nullptr);
      BOOST_TEST(str(text, q->content) == r.content);
      BOOST_TEST(str(text, q->speaker) == r.speaker);
      if (more) more(text, *q);
    }
  }
}

/// The text's one quote has two segments, `first` and `second`, and the speaker mention
/// `speaker`.
void expect_two_segments(std::string_view text, std::string_view first, std::string_view second,
                         std::string_view speaker) {
  BOOST_TEST_CONTEXT(text) {
    const std::vector<Quote> qs = quotes_of(text);
    BOOST_TEST_REQUIRE(qs.size() == 1u);
    BOOST_TEST_REQUIRE(qs[0].segments.size() == 2u);
    BOOST_TEST(str(text, qs[0].segments[0]) == first);
    BOOST_TEST(str(text, qs[0].segments[1]) == second);
    BOOST_TEST(str(text, qs[0].speaker) == speaker);
  }
}

bool spans_inside(std::string_view text, const std::vector<Quote>& qs) {
  auto in = [&](claimex::Span s) { return s.begin <= s.end && s.end <= text.size(); };
  for (const Quote& q : qs) {
    if (!in(q.content) || !in(q.cue) || !in(q.speaker) || !in(q.entity)) return false;
    for (claimex::Span s : q.segments)
      if (!in(s)) return false;
  }
  return true;
}

struct Case {
  const char* text;
  const char* content;  // a piece of the expected content
  const char* cue;
  const char* speaker;
  const char* entity;  // "" when none is expected
  QuoteKind kind;
  Rule speaker_rule;
};

// News-style sentences written for these tests.
const Case kCases[] = {
    {"\"We will not give up our land,\" Aliyev said.", "We will not give up our land", "said",
     "Aliyev", "Aliyev", QuoteKind::direct, Rule::cue_after_quote},
    {"\"We will not give up our land,\" said Aliyev.", "We will not give up our land", "said",
     "Aliyev", "Aliyev", QuoteKind::direct, Rule::cue_after_quote},
    {"Ilham Aliyev spoke on Monday. \"The talks have failed,\" he said.", "The talks have failed",
     "said", "he", "Ilham Aliyev", QuoteKind::direct, Rule::cue_after_quote},
    {"Aliyev said: \"Our army is only targeting military positions.\"",
     "Our army is only targeting military positions", "said", "Aliyev", "Aliyev", QuoteKind::direct,
     Rule::cue_before_quote},
    {"\"Our patience has run out.\" — Ilham Aliyev", "Our patience has run out", "—",
     "Ilham Aliyev", "Ilham Aliyev", QuoteKind::direct, Rule::cue_after_quote},
    {"\"Turkey is a brotherly country,\" Aliyev said on Thursday in an interview with NTV.",
     "Turkey is a brotherly country", "said", "Aliyev", "Aliyev", QuoteKind::direct,
     Rule::cue_after_quote},
    {"\"Turkey is a brotherly country,\" said Ilham Aliyev, the president of Azerbaijan.",
     "Turkey is a brotherly country", "said", "Ilham Aliyev", "Ilham Aliyev", QuoteKind::direct,
     Rule::cue_after_quote},
    {"Ilham Aliyev said the ceasefire was violated within hours.",
     "the ceasefire was violated within hours", "said", "Ilham Aliyev", "Ilham Aliyev",
     QuoteKind::indirect, Rule::subject_of_cue},
    {"The minister said that the budget would be balanced next year.",
     "the budget would be balanced next year", "said", "The minister", "", QuoteKind::indirect,
     Rule::subject_of_cue},
    {"Aliyev said on Thursday the army had retaken five villages.",
     "the army had retaken five villages", "said", "Aliyev", "Aliyev", QuoteKind::indirect,
     Rule::subject_of_cue},
    {"Aliyev told NTV the region needs Turkey's help to reach peace.",
     "the region needs Turkey's help to reach peace", "told", "Aliyev", "Aliyev",
     QuoteKind::indirect, Rule::subject_of_cue},
    {"The health minister warned that hospitals were running out of beds.",
     "hospitals were running out of beds", "warned", "The health minister", "", QuoteKind::indirect,
     Rule::subject_of_cue},
    {"The number of infections rose sharply last week, the ministry said.",
     "The number of infections rose sharply last week", "said", "the ministry", "ministry",
     QuoteKind::indirect, Rule::subject_of_cue},
    {"Prices will rise again in the spring, said Jane Morton, an economist at the bank.",
     "Prices will rise again in the spring", "said", "Jane Morton", "Jane Morton",
     QuoteKind::indirect, Rule::subject_of_cue},
    {"According to the Interior Ministry, 43 people were injured in the attack.",
     "43 people were injured in the attack", "According to", "the Interior Ministry",
     "Interior Ministry", QuoteKind::indirect, Rule::according_to},
    {"Some 300 homes were destroyed, according to the local governor's office.",
     "Some 300 homes were destroyed", "according to", "the local governor's office",
     "local governor's office", QuoteKind::indirect, Rule::according_to},
    {"\"The deal is dead,\" Turkish President Recep Tayyip Erdoğan told reporters.",
     "The deal is dead", "told", "Turkish President Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan",
     QuoteKind::direct, Rule::cue_after_quote},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(quotes)

BOOST_AUTO_TEST_CASE(a_given_name_decides_gender_before_a_middle_name) {
  // `Jose Maria Cuevas` is a man: the first given name, not the middle `Maria`
  const char* text =
      "Jose Maria Cuevas said employers were worried about high interest rates.\n"
      "He said the wage pacts were not endangering the inflation target.\n";
  const std::vector<Quote> qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 2u);
  BOOST_TEST(str(text, qs[1].speaker) == "He");
  BOOST_TEST(str(text, qs[1].entity) == "Jose Maria Cuevas");
}

BOOST_AUTO_TEST_CASE(a_company_or_department_named_before_is_the_entity_of_its_common_noun) {
  const char* text =
      "J.C. Penney Co Inc said sales were off 1.3 pct in March.\n"
      "The Commerce Department said housing starts rose 2.6 pct.\n"
      "The company said total sales fell to 1.25 billion dlrs.\n"
      "The department said permits for new houses fell sharply.\n"
      "Penney said sales were in line with expectations.\n"
      "The ministry said it would act soon.\n";
  const std::vector<Quote> qs = quotes_of(text);
  const std::vector<std::pair<std::string, std::string>> want = {
      {"J.C. Penney Co Inc", "J.C. Penney Co Inc"},
      {"The Commerce Department", "Commerce Department"},
      {"The company", "J.C. Penney Co Inc"},
      {"The department", "Commerce Department"},
      {"Penney", "J.C. Penney Co Inc"},
      {"The ministry", "ministry"}};
  BOOST_TEST_REQUIRE(qs.size() == want.size());
  for (std::size_t k = 0; k < want.size(); ++k) {
    BOOST_TEST(str(text, qs[k].speaker) == want[k].first);
    BOOST_TEST(str(text, qs[k].entity) == want[k].second);
  }
}

BOOST_AUTO_TEST_CASE(he_and_she_pass_over_acronyms_to_a_person_named_by_surname) {
  // an acronym speaker (`NPR`) is an organisation; a surname alone (`Bloomberg`) is the person
  // the text names in full
  const char* text =
      "Michael Bloomberg spent heavily on advertising in the race.\n"
      "NPR reported that turnout was high in Virginia.\n"
      "On Wednesday, Bloomberg dropped out of the race. \"Three months ago,\" he said, \"I "
      "entered the race to defeat Donald Trump.\"\n"
      "CNN said she would speak on Friday.\n";
  const std::vector<Quote> qs = quotes_of(text);
  const char* later =
      "Paul Volcker met Treasury Secretary James Baker on Monday.\n"
      "Volcker later met bankers in New York for three hours. \"We are watching the "
      "markets closely,\" he said.\n";
  const std::vector<Quote> fed = quotes_of(later);
  BOOST_TEST_REQUIRE(fed.size() == 1u);
  BOOST_TEST(str(later, fed[0].entity) == "Paul Volcker");
  // a place named in capitals is no one `he` stands for
  const char* place =
      "Officials from the United States met in Geneva. \"The talks went well,\" he said.";
  const std::vector<Quote> talks = quotes_of(place);
  BOOST_TEST_REQUIRE(talks.size() == 1u);
  BOOST_TEST(str(place, talks[0].entity).empty());
  // nor a country named as a speaker
  const char* country =
      "Japan said it would cut tariffs on beef. \"We expect more imports,\" he said.";
  const std::vector<Quote> beef = quotes_of(country);
  const Quote* imports = find(country, beef, "We expect more imports");
  BOOST_TEST_REQUIRE(imports != nullptr);
  BOOST_TEST(str(country, imports->entity).empty());
  const Quote* q = find(text, qs, "Three months ago");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->speaker) == "he");
  BOOST_TEST(str(text, q->entity) == "Michael Bloomberg");
  BOOST_TEST(to_string(q->entity_rule) == "pronoun");
  const Quote* npr = find(text, qs, "turnout was high");
  BOOST_TEST_REQUIRE(npr != nullptr);
  BOOST_TEST(str(text, npr->speaker) == "NPR");
}

BOOST_AUTO_TEST_CASE(an_organisation_named_with_of_is_whole_and_a_person_of_a_place_is_the_person) {
  // (text, entity): the body before `of`, not the place after it; a person's name before
  // `of` and a place or an employer
  const std::pair<const char*, const char*> rows[] = {
      {"The Bank of England said it provided 265 mln stg of help to the market.",
       "Bank of England"},
      {"According to the Bank of Japan, consumer prices rose 2 percent in March.", "Bank of Japan"},
      {"The Organization of American States said the election was fair and open.",
       "Organization of American States"},
      {"The University of Chicago said in a statement that classes were cancelled.",
       "University of Chicago"},
      {"Sen. Bernie Sanders of Vermont said the plan would leave millions uninsured.",
       "Bernie Sanders"},
      {"Rep. Jim Jordan of Ohio said the hearing was a sham from the start.", "Jim Jordan"},
      {"John Geiger of the Geological Survey said the swarm of quakes was not unusual.",
       "John Geiger"},
  };
  check_one_quote(rows, &Quote::entity);
}

BOOST_AUTO_TEST_CASE(a_peoples_adjective_names_no_one_and_a_description_speaks_for_its_body) {
  // (text, speaker, entity): a nationality before a common noun is no name; the body a
  // description speaks for (`for`, `at`) is its entity, unless `for` is inside that body's name
  const std::tuple<const char*, const char*, const char*> rows[] = {
      {"\"The fall is a technical reaction,\" a spokesman for one of the major Dutch roasters "
       "said.",
       "a spokesman for one of the major Dutch roasters", ""},
      {"\"Fares will rise,\" said a spokesman for the German airline.",
       "a spokesman for the German airline", ""},
      {"\"All options are open,\" a Venezuelan energy and mines ministry source said.",
       "a Venezuelan energy and mines ministry source", ""},
      {"\"We will not pay,\" a senior Peruvian official said.", "a senior Peruvian official", ""},
      {"\"Fares will rise,\" a spokesman for American Airlines said.",
       "a spokesman for American Airlines", "American Airlines"},
      {"\"Rates will fall,\" an economist at Merrill Lynch Capital Markets said.",
       "an economist at Merrill Lynch Capital Markets", "Merrill Lynch Capital Markets"},
      {"\"No time has been set,\" an American Motors spokesman said.",
       "an American Motors spokesman", "American Motors"},
      {"The Brennan Center for Justice noted that ad spending had reached nearly $2 million.",
       "The Brennan Center for Justice", "Brennan Center for Justice"},
      {"The Turkish government claims the cleric runs a network trying to overthrow it.",
       "The Turkish government", "Turkish government"},
      {"\"Sugar output is on target,\" a spokesman for the state-owned Taiwan Sugar Corp said.",
       "a spokesman for the state-owned Taiwan Sugar Corp", "Taiwan Sugar Corp"},
      {"\"Rates will rise,\" an analyst at a brokerage firm said.",
       "an analyst at a brokerage firm", ""},
      // a document speaks for its owner
      {"The World Bank's latest report said growth would slow to 2.1 percent.",
       "The World Bank's latest report", "World Bank"},
      {"According to a report by the World Bank, growth will slow to 2.1 percent.",
       "a report by the World Bank", "World Bank"},
      {"Twelve soldiers were killed, according to a statement from the Defence Ministry.",
       "a statement from the Defence Ministry", "Defence Ministry"},
  };
  for (const auto& [text, speaker, entity] : rows) {
    BOOST_TEST_CONTEXT(text) {
      const std::vector<Quote> qs = quotes_of(text);
      BOOST_TEST_REQUIRE(qs.size() == 1u);
      BOOST_TEST(str(text, qs[0].speaker) == speaker);
      BOOST_TEST(str(text, qs[0].entity) == entity);
    }
  }
  // a body of a people is no one the text's main speaker stands for
  const char* bank =
      "Treasury Secretary James Baker said the dollar was stable. Baker said talks would go on. "
      "The Chinese banks said the loan was priced in line with the market.";
  expect_no_entity(bank, "the loan was priced");
}

BOOST_AUTO_TEST_CASE(single_quote_marks_with_a_plurals_possessive_inside_are_one_quote) {
  const char* text =
      "\xE2\x80\x98We have seen the workers\xE2\x80\x99 anger on the picket lines,\xE2\x80\x99 "
      "the union leader said.";
  const std::vector<Quote> qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].content) ==
             "We have seen the workers\xE2\x80\x99 anger on the picket lines,");
  BOOST_TEST(str(text, qs[0].speaker) == "the union leader");
}

BOOST_AUTO_TEST_CASE(posting_cues_a_direct_quote_only_where_the_platform_or_the_words_follow) {
  // (text, speaker or "" for no quote)
  const std::pair<const char*, const char*> rows[] = {
      {"Trump posted on Twitter, \"The election was rigged and everyone knows it.\"", "Trump"},
      {"\"Today we went to the Moon and came back to earth,\" Kipchoge posted on Instagram.",
       "Kipchoge"},
      {"She posted to her Facebook page: \"I am grateful for all of your support.\"", "She"},
      // a noun, an adjective, a page on the web: no cue
      {"Cruz said in a post on Twitter: \"The new email release is a disaster for her.\"", "Cruz"},
      {"Refiners cut their posted prices for crude by 50 cents, the company said.", "the company"},
  };
  check_one_quote(rows, &Quote::speaker);
  const char* memo = "According to a memo posted online, the Senate cancelled its hearing.";
  const std::vector<Quote> qs = quotes_of(memo);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(memo, qs[0].speaker) == "a memo posted online");
}

BOOST_AUTO_TEST_CASE(a_parent_with_the_count_of_children_and_a_dated_report_speak) {
  // (text, speaker)
  const std::pair<const char*, const char*> rows[] = {
      {"\"It is a sad day for all of us,\" the 45-year-old mother of two said.",
       "the 45-year-old mother of two"},
      {"\"It is a sad day for all of us,\" said the father of three.", "the father of three"},
      {"The report, released Tuesday by the World Bank, said growth would slow to 2.1 percent.",
       "The report"},
  };
  check_one_quote(rows, &Quote::speaker);
}

BOOST_AUTO_TEST_CASE(a_time_phrase_after_the_cue_is_no_part_of_the_content) {
  // (text, content)
  const std::pair<const char*, const char*> rows[] = {
      {"The company said late on Tuesday it would cut 500 jobs.", "it would cut 500 jobs"},
      {"The company said earlier this month it would cut 500 jobs.", "it would cut 500 jobs"},
      {"The minister said early elections were possible.", "early elections were possible"},
      {"The company said this week's results were strong.", "this week's results were strong"},
  };
  check_one_quote(rows, &Quote::content);
}

BOOST_AUTO_TEST_CASE(names_with_particles_are_whole) {
  // (text, speaker, entity)
  const std::tuple<const char*, const char*, const char*> rows[] = {
      {"Ursula von der Leyen, who leads the European Commission, said the deal was balanced.",
       "Ursula von der Leyen", "Ursula von der Leyen"},
      {"\"We are ready to talk,\" said Ursula von der Leyen.", "Ursula von der Leyen",
       "Ursula von der Leyen"},
      {"Reserve Bank governor Gerhard de Kock met bankers on Monday. \"Rates will stay high,\" he "
       "said.",
       "he", "Gerhard de Kock"},
  };
  for (const auto& [text, speaker, entity] : rows) {
    BOOST_TEST_CONTEXT(text) {
      const std::vector<Quote> qs = quotes_of(text);
      BOOST_TEST_REQUIRE(qs.size() == 1u);
      BOOST_TEST(str(text, qs[0].speaker) == speaker);
      BOOST_TEST(str(text, qs[0].entity) == entity);
    }
  }
  // a body named with a particle is no one `he` stands for
  const char* body =
      "Petroleos de Venezuela said output would rise. \"We have the reserves,\" he said.";
  expect_no_entity(body, "We have the reserves");
}

BOOST_AUTO_TEST_CASE(quote_patterns_find_content_cue_speaker_and_entity) {
  for (const Case& c : kCases) {
    BOOST_TEST_CONTEXT(c.text) {
      std::string_view text = c.text;
      auto qs = quotes_of(text);
      const Quote* q = find(text, qs, c.content);
      BOOST_TEST_REQUIRE(q != nullptr);
      BOOST_TEST(str(text, q->cue) == c.cue);
      BOOST_TEST(str(text, q->speaker) == c.speaker);
      if (*c.entity) BOOST_TEST(str(text, q->entity) == c.entity);
      BOOST_TEST(to_string(q->kind) == to_string(c.kind));
      BOOST_TEST(to_string(q->speaker_rule) == to_string(c.speaker_rule));
      BOOST_TEST(!q->cue_lemma.empty());
      BOOST_TEST(spans_inside(text, qs));
    }
  }
}

BOOST_AUTO_TEST_CASE(cue_lemma_folds_inflections) {
  const char* texts[] = {"\"The border stays closed,\" the governor says.",
                         "\"The border stays closed,\" the governor said.",
                         "The governor is saying the border stays closed for now, officials said."};
  std::string_view t0 = texts[0], t1 = texts[1];
  auto q0 = quotes_of(t0), q1 = quotes_of(t1);
  BOOST_TEST_REQUIRE(q0.size() == 1u);
  BOOST_TEST_REQUIRE(q1.size() == 1u);
  BOOST_TEST(q0[0].cue_lemma == "say");
  BOOST_TEST(q1[0].cue_lemma == "say");
  std::string_view t2 = "\"We expect more rain,\" the forecaster noted.";
  auto q2 = quotes_of(t2);
  BOOST_TEST_REQUIRE(q2.size() == 1u);
  BOOST_TEST(q2[0].cue_lemma == "note");
  std::string_view t3 = "She argued that the law was unconstitutional.";
  auto q3 = quotes_of(t3);
  BOOST_TEST_REQUIRE(q3.size() == 1u);
  BOOST_TEST(q3[0].cue_lemma == "argue");
}

BOOST_AUTO_TEST_CASE(quote_split_around_cue_keeps_one_speaker) {
  std::string_view text =
      "\"We are ready to talk,\" the foreign minister said, \"but not while our villages are "
      "being shelled.\"";
  auto qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(qs[0].segments.size() == 2u);
  BOOST_TEST(str(text, qs[0].segments[0]) == "We are ready to talk,");
  BOOST_TEST(str(text, qs[0].segments[1]) == "but not while our villages are being shelled.");
  BOOST_TEST(str(text, qs[0].speaker) == "the foreign minister");
  BOOST_TEST(to_string(qs[0].kind) == "direct");
}

BOOST_AUTO_TEST_CASE(writer_clause_with_its_own_subject_splits_two_quotes) {
  std::string_view text =
      "\"Are we winning?\" she said, but Tom was asleep again, and as the mayor "
      "went on about \"a city that works for everyone,\" the crowd cheered.";
  auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "Are we winning?");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST(a->segments.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_clause_ending_with_a_colon_speaks_through_its_subject_whatever_its_verb) {
  std::string_view text =
      "The council voted 7-2 to close the depot.\n\n"
      "Asked whether the city would appeal, Mayor Ruth Ellison shot back: \"We will fight this "
      "in every court we can.\"\n\n"
      "The union's regional director, Paul Okafor, responded on Twitter, attacking the vote as a "
      "betrayal: \"Two hundred families were told nothing until this morning.\"\n\n"
      "The Slate columnist Dana Roe went so far as to say: \"The depot was never the "
      "problem.\"";
  auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "We will fight");
  const Quote* b = find(text, qs, "Two hundred families");
  const Quote* c = find(text, qs, "The depot was never");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST_REQUIRE(b != nullptr);
  BOOST_TEST_REQUIRE(c != nullptr);
  BOOST_TEST(to_string(a->kind) == "direct");
  BOOST_TEST(str(text, a->speaker) == "Mayor Ruth Ellison");
  BOOST_TEST(str(text, a->cue) == ":");
  BOOST_TEST(a->cue_lemma == ":");
  BOOST_TEST(to_string(a->speaker_rule) == "cue_before_quote");
  BOOST_TEST(str(text, b->entity) == "Paul Okafor");
  BOOST_TEST(str(text, c->speaker) == "The Slate columnist Dana Roe");
  BOOST_TEST(str(text, c->entity) == "Dana Roe");
}

BOOST_AUTO_TEST_CASE(cues_before_a_quote_past_a_relative_who_a_time_phrase_or_a_place_phrase) {
  std::string_view text =
      "The vote came late on Tuesday.\n\n"
      "The bill was drafted by Tom Ferris who said on the chamber floor, \"It follows decades "
      "of work from people in this building.\"\n\n"
      "The governor took to social media, writing at 10:15 am on Twitter, \"We will get "
      "through this together.\"\n\n"
      "Her deputy Ana Lind wrote in the announcement \"The program is not ending; it is "
      "changing.\"\n\n"
      "The manager, David Pryce, called it \"a sad day\" and said \"a town like this "
      "cannot afford to lose its only hotel.\"";
  auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "It follows decades");
  const Quote* b = find(text, qs, "We will get through");
  const Quote* c = find(text, qs, "The program is not ending");
  const Quote* d = find(text, qs, "a town like this");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST_REQUIRE(b != nullptr);
  BOOST_TEST_REQUIRE(c != nullptr);
  BOOST_TEST_REQUIRE(d != nullptr);
  BOOST_TEST(str(text, a->speaker) == "Tom Ferris");
  BOOST_TEST(str(text, a->cue) == "said");
  BOOST_TEST(str(text, b->cue) == "writing");
  BOOST_TEST(str(text, b->speaker) == "The governor");
  BOOST_TEST(to_string(c->kind) == "direct");  // not `in the announcement "…"`, mixed
  BOOST_TEST(str(text, c->cue) == "wrote");
  BOOST_TEST(str(text, c->entity) == "Ana Lind");
  BOOST_TEST(str(text, d->speaker) == "David Pryce");
}

BOOST_AUTO_TEST_CASE(a_long_subject_after_the_quote_is_read_whole_to_its_cue) {
  std::string_view text =
      "Coffee prices fell again on Monday.\n\n"
      "\"We will have a lower crop than last year,\" Dana Holt, chief meteorologist for "
      "Hart Weather Services said.\n\n"
      "\"The market has priced in a great deal already,\" an analyst at a Tokyo securities "
      "house said.\n\n"
      "\"This will help the whole industry,\" the chairman of the growers' committee, Pat "
      "Moreno, said.";
  auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "We will have a lower crop");
  const Quote* b = find(text, qs, "The market has priced");
  const Quote* c = find(text, qs, "This will help");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST_REQUIRE(b != nullptr);
  BOOST_TEST_REQUIRE(c != nullptr);
  BOOST_TEST(str(text, a->speaker) == "Dana Holt");
  BOOST_TEST(str(text, a->cue) == "said");
  BOOST_TEST(str(text, b->speaker) == "an analyst at a Tokyo securities house");
  BOOST_TEST(!b->entity.present());
  BOOST_TEST(str(text, c->speaker) == "Pat Moreno");
}

BOOST_AUTO_TEST_CASE(a_subject_after_the_quote_is_read_to_its_cue_in_wire_copy) {
  // one quote a sentence, and who speaks it
  const char* const cases[][2] = {
      // a market speaker in the singular
      {"\"Rates will rise sharply next week after the meeting,\" a dealer at a U.S. bank said.",
       "a dealer at a U.S. bank"},
      // two names joined by `and`, before the cue or after it
      {"\"We have no plans to sell the unit at this time,\" Gulf and Western said.",
       "Gulf and Western"},
      {"\"We have no plans to sell the unit,\" said Procter and Gamble.", "Procter and Gamble"},
      // a description with a nationality in it
      {"\"We expect prices to fall,\" a spokesman for one of the major Dutch roasters said.",
       "a spokesman for one of the major Dutch roasters"},
      // a name after a firm's plural possessive, the owner with it (as `Apple's Cook`)
      {"\"Growth will slow sharply in the second half,\" Data Resources' Wyss said.",
       "Data Resources' Wyss"},
      // a participle with its agent inside the subject
      {"\"The line will be closed for a week,\" a statement issued by Union Pacific said.",
       "a statement issued by Union Pacific"},
  };
  for (const auto& k : cases) {
    BOOST_TEST_CONTEXT(k[0]) {
      const std::string_view text = k[0];
      const auto qs = quotes_of(text);
      BOOST_TEST_REQUIRE(qs.size() == 1u);
      BOOST_TEST(str(text, qs[0].speaker) == k[1]);
      BOOST_TEST(str(text, qs[0].cue) == "said");
    }
  }
}

BOOST_AUTO_TEST_CASE(an_infinitive_or_a_noun_after_a_preposition_is_no_speaker) {
  // an infinitive ends no subject
  std::string_view infinitive =
      "Mitchell urged Canada to \"keep the heat on\" the Reagan administration to force action, "
      "Canadian officials said.";
  for (const Quote& q : quotes_of(infinitive))
    BOOST_TEST(str(infinitive, q.speaker).find("Reagan administration") == std::string_view::npos);
  // a noun after a preposition is no speaker of a cue in -s
  std::string_view noun =
      "The group acted out of concern over investor fears about insider "
      "trading and fairness in the marketplace.";
  BOOST_TEST(quotes_of(noun).empty());
  std::string_view member =
      "Delors has proposed that payments by member states to the EC "
      "should be based on their gross national product.";
  for (const Quote& q : quotes_of(member)) BOOST_TEST(str(member, q.cue) != "states");
}

BOOST_AUTO_TEST_CASE(one_of_those_just_named_speaks_and_a_name_after_a_phrase_is_not_the_speaker) {
  std::string_view text =
      "Dealers were cautious on Friday.\n\n"
      "\"The market will need more than one good week to recover,\" one said.\n\n"
      "\"Nobody wants to be the first to buy at these prices,\" said another.\n\n"
      "\"The talks will resume once the figures are in,\" one of the sources said.\n\n"
      "\"The grain companies are trying to get this going again,\" an aide to Agriculture "
      "Secretary Richard Lyng said.\n\n"
      "\"We have heard nothing about it at all,\" Energy, Mines and Water Under-Secretary Miguel "
      "Braceras said.";
  auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "The market will need");
  const Quote* b = find(text, qs, "Nobody wants");
  const Quote* c = find(text, qs, "The talks will resume");
  const Quote* d = find(text, qs, "The grain companies");
  const Quote* e = find(text, qs, "We have heard nothing");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST_REQUIRE(b != nullptr);
  BOOST_TEST_REQUIRE(c != nullptr);
  BOOST_TEST_REQUIRE(d != nullptr);
  BOOST_TEST_REQUIRE(e != nullptr);
  BOOST_TEST(str(text, a->speaker) == "one");
  BOOST_TEST(str(text, b->speaker) == "another");
  BOOST_TEST(str(text, c->speaker) == "one of the sources");
  BOOST_TEST(str(text, d->speaker) == "an aide to Agriculture Secretary Richard Lyng");
  BOOST_TEST(!d->entity.present());
  BOOST_TEST(str(text, e->entity) == "Miguel Braceras");
}

BOOST_AUTO_TEST_CASE(a_colon_after_a_report_of_its_own_leaves_the_quote_mixed) {
  // the cue reports a clause before the colon: the quote goes on with that report
  std::string_view text =
      "The minister told reporters the plan was only a first step: \"We have to start with "
      "the budget, and the rest will follow in the spring.\"";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "the plan was only a first step");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(to_string(q->kind) == "mixed");
  BOOST_TEST(str(text, q->cue) == "told");
  BOOST_TEST(str(text, q->speaker) == "The minister");
}

BOOST_AUTO_TEST_CASE(uncued_quote_after_attributed_one_inherits_speaker) {
  std::string_view text =
      "\"Armenia is responsible for the bloodshed,\" Aliyev said, arguing that it was attacking "
      "civilians to hide its losses. \"Despite the provocations, we only target military "
      "positions.\"";
  auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "Armenia is responsible");
  const Quote* b = find(text, qs, "it was attacking civilians");
  const Quote* c = find(text, qs, "Despite the provocations");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST_REQUIRE(b != nullptr);
  BOOST_TEST_REQUIRE(c != nullptr);
  BOOST_TEST(a != c);
  BOOST_TEST(str(text, b->cue) == "arguing");
  BOOST_TEST(b->cue_lemma == "argue");
  BOOST_TEST(str(text, b->speaker) == "Aliyev");
  BOOST_TEST(to_string(b->kind) == "indirect");
  BOOST_TEST(!c->cue.present());
  BOOST_TEST(str(text, c->speaker) == "Aliyev");
  BOOST_TEST(to_string(c->speaker_rule) == "inherited");
}

BOOST_AUTO_TEST_CASE(uncued_quote_after_a_mixed_quote_and_its_cue_goes_on_with_it) {
  std::string_view text =
      "The budget office released its review on Monday.\n\n"
      "The plan \"is fiscally responsible\" for the next decade, Mr. Hale said. \"But I have "
      "serious concerns about how it treats the poorest counties.\"";
  auto qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(qs[0].segments.size() == 2u);
  BOOST_TEST(str(text, qs[0].segments[1]).find("But I have serious concerns") == 0u);
  BOOST_TEST(str(text, qs[0].speaker) == "Mr. Hale");
  BOOST_TEST(to_string(qs[0].kind) == "mixed");
}

BOOST_AUTO_TEST_CASE(multi_paragraph_quote_is_one_quote_attributed_by_last_cue) {
  std::string_view text =
      "The talks ended without a deal.\n\n"
      "\"First, the troops must leave the occupied districts. Then the refugees can return to "
      "their homes.\n\n"
      "\"After that, we can negotiate about everything else,\" the president said.\n\n"
      "The ministry did not comment.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "First, the troops");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(q->segments.size() == 2u);
  BOOST_TEST(str(text, q->segments[1]).find("After that") == 0u);
  BOOST_TEST(str(text, q->cue) == "said");
  BOOST_TEST(str(text, q->speaker) == "the president");
}

BOOST_AUTO_TEST_CASE(long_single_lines_after_a_blank_line_are_paragraphs_for_quotes) {
  // a title set off by a blank line, then one paragraph a line: the unclosed quote at the end
  // of a line goes on in the next line's quote, which the mayor closes
  std::string_view text =
      "City Opens New Shelter\n\n"
      "The city opened a new homeless shelter on Tuesday, the third this year, with room for 200 "
      "people and a clinic run by volunteers.\n"
      "\u201cWe have waited a long time for a place like this. The families who will sleep here "
      "tonight have waited longer than any of us.\n"
      "\u201cNext year we will open two more,\u201d the mayor said at the ribbon cutting.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "We have waited a long time");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(q->segments.size() == 2u);
  BOOST_TEST(str(text, q->speaker) == "the mayor");
}

BOOST_AUTO_TEST_CASE(words_on_the_next_line_are_not_the_cue_of_a_quote) {
  // short lines (no paragraph split): `Council member Jo Park added,` opens the next line and
  // introduces her own quote, not a second part of the first one
  std::string_view text =
      "Budget Vote Delayed\n\n"
      "\u201cWe need more time,\u201d she said. \u201cWe will vote in May.\u201d\n"
      "Council member Jo Park added, \u201cThat is far too late for us.\u201d";
  auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "We will vote in May");
  const Quote* b = find(text, qs, "That is far too late");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST_REQUIRE(b != nullptr);
  BOOST_TEST(a != b);
  BOOST_TEST(str(text, a->speaker) == "she");
  BOOST_TEST(str(text, b->speaker) == "Council member Jo Park");
}

BOOST_AUTO_TEST_CASE(second_participle_cue_shares_the_speaker) {
  std::string_view text =
      "Aliyev said the ceasefire was violated by Armenia, adding that his forces would respond.";
  auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "the ceasefire was violated");
  const Quote* b = find(text, qs, "his forces would respond");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST_REQUIRE(b != nullptr);
  BOOST_TEST(a != b);
  BOOST_TEST(str(text, b->speaker) == "Aliyev");
  BOOST_TEST(b->cue_lemma == "add");
}

BOOST_AUTO_TEST_CASE(headline_claim_colon_speaker) {
  std::string_view text =
      "Peace cannot be ensured without Turkey: Aliyev\n\n"
      "Ilham Aliyev said Turkey has influence in the region.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "Peace cannot be ensured");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(to_string(q->kind) == "headline");
  BOOST_TEST(str(text, q->speaker) == "Aliyev");
  BOOST_TEST(str(text, q->entity) == "Ilham Aliyev");
  BOOST_TEST(to_string(q->speaker_rule) == "headline_colon");
}

BOOST_AUTO_TEST_CASE(headline_speaker_colon_with_body_audience_or_name_used_again) {
  struct Row {
    std::string_view text, content, speaker;
  };
  const Row rows[] = {
      {"Morales camp: The recount in Dade County is unlawful\n\n"
       "Lawyers for the senator filed a motion in state court on Friday.",
       "The recount in Dade County is unlawful", "Morales camp"},
      {"Tribune editorial: Close the budget gap before the summer\n\n"
       "The city council meets on Tuesday to vote on the spending plan.",
       "Close the budget gap before the summer", "Tribune editorial"},
      {"Whitmer to Rotary Club: The plant will reopen next year\n\n"
       "Gretchen Whitmer spoke to about 200 members at a lunch in Lansing.",
       "The plant will reopen next year", "Whitmer"},
      {"Reuters: Regulators weigh fines for the two carriers\n\n"
       "Officials declined to comment when contacted by Reuters on Monday.",
       "Regulators weigh fines for the two carriers", "Reuters"},
  };
  for (const Row& r : rows) {
    auto qs = quotes_of(r.text);
    const Quote* q = find(r.text, qs, r.content);
    BOOST_TEST_REQUIRE(q != nullptr, r.text);
    BOOST_TEST((q->kind == QuoteKind::headline));
    BOOST_TEST(str(r.text, q->speaker) == r.speaker);
  }
  // a one-word label that the article never uses again names no speaker
  std::string_view label =
      "Breaking: The bridge will close for repairs on Monday\n\n"
      "Drivers should expect delays on the northern approach for three weeks.";
  auto lq = quotes_of(label);
  BOOST_TEST(find(label, lq, "The bridge will close") == nullptr);
}

BOOST_AUTO_TEST_CASE(respond_by_an_act_or_to_a_request_is_no_report) {
  std::string_view text =
      "The county responded by closing two polling sites in the east. "
      "A spokesman for the mayor did not respond to a request for comment on Friday. "
      "The senator responded by saying the audit was a partisan exercise.";
  auto qs = quotes_of(text);
  BOOST_TEST(find(text, qs, "closing two polling sites") == nullptr);
  BOOST_TEST(find(text, qs, "a request for comment") == nullptr);
  const Quote* q = find(text, qs, "the audit was a partisan exercise");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->speaker) == "The senator");
}

BOOST_AUTO_TEST_CASE(advise_and_charge_need_that_to_or_with_for_a_report) {
  std::string_view text =
      "Ruiz, a lawyer who advised the governor on the pension bill, joined the firm in May. "
      "The club charged a $90,000 initiation fee in 2012. "
      "The auditor advised the council to delay the vote until the spring.";
  auto qs = quotes_of(text);
  BOOST_TEST(find(text, qs, "the governor on the pension bill") == nullptr);
  BOOST_TEST(find(text, qs, "initiation fee") == nullptr);
  const Quote* q = find(text, qs, "delay the vote");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->speaker) == "The auditor");
}

BOOST_AUTO_TEST_CASE(subject_with_since_after_auxiliary_or_like_examples) {
  std::string_view text =
      "The mayor has since said she would veto any new parking fees. "
      "But if the bond passes, critics like Okafor say it would drain the school budget.";
  auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "she would veto");
  const Quote* b = find(text, qs, "it would drain");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST_REQUIRE(b != nullptr);
  BOOST_TEST(str(text, a->speaker) == "The mayor");
  BOOST_TEST(str(text, b->speaker) == "critics like Okafor");
}

BOOST_AUTO_TEST_CASE(subject_with_a_place_after_in_keeps_its_head) {
  // `in Denmark` places the bank; the bank speaks, not the country
  std::string_view text =
      "Jyske Bank in Denmark announced on Tuesday that it will charge a fee on deposits. "
      "Officials in Beijing said exports would recover by the summer.";
  auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "it will charge");
  const Quote* b = find(text, qs, "exports would recover");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST_REQUIRE(b != nullptr);
  BOOST_TEST(str(text, a->speaker) == "Jyske Bank in Denmark");
  BOOST_TEST(str(text, a->entity) == "Jyske Bank");  // the bank's name, not the place's
  // the head of a common noun phrase, as `Some advocates for …`: a group, no entity
  BOOST_TEST(str(text, b->speaker) == "Officials");
  BOOST_TEST(!b->entity.present());
}

BOOST_AUTO_TEST_CASE(subject_apposition_set_off_by_dashes_or_ending_in_one) {
  std::string_view text =
      "Dana Whitfield, the policy director of Clean Water Now — which has backed the bond "
      "measure — said the county could start work in the spring.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "the county could start work");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->speaker) == "Dana Whitfield");

  std::string_view dashes =
      "Marcus Bell — the longtime treasurer of the county party — said the audit found no "
      "missing funds.";
  auto dq = quotes_of(dashes);
  const Quote* d = find(dashes, dq, "the audit found no missing funds");
  BOOST_TEST_REQUIRE(d != nullptr);
  BOOST_TEST(str(dashes, d->speaker) == "Marcus Bell");
}

BOOST_AUTO_TEST_CASE(say_after_a_long_subject_with_inserts_speaks_for_its_head) {
  struct Row {
    std::string_view text, content, speaker;
  };
  const Row rows[] = {
      {"Several governors, including two Republicans, said the rules would hurt small farms.",
       "the rules would hurt small farms", "Several governors"},
      {"Economists at the central bank, like many private forecasters, say inflation will slow "
       "next year.",
       "inflation will slow next year", "Economists at the central bank"},
      {"Local officials familiar with the budget talks, speaking on condition of anonymity, said "
       "the deal would be signed next week.",
       "the deal would be signed", "Local officials familiar with the budget talks"},
  };
  for (const Row& r : rows) {
    auto qs = quotes_of(r.text);
    const Quote* q = find(r.text, qs, r.content);
    BOOST_TEST_REQUIRE(q != nullptr, r.text);
    BOOST_TEST(str(r.text, q->speaker) == r.speaker);
  }
  // a name after the comma and the cue is the speaker, not the subject of what follows
  std::string_view inverted =
      "The levee will hold through the spring floods, said Ana Ruiz, the county engineer.";
  auto iq = quotes_of(inverted);
  const Quote* q = find(inverted, iq, "The levee will hold");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(inverted, q->speaker) == "Ana Ruiz");
}

BOOST_AUTO_TEST_CASE(participle_after_the_cue_of_a_quote_shares_its_speaker) {
  struct Row {
    std::string_view text, content, cue, speaker;
  };
  const Row rows[] = {
      // the quote is mixed (words of the writer before it)
      {"The region \"has made real progress,\" Senator Ruth Hale said in June, citing the release "
       "of prisoners and new elections.",
       "the release of prisoners", "citing", "Senator Ruth Hale"},
      // an event that gives the speaker's words, like a statement does
      {"\"We will get there together,\" Ms. Ortega said at a news conference announcing that the "
       "state would sue the company.",
       "the state would sue the company", "announcing", "Ms. Ortega"},
  };
  for (const Row& r : rows) {
    auto qs = quotes_of(r.text);
    const Quote* q = find(r.text, qs, r.content);
    BOOST_TEST_REQUIRE(q != nullptr, r.text);
    BOOST_TEST(str(r.text, q->cue) == r.cue);
    BOOST_TEST(str(r.text, q->speaker) == r.speaker);
  }
}

BOOST_AUTO_TEST_CASE(but_has_said_after_a_subject_with_a_like_phrase) {
  std::string_view text =
      "Mayor Ann Lee, like the governor, has praised the plan but has said she will not sign it.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "she will not sign it");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->entity) == "Ann Lee");
}

BOOST_AUTO_TEST_CASE(content_ends_before_a_second_cue_of_the_speaker_in_the_cue_form) {
  // `state` after `and` is a noun here: the base form does not go with `says`
  std::string_view law =
      "The county sent a letter on Friday. It says the developer broke federal and state law by "
      "filling the wetland.";
  auto lq = quotes_of(law);
  const Quote* l = find(law, lq, "the developer broke federal");
  BOOST_TEST_REQUIRE(l != nullptr);
  BOOST_TEST(str(law, l->content).find("state law by filling the wetland") !=
             std::string_view::npos);
  // a second participle of the speaker ends the first one's content
  std::string_view ing =
      "Ms. Ortega toured the plant on Monday, criticizing the contractor for months of delays "
      "and promising to keep the line open.";
  auto iq = quotes_of(ing);
  const Quote* q = find(ing, iq, "the contractor");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(ing, q->content).find("promising") == std::string_view::npos);
}

BOOST_AUTO_TEST_CASE(single_quoted_subheading_and_stage_direction_are_not_quotes) {
  std::string_view text =
      "The plant will close in March, the company said on Tuesday.\n\n"
      "'A Hard Winter Ahead.'\n\n"
      "Workers gathered outside the gates after the announcement.\n\n"
      "\"(CROSSTALK.)\n\n"
      "\"We gave this place thirty years of our lives,\" said Tom Reyes, a welder.";
  auto qs = quotes_of(text);
  BOOST_TEST(find(text, qs, "A Hard Winter Ahead") == nullptr);
  BOOST_TEST(find(text, qs, "CROSSTALK") == nullptr);
  const Quote* q = find(text, qs, "thirty years of our lives");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->entity) == "Tom Reyes");
}

BOOST_AUTO_TEST_CASE(unlabelled_transcript_paragraph_does_not_swallow_the_next_turns) {
  std::string_view text =
      "On Sunday the mayor spoke to a local station about the budget.\n\n"
      "\"HOST: Let us start with the budget. Will the city raise taxes this year?\n\n"
      "\"MAYOR: No, we will not raise taxes. We have cut spending in every department.\n\n"
      "\"And we will keep cutting until the books are balanced, however long it takes.\n\n"
      "\"HOST: Will the police budget be cut as well?\n\n"
      "\"MAYOR: The police budget stays the same as last year.\"";
  auto qs = quotes_of(text);
  BOOST_TEST(qs.size() == 5u);
  const Quote* q = find(text, qs, "we will keep cutting");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(q->segments.size() == 1u);
  BOOST_TEST(str(text, q->speaker) == "MAYOR");
  for (const Quote& x : qs)
    BOOST_TEST(str(text, x.content).find("HOST:") == std::string_view::npos);
}

BOOST_AUTO_TEST_CASE(according_to_leaves_out_the_sources_apposition_or_relative_clause) {
  struct Row {
    std::string_view text, content, left_out;
  };
  const Row rows[] = {
      {"The county spent $4 million on the bridge last year, according to Civic Ledger, a "
       "nonprofit that tracks public budgets.",
       "The county spent $4 million on the bridge last year", "nonprofit"},
      {"The plant will hire 300 workers, according to the mayor, who met the owners on Monday.",
       "The plant will hire 300 workers", "met the owners"},
      {"The Liberal Party lost 20 seats, according to preliminary reports, resulting in a "
       "minority government.",
       "The Liberal Party lost 20 seats", "minority government"},
  };
  for (const Row& r : rows) {
    auto qs = quotes_of(r.text);
    const Quote* q = find(r.text, qs, r.content);
    BOOST_TEST_REQUIRE(q != nullptr, r.text);
    BOOST_TEST(q->segments.size() == 1u, r.text);
    BOOST_TEST(find(r.text, qs, r.left_out) == nullptr, r.text);
  }
  // a cue form after the source's first words is its head noun, not a verb
  {
    std::string_view text = "According to court filings, the company owed $3 million to suppliers.";
    auto qs = quotes_of(text);
    BOOST_TEST_REQUIRE(qs.size() == 1u);
    BOOST_TEST(str(text, qs[0].speaker) == "court filings");
  }
  // the clause goes on after the source's apposition: both parts are content
  std::string_view text =
      "At the heart of the dispute, according to Ana Ruiz, a former city attorney, was a "
      "contract signed in 2019.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "At the heart of the dispute");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST_REQUIRE(q->segments.size() == 2u);
  BOOST_TEST(str(text, q->segments[1]).find("was a contract") == 0u);
}

BOOST_AUTO_TEST_CASE(content_after_a_mid_sentence_cue_goes_on_with_and_until_since) {
  std::string_view text =
      "The mill was the town's biggest employer, Mr. Novak said, until it closed in 2009.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "biggest employer");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST_REQUIRE(q->segments.size() == 2u);
  BOOST_TEST(str(text, q->segments[1]) == "until it closed in 2009");
  // a concession of the writer is not content
  std::string_view writer =
      "The test was the country's largest yet, the agency said, although experts doubted it.";
  auto wq = quotes_of(writer);
  const Quote* w = find(writer, wq, "largest yet");
  BOOST_TEST_REQUIRE(w != nullptr);
  BOOST_TEST(w->segments.size() == 1u);
}

BOOST_AUTO_TEST_CASE(participle_or_adverb_before_a_direct_quote_is_its_cue) {
  std::string_view text =
      "During a speech on Monday, Ruiz attacked the mayor for his support of the tax, saying, "
      "\"He is reckless and out of touch.\"";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "He is reckless");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(to_string(q->kind) == "direct");
  BOOST_TEST(str(text, q->cue) == "saying");
  BOOST_TEST(str(text, q->speaker) == "Ruiz");

  std::string_view video =
      "In the video, Ms. Ortega urges the driver to stop the car and repeatedly says, \"Do not "
      "do it,\" until the police arrive.";
  auto vq = quotes_of(video);
  const Quote* d = find(video, vq, "Do not do it");
  const Quote* u = find(video, vq, "the driver to stop the car");
  BOOST_TEST_REQUIRE(d != nullptr);
  BOOST_TEST_REQUIRE(u != nullptr);
  BOOST_TEST(d != u);
  BOOST_TEST(str(video, d->cue) == "says");
  BOOST_TEST(str(video, d->speaker) == "Ms. Ortega");
  BOOST_TEST(str(video, u->content).find("repeatedly") == std::string_view::npos);
}

BOOST_AUTO_TEST_CASE(content_ends_before_a_dash_that_opens_a_cued_direct_quote) {
  std::string_view text =
      "When Lee noted that the mayor had not paid any city taxes \u2015 as was true for several "
      "years \u2015 Ruiz boasted, \"That makes me smart.\"";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "the mayor had not paid");
  const Quote* d = find(text, qs, "That makes me smart");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST_REQUIRE(d != nullptr);
  BOOST_TEST(q != d);
  BOOST_TEST(str(text, q->content).find("Ruiz") == std::string_view::npos);
  BOOST_TEST(str(text, d->speaker) == "Ruiz");
}

BOOST_AUTO_TEST_CASE(a_speech_noun_before_a_verb_does_not_end_the_content) {
  std::string_view text =
      "But Ms. Ortega said the council has great respect for the firefighters and her budget "
      "comment was a complaint about the process, not the people.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "great respect for the firefighters");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->content).find("not the people") != std::string_view::npos);
}

BOOST_AUTO_TEST_CASE(a_second_verb_right_after_the_cue_is_no_report) {
  std::string_view verbs =
      "Would voters back a newcomer who said and did the same things as the mayor?";
  auto vq = quotes_of(verbs);
  BOOST_TEST(find(verbs, vq, "the same things") == nullptr);
}

BOOST_AUTO_TEST_CASE(a_common_noun_subject_right_before_said_comma_quote_is_the_speaker) {
  std::string_view text =
      "The ad opens on a dark street. As a siren wails, the narrator said, \"Your family is "
      "not safe tonight. Who do you trust to answer the call?\"";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "Your family is not safe");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(to_string(q->kind) == "direct");
  BOOST_TEST(str(text, q->speaker) == "the narrator");
  BOOST_TEST(find(text, qs, "As a siren wails") == nullptr);
  // a noun that looks like a cue is not one: `his recent reads, "…"`
  std::string_view noun = "One of his recent reads, \"This Kind of War,\" changed how he trains.";
  auto nq = quotes_of(noun);
  for (const Quote& x : nq) BOOST_TEST(str(noun, x.cue) != "reads");
}

BOOST_AUTO_TEST_CASE(cue_after_a_quote_past_a_long_apposition_of_the_speaker) {
  std::string_view text =
      "\"It is fiscally responsible,\" Leonard E. Ruiz, director of the centrist Budget Policy "
      "Center and a professor at the Albany School of Public Affairs, said of the governor's "
      "plan.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "It is fiscally responsible");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->cue) == "said");
  BOOST_TEST(str(text, q->entity) == "Leonard E. Ruiz");
}

BOOST_AUTO_TEST_CASE(surname_that_is_a_common_word_speaks_once_named_in_full) {
  std::string_view text =
      "Ruth Day, the chair of the zoning board, opened the hearing on Monday. "
      "Day said the board would vote on the tower plan in March.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "the board would vote");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->speaker) == "Day");
  BOOST_TEST(str(text, q->entity) == "Ruth Day");
}

BOOST_AUTO_TEST_CASE(to_say_after_went_on_continued_or_likely_speaks_for_the_subject) {
  struct Row {
    std::string_view text, content, speaker;
  };
  const Row rows[] = {
      {"The governor went on to say that the levee would be rebuilt by June.",
       "the levee would be rebuilt", "The governor"},
      {"Alvarez continued to say he had never seen the contract.", "he had never seen", "Alvarez"},
      {"Younger voters were slightly more likely to say they trust the state courts.",
       "they trust the state courts", "Younger voters"},
  };
  for (const Row& r : rows) {
    auto qs = quotes_of(r.text);
    const Quote* q = find(r.text, qs, r.content);
    BOOST_TEST_REQUIRE(q != nullptr, r.text);
    BOOST_TEST(str(r.text, q->speaker) == r.speaker);
  }
  std::string_view plain = "The mayor wants to say thanks to the volunteers at the shelter.";
  auto pq = quotes_of(plain);
  BOOST_TEST(find(plain, pq, "thanks to the volunteers") == nullptr);
}

BOOST_AUTO_TEST_CASE(and_said_after_a_verb_phrase_of_a_subject_with_apposition) {
  std::string_view text =
      "Lena Ortiz, a spokeswoman for the transit agency, called on riders to be patient and "
      "said the new line would open in the fall.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "the new line would open");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->speaker) == "Lena Ortiz");
}

BOOST_AUTO_TEST_CASE(entities_resolve_aliases_titles_and_pronouns) {
  std::string_view text =
      "Azerbaijani President Ilham Aliyev met reporters in Baku.\n\n"
      "\"The occupation must end,\" Aliyev said.\n\n"
      "\"We have waited thirty years,\" he said.\n\n"
      "The president said the army would not stop.\n\n"
      "\"This is a dangerous escalation,\" a ministry spokeswoman, Leyla Abdullayeva, said.";
  auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "The occupation must end");
  const Quote* b = find(text, qs, "We have waited");
  const Quote* c = find(text, qs, "the army would not stop");
  const Quote* d = find(text, qs, "dangerous escalation");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST_REQUIRE(b != nullptr);
  BOOST_TEST_REQUIRE(c != nullptr);
  BOOST_TEST_REQUIRE(d != nullptr);
  BOOST_TEST(str(text, a->entity) == "Ilham Aliyev");
  BOOST_TEST(to_string(a->entity_rule) == "alias");
  BOOST_TEST(str(text, b->speaker) == "he");
  BOOST_TEST(str(text, b->entity) == "Ilham Aliyev");
  BOOST_TEST(to_string(b->entity_rule) == "pronoun");
  BOOST_TEST(str(text, c->entity) == "Ilham Aliyev");
  BOOST_TEST(to_string(c->entity_rule) == "description");
  BOOST_TEST(str(text, d->entity) == "Leyla Abdullayeva");
}

BOOST_AUTO_TEST_CASE(non_speech_verbs_scare_quotes_and_titles_are_not_quotes) {
  const char* texts[] = {
      "He thanked Turkey for a strong and clear stance of support on the matter.",
      "He also praised the solidarity shown by the Pakistani people and the government.",
      "Turkey has supported Baku's right to self-defense and demanded the withdrawal of troops.",
      "The so-called \"referendum\" was not recognized by any state.",
      "She starred in \"The Long Goodbye\" before moving to London.",
      "Critics called the plan a \"bold gamble\" last year.",
  };
  for (const char* t : texts) {
    BOOST_TEST_CONTEXT(t) {
      std::string_view text = t;
      BOOST_TEST(quotes_of(text).empty());
    }
  }
}

BOOST_AUTO_TEST_CASE(degenerate_input_gives_no_quotes_and_no_crash) {
  const char* texts[] = {"",
                         "\"",
                         "\"\"",
                         "said",
                         "\" said he \"",
                         "Aliyev said:",
                         "\"unclosed quote that runs to the end of the text and never closes",
                         "according to",
                         "According to X,",
                         "\xff\xfe\"\x00\"",
                         ":\n\n:"};
  for (const char* t : texts) {
    std::string_view text = t;
    auto qs = quotes_of(text);
    BOOST_TEST(spans_inside(text, qs));
  }
}

BOOST_AUTO_TEST_CASE(ten_thousand_unbalanced_quote_marks_run_in_linear_time) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "\"Aliyev said that the war goes on, ";
  text += "\n\n";
  for (int i = 0; i < 10000; ++i) text += "he said \" ";
  auto start = std::chrono::steady_clock::now();
  auto qs = quotes_of(text);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  start)
                .count();
  BOOST_TEST(spans_inside(text, qs));
  BOOST_TEST(ms < 2000);
}

BOOST_AUTO_TEST_CASE(quote_mid_sentence_with_cue_after_is_mixed_over_the_sentence) {
  std::string_view text =
      "However laudable the goal, the new levy \"is a misguided approach,\" the economist said.";
  auto qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(to_string(qs[0].kind) == "mixed");
  BOOST_TEST(str(text, qs[0].content).find("However laudable the goal") == 0u);
  BOOST_TEST(str(text, qs[0].speaker) == "the economist");
}

BOOST_AUTO_TEST_CASE(double_apostrophe_marks_are_one_quote_mark) {
  std::string_view text = "''We will rebuild every house,'' the governor said on Monday.";
  auto qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].content) == "We will rebuild every house,");
  BOOST_TEST(str(text, qs[0].speaker) == "the governor");
}

BOOST_AUTO_TEST_CASE(quantities_of_people_are_speakers_and_declining_to_comment_is_a_report) {
  std::string_view text =
      "Nearly half said they would vote for the incumbent. The company declined to comment.";
  auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "they would vote for the incumbent");
  const Quote* b = find(text, qs, "to comment");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST_REQUIRE(b != nullptr);
  BOOST_TEST(str(text, a->speaker) == "Nearly half");
  BOOST_TEST(b->cue_lemma == "decline");
  BOOST_TEST(str(text, b->speaker) == "The company");
}

BOOST_AUTO_TEST_CASE(coordinated_cue_and_later_report_end_the_content) {
  std::string_view text =
      "The senator said the bill would pass next week and warned that delays would cost jobs.";
  auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "the bill would pass next week");
  const Quote* b = find(text, qs, "delays would cost jobs");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST_REQUIRE(b != nullptr);
  BOOST_TEST(a != b);
  BOOST_TEST(str(text, a->content) == "the bill would pass next week");
  BOOST_TEST(str(text, b->speaker) == "The senator");
}

BOOST_AUTO_TEST_CASE(transcript_speaker_labels_attribute_paragraphs) {
  std::string_view text =
      "The interview aired on Sunday.\n\n"
      "WALLACE: Governor, will you release the tax returns before the election?\n\n"
      "PENCE: Well, look, we have released more than enough information already.";
  auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "will you release");
  const Quote* b = find(text, qs, "we have released");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST_REQUIRE(b != nullptr);
  BOOST_TEST(str(text, a->speaker) == "WALLACE");
  BOOST_TEST(str(text, b->speaker) == "PENCE");
  BOOST_TEST(str(text, b->cue) == ":");
}

struct SpeakerCase {
  const char* text;
  const char* content;  // a piece of the expected content
  const char* speaker;
};

// Subjects the nearest-noun rules miss: a `be` inside an apposition, quantities and bare
// determiners, a clause opened by an adverbial, a time phrase between subject and verb, an
// owner's `'s`, `many of whom`.
const SpeakerCase kClauseSubjects[] = {
    {"Dana Reyes, whose family is from Ohio, said the plant would reopen in the spring.",
     "the plant would reopen in the spring", "Dana Reyes"},
    {"Almost half of the respondents said the economy was their top concern.",
     "the economy was their top concern", "Almost half of the respondents"},
    {"Some said they would stay home on Election Day.", "they would stay home", "Some"},
    {"Two in three said the state was on the wrong track.", "the state was on the wrong track",
     "Two in three"},
    {"In a brief interview, Ms. Ortega rejected the criticism and said that the budget was "
     "balanced.",
     "the budget was balanced", "Ms. Ortega"},
    {"Armed with new figures, Sanders on Tuesday said he wants to close four tax loopholes.",
     "he wants to close four tax loopholes", "Sanders"},
    {"However, the company's filing said the merger would be completed by June.",
     "the merger would be completed by June", "the company's filing"},
    {"The mayor met the families of the victims, many of whom say the city ignored the "
     "warnings.",
     "the city ignored the warnings", "many of whom"},
    {"Later in the day, she expanded her attacks on the governor, arguing that the state had "
     "ignored the flood warnings.",
     "the state had ignored the flood warnings", "she"},
    {"The mayor repeated his claim that the bridge was safe.", "the bridge was safe", "his"},
    {"The mayor issued a statement on Tuesday saying the budget would be balanced by June.",
     "the budget would be balanced by June", "The mayor"},
    {"The senator released a letter from her physician that says she is in excellent health.",
     "she is in excellent health", "The senator"},
    {"The senator drew criticism last week by saying that the tariffs would pay for themselves.",
     "the tariffs would pay for themselves", "The senator"},
    {"Most residents backed the plan, with three in 10 saying the tax was too high.",
     "the tax was too high", "three in 10"},
    {"As Ms. Ortega put it in a radio interview, the city cannot borrow its way out of debt.",
     "the city cannot borrow its way out of debt", "Ms. Ortega"},
    {"The merger was a disaster for the region, as one economist put it.",
     "The merger was a disaster for the region", "one economist"},
    {"As Steven Rosenthal, a tax lawyer, recently put it, the code rewards the patient.",
     "the code rewards the patient", "Steven Rosenthal"},
    {"The mayor was criticized on Monday for saying that the tax was fair.", "the tax was fair",
     "The mayor"},
    {"Allis-Chalmers in 1986 reported a net loss of 8.6 mln dlrs.", "a net loss of 8.6 mln dlrs",
     "Allis-Chalmers"},
    {"The mayor was criticized for her role in the audit and for saying that the tax was fair.",
     "the tax was fair", "The mayor"},
    {"Senator Lee said on Sunday in Madison, Wisconsin, that he expected a large turnout.",
     "he expected a large turnout", "Senator Lee"},
    {"Democratic strategists say the party should stress the economy.",
     "the party should stress the economy", "Democratic strategists"},
    {"Most members backed the deal, but 1,409 teachers said they wanted a new vote.",
     "they wanted a new vote", "1,409 teachers"},
    {"Six in 10 backed the plan, and three-quarters said the state should pay for it.",
     "the state should pay for it", "three-quarters"},
    {"More than six in 10 said they were tired of the campaign.", "they were tired of the campaign",
     "More than six in 10"},
};

BOOST_AUTO_TEST_CASE(subject_opening_the_clause_is_the_speaker) {
  for (const SpeakerCase& c : kClauseSubjects) {
    BOOST_TEST_CONTEXT(c.text) {
      auto qs = quotes_of(c.text);
      const Quote* q = find(c.text, qs, c.content);
      BOOST_TEST_REQUIRE(q != nullptr);
      BOOST_TEST(str(c.text, q->speaker) == c.speaker);
      BOOST_TEST(str(c.text, q->content).find(c.content) == 0u);
    }
  }
}

BOOST_AUTO_TEST_CASE(cue_forms_read_as_nouns_are_not_cues) {
  for (const char* text : {"The senator's comments drew criticism from both parties.",
                           "Voters in all 50 states picked the economy as their top issue.",
                           "The party counts its pledged delegates before the convention.",
                           "The campaign rejected the claims in a short email.",
                           "And a new report compares the accuracy of ten online surveys.",
                           "The governor still maintains a narrow lead in the latest survey.",
                           "Felicia Wong, president of a progressive think tank, was there.",
                           "The senator's win in Ohio added to her lead in pledged delegates.",
                           "Voters in Rust Belt states that lost factory jobs turned out.",
                           "Candidates need to win at least eight states to be on the ballot.",
                           "Jane Doe reported from Oakland, Calif."}) {
    BOOST_TEST_CONTEXT(text) {
      BOOST_TEST(quotes_of(text).empty());
    }
  }
}

BOOST_AUTO_TEST_CASE(cue_mostly_a_noun_is_a_verb_after_its_subject_name_or_pronoun) {
  // `maintain`, `vow`, `state` are cues only before `that`, `to` or a colon, and a plural
  // after a name is a noun (`Rust Belt states that …`); a past form after a name, and any
  // form after a pronoun, is the subject's verb
  expect_reports({{"Smith maintained that the plant was safe.", "the plant was safe", "Smith"},
                  {"He maintained that the plant was safe.", "the plant was safe", "He"},
                  {"She states that the audit found no fault.", "the audit found no fault", "She"},
                  {"Democrats in Congress vowed that they would investigate the firings.",
                   "they would investigate the firings", "Democrats in Congress"}},
                 true);
}

BOOST_AUTO_TEST_CASE(report_after_a_closed_quote_is_indirect_speech_of_its_own) {
  std::string_view text =
      "The governor released a statement condemning \"what appears to be a deliberate attack.\" "
      "He said he had ordered the state police to assist the investigation.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "he had ordered the state police");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST((q->kind == QuoteKind::indirect));
  BOOST_TEST(str(text, q->speaker) == "He");
}

BOOST_AUTO_TEST_CASE(quote_fragment_opening_a_reported_sentence_is_mixed) {
  std::string_view text =
      "\"A small fire\" broke out in the kitchen shortly before dawn, the fire chief said.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "broke out in the kitchen");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST((q->kind == QuoteKind::mixed));
  BOOST_TEST(str(text, q->speaker) == "the fire chief");
}

BOOST_AUTO_TEST_CASE(quote_after_said_that_with_words_after_it_is_a_mixed_clause) {
  std::string_view text =
      "The mayor said that the city needs \"a better plan\" for the flooded districts by June. "
      "Her deputy said that \"the money is there\" to rebuild the two bridges this year.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "for the flooded districts");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST((q->kind == QuoteKind::mixed));
  BOOST_TEST(str(text, q->speaker) == "The mayor");
  const Quote* d = find(text, qs, "to rebuild the two bridges");
  BOOST_TEST_REQUIRE(d != nullptr);
  BOOST_TEST((d->kind == QuoteKind::mixed));
  BOOST_TEST(str(text, d->speaker) == "Her deputy");
}

BOOST_AUTO_TEST_CASE(quote_after_its_cue_that_the_sentence_goes_on_from_is_mixed) {
  // words of the writer after the closing mark, in the quote's sentence, are part of the
  // statement; a quote ending in its own punctuation is a whole utterance
  expect_reports(
      {{"However, she added, \"there are no locked doors in the cabins\" where the "
        "passengers slept.",
        "there are no locked doors in the cabins\" where the passengers slept", "she"}},
      true, [](std::string_view, const Quote& q) { BOOST_TEST((q.kind == QuoteKind::mixed)); });
  std::string_view whole = "The officer shouted, \"Don't you do it,\" until shots were heard.";
  auto qs = quotes_of(whole);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(whole, qs[0].content) == "Don't you do it,");
  BOOST_TEST((qs[0].kind == QuoteKind::direct));
}

BOOST_AUTO_TEST_CASE(cue_set_off_inside_a_clause_the_quote_continues_takes_its_start) {
  // `No name change, he said, "hides what it really is."`: the quote opens in lower case and
  // goes on with the clause the cue interrupts, whose first words are the speaker's too
  std::string_view text = "No name change, the mayor said, \"hides what the plant really is.\"";
  auto qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST((qs[0].kind == QuoteKind::mixed));
  BOOST_TEST_REQUIRE(qs[0].segments.size() == 2u);
  BOOST_TEST(str(text, qs[0].segments[0]) == "No name change");
  BOOST_TEST(str(text, qs[0].segments[1]) == "hides what the plant really is.");
  BOOST_TEST(str(text, qs[0].speaker) == "the mayor");
  // not a phrase of the occasion, nor a name, nor a quote that opens a sentence of its own
  for (std::string_view direct :
       {"In an interview with a local paper, the mayor said, \"the plant will close in May.\"",
        "Theodore Brophy, chairman of GTE said, \"we expect losses to shrink this year.\"",
        "On the plant's future, the mayor said, \"The plant will close in May.\""}) {
    BOOST_TEST_CONTEXT(direct) {
      auto ds = quotes_of(direct);
      BOOST_TEST_REQUIRE(ds.size() == 1u);
      BOOST_TEST((ds[0].kind == QuoteKind::direct));
      BOOST_TEST(ds[0].segments.size() == 1u);
    }
  }
}

BOOST_AUTO_TEST_CASE(speech_noun_or_infinitive_before_a_quote_is_no_cue) {
  std::string_view text =
      "Senator Ada Kirk told reporters on Monday that the governor's remarks \"show no respect "
      "for voters.\"";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "show no respect");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->entity) == "Ada Kirk");
  BOOST_TEST(str(text, q->content).find("the governor") != std::string_view::npos);
}

BOOST_AUTO_TEST_CASE(indirect_content_ends_before_a_coordinated_clause_with_its_own_subject) {
  std::string_view text =
      "Mayor Lena Ortiz said the bridge would reopen by the end of May, and she thanked the road "
      "crews for working through the winter.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "the bridge would reopen");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->content) == "the bridge would reopen by the end of May");
}

BOOST_AUTO_TEST_CASE(long_noun_phrase_opening_the_clause_is_the_speaker) {
  for (const char* text :
       {"Large majorities of union members in nine states said they oppose the trade deal.",
        "Some voters in six states said they oppose the trade deal."}) {
    BOOST_TEST_CONTEXT(text) {
      std::string_view t = text;
      auto qs = quotes_of(t);
      const Quote* q = find(t, qs, "they oppose the trade deal");
      BOOST_TEST_REQUIRE(q != nullptr);
      // the speaker opens the sentence and stops before the verb
      BOOST_TEST(q->speaker.begin == 0u);
      BOOST_TEST(str(t, q->speaker).find(" sa") == std::string_view::npos);
    }
  }
}

BOOST_AUTO_TEST_CASE(long_audience_of_tell_ends_at_that) {
  std::string_view text =
      "Senator Ada Kirk told the Gazette and Courier newspaper of Dover on Sunday that she will "
      "run for a third term.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "she will run for a third term");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->content) == "she will run for a third term");
  BOOST_TEST(str(text, q->entity) == "Ada Kirk");
}

BOOST_AUTO_TEST_CASE(object_of_an_object_cue_ends_before_a_second_verb_phrase) {
  std::string_view text =
      "In a video posted on Sunday, the mayor criticized the county board and challenged its "
      "chairman to a public debate.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "the county board");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->content) == "the county board");
}

BOOST_AUTO_TEST_CASE(quotes_each_with_their_own_cue_stay_separate) {
  std::string_view text =
      "The coach met reporters after the game.\n\n"
      "\"We played with a lot of heart tonight,\" she said. \"The second half was the best "
      "we have played all season,\" she said.";
  auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "a lot of heart");
  const Quote* b = find(text, qs, "The second half");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST_REQUIRE(b != nullptr);
  BOOST_TEST(a != b);
  BOOST_TEST(a->segments.size() == 1u);
  BOOST_TEST(str(text, b->speaker) == "she");
}

BOOST_AUTO_TEST_CASE(split_quote_continues_past_a_participle_phrase_naming_something) {
  std::string_view text =
      "\"Two groups are running ads against me in Ohio right now,\" Senator Ada Kirk said, "
      "referring to a political committee called Forward Ohio. \"So they think I will win.\"";
  auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "running ads against me");
  const Quote* b = find(text, qs, "they think I will win");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST(a == b);
  BOOST_TEST(str(text, a->entity) == "Ada Kirk");
}

BOOST_AUTO_TEST_CASE(participle_cue_after_opening_place_and_time_takes_the_clause_subject) {
  std::string_view text =
      "At a town hall in Dover, Del., on Monday, Senator Ada Kirk of Delaware backed the bill, "
      "saying that the state could not wait another year.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "the state could not wait");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->entity) == "Ada Kirk");
}

BOOST_AUTO_TEST_CASE(report_closing_the_sentence_with_tell_and_its_audience) {
  std::string_view text =
      "The mayor will seek a third term next year, her campaign manager, Tom Reyes, told The "
      "Dover Gazette.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "seek a third term");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->content) == "The mayor will seek a third term next year");
  BOOST_TEST(str(text, q->entity) == "Tom Reyes");
}

BOOST_AUTO_TEST_CASE(as_x_reported_phrase_attributes_the_clause_it_is_set_off_from) {
  std::string_view text =
      "As the Dover Gazette reported on Sunday, the council spent $2 million on the study. "
      "But as the mayor noted, the money came from a state grant.";
  auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "the council spent");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST(str(text, a->content) == "the council spent $2 million on the study");
  BOOST_TEST(str(text, a->speaker) == "the Dover Gazette");
  const Quote* b = find(text, qs, "the money came from");
  BOOST_TEST_REQUIRE(b != nullptr);
  BOOST_TEST(str(text, b->speaker) == "the mayor");
}

BOOST_AUTO_TEST_CASE(report_inside_an_according_to_sentence_belongs_to_the_source) {
  std::string_view text =
      "The governor told aides that the plan was dead, according to two people familiar with "
      "the meeting.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "the plan was dead");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->content) == "The governor told aides that the plan was dead");
  BOOST_TEST(q->cue_lemma == "according to");
  std::size_t n = 0;
  for (const Quote& x : qs)
    if (str(text, x.content).find("the plan was dead") != std::string_view::npos) ++n;
  BOOST_TEST(n == 1u);
}

BOOST_AUTO_TEST_CASE(adverbial_clause_after_a_closing_cue_is_not_content) {
  std::string_view text =
      "\"The roll call is open,\" the chairman said as he struck the gavel on the podium.";
  auto qs = quotes_of(text);
  BOOST_TEST(find(text, qs, "struck the gavel") == nullptr);
  const Quote* q = find(text, qs, "The roll call is open");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->speaker) == "the chairman");
}

BOOST_AUTO_TEST_CASE(quoted_title_does_not_take_a_cue_with_content_of_its_own) {
  std::string_view text =
      "On Sunday's broadcast of \"Meet the Press,\" Senator Lee said that the vote would be "
      "delayed until March.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "the vote would be delayed");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST((q->kind == QuoteKind::indirect));
  BOOST_TEST(str(text, q->speaker) == "Senator Lee");
  BOOST_TEST(find(text, qs, "Meet the Press") == nullptr);
}

BOOST_AUTO_TEST_CASE(indirect_content_ends_before_a_nonrestrictive_relative_clause) {
  std::string_view text =
      "Officials said the tariff would apply to steel imports, which rose "
      "sharply last year.";
  auto qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].content) == "the tariff would apply to steel imports");
}

BOOST_AUTO_TEST_CASE(mixed_case_transcript_labels_repeat_and_source_noun_headlines) {
  std::string_view text =
      "The exchange aired on Thursday night.\n\n"
      "Matthews: Is the tax plan going to survive the primary season?\n\n"
      "Lopez: Nobody on the trading floor thinks it will survive the summer.\n\n"
      "Matthews: Then what happens to the deficit next year?\n\n"
      "Lopez: It grows, and the markets already expect that outcome.";
  auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "Nobody on the trading floor");
  const Quote* b = find(text, qs, "Then what happens");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST_REQUIRE(b != nullptr);
  BOOST_TEST(str(text, a->speaker) == "Lopez");
  BOOST_TEST(str(text, b->speaker) == "Matthews");

  std::string_view head =
      "Poll: Voters sour on the new transit tax\n\n"
      "A survey released on Monday shows support for the measure falling in every county.";
  auto hq = quotes_of(head);
  const Quote* h = find(head, hq, "Voters sour on the new transit tax");
  BOOST_TEST_REQUIRE(h != nullptr);
  BOOST_TEST((h->kind == QuoteKind::headline));
  BOOST_TEST(str(head, h->speaker) == "Poll");

  std::string_view says =
      "Governor Says New Bridge Will Open Before the Winter\n\n"
      "ALBANY -- The governor spoke at a news conference on Monday.";
  auto sq = quotes_of(says);
  const Quote* s = find(says, sq, "New Bridge Will Open");
  BOOST_TEST_REQUIRE(s != nullptr);
  BOOST_TEST(str(says, s->speaker) == "Governor");
  BOOST_TEST(s->cue_lemma == "say");
}

BOOST_AUTO_TEST_CASE(dash_signatures_end_a_line_and_a_closing_mark_may_open_a_quote) {
  // readers' comments in a list, each signed `― Name` at the end of its line; the second one
  // is opened by a mistyped closing mark
  std::string_view text =
      "We asked readers what they thought of the debate.\n\n"
      "“The moderators let both candidates talk far too long.” ― Maria Lopez\n"
      "”Neither of them answered a single question about housing costs.” ― Tom Reyes\n";
  auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "The moderators let both candidates");
  const Quote* b = find(text, qs, "Neither of them answered");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST_REQUIRE(b != nullptr);
  BOOST_TEST(str(text, a->speaker) == "Maria Lopez");
  BOOST_TEST(str(text, b->speaker) == "Tom Reyes");
  BOOST_TEST(str(text, b->content).find("Neither") == 0u);
}

BOOST_AUTO_TEST_CASE(cue_with_colon_ending_a_paragraph_takes_the_next_unquoted_paragraph) {
  std::string_view text =
      "The former governor spoke in Houston last July. In that speech, he said:\n\n"
      "The plan will raise taxes on every working family in the state and it must be stopped.\n\n"
      "The speech drew little coverage.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "The plan will raise taxes");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->speaker) == "he");
  BOOST_TEST(str(text, q->cue) == "said");
  BOOST_TEST(find(text, qs, "little coverage") == nullptr);
}

BOOST_AUTO_TEST_CASE(dialogue_turns_alternate_and_kin_nouns_resolve_to_names) {
  // a short conversation in the style of a novel: many bare turns make it a dialogue
  std::string text =
      "Mr. Harding came home late. Mrs. Harding was waiting for him in the hall.\n\n"
      "\"You are late again,\" said his wife.\n\n"
      "\"The roads were flooded,\" replied he.\n\n";
  for (int i = 0; i < 8; ++i) {
    text += "\"Were they really flooded, my dear?\"\n\n";
    text += "\"They were, I assure you.\"\n\n";
  }
  auto qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 18u);
  BOOST_TEST(str(text, qs[0].entity) == "Mrs. Harding");
  BOOST_TEST(to_string(qs[0].entity_rule) == "description");
  BOOST_TEST(str(text, qs[1].entity) == "Mr. Harding");
  BOOST_TEST(to_string(qs[2].speaker_rule) == "alternation");
  BOOST_TEST(str(text, qs[2].entity) == "Mrs. Harding");
  BOOST_TEST(str(text, qs[3].entity) == "Mr. Harding");
  BOOST_TEST(str(text, qs[17].entity) == "Mr. Harding");
}

BOOST_AUTO_TEST_CASE(rule_and_kind_names) {
  BOOST_TEST(to_string(Rule::cue_after_quote) == "cue_after_quote");
  BOOST_TEST(to_string(Rule::according_to) == "according_to");
  BOOST_TEST(to_string(Rule::organisation) == "organisation");
  BOOST_TEST(to_string(QuoteKind::mixed) == "mixed");
  BOOST_TEST(to_string(QuoteKind::headline) == "headline");
}

// The bundled article: every required quote of its gold file (written here as data).
struct Gold {
  const char* content_start;  // the first words of the content
  const char* cue;            // "" when the quote has no cue
  const char* speaker;        // "" when none (inherited: checked via entity)
  const char* entity_last;    // the last word the entity must end with
};

const Gold kFixture[] = {
    {"Peace in the region cannot be guaranteed", "said", "the Azerbaijani president", "Aliyev"},
    {"Turkey has influence in the region", "said", "Ilham Aliyev", "Aliyev"},
    {"Statements by Turkish President", "said", "he", "Aliyev"},
    {"The number of Azerbaijani civilians killed", "according to",
     "the Azerbaijani Prosecutor General's Office", "Office"},
    {"Armenia is responsible for bloodshed", "said", "Aliyev", "Aliyev"},
    {"it was attacking civilians", "arguing", "Aliyev", "Aliyev"},
    {"Despite Armenian provocations", "", "", "Aliyev"},
    {"a humanitarian cease-fire agreement", "said", "Aliyev", "Aliyev"},
    {"the violation did not receive global attention", "said", "He", "Aliyev"},
    {"I warned Armenia it will regret", "said", "he", "Aliyev"},
    {"the Azerbaijani people have run out of patience", "said", "Aliyev", "Aliyev"},
    {"At the first stage, the Armenian army", "said", "he", "Aliyev"},
    {"Then, negotiations for Karabakh", "said", "he", "Aliyev"},
    {"Armenian efforts would go in vain", "said", "Aliyev", "Aliyev"},
    {"Territorial integrity of Azerbaijan", "noted", "Aliyev", "Aliyev"},
    {"I believe no state will recognize", "noted", "Aliyev", "Aliyev"},
};

const char* kFixtureNotQuotes[] = {
    "He thanked Turkey",
    "He also praised",
    "demanded the withdrawal",
    "Multiple UN resolutions",
};

BOOST_AUTO_TEST_CASE(fixture_article_has_all_required_quotes) {
  std::ifstream in(std::string(CLAIMEX_EXAMPLE_DATA) + "/anadolu-2020-10-15.txt", std::ios::binary);
  BOOST_TEST_REQUIRE(in.good());
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  auto qs = quotes_of(text);
  BOOST_TEST(spans_inside(text, qs));
  for (const Gold& g : kFixture) {
    BOOST_TEST_CONTEXT(g.content_start) {
      const Quote* q = nullptr;
      for (const Quote& c : qs)
        for (claimex::Span s : c.segments)
          if (claimex::text_of(text, s).rfind(g.content_start, 0) == 0) q = &c;
      BOOST_TEST_REQUIRE(q != nullptr);
      BOOST_TEST(str(text, q->cue) == g.cue);
      if (*g.speaker) BOOST_TEST(str(text, q->speaker) == g.speaker);
      std::string_view e = str(text, q->entity);
      std::string_view want = g.entity_last;
      BOOST_TEST((e.size() >= want.size() && e.substr(e.size() - want.size()) == want));
      if (want == "Aliyev") BOOST_TEST(e == "Ilham Aliyev");
    }
  }
  for (const char* nq : kFixtureNotQuotes) {
    BOOST_TEST_CONTEXT(nq) {
      const std::size_t at = text.find(nq);
      BOOST_TEST_REQUIRE(at != std::string::npos);
      for (const Quote& q : qs)
        for (claimex::Span s : q.segments) BOOST_TEST(!(s.begin <= at && at < s.end));
    }
  }
}

BOOST_AUTO_TEST_CASE(pronoun_after_quotes_that_need_no_recent_person_finds_the_speaker) {
  // the list of recent persons is kept as steps until a pronoun first reads it: the names
  // before each cue and each speaker, in the order the quotes were resolved (an organisation
  // speaker adds none; a man named later is skipped by `she`)
  const std::string_view text =
      "Maria Lopez, a teacher at the school, said it would reopen in May. The company said it "
      "disagreed with the plan. Later that day Tom Hardy arrived at the scene. She said the "
      "decision was final.";
  const auto qs = quotes_of(text);
  const Quote* company = find(text, qs, "disagreed with the plan");
  const Quote* she = find(text, qs, "decision was final");
  BOOST_TEST_REQUIRE((company && she));
  BOOST_TEST(str(text, company->speaker) == "The company");
  BOOST_TEST(str(text, she->speaker) == "She");
  BOOST_TEST(str(text, she->entity) == "Maria Lopez");
  BOOST_TEST(to_string(she->entity_rule) == "pronoun");
}

BOOST_AUTO_TEST_CASE(kin_noun_reads_the_recent_persons_named_before_it) {
  // `His wife`: the last man named (a speaker, with the steps before him applied) and the
  // `Mrs.` form of his surname the text gives
  const std::string_view text =
      "John Carter said the plant would close on Friday. Mrs. Carter, who runs a bakery in "
      "town, was not at the meeting. His wife said the family would move to Ohio.";
  const auto qs = quotes_of(text);
  const Quote* wife = find(text, qs, "family would move");
  BOOST_TEST_REQUIRE(wife != nullptr);
  BOOST_TEST(str(text, wife->speaker) == "His wife");
  BOOST_TEST(str(text, wife->entity) == "Mrs. Carter");
}

BOOST_AUTO_TEST_SUITE_END()

// Dialogue mode (fiction): the speaker of each turn, decided in src/quote_dialogue.cpp.
BOOST_AUTO_TEST_SUITE(quotes_dialogue)

namespace {

/// A conversation text: `opening` then enough bare two-person turns to read as dialogue.
std::string conversation(std::string_view opening, int bare_pairs = 7) {
  std::string text(opening);
  for (int i = 0; i < bare_pairs; ++i) {
    text += "\"Is the river still rising?\"\n\n";
    text += "\"It rose a foot in the night.\"\n\n";
  }
  return text;
}

}  // namespace

BOOST_AUTO_TEST_CASE(dialogue_bare_turns_alternate_between_the_two_speakers) {
  std::string text = conversation(
      "The ferry had stopped running by noon.\n\n"
      "\"We cannot cross today,\" said Mr. Pollard.\n\n"
      "\"Then we wait,\" said Miss Crane.\n\n");
  auto qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 16u);
  BOOST_TEST(str(text, qs[0].entity) == "Mr. Pollard");
  BOOST_TEST(str(text, qs[1].entity) == "Miss Crane");
  // turn n is spoken by the speaker of turn n-2
  for (std::size_t k = 2; k < qs.size(); ++k) {
    BOOST_TEST_CONTEXT("turn " << k) {
      BOOST_TEST(str(text, qs[k].entity) == str(text, qs[k - 2].entity));
      BOOST_TEST(to_string(qs[k].speaker_rule) == "alternation");
    }
  }
}

BOOST_AUTO_TEST_CASE(dialogue_pronoun_cue_goes_to_the_party_of_that_gender) {
  std::string text = conversation(
      "\"The mill is closed,\" said Mr. Pollard.\n\n"
      "\"Since when?\" said Miss Crane.\n\n"
      "\"Since the flood,\" he answered.\n\n"
      "\"How unlucky,\" she replied.\n\n");
  auto qs = quotes_of(text);
  const Quote* he = find(text, qs, "Since the flood");
  const Quote* she = find(text, qs, "How unlucky");
  BOOST_TEST_REQUIRE(he != nullptr);
  BOOST_TEST_REQUIRE(she != nullptr);
  BOOST_TEST(str(text, he->speaker) == "he");
  BOOST_TEST(str(text, he->entity) == "Mr. Pollard");
  BOOST_TEST(to_string(he->entity_rule) == "pronoun");
  BOOST_TEST(str(text, she->entity) == "Miss Crane");
}

BOOST_AUTO_TEST_CASE(dialogue_vocative_names_the_next_speaker_never_the_speaker) {
  // three people; the second turn addresses Dr. Vane, who answers next
  std::string text = conversation(
      "Mr. Pollard, Miss Crane and Dr. Vane sat by the fire.\n\n"
      "\"The ferry is stopped,\" said Mr. Pollard.\n\n"
      "\"Dr. Vane, will you not stay the night?\" said Miss Crane.\n\n"
      "\"I had better ride home before dark.\"\n\n");
  auto qs = quotes_of(text);
  const Quote* answer = find(text, qs, "ride home before dark");
  BOOST_TEST_REQUIRE(answer != nullptr);
  BOOST_TEST(str(text, answer->entity) == "Dr. Vane");
  BOOST_TEST(to_string(answer->speaker_rule) == "addressed");
  const Quote* asks = find(text, qs, "will you not stay");
  BOOST_TEST_REQUIRE(asks != nullptr);
  BOOST_TEST(str(text, asks->entity) == "Miss Crane");
}

BOOST_AUTO_TEST_CASE(dialogue_kin_and_title_descriptions_resolve_to_characters) {
  std::string text = conversation(
      "Mr. Pollard and Mrs. Pollard dined with Lady Ashby.\n\n"
      "\"My dear, the soup is cold,\" said his wife.\n\n"
      "\"Then send it back,\" said her ladyship.\n\n");
  auto qs = quotes_of(text);
  const Quote* wife = find(text, qs, "the soup is cold");
  const Quote* lady = find(text, qs, "send it back");
  BOOST_TEST_REQUIRE(wife != nullptr);
  BOOST_TEST_REQUIRE(lady != nullptr);
  BOOST_TEST(str(text, wife->speaker) == "his wife");
  BOOST_TEST(str(text, wife->entity) == "Mrs. Pollard");
  BOOST_TEST(to_string(wife->entity_rule) == "description");
  BOOST_TEST(str(text, lady->entity) == "Lady Ashby");
}

BOOST_AUTO_TEST_CASE(dialogue_nickname_and_bare_surname_resolve_to_one_character) {
  std::string text = conversation(
      "Elizabeth Crane walked out with Mr. Pollard.\n\n"
      "\"Are you tired?\" said Pollard.\n\n"
      "\"Not in the least,\" said Elizabeth.\n\n"
      "\"Then we go on,\" said he.\n\n"
      "\"By all means,\" said Lizzy.\n\n");
  auto qs = quotes_of(text);
  const Quote* him = find(text, qs, "Are you tired");
  const Quote* her = find(text, qs, "Not in the least");
  const Quote* nick = find(text, qs, "By all means");
  BOOST_TEST_REQUIRE(him != nullptr);
  BOOST_TEST_REQUIRE(her != nullptr);
  BOOST_TEST_REQUIRE(nick != nullptr);
  BOOST_TEST(str(text, him->entity) == "Mr. Pollard");
  BOOST_TEST(str(text, her->entity) == str(text, nick->entity));
  BOOST_TEST(str(text, nick->speaker) == "Lizzy");
}

BOOST_AUTO_TEST_CASE(dialogue_short_narration_is_a_silent_turn) {
  // `Mr. Pollard bowed.` answers Miss Crane: the next bare turn is hers again
  std::string text = conversation(
      "\"The ferry is stopped,\" said Mr. Pollard.\n\n"
      "\"Then you must stay,\" said Miss Crane.\n\n"
      "Mr. Pollard bowed.\n\n"
      "\"I will have a room made ready.\"\n\n");
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "room made ready");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->entity) == "Miss Crane");
}

BOOST_AUTO_TEST_CASE(dialogue_turn_after_narration_goes_to_its_subject) {
  std::string text = conversation(
      "\"The ferry is stopped,\" said Mr. Pollard.\n\n"
      "\"Then you must stay,\" said Miss Crane.\n\n"
      "Dr. Vane came in from the garden. He shook the rain from his coat, and said, "
      "\"The river is over the road.\"\n\n");
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "over the road");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->entity) == "Dr. Vane");
}

BOOST_AUTO_TEST_CASE(dialogue_pronoun_after_narration_goes_to_a_clause_subject_there) {
  // `… before Mr. Vane came up to them. ¶ "…," said he`: the subject of the clause inside the
  // narration, not the man the novel names most (Mr. Pollard)
  std::string text = conversation(
      "\"The ferry is stopped,\" said Mr. Pollard.\n\n"
      "\"Then you must stay,\" said Miss Crane.\n\n"
      "\"Mr. Pollard never stays,\" said Mr. Pollard.\n\n"
      "Miss Crane had scarcely answered Mr. Pollard, before Mr. Vane came up to them with "
      "great haste.\n\n"
      "\"I have found out,\" said he, \"that the bridge is down.\"\n\n");
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "found out");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->entity) == "Mr. Vane");
}

BOOST_AUTO_TEST_CASE(dialogue_pronoun_goes_to_the_one_man_the_paragraph_before_names) {
  // Mr. Pollard is named most, but the paragraph just before the turn names only Vane
  std::string text = conversation(
      "Mr. Pollard met Mr. Vane at the inn.\n\n"
      "\"The ferry is stopped,\" said Mr. Pollard.\n\n"
      "\"Then you must stay,\" said Miss Crane.\n\n"
      "\"Mr. Pollard never stays,\" said Mr. Pollard.\n\n"
      "She thought of Mr. Pollard and his ferry all that evening.\n\n"
      "She walked out at dusk, and was overtaken on the lane by Vane.\n\n"
      "\"I am afraid I interrupt your walk?\" said he, as he joined her.\n\n");
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "interrupt your walk");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->speaker) == "he");
  BOOST_TEST(str(text, q->entity) == "Mr. Vane");
}

BOOST_AUTO_TEST_CASE(dialogue_word_before_a_surname_makes_no_new_character) {
  // `Poor Vane` makes no character of its own, with no gender: `Vane` is Mr. Vane, a man,
  // and `said he` after him is his, not the other party's
  std::string text = conversation(
      "Mr. Vane, Mr. Pollard and Miss Crane walked to the bridge.\n\n"
      "\"It is down,\" said Mr. Pollard.\n\n"
      "\"Then we are stuck,\" said Miss Crane.\n\n"
      "Poor Vane had walked all day.\n\n"
      "Miss Crane looked at Vane with pity.\n\n"
      "\"Then we go round by the mill,\" said he.\n\n");
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "round by the mill");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->entity) == "Mr. Vane");
}

BOOST_AUTO_TEST_CASE(dialogue_agent_of_a_participle_ending_the_narration_speaks_next) {
  // `…, when thus accosted by Miss Crane. ¶ "…"`: she speaks, not the other party
  std::string text = conversation(
      "\"The ferry is stopped,\" said Mr. Pollard.\n\n"
      "\"Then we wait,\" said Mr. Vane.\n\n"
      "Mr. Pollard turned to the window, and was lost in thought, when thus accosted by Miss "
      "Crane.\n\n"
      "\"I can guess the subject of your reverie.\"\n\n");
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "subject of your reverie");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->entity) == "Miss Crane");
}

BOOST_AUTO_TEST_CASE(dialogue_rules_stay_out_of_news) {
  // a news article with a few bare quote paragraphs is not a dialogue
  std::string_view text =
      "The council voted on Tuesday to close the bridge.\n\n"
      "\"We had no choice,\" Mayor Ann Ruiz said.\n\n"
      "\"Repairs will take at least six months and cost the city $4 million.\"\n\n"
      "Residents said the closure would add an hour to their commute.";
  auto qs = quotes_of(text);
  for (const Quote& q : qs) {
    BOOST_TEST(to_string(q.speaker_rule) != "addressed");
    BOOST_TEST(to_string(q.speaker_rule) != "preceding_mention");
    BOOST_TEST(to_string(q.speaker_rule) != "alternation");
  }
  const Quote* q = find(text, qs, "Repairs will take");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->entity) == "Ann Ruiz");
}

BOOST_AUTO_TEST_CASE(participle_joined_by_dash_time_word_or_conjunction_is_a_report) {
  struct Row {
    const char* text;
    const char* content;
    const char* cue;
  };
  const Row rows[] = {
      {"Governor Lena Ortiz changed course on the spot \xe2\x80\x93 saying the state would "
       "reopen the bridge by spring.",
       "the state would reopen the bridge by spring", "saying"},
      {"Mayor Tom Reyes told reporters the budget was balanced, before insisting that the city "
       "would not raise property taxes this year.",
       "the city would not raise property taxes this year", "insisting"},
      {"Senator Maria Lopez attacked the bill on Tuesday, calling it reckless and suggesting "
       "that it would cost rural hospitals millions of dollars.",
       "it would cost rural hospitals millions of dollars", "suggesting"},
  };
  for (const Row& r : rows) {
    std::string_view text = r.text;
    auto qs = quotes_of(text);
    const Quote* q = find(text, qs, r.content);
    BOOST_TEST_REQUIRE(q != nullptr, r.text);
    BOOST_TEST(str(text, q->cue) == r.cue);
    BOOST_TEST(str(text, q->content).find(r.content) != std::string_view::npos);
  }
  // a participle after `and` with no earlier participle is no report of its own
  std::string_view text = "Traffic on the bridge and parking fees rose sharply last year.";
  BOOST_TEST(quotes_of(text).empty());
}

BOOST_AUTO_TEST_CASE(speaking_about_a_topic_reports_the_topic) {
  expect_reports(
      {
          {"Governor Lena Ortiz spoke about the need for stricter rules on groundwater pumping.",
           "the need for stricter rules on groundwater pumping", "Governor Lena Ortiz"},
          {"The senator has spoken out repeatedly about the cost of prescription drugs.",
           "the cost of prescription drugs", "The senator"},
          {"Mayor Tom Reyes spoke warmly of his years as a firefighter in the city.",
           "his years as a firefighter in the city", "Mayor Tom Reyes"},
      },
      false);
  // `spoke to` an audience is no topic
  std::string_view text = "The governor spoke to farmers at the county fair on Saturday.";
  BOOST_TEST(quotes_of(text).empty());
}

BOOST_AUTO_TEST_CASE(object_cue_content_ends_before_a_time_adjunct) {
  std::string_view text =
      "Senator Maria Lopez criticized the new pipeline route during a town hall in Bismarck.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "pipeline route");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->content) == "the new pipeline route");
  // a time phrase of a verb inside the object stays: `the accord adopted after …`
  std::string_view text2 =
      "Senator Maria Lopez criticized the trade accord adopted after two weeks of talks.";
  auto qs2 = quotes_of(text2);
  const Quote* q2 = find(text2, qs2, "trade accord");
  BOOST_TEST_REQUIRE(q2 != nullptr);
  BOOST_TEST(str(text2, q2->content) == "the trade accord adopted after two weeks of talks");
}

BOOST_AUTO_TEST_CASE(cognition_verb_after_a_bare_quantity_is_a_report) {
  std::string_view text =
      "The council approved the budget on Monday. But few believe the new levy will cover the "
      "cost of the stadium.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "new levy");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->cue) == "believe");
  BOOST_TEST(str(text, q->speaker) == "few");
  BOOST_TEST(str(text, q->content) == "the new levy will cover the cost of the stadium");
}

BOOST_AUTO_TEST_CASE(content_before_told_and_its_audience_is_a_report) {
  // the audience of `told` may be a short common noun phrase, and `this week` an adverbial
  const char* const texts[] = {
      "The plant will close by the end of the year, union official Dana Reyes told a Senate "
      "panel Wednesday.",
      "The plant will close by the end of the year, union official Dana Reyes told POLITICO "
      "earlier this week.",
      "The plant will close by the end of the year, Dana Reyes told the court in her filing.",
  };
  for (std::string_view text : texts) {
    auto qs = quotes_of(text);
    BOOST_TEST_CONTEXT(text) {
      const Quote* q = find(text, qs, "plant will close");
      BOOST_TEST_REQUIRE(q != nullptr);
      BOOST_TEST(str(text, q->content) == "The plant will close by the end of the year");
      BOOST_TEST(str(text, q->cue) == "told");
      BOOST_TEST(str(text, q->entity) == "Dana Reyes");
    }
  }
}

BOOST_AUTO_TEST_CASE(passive_report_with_its_agent_after_by) {
  expect_reports(
      {
          {"As reported by the Associated Press, the governor signed the water bill on Friday.",
           "the governor signed the water bill on Friday", "the Associated Press"},
          {"The governor signed the water bill on Friday, as first reported by The Boston Globe.",
           "The governor signed the water bill on Friday", "The Boston Globe"},
          {"News of the governor's decision was first reported by the Miami Herald.",
           "News of the governor's decision", "the Miami Herald"},
      },
      true, [](std::string_view text, const Quote& q) {
        BOOST_TEST(str(text, q.cue) == "reported");
        BOOST_TEST((q.kind == QuoteKind::indirect));
      });
  // a passive of another verb, or an agent followed by more of the clause, is no report
  BOOST_TEST(quotes_of("The water bill was passed by the state Senate.").empty());
  BOOST_TEST(quotes_of("He was reported by his neighbors to the police.").empty());
}

BOOST_AUTO_TEST_CASE(relative_object_cue_with_as_reports_the_description) {
  std::string_view text =
      "The chief of police praised the marchers, whom she described as \"peaceful,\" for their "
      "restraint.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "peaceful");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->speaker) == "she");
  BOOST_TEST((q->kind == QuoteKind::mixed));
  // the content stops at the closing mark: the writer's `for their restraint` is not in it
  BOOST_TEST(str(text, q->content).find("restraint") == std::string_view::npos);
  BOOST_TEST(str(text, q->content).find("as \"peaceful") != std::string_view::npos);
}

BOOST_AUTO_TEST_CASE(object_cue_content_ends_before_a_second_report) {
  // `, adding` after a comma inside the closing mark is a report of its own
  std::string_view text =
      "The mayor described the new budget as \"a betrayal of trust,\" adding that she would veto "
      "it.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "betrayal");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->content).find("adding") == std::string_view::npos);
  const Quote* q2 = find(text, qs, "veto");
  BOOST_TEST_REQUIRE(q2 != nullptr);
  BOOST_TEST(str(text, q2->content) == "she would veto it");
  BOOST_TEST(str(text, q2->speaker) == "The mayor");
  // `and has said that …`: a conjunction, an auxiliary and a cue end the first content
  std::string_view text2 =
      "The governor describes himself as a fiscal conservative and has said that he will cut "
      "taxes.";
  auto qs2 = quotes_of(text2);
  const Quote* q3 = find(text2, qs2, "fiscal");
  BOOST_TEST_REQUIRE(q3 != nullptr);
  BOOST_TEST(str(text2, q3->content) == "himself as a fiscal conservative");
  const Quote* q4 = find(text2, qs2, "cut taxes");
  BOOST_TEST_REQUIRE(q4 != nullptr);
  BOOST_TEST(str(text2, q4->content) == "he will cut taxes");
  // an object cue's `that` after its object belongs to the object
  std::string_view text3 = "Analysts described the voters as so frustrated that they stayed home.";
  auto qs3 = quotes_of(text3);
  BOOST_TEST_REQUIRE(qs3.size() == 1u);
  BOOST_TEST(str(text3, qs3[0].content) == "the voters as so frustrated that they stayed home");
}

BOOST_AUTO_TEST_CASE(coordinated_cue_takes_the_subject_of_its_own_clause) {
  expect_reports(
      {
          // the subject after an adverbial subordinator, not the main clause's
          {"Supporters cheered when Lopez thanked the volunteers and said the race was far from "
           "over.",
           "the race was far from over", "Lopez"},
          // the relative pronoun of the clause (resolved to its antecedent), not the sentence's
          // subject
          {"Reporters spoke with Dana Reyes, who opened her door on Sunday and said she would vote "
           "for the mayor.",
           "she would vote for the mayor", "who"},
          // past an apposition, a participle phrase or a relative clause set off by commas
          {"The senator, who was elected in 2010, voted against the bill and said it was too "
           "costly.",
           "it was too costly", "The senator"},
          {"Mayor Lopez, speaking on local radio, called the plan reckless and said the city could "
           "not afford it.",
           "the city could not afford it", "Mayor Lopez"},
          // past an opening phrase set off by a comma
          {"But on Friday, she toured the flooded streets and warned that more rain was coming.",
           "more rain was coming", "she"},
      },
      false);
}

BOOST_AUTO_TEST_CASE(relative_clause_with_a_gap_after_a_present_tense_cue) {
  expect_reports(
      {
          {"Turnout rose sharply among independents, which Democrats say could help the senator.",
           "which Democrats say could help the senator", "Democrats"},
          {"The mill offers the kind of work that many economists say is vanishing in the region.",
           "that many economists say is vanishing in the region", "many economists"},
          {"The speech, which even critics say was her strongest, drew loud cheers.",
           "which even critics say was her strongest", "even critics"},
          {"They are focused on the troop drawdown, which they say created a vacuum for "
           "extremists.",
           "which they say created a vacuum for extremists", "they"},
      },
      true);
  // a noun before a verb is still no cue, and `that` opening a complement is no gap
  BOOST_TEST(quotes_of("Health worries have kept many voters at home.").empty());
  std::string_view text = "The study found that social scientists say personality is stable.";
  for (const Quote& q : quotes_of(text))
    BOOST_TEST(str(text, q.content).find("that social") == std::string_view::npos);
}

BOOST_AUTO_TEST_CASE(according_to_vouches_for_the_last_clause_before_it) {
  struct Row {
    const char* text;
    const char* content;
  };
  const Row rows[] = {
      {"Turnout fell sharply this year, with roughly two million fewer voters casting ballots, "
       "according to state election data.",
       "roughly two million fewer voters casting ballots"},
      {"The council approved the stadium deal, which will cost taxpayers $300 million, according "
       "to a city audit.",
       "which will cost taxpayers $300 million"},
      {"At the same time, the levy has not driven banks away: the city remained the largest "
       "trading hub in 2015, according to one industry index.",
       "the city remained the largest trading hub in 2015"},
      // a relative clause closed before the main clause goes on is not the last clause
      {"The carbon tax, which rose sharply in 2012, cut emissions by 15 percent, according to a "
       "study.",
       "The carbon tax, which rose sharply in 2012, cut emissions by 15 percent"},
  };
  for (const Row& r : rows) {
    std::string_view text = r.text;
    auto qs = quotes_of(text);
    BOOST_TEST_CONTEXT(text) {
      const Quote* q = find(text, qs, r.content);
      BOOST_TEST_REQUIRE(q != nullptr);
      BOOST_TEST(str(text, q->content) == r.content);
      BOOST_TEST(q->cue_lemma == "according to");
    }
  }
}

BOOST_AUTO_TEST_CASE(participle_and_said_find_subjects_past_openers_and_appositions) {
  // a subject with two parts set off by commas before the verb the participle follows
  std::string_view text =
      "Sen. Maria Lopez, D-N.M., who faces a close race this fall, withdrew her endorsement of "
      "the mayor, saying he lacks the temperament to lead the city.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "temperament");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->speaker) == "Sen. Maria Lopez");
  BOOST_TEST(str(text, q->content) == "he lacks the temperament to lead the city");
  // an opening participle phrase, then a name with an age
  std::string_view text2 =
      "Appearing before supporters on Monday morning, Lopez, 70, said it was too early to claim "
      "victory.";
  auto qs2 = quotes_of(text2);
  const Quote* q2 = find(text2, qs2, "too early");
  BOOST_TEST_REQUIRE(q2 != nullptr);
  BOOST_TEST(str(text2, q2->speaker) == "Lopez");
  // a name ending in -ing before its verb is no opening participle
  std::string_view text3 = "Fleming said the talks would resume on Friday.";
  auto qs3 = quotes_of(text3);
  BOOST_TEST_REQUIRE(qs3.size() == 1u);
  BOOST_TEST(str(text3, qs3[0].speaker) == "Fleming");
}

BOOST_AUTO_TEST_CASE(poll_answer_ends_before_the_writers_comparison) {
  std::string_view text =
      "In the latest survey, 54 percent of voters said the governor deserved a second term, "
      "compared with 38 percent in March.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "second term");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->content) == "the governor deserved a second term");
  // a source vouches for the comparison too
  std::string_view text2 =
      "The governor has raised $4 million, compared with $1 million for his rival, according to "
      "campaign filings.";
  auto qs2 = quotes_of(text2);
  const Quote* q2 = find(text2, qs2, "raised");
  BOOST_TEST_REQUIRE(q2 != nullptr);
  BOOST_TEST(str(text2, q2->content).find("for his rival") != std::string_view::npos);
}

BOOST_AUTO_TEST_CASE(telling_an_audience_before_a_direct_quote_is_its_cue) {
  std::string_view text =
      "The governor brushed off the criticism on Tuesday, telling reporters, \"We have the votes "
      "to pass this budget.\"";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "We have the votes");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST((q->kind == QuoteKind::direct));
  BOOST_TEST(str(text, q->cue) == "telling");
  BOOST_TEST(str(text, q->speaker) == "The governor");
  // another participle before its object is no cue of the quote
  std::string_view text2 =
      "The governor left the room, holding a sign that read, \"No new taxes this year.\"";
  for (const Quote& q2 : quotes_of(text2)) BOOST_TEST(str(text2, q2.cue) != "holding");
}

BOOST_AUTO_TEST_CASE(said_then_adding_a_direct_quote_keeps_both_reports) {
  std::string_view text =
      "The suspect rarely spoke to other worshippers and left as soon as prayers ended, a "
      "spokesman "
      "said, adding, \"He was not a regular here.\"";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "rarely spoke");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->cue) == "said");
  BOOST_TEST(str(text, q->speaker) == "a spokesman");
  const Quote* d = find(text, qs, "not a regular");
  BOOST_TEST_REQUIRE(d != nullptr);
  BOOST_TEST((d->kind == QuoteKind::direct));
  BOOST_TEST(str(text, d->cue) == "adding");
  BOOST_TEST(str(text, d->speaker) == "a spokesman");
}

BOOST_AUTO_TEST_CASE(elliptic_answer_after_said_is_a_report) {
  std::string_view text =
      "Reporters asked whether the senator would back the nominee. Senator Lopez said she would.";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "she would");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->content) == "she would");
  BOOST_TEST(str(text, q->speaker) == "Senator Lopez");
  // two words that go on are no elliptic clause
  std::string_view text2 = "Senator Lopez said she would in a statement.";
  for (const Quote& q2 : quotes_of(text2)) BOOST_TEST(str(text2, q2.content) != "she would");
}

BOOST_AUTO_TEST_CASE(parenthetical_cue_before_a_dash_reports_the_clause_before) {
  std::string_view text =
      "Such a move could alienate his base, the governor's allies believe — voters he will need "
      "in November.";
  auto qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].content) == "Such a move could alienate his base");
  BOOST_TEST(str(text, qs[0].speaker) == "the governor's allies");
  // between two dashes, the cue speaks for the words after the opening one
  std::string_view text2 =
      "The issue is not whether he quits before the vote — that will not happen, his aides say — "
      "but how he leaves.";
  auto qs2 = quotes_of(text2);
  BOOST_TEST_REQUIRE(qs2.size() == 1u);
  BOOST_TEST(str(text2, qs2[0].content) == "that will not happen");
  BOOST_TEST(str(text2, qs2[0].speaker) == "his aides");
}

BOOST_AUTO_TEST_CASE(subject_with_a_relative_clause_ending_in_a_common_noun) {
  struct Row {
    const char* text;
    const char* speaker;
  };
  const Row rows[] = {
      {"Farmers who rely on the river for irrigation said the new dam would ruin their crops.",
       "Farmers"},
      {"Lopez and other residents who oppose the pipeline said the new dam would ruin their crops.",
       "Lopez and other residents"},
  };
  for (const Row& r : rows) {
    std::string_view text = r.text;
    auto qs = quotes_of(text);
    BOOST_TEST_CONTEXT(text) {
      BOOST_TEST_REQUIRE(qs.size() == 1u);
      BOOST_TEST(str(text, qs[0].content) == "the new dam would ruin their crops");
      BOOST_TEST(str(text, qs[0].speaker) == r.speaker);
    }
  }
}

BOOST_AUTO_TEST_CASE(report_ends_before_a_second_past_verb_of_the_speaker) {
  expect_reports(
      {
          {"The mayor said the budget talks had stalled, but praised the council for its patience.",
           "the budget talks had stalled", "The mayor"},
          {"Union leaders said they would not sign the contract, and then walked out of the "
           "meeting.",
           "they would not sign the contract", "Union leaders"},
          {"The coach said the team was ready, and has scheduled two more practices this week.",
           "the team was ready", "The coach"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(infinitive_cue_takes_the_subject_that_controls_it) {
  expect_reports(
      {
          // the subject of the verb before `to`
          {"The governor was quick to add that the tax would expire in two years.",
           "the tax would expire in two years", "The governor"},
          {"Later that day she appeared to suggest that the vote could be delayed.",
           "the vote could be delayed", "she"},
          // the subject of the main clause of a purpose infinitive
          {"The minister went out of her way to stress that no jobs would be lost.",
           "no jobs would be lost", "The minister"},
          // the object of an object-control verb, past its apposition
          {"The hearing forced Ms. Ortiz, the agency's director, to admit that the audit was "
           "late.",
           "the audit was late", "Ms. Ortiz"},
          {"The strong result led the senator to declare that the race was over.",
           "the race was over", "the senator"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(quoted_words_in_an_apposition_do_not_take_the_cue) {
  // `"…," said he doesn't …` is a reported clause after the cue, not an inverted speaker: the
  // quoted words stay a fragment and the subject before the apposition speaks
  expect_reports(
      {
          {"Ramirez, who once called the plan \"a fantasy,\" said she doesn't expect it to pass.",
           "she doesn't expect it to pass", "Ramirez"},
          {"The mayor, citing \"years of neglect,\" said the bridge would be closed for repairs.",
           "the bridge would be closed for repairs", "The mayor"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(relative_clause_inside_the_reported_subject_keeps_the_content) {
  expect_reports(
      {
          // the clause's verb comes after the relative clause: the content goes on
          {"The minister said the new port, which opened in March, would double exports by 2030.",
           "the new port, which opened in March, would double exports by 2030", "The minister"},
          // a relative clause closing the sentence is still the writer's
          {"The minister said exports would double at the new port, which opened in March.",
           "exports would double at the new port", "The minister"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(title_case_headline_cue_after_an_opening_phrase) {
  expect_reports(
      {
          // past an opening phrase set off by a comma or a colon, and a capitalised adverb
          {"After The Storm, Mayor Lopez Said The City Will Rebuild Every Home.\n\nThe storm hit "
           "on "
           "Monday.",
           "The City Will Rebuild Every Home", "Mayor Lopez"},
          {"Breaking: Senator Ortiz Just Said Her Bill Has The Votes.\n\nThe vote is on Friday.",
           "Her Bill Has The Votes", "Senator Ortiz"},
          // a related headline further down the article
          {"The council met on Monday.\n\nIt voted on the budget.\n\nThe mayor was absent.\n\nGov. "
           "Ruiz Says State Will Cover The Shortfall.",
           "State Will Cover The Shortfall", "Gov. Ruiz"},
      },
      false);
  // `Responds To …` is an act, not a report
  std::string_view text =
      "Senator Ortiz Responds To Critics Of Her Farm Bill.\n\nShe spoke Monday.";
  BOOST_TEST(find(text, quotes_of(text), "Critics") == nullptr);
}

BOOST_AUTO_TEST_CASE(noun_phrase_set_off_after_the_report_is_the_writers) {
  expect_reports(
      {
          // a summing-up or describing noun phrase after the clause
          {"The mayor said the city would cut 300 jobs, a move that angered the unions.",
           "the city would cut 300 jobs", "The mayor"},
          {"The senator said the audit was ordered by Gov. Ruiz, a longtime rival of the "
           "senator.",
           "the audit was ordered by Gov. Ruiz", "The senator"},
          // an item of a list and an apposition inside the subject stay content
          {"The mayor said the plan covers roads, the new bridge and two schools.",
           "the plan covers roads, the new bridge and two schools", "The mayor"},
          {"The mayor said the budget covers roads, the bridge at Elm Street, and schools.",
           "the budget covers roads, the bridge at Elm Street, and schools", "The mayor"},
          {"The mayor said Ms. Ortiz, a former judge, would lead the inquiry.",
           "Ms. Ortiz, a former judge, would lead the inquiry", "The mayor"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(infinitive_after_a_cue_of_promising_is_its_content) {
  expect_reports(
      {
          {"The governor promised to expand the rail line this summer.",
           "to expand the rail line this summer", "The governor"},
          {"After months of talks, the union agreed to end the strike.", "to end the strike",
           "the union"},
      },
      true);
  // `said to reporters` is still an adverbial, not content
  BOOST_TEST(quotes_of("The mayor spoke briefly and said to reporters on Monday.").empty());
}

BOOST_AUTO_TEST_CASE(quantity_subject_of_an_object_cue) {
  expect_reports(
      {
          {"Some accused the council of hiding the report.", "the council of hiding the report",
           "Some"},
          {"Many blamed the storm for the delays.", "the storm for the delays", "Many"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(name_before_a_colon_inside_a_paragraph_introduces_the_quote) {
  expect_reports(
      {
          {"The early lead did not surprise pollster Dana Reyes: \"Late deciders always break "
           "toward "
           "the challenger.\"",
           "Late deciders always break toward the challenger.", "pollster Dana Reyes"},
          {"Turnout rose in every county - Mark Olsen: \"We have never seen lines this long.\"",
           "We have never seen lines this long.", "Mark Olsen"},
          {"As Professor Ortiz put it: \"The court has never ruled on this question.\"",
           "The court has never ruled on this question.", "Professor Ortiz"},
      },
      false);
}

BOOST_AUTO_TEST_CASE(capitalised_determiner_does_not_cut_a_description_short) {
  // `The retired judge`: an unknown word after a sentence-initial `The` is a modifier of the
  // head noun, not the verb after a name
  expect_reports(
      {
          {"The retired judge has given no reason for the delay, saying only that the file was "
           "incomplete.",
           "the file was incomplete", "The retired judge"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(relative_pronoun_speaker_resolves_to_its_antecedent) {
  expect_reports(
      {
          {"The levy was backed by Dana Ortiz, who said it would fund two new schools.",
           "it would fund two new schools", "who"},
      },
      true, [](std::string_view text, const Quote& q) {
        BOOST_TEST(str(text, q.entity) == "Dana Ortiz");
      });
}

BOOST_AUTO_TEST_CASE(parenthetical_cue_after_a_short_lead_in_keeps_the_clause_after_it) {
  struct Row {
    const char* text;
    const char* first;
    const char* second;
  };
  const Row rows[] = {
      {"Rather, she said, continued delays at the plant will push prices higher.", "Rather",
       "continued delays at the plant will push prices higher"},
      {"And so, he said, while the plan is costly, it will pay for itself.", "And so",
       "while the plan is costly, it will pay for itself"},
      {"The vote is set for May, he noted, so the bill may pass before the summer.",
       "The vote is set for May", "so the bill may pass before the summer"},
  };
  for (const Row& r : rows) {
    std::string_view text = r.text;
    auto qs = quotes_of(text);
    BOOST_TEST_CONTEXT(text) {
      BOOST_TEST_REQUIRE(qs.size() == 1u);
      BOOST_TEST_REQUIRE(qs[0].segments.size() == 2u);
      BOOST_TEST(str(text, qs[0].segments[0]) == r.first);
      BOOST_TEST(str(text, qs[0].segments[1]) == r.second);
    }
  }
}

BOOST_AUTO_TEST_CASE(negated_contraction_sits_between_subject_and_cue) {
  // `don't`, `hasn't` and their forms with a typographic apostrophe are auxiliaries
  expect_reports(
      {
          {"Local farmers don't think the new dam will hold.", "the new dam will hold",
           "Local farmers"},
          {"Local farmers don\u2019t think the new dam will hold.", "the new dam will hold",
           "Local farmers"},
          {"The county hasn\u2019t said when the road will reopen.", "when the road will reopen",
           "The county"},
      },
      true);
  // a negated copula before a past participle is a passive: no report
  BOOST_TEST(quotes_of("The refugees aren't admitted until they are screened for months.").empty());
  // a negated belief inside reported content does not cut it short
  expect_reports({{"She told the board that despite the delays, she didn't think the project was "
                   "at risk.",
                   "despite the delays, she didn't think the project was at risk", "She"}},
                 true);
}

BOOST_AUTO_TEST_CASE(owned_promise_takes_its_infinitive) {
  expect_reports(
      {
          {"Voters cheered his promise to rebuild the harbor within two years.",
           "to rebuild the harbor within two years", "his"},
          {"Critics mocked the mayor's promise to hire 200 officers.", "to hire 200 officers",
           "the mayor"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(topic_of_a_warning_or_writing_is_its_content) {
  expect_reports(
      {
          {"The governor warned of a serious threat from the rising river.",
           "a serious threat from the rising river", "The governor"},
          {"Health officials warned against travel to the region.", "travel to the region",
           "Health officials"},
          {"The former senator wrote about her years in the state legislature.",
           "her years in the state legislature", "The former senator"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(participle_subject_past_a_party_and_state) {
  std::string_view text =
      "In a statement on Friday, Sen. Maria Lopez (D-N.M.) reacted to the ruling, saying: \"The "
      "court got this one badly wrong.\"";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "The court got this one badly wrong.");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->speaker) == "Sen. Maria Lopez");
}

BOOST_AUTO_TEST_CASE(cue_noun_before_a_participle_cue_is_not_its_verb) {
  // `the comments` is a noun: the participle `telling` is the quote's cue
  std::string_view text =
      "Ortiz seemed unmoved by the remarks, telling reporters, \"The council should resign.\"";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "The council should resign.");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->speaker) == "Ortiz");
  BOOST_TEST(str(text, q->cue) == "telling");
}

BOOST_AUTO_TEST_CASE(subject_after_an_opening_adverbial_clause) {
  std::string_view text =
      "When asked about the budget, Mayor Ortiz smiled and said, \"We will balance it by June.\"";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "We will balance it by June.");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->speaker) == "Mayor Ortiz");
  expect_reports({{"After the vote, the senator stood up and said the bill was dead.",
                   "the bill was dead", "the senator"}},
                 true);
}

BOOST_AUTO_TEST_CASE(participle_with_an_agent_after_by_is_no_report) {
  BOOST_TEST(
      quotes_of("The memo compared the figures reported by the agency with its own.").empty());
  BOOST_TEST(
      quotes_of("Additional reporting by Ana Ruiz in Madrid and Lee Park in Seoul.").empty());
}

BOOST_AUTO_TEST_CASE(report_ends_before_a_new_clause_of_the_writer_after_comma_and) {
  expect_reports(
      {
          {"The mayor said the new rules were unfair to small shops, and the city council has "
           "already voted to delay them.",
           "the new rules were unfair to small shops", "The mayor"},
          {"Ortiz said she had not seen the video before Friday, and Reyes released it a day "
           "later.",
           "she had not seen the video before Friday", "Ortiz"},
      },
      true);
  // a coordinated clause without a subject of its own, or with a pronoun, is handled elsewhere;
  // `and` joining two noun phrases stays content
  expect_reports({{"The mayor said the city needs new schools, and roads and bridges too.",
                   "the city needs new schools, and roads and bridges too", "The mayor"}},
                 true);
}

BOOST_AUTO_TEST_CASE(document_participle_before_a_quote_speaks_for_the_subject) {
  std::string_view text =
      "The union issued a statement Friday saying, \"We will not return until the contract is "
      "signed.\"";
  auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "We will not return until the contract is signed.");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->speaker) == "The union");
  BOOST_TEST(str(text, q->cue) == "saying");
}

BOOST_AUTO_TEST_CASE(adverbial_clause_after_that_keeps_its_main_clause_in_the_content) {
  expect_reports(
      {
          {"Lamp told analysts that when the plant reopens, the company will report higher "
           "margins.",
           "when the plant reopens, the company will report higher margins", "Lamp"},
          {"Officials said that, even if the count were reopened, the board would announce the "
           "same result.",
           "even if the count were reopened, the board would announce the same result",
           "Officials"},
          {"The governor insisted that despite the storm damage, the harbor remains open to "
           "shipping.",
           "despite the storm damage, the harbor remains open to shipping", "The governor"},
      },
      true);
  // a main clause that is a report of its own keeps its own content
  expect_reports({{"The senator conceded that while the bill was flawed, she argued it was "
                   "better than nothing.",
                   "while the bill was flawed", "The senator"}},
                 false);
}

BOOST_AUTO_TEST_CASE(coordinated_cue_after_an_opening_adverbial_takes_the_first_verbs_subject) {
  expect_reports(
      {
          {"In a long, televised interview with a local station last year, Ortiz said she "
           "welcomed the audit and added, \"We have nothing to hide.\"",
           "We have nothing to hide.", "Ortiz"},
          {"Speaking at the party's headquarters on Monday, the chairman, 70, said it was too "
           "early to declare victory but added, \"The trend is clear.\"",
           "The trend is clear.", "the chairman"},
      },
      false);
}

BOOST_AUTO_TEST_CASE(participle_after_a_quoted_fragment_speaks_for_the_clause_subject) {
  expect_reports(
      {
          {"The mayor called the plan \"a disaster,\" adding, \"We will fight it in court.\"",
           "We will fight it in court.", "The mayor"},
          {"The union called the offer \"an insult,\" adding, \"Our members deserve better.\"",
           "Our members deserve better.", "The union"},
      },
      false);
}

BOOST_AUTO_TEST_CASE(audience_of_tell_ends_before_the_reported_clause_subject) {
  expect_reports(
      {
          {"Chairman Mark Green told a news conference the company expects sales to rise this "
           "year.",
           "the company expects sales to rise this year", "Chairman Mark Green"},
          {"Ortiz told the AP her group never worked with the lobbying firm.",
           "her group never worked with the lobbying firm", "Ortiz"},
          {"The senator told his aides he would not seek another term.",
           "he would not seek another term", "The senator"},
          {"A spokesman told The Washington Post the review would take months.",
           "the review would take months", "A spokesman"},
          {"The rescue agency told The Jakarta Post it was ending its search.",
           "it was ending its search", "The rescue agency"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(cue_with_comma_after_a_full_stop_quote_introduces_the_next_quote) {
  const std::string_view text =
      "The premier tweeted \"We are with the victims and their families.\" President Anna "
      "Kowal remarked, \"Today the whole nation grieves.\"";
  const auto qs = quotes_of(text);
  const Quote* first = find(text, qs, "We are with the victims and their families.");
  const Quote* second = find(text, qs, "Today the whole nation grieves.");
  BOOST_TEST_REQUIRE(first != nullptr);
  BOOST_TEST_REQUIRE(second != nullptr);
  BOOST_TEST(first != second);
  BOOST_TEST(str(text, first->speaker) == "The premier");
  BOOST_TEST(str(text, second->speaker) == "President Anna Kowal");
  BOOST_TEST(str(text, second->cue) == "remarked");
}

BOOST_AUTO_TEST_CASE(time_word_owning_a_noun_opens_the_content) {
  expect_reports(
      {
          {"Finance Minister Palle Holm said today's downgrade should not be over-dramatised.",
           "today's downgrade should not be over-dramatised", "Finance Minister Palle Holm"},
          {"The minister said last year's budget deficit was financed by the central bank.",
           "last year's budget deficit was financed by the central bank", "The minister"},
          {"A police spokesman said there's no sign of foul play.", "there's no sign of foul play",
           "A police spokesman"},
          {"The fire chief said there were 12 people inside the building.",
           "there were 12 people inside the building", "The fire chief"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(past_form_as_adjective_and_noun_before_a_verb_are_no_cues) {
  const char* none[] = {
      "Stocks fell to an estimated 286,440 tonnes in February from 287,940 in January.",
      "The regulator fined the airline for alleged violations of safety rules last year.",
      "Yesterday, the total number of confirmed cases surpassed one million nationwide.",
      "There were states that did not match the overall trend in the survey.",
  };
  for (const char* t : none) {
    const std::string_view text = t;
    BOOST_TEST_CONTEXT(text) {
      BOOST_TEST(quotes_of(text).empty());
    }
  }
  // `reports` before a verb of speech is a noun: the verb after it is the cue
  const std::string_view text = "Some reports suggest a deliberate criminal act.";
  for (const Quote& q : quotes_of(text)) BOOST_TEST(str(text, q.cue) != "reports");
}

BOOST_AUTO_TEST_CASE(one_bare_word_after_a_comma_cue_is_its_object_not_a_speaker) {
  const std::string_view text =
      "One after another, mining companies, including the largest producer, declared "
      "bankruptcy.";
  for (const Quote& q : quotes_of(text)) BOOST_TEST(str(text, q.speaker) != "bankruptcy");
  // a plural of people after the comma is an inverted speaker
  expect_reports({{"The plan will raise costs for small firms, said analysts.",
                   "The plan will raise costs for small firms", "analysts"}},
                 true);
}

BOOST_AUTO_TEST_CASE(participle_subject_with_an_owner_speaks_a_colon_quote) {
  expect_reports({{"Hillary Clinton's top aide rallied supporters, saying: \"We have to be ready "
                   "to stop him.\"",
                   "We have to be ready to stop him.", "Hillary Clinton's top aide"}},
                 true);
  // no subject found for the participle: the report starts after the colon, not at it
  const std::string_view text =
      "The senator emailed supporters saying: \"The struggle continues\" and vowing to fight on.";
  for (const Quote& q : quotes_of(text))
    for (claimex::Span sp : q.segments) BOOST_TEST(str(text, sp).front() != ':');
}

BOOST_AUTO_TEST_CASE(caption_and_note_labels_are_no_transcript_speakers) {
  const std::string_view text =
      "Fans gathered at the convention center on Saturday.\n\nImage: Jane Moreau.\n\nThe "
      "costumes took months to make.\n\nImage: Jane Moreau.\n\nNOTE: Results exclude "
      "earnings from discontinued operations.\n\nNOTE: 1986 period ended February One.\n";
  BOOST_TEST(quotes_of(text).empty());
}

BOOST_AUTO_TEST_CASE(told_and_its_audience_after_a_closed_question_attribute_it) {
  const std::string_view text =
      "The talks ended early. \"Who knows what happens next?\" the minister told Britain's ITV "
      "television station in an interview.";
  const auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "Who knows what happens next?");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->speaker) == "the minister");
  BOOST_TEST(str(text, q->cue) == "told");
}

BOOST_AUTO_TEST_CASE(while_clause_after_a_comma_is_the_writers_contrast) {
  expect_reports(
      {
          {"Forty union locals said they wanted to endorse the senator, while 95 members favored "
           "the governor.",
           "they wanted to endorse the senator", "Forty union locals"},
          {"The fire service indicated the baby was critically ill, while two adults were "
           "seriously injured.",
           "the baby was critically ill", "The fire service"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(long_premodified_name_after_a_quote_speaks_it) {
  const std::vector<std::pair<std::string_view, std::string_view>> rows = {
      {"\"The plan will not survive the winter,\" former White House speechwriter Dana Kessler "
       "said on Monday.",
       "Dana Kessler"},
      {"\"We saw the intrusion within hours,\" CyberWatch co-founder Omar Haddad told "
       "reporters.",
       "Omar Haddad"},
      {"\"The bill is dead on arrival,\" Sen. Laura Whitfield (R-Ohio) said Tuesday.",
       "Sen. Laura Whitfield"},
  };
  check_one_quote(rows, &Quote::speaker);
  // a verb among the words before the name: they are a clause of the writer's, no subject
  const std::string_view text =
      "\"The plan will not survive the winter,\" officials warned as Dana Kessler said on Monday.";
  const auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "The plan will not survive");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->speaker) == "officials");
}

BOOST_AUTO_TEST_CASE(continued_paragraph_with_its_own_cue_is_another_statement) {
  const std::string_view text =
      "\"The cuts hurt families,\" Rep. Ana Ruiz said Friday. \"They hurt schools most of all.\n"
      "\"We have seen this before and we will see it again,\" added Rep. Tom Hale, the "
      "committee's senior Republican.";
  const auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "The cuts hurt families");
  const Quote* b = find(text, qs, "We have seen this before");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST_REQUIRE(b != nullptr);
  BOOST_TEST(a != b);
  BOOST_TEST(str(text, a->speaker) == "Rep. Ana Ruiz");
  BOOST_TEST(str(text, b->speaker) == "Rep. Tom Hale");
}

BOOST_AUTO_TEST_CASE(plural_noun_before_a_finite_cue_heads_the_subject) {
  expect_reports(
      {
          {"Media reports said the minister had resigned overnight.",
           "the minister had resigned overnight", "Media reports"},
          {"Early reports suggested rescuers used chainsaws to reach the survivors.",
           "rescuers used chainsaws to reach the survivors", "Early reports"},
      },
      true,
      [](std::string_view text, const Quote& q) { BOOST_TEST(str(text, q.cue) != "reports"); });
}

BOOST_AUTO_TEST_CASE(double_bracket_labels_of_a_wiki_interview_name_each_answer) {
  const std::string_view text =
      "The engineer spoke to our reporter about the project.\n"
      "((WN)) When did the work on the bridge start?\n"
      "((Maria Lindqvist)) In March 2018. I led a team of six engineers at the time.\n"
      "((WN)) What was the hardest part?\n"
      "((Maria Lindqvist)) The foundations. We had to drill through clay for months.\n";
  const auto qs = quotes_of(text);
  const Quote* a = find(text, qs, "I led a team of six engineers");
  BOOST_TEST_REQUIRE(a != nullptr);
  BOOST_TEST((a->kind == QuoteKind::direct));
  BOOST_TEST(str(text, a->speaker) == "Maria Lindqvist");
  BOOST_TEST(str(text, a->content).substr(0, 14) == "In March 2018.");
  const Quote* b = find(text, qs, "What was the hardest part?");
  BOOST_TEST_REQUIRE(b != nullptr);
  BOOST_TEST(str(text, b->speaker) == "WN");
  // a label used once, or a language tag in lower case, opens no transcript
  const std::string_view once =
      "((ru)) Some text here in a caption line.\n((Jan Novak)) Hello there all.\n";
  for (const Quote& q : quotes_of(once)) BOOST_TEST(str(once, q.speaker) != "Jan Novak");
  // a colon after the brackets is the cue, not the answer's first character
  const std::string_view colon =
      "The candidate answered our questions by email.\n"
      "((WN)) : Which past president do you most admire and why?\n"
      "((WN)) : How would you describe your style of leadership?\n";
  const auto cs = quotes_of(colon);
  BOOST_TEST_REQUIRE(cs.size() == 2u);
  BOOST_TEST(str(colon, cs[0].content) == "Which past president do you most admire and why?");
  BOOST_TEST(str(colon, cs[0].cue) == ":");
  BOOST_TEST(str(colon, cs[1].speaker) == "WN");
}

BOOST_AUTO_TEST_CASE(participle_after_an_opening_adverbial_takes_the_main_subject) {
  expect_reports(
      {
          {"Facing mounting criticism from both parties, Mr. Lopez released a statement on "
           "Sunday, saying the remarks had been taken out of context.",
           "the remarks had been taken out of context", "Mr. Lopez"},
          {"On Thursday, the Montana Farmers Union filed a lawsuit against the state, saying the "
           "new rule would ruin small growers.",
           "the new rule would ruin small growers", "the Montana Farmers Union"},
      },
      true);
  // an owner after the adverbial is no subject of the participle
  const std::string_view text =
      "On the stock exchange, Jaguar's shares were last quoted at 591p, after reporting annual "
      "results in line with expectations, dealers said.";
  for (const Quote& q : quotes_of(text)) BOOST_TEST(str(text, q.speaker) != "Jaguar");
}

BOOST_AUTO_TEST_CASE(cue_word_used_as_a_noun_in_the_subject_is_passed_over) {
  const std::vector<std::pair<std::string_view, std::string_view>> rows = {
      {"\"They feel he is the one candidate who listens,\" Tom Harlan, the president of the "
       "Indiana state teachers union, said.",
       "Tom Harlan"},
      {"\"There is less need for price supports,\" the Heritage Foundation, a conservative think "
       "tank, said in a paper.",
       "the Heritage Foundation"},
  };
  check_one_quote(rows, &Quote::speaker);
}

BOOST_AUTO_TEST_CASE(entity_starts_at_the_first_name_after_a_title) {
  // the words of a title before a first name are not the name; an initial before it is
  const std::vector<std::pair<std::string_view, std::string_view>> rows = {
      {"Chancellor of the Exchequer Nigel Lawson said interest rates would stay high.",
       "Nigel Lawson"},
      {"Secretary of Commerce Malcolm Baldrige said the deficit would narrow this year.",
       "Malcolm Baldrige"},
      {"Investor Martin T. Sosnoff said he would sell his stake in the company.",
       "Martin T. Sosnoff"},
      {"J. Hugh Liedtke said the company would appeal the ruling.", "J. Hugh Liedtke"},
      // right after a role the name starts, whatever words follow
      {"Mexican President Andrés Manuel López Obrador said six people were killed in the "
       "attack.",
       "Andrés Manuel López Obrador"},
      // a first name last, after a name the lexicon lacks, is the surname
      {"Senator Lindsey Graham said the bill would pass next week.", "Lindsey Graham"},
  };
  check_one_quote(rows, &Quote::entity);
}

BOOST_AUTO_TEST_CASE(pronoun_agrees_with_the_gender_of_a_given_name) {
  // `she` skips the nearer man, known as one by his given name only from the name lists
  const std::string_view text =
      "Emily Spanton accused two officers of rape. Antoine Quirin, one of the officers, denied "
      "it in court. She told the court the officers had forced her to drink whiskey.";
  const auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "forced her to drink");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->entity) == "Emily Spanton");
}

BOOST_AUTO_TEST_CASE(plural_common_noun_first_in_a_sentence_names_no_one) {
  // `Dealers said`: a group, not a named speaker, and no antecedent for `he`
  const std::string_view text =
      "Bundesbank president Karl Otto Poehl spoke in Frankfurt on Tuesday. Dealers said the "
      "central bank would leave its rates unchanged. He said the mark was stable. U.S. Officials "
      "said the dollar had fallen far enough.";
  const auto qs = quotes_of(text);
  const Quote* dealers = find(text, qs, "leave its rates unchanged");
  const Quote* he = find(text, qs, "the mark was stable");
  const Quote* officials = find(text, qs, "fallen far enough");
  BOOST_TEST_REQUIRE((dealers && he && officials));
  BOOST_TEST(str(text, dealers->speaker) == "Dealers");
  BOOST_TEST(!dealers->entity.present());
  BOOST_TEST(!officials->entity.present());
  BOOST_TEST(str(text, he->entity) == "Karl Otto Poehl");
}

BOOST_AUTO_TEST_CASE(pronoun_never_stands_for_a_country_or_a_news_agency) {
  // `U.S.` (with periods) and `Reuters` name bodies: `he` after them is nobody named
  const std::string_view text =
      "The U.S. is urging reluctant commercial banks to accept the Philippine proposal, a "
      "Reagan administration official said. He said the plan fit the Third World debt "
      "strategy. Reuters reported that the General Motors plant would close. He said the "
      "China Daily had reported it first.";
  const auto qs = quotes_of(text);
  const Quote* first = find(text, qs, "fit the Third World");
  const Quote* second = find(text, qs, "had reported it first");
  BOOST_TEST_REQUIRE((first && second));
  for (const Quote* q : {first, second}) {
    BOOST_TEST(str(text, q->speaker) == "He");
    BOOST_TEST(!q->entity.present());
  }
}

BOOST_AUTO_TEST_CASE(definite_role_names_the_person_it_came_before) {
  // `industry commissioner Albert Muchanga` ... `The commissioner said`; `a commissioner`
  // is someone of that role, not the one named
  const std::string_view text =
      "The African Union trade and industry commissioner Albert Muchanga announced that Benin "
      "would join the trade zone. The commissioner said the rules of origin were not yet "
      "agreed. A commissioner said the talks would resume in March.";
  const auto qs = quotes_of(text);
  const Quote* the = find(text, qs, "rules of origin");
  const Quote* a = find(text, qs, "talks would resume");
  BOOST_TEST_REQUIRE((the && a));
  BOOST_TEST(str(text, the->entity) == "Albert Muchanga");
  BOOST_TEST(!a->entity.present());
}

BOOST_AUTO_TEST_CASE(participle_speaker_ends_before_an_unlisted_past_verb) {
  // `The company issued a statement …, saying`: the subject is `The company`, not the words
  // up to the verb's object
  expect_reports(
      {
          {"The company issued a statement on Monday, saying it would cut 500 jobs in Ohio.",
           "it would cut 500 jobs in Ohio", "The company"},
          {"A senior official endorsed Mr. Cruz last week, saying he was committed to lower "
           "taxes.",
           "he was committed to lower taxes", "A senior official"},
      },
      false);
}

BOOST_AUTO_TEST_CASE(gerund_after_a_plural_say_is_content_not_an_inverted_speaker) {
  // `…, say raising rates …`: the clause after `say` is what they say; `…, say analysts, who
  // …` is still the inverted speaker
  expect_reports(
      {
          {"Bank economists, like most of their peers, say raising interest rates hurts "
           "exports, jobs and wages.",
           "raising interest rates hurts exports, jobs and wages", "Bank economists"},
          {"The merger will face a long review, say analysts at the bank, who expect a ruling "
           "next year.",
           "The merger will face a long review", "analysts"},
      },
      false);
}

BOOST_AUTO_TEST_CASE(subject_after_any_fronted_clause_opener_speaks) {
  // `Until …,`, `And until …,`: an adverbial clause set off before the speaker
  expect_reports(
      {
          {"Until the strike ended, most of them said they had lost money every week.",
           "they had lost money every week", "most of them"},
          {"And until the plant closed, most of them said they had loved working there.",
           "they had loved working there", "most of them"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(people_noun_subject_of_a_verb_phrase_before_and_said_speaks) {
  // `The officials cleared the hall and said`: the subject of the first verb phrase says it
  expect_reports(
      {
          {"The election officials cleared the hall and said the count would resume on Tuesday.",
           "the count would resume on Tuesday", "The election officials"},
          {"Two officials locked the doors and said the count would resume in the morning.",
           "the count would resume in the morning", "Two officials"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(people_for_or_of_a_group_speak_not_the_group) {
  // `lawyers for the family said`: the people named before `for the family`; `family` is a
  // noun, no adverb (`-ly`)
  expect_reports(
      {
          {"The relatives watched the video on Thursday, lawyers for the family said.",
           "The relatives watched the video on Thursday", "lawyers for the family"},
          {"The city will pay the costs of the funeral, a lawyer for the family said.",
           "The city will pay the costs of the funeral", "a lawyer for the family"},
          {"Leaders of the union said the strike would go on until Friday.",
           "the strike would go on until Friday", "Leaders of the union"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(joined_subject_of_the_content_keeps_the_outer_report) {
  // `said he and Senator X agree …`: `and` joins the content's subject; the inner verb is no
  // report of Senator X's own
  expect_reports(
      {
          {"Garner said he and Senator Lewis agree on the need for a new law but differ over "
           "timing.",
           "he and Senator Lewis agree on the need for a new law but differ over timing", "Garner"},
          {"The union said the company and the union agreed in 2019 to a pattern for future "
           "contracts.",
           "the company and the union agreed in 2019 to a pattern for future contracts",
           "The union"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(saying_after_for_or_from_reports_the_clause_subject) {
  // `was criticized for saying …`, `aside from saying …`: the subject of the clause said it
  expect_reports(
      {
          {"The senator was criticized for saying that the program should be cut.",
           "the program should be cut", "The senator"},
          {"The governor would not name a candidate, aside from saying he wants someone with "
           "experience.",
           "he wants someone with experience", "The governor"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(fronted_after_clause_report_ends_at_its_comma) {
  // `After X said A, B …`: A is X's, the main clause the writer's; `While saying A, he …`:
  // the main clause's subject said A
  expect_reports(
      {
          {"After the minister said the talks had failed, the opposition called for new "
           "elections.",
           "the talks had failed", "the minister"},
          {"While saying that he respects the court, the senator attacked the ruling.",
           "he respects the court", "the senator"},
          {"After saying the plan was \"dead on arrival,\" the senator left the chamber.",
           "the plan was \"dead on arrival", "the senator"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(writing_letters_or_this_is_no_report) {
  // `has written letters for …`, `I write this because …`, `wrote for other artists`: an act
  // of writing, no content;
  // `wrote in a letter that …` still reports
  const std::string_view text =
      "The lawyer has written letters for several of her clients, trying to help them get visas. "
      "I write this because the rules keep changing. He also wrote for other artists, including "
      "co-writing several songs on a 2009 album. She wrote in a letter that the rules were "
      "unfair.";
  const auto qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].content) == "the rules were unfair");
}

BOOST_AUTO_TEST_CASE(floating_quantifier_after_the_subject_is_skipped) {
  // `They all said`, `The senators both said`: the subject before `all`/`both`
  expect_reports(
      {
          {"They all said the claims could be grounds for a fraud case.",
           "the claims could be grounds for a fraud case", "They"},
          {"Sen. Mark Lewis (D-Ore.) and Sen. Ann Brown (D-Ohio) both said the bank had misled "
           "investors.",
           "the bank had misled investors", "Sen. Ann Brown"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(dialogue_rule_names) {
  BOOST_TEST(to_string(Rule::addressed) == "addressed");
  BOOST_TEST(to_string(Rule::preceding_mention) == "preceding_mention");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(pronoun_after_a_new_paragraph_subject_is_that_person) {
  // a new paragraph opens on another person as its subject: `he` in the next sentence is
  // that person, not the last speaker; a name inside the pronoun's own sentence, or a later
  // mention of the speaker, does not take it over
  const std::string_view text =
      "Finance Minister Carlos Mendes said the budget would be balanced by 2026.\n"
      "Central bank governor Paulo Serra warned lawmakers about inflation on Tuesday. "
      "\"Prices are rising faster than wages,\" he said.\n"
      "Treasury chief Luis Pardo opposed the plan. Later, Mendes spoke again. "
      "\"We will not raise taxes,\" he said.\n"
      "Analyst Maria Costa expects the deficit to narrow. Costa Holdings was founded in "
      "1990, she said.";
  const auto qs = quotes_of(text);
  const Quote* serra = find(text, qs, "faster than wages");
  const Quote* mendes = find(text, qs, "not raise taxes");
  const Quote* costa = find(text, qs, "founded in");
  BOOST_TEST_REQUIRE((serra && mendes && costa));
  BOOST_TEST(str(text, serra->entity) == "Paulo Serra");
  BOOST_TEST(str(text, mendes->entity) == "Carlos Mendes");
  BOOST_TEST(str(text, costa->entity) == "Maria Costa");
}

BOOST_AUTO_TEST_CASE(spokesman_is_not_the_person_most_quoted) {
  // the person quoted most takes an unnamed `the chairman`, but a spokesman speaks for a body
  const std::string_view text =
      "Citicorp chairman John Reed said the bank would cut 2,000 jobs this year. Reed said the "
      "cuts would fall mostly on its branches. The chairman said the bank remained profitable. "
      "The spokesman said details would be given next week.";
  const auto qs = quotes_of(text);
  const Quote* chairman = find(text, qs, "remained profitable");
  const Quote* spokesman = find(text, qs, "details would be given");
  BOOST_TEST_REQUIRE((chairman && spokesman));
  BOOST_TEST(str(text, chairman->entity) == "John Reed");
  BOOST_TEST(!spokesman->entity.present());
}

BOOST_AUTO_TEST_CASE(organisation_names_keep_their_title_like_words) {
  // `Foreign` after `of` and `General` before a company word are parts of a body's name, not
  // a title before a person's; a parent company's possessive is not part of its unit's name
  const std::string_view text =
      "The Turkish Ministry of Foreign Affairs denounced the conclusions of the summit. "
      "General Electric said it would close two plants in Ohio. Texas Air Corp's Continental "
      "Airlines said it would add 12 flights to Denver. The airlines said fares would rise.";
  const auto qs = quotes_of(text);
  const Quote* ministry = find(text, qs, "the conclusions of the summit");
  const Quote* ge = find(text, qs, "close two plants");
  const Quote* continental = find(text, qs, "add 12 flights");
  const Quote* airlines = find(text, qs, "fares would rise");
  BOOST_TEST_REQUIRE((ministry && ge && continental && airlines));
  BOOST_TEST(str(text, ministry->entity) == "Turkish Ministry of Foreign Affairs");
  BOOST_TEST(str(text, ge->entity) == "General Electric");
  BOOST_TEST(str(text, continental->entity) == "Continental Airlines");
  BOOST_TEST(!airlines->entity.present());
}

BOOST_AUTO_TEST_CASE(place_the_speakers_are_in_is_not_the_speaker) {
  // `sources in Manila`: the place after `in` names no one; a company described with `in
  // Texas` is still the company
  const std::string_view text =
      "Foreign banking sources in Manila said the loan would be signed next week. First "
      "RepublicBank Corp, the largest bank holding company in Texas, said it lost 30 mln dlrs. "
      "Peoples Telephone Co, the third largest pay phone firm in the U.S., said it would buy "
      "a rival.";
  const auto qs = quotes_of(text);
  const Quote* sources = find(text, qs, "loan would be signed");
  const Quote* bank = find(text, qs, "lost 30 mln");
  const Quote* phone = find(text, qs, "buy a rival");
  BOOST_TEST_REQUIRE((sources && bank && phone));
  BOOST_TEST(!sources->entity.present());
  BOOST_TEST(str(text, bank->entity) == "First RepublicBank Corp");
  BOOST_TEST(str(text, phone->entity) == "Peoples Telephone Co");
}

BOOST_AUTO_TEST_CASE(letters_after_a_name_are_not_part_of_it) {
  const std::string_view text =
      "Prosecutor Kama Melly QC said the victims had been groomed for years. Labour MP Jess "
      "Phillips said the council had failed them.";
  const auto qs = quotes_of(text);
  const Quote* melly = find(text, qs, "groomed for years");
  const Quote* phillips = find(text, qs, "council had failed");
  BOOST_TEST_REQUIRE((melly && phillips));
  BOOST_TEST(str(text, melly->entity) == "Kama Melly");
  BOOST_TEST(str(text, phillips->entity) == "Jess Phillips");
}

BOOST_AUTO_TEST_CASE(and_inside_a_company_name_is_part_of_it) {
  // `S and P`, `Eli Lilly and Co`, `Johnson and Johnson` name one body; `Smith and Jones`
  // are two people
  const std::string_view text =
      "S and P said it cut the rating on 140 mln dlrs of debt. Eli Lilly and Co said sales "
      "rose 12 pct. Johnson and Johnson said it would recall the product.";
  const auto qs = quotes_of(text);
  const Quote* sp = find(text, qs, "cut the rating");
  const Quote* lilly = find(text, qs, "sales rose");
  const Quote* jj = find(text, qs, "recall the product");
  BOOST_TEST_REQUIRE((sp && lilly && jj));
  BOOST_TEST(str(text, sp->entity) == "S and P");
  BOOST_TEST(str(text, lilly->entity) == "Eli Lilly and Co");
  BOOST_TEST(str(text, jj->entity) == "Johnson and Johnson");
}

BOOST_AUTO_TEST_CASE(possessive_company_names_and_owners_before_participles) {
  // `Moody's said`: the company named by its possessive speaks; `Japan's alleged failure`,
  // `Johnson's stated intent`, `GM's previously announced move`: an owner and an adjective,
  // no report
  const std::string_view text =
      "Moody's said it may cut the ratings of 1.2 billion dlrs of debt. Japan's alleged "
      "failure to honour the pact angered U.S. officials. Prime Minister Boris Johnson spoke in "
      "Manchester. It is Johnson's stated intent to "
      "leave in October. GM's previously announced move to cut costs lifted its shares.";
  const auto qs = quotes_of(text);
  const Quote* moodys = find(text, qs, "cut the ratings");
  BOOST_TEST_REQUIRE(moodys != nullptr);
  BOOST_TEST(str(text, moodys->entity) == "Moody's");
  BOOST_TEST(find(text, qs, "failure to honour") == nullptr);
  BOOST_TEST(find(text, qs, "intent to leave") == nullptr);
  BOOST_TEST(find(text, qs, "move to cut costs") == nullptr);
}

BOOST_AUTO_TEST_CASE(relative_speaker_after_an_apposition_is_the_name_described) {
  // `Mark Hay, a marine ecologist and professor at GT, who said`: the person, not the body
  // the apposition names
  const std::string_view text =
      "The research was led by Mark Hay, a marine ecologist and professor at GT, who said the "
      "reefs could recover within a decade.";
  const auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "reefs could recover");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->entity) == "Mark Hay");
}

BOOST_AUTO_TEST_CASE(relative_that_after_a_noun_keeps_the_noun_in_the_content) {
  // `agreed on a line that would …`: `that` opens a relative clause of `line`, so what was
  // agreed is the line, not the clause after `that`; `said on Monday that …` is a complement
  const std::string_view text =
      "Turkey and Libya agreed on a line that would make the sea part of the Turkish zone. "
      "Officials said on Monday that the talks would resume in March.";
  const auto qs = quotes_of(text);
  const Quote* line = find(text, qs, "would make the sea");
  const Quote* talks = find(text, qs, "talks would resume");
  BOOST_TEST_REQUIRE((line && talks));
  BOOST_TEST(str(text, line->content).substr(0, 6) == "a line");
  BOOST_TEST(str(text, talks->content).substr(0, 9) == "the talks");
}

BOOST_AUTO_TEST_CASE(a_one_word_show_title_in_quote_marks_is_no_quote_of_the_cue_after_it) {
  // `on Fox News Channel's "Hannity," Newt Gingrich said if …`: the title is the show's, the
  // cue has content of its own; a one-word answer keeps its cue (`"No," he said when asked …`),
  // and so does a split quote whose cue has an audience (`"However," he told Science News, "…"`)
  const std::string_view text =
      "Wednesday on Fox News Channel's \"Hannity,\" Newt Gingrich said Trump would win the "
      "state. \"No,\" Baker said when asked whether he favoured such a tax. \"However,\" he "
      "told Science News, \"this study does lay groundwork that could be tested.\"";
  const auto qs = quotes_of(text);
  const Quote* win = find(text, qs, "Trump would win");
  BOOST_TEST_REQUIRE(win != nullptr);
  BOOST_TEST(str(text, win->content) == "Trump would win the state");
  BOOST_TEST(find(text, qs, "Hannity") == nullptr);
  const Quote* no = find(text, qs, "No,");
  BOOST_TEST_REQUIRE(no != nullptr);
  BOOST_TEST(str(text, no->cue) == "said");
  const Quote* however = find(text, qs, "However");
  BOOST_TEST_REQUIRE(however != nullptr);
  BOOST_TEST(however->segments.size() == 2u);
}

BOOST_AUTO_TEST_CASE(time_adverbs_between_subject_and_cue_stay_out_of_speaker_and_content) {
  // `The minister soon afterwards added`, `Officials said afterwards the three men had …`
  const std::string_view text =
      "The minister soon afterwards added, \"We will not retreat.\" Officials said afterwards "
      "the three men had reaffirmed their commitment to the accord.";
  const auto qs = quotes_of(text);
  const Quote* retreat = find(text, qs, "not retreat");
  const Quote* accord = find(text, qs, "reaffirmed");
  BOOST_TEST_REQUIRE((retreat && accord));
  BOOST_TEST(str(text, retreat->speaker) == "The minister");
  BOOST_TEST(str(text, accord->content).substr(0, 13) == "the three men");
}

BOOST_AUTO_TEST_CASE(a_name_with_and_as_audience_is_skipped_whole) {
  // `told the Securities and Exchange Commission he has …`: the commission is the audience,
  // the content starts after it
  const std::string_view text =
      "Peter Lin, a Los Angeles investor, told the Securities and Exchange Commission he has "
      "acquired 285,000 shares of Sierra Health Services Inc.";
  const auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "285,000 shares");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->content).substr(0, 15) == "he has acquired");
  BOOST_TEST(str(text, q->entity) == "Peter Lin");
}

BOOST_AUTO_TEST_CASE(campaign_and_negotiating_roles_make_speakers) {
  // `An operative …, saying`, `Chief negotiator Yuli Vorontsov said`, `Presidential physician
  // Sean Conley issued a statement saying`
  const std::string_view text =
      "An operative in the campaign tried to downplay the remarks, saying they were not a "
      "big deal. Chief Soviet arms negotiator Yuli Vorontsov said the talks had made a "
      "breakthrough. Presidential physician Sean Conley issued a statement saying the "
      "president was doing very well.";
  const auto qs = quotes_of(text);
  const Quote* deal = find(text, qs, "not a big deal");
  const Quote* talks = find(text, qs, "breakthrough");
  const Quote* well = find(text, qs, "doing very well");
  BOOST_TEST_REQUIRE((deal && talks && well));
  BOOST_TEST(str(text, deal->speaker) == "An operative in the campaign");
  BOOST_TEST(str(text, talks->speaker) == "Chief Soviet arms negotiator Yuli Vorontsov");
  BOOST_TEST(str(text, talks->entity) == "Yuli Vorontsov");
  BOOST_TEST(str(text, well->entity) == "Sean Conley");
}

BOOST_AUTO_TEST_CASE(people_at_a_place_or_body_speak_not_the_place) {
  // `Sources at the bank's London branch said`, `Western diplomats in the area said`, `An
  // official at the ministry said`: the people speak; the place or body only locates them
  const std::string_view text =
      "Sources at the bank's London branch said the bank was planning such a move. Western "
      "diplomats in the area said Iran was responsible. An official at the ministry said the "
      "talks had failed.";
  const auto qs = quotes_of(text);
  const Quote* move = find(text, qs, "such a move");
  const Quote* iran = find(text, qs, "Iran was responsible");
  const Quote* talks = find(text, qs, "talks had failed");
  BOOST_TEST_REQUIRE((move && iran && talks));
  BOOST_TEST(str(text, move->speaker) == "Sources at the bank's London branch");
  BOOST_TEST(str(text, iran->speaker).substr(0, 17) == "Western diplomats");
  BOOST_TEST(str(text, talks->speaker) == "An official at the ministry");
}

BOOST_AUTO_TEST_CASE(a_name_in_apposition_names_the_subject_of_a_participle_cue) {
  // `The Governor of the Bank of England, Robin Leigh-Pemberton, repeated …, describing`: the
  // person named in apposition speaks, as for a finite cue; an organisation's short name in
  // apposition does not replace the organisation
  const std::string_view text =
      "The candidate, former Secretary of State Hillary Clinton, drew a contrast, saying job "
      "losses were overblown. The United Automobile Workers Union, UAW, adjourned, saying "
      "talks would resume in May.";
  const auto qs = quotes_of(text);
  const Quote* jobs = find(text, qs, "job losses");
  const Quote* talks = find(text, qs, "talks would resume");
  BOOST_TEST_REQUIRE((jobs && talks));
  BOOST_TEST(str(text, jobs->entity) == "Hillary Clinton");
  BOOST_TEST(str(text, talks->entity) == "United Automobile Workers Union");
}

BOOST_AUTO_TEST_CASE(then_after_a_comma_joins_a_cue_to_the_clause_subject) {
  // `Kasich offered the man a job, then says he …`: Kasich speaks, not the clause before
  const std::string_view text =
      "Kasich offered the man a job, then says he will welcome advice from anyone.";
  const auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "welcome advice");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->speaker) == "Kasich");
}

BOOST_AUTO_TEST_CASE(an_inverted_cue_before_a_colon_is_no_headline_too) {
  // `Said Poynter: "…"`: one direct quote, not also a headline quote spoken by `Said Poynter`
  const std::string_view text = "Said Poynter: \"We were all so proud of him.\"";
  const auto qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST((qs[0].kind == claimex::QuoteKind::direct));
  BOOST_TEST(str(text, qs[0].entity) == "Poynter");
}

BOOST_AUTO_TEST_CASE(a_cue_with_its_own_that_clause_is_not_the_fragment_quote_cue) {
  // `Citing "obligations in Tennessee," his spokeswoman told POLITICO that Gore …`: the cue
  // reports the that-clause, not the fragment; `"…," he said that night` keeps its quote
  const std::string_view text =
      "Citing \"obligations in Tennessee,\" his spokeswoman told POLITICO that Gore plans to "
      "skip the convention. \"We will win,\" the senator said that night.";
  const auto qs = quotes_of(text);
  const Quote* gore = find(text, qs, "Gore plans");
  const Quote* win = find(text, qs, "We will win");
  BOOST_TEST_REQUIRE((gore && win));
  BOOST_TEST(str(text, gore->content) == "Gore plans to skip the convention");
  BOOST_TEST(str(text, win->cue) == "said");
  BOOST_TEST(find(text, qs, "obligations") == nullptr);
}

BOOST_AUTO_TEST_CASE(at_least_after_a_cue_opens_its_content) {
  // `CNN reported at least six planes …`: `at least` is a quantity, not an adverbial phrase
  const std::string_view text =
      "Friday morning, as the parade rolled through Pasadena, CNN reported at least six "
      "planes filled the skies with messages.";
  const auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "six planes");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->content).substr(0, 18) == "at least six plane");
}

BOOST_AUTO_TEST_CASE(a_title_after_its_work_or_an_owner_is_no_quote) {
  // `said in his 2012 book, "An American Son."`, `on MSNBC's "Morning Joe."`: titles; the
  // cue reports the words before it
  const std::string_view text =
      "Castro's revolution dampened plans to return home, Mr. Rubio said in his 2012 book, "
      "\"An American Son.\" Shays backed Kasich, he said on MSNBC's \"Morning Joe.\"";
  const auto qs = quotes_of(text);
  const Quote* home = find(text, qs, "return home");
  const Quote* kasich = find(text, qs, "backed Kasich");
  BOOST_TEST_REQUIRE((home && kasich));
  BOOST_TEST(str(text, home->content) == "Castro's revolution dampened plans to return home");
  BOOST_TEST(str(text, kasich->content) == "Shays backed Kasich");
  BOOST_TEST(find(text, qs, "American Son") == nullptr);
  BOOST_TEST(find(text, qs, "Morning Joe") == nullptr);
}

BOOST_AUTO_TEST_CASE(that_after_a_noun_phrase_opening_the_content_is_inside_it) {
  // `reported it obtained 72 emails that Carter sent`: the content starts after the cue;
  // `said in a speech to the Texas house that …` starts after `that`
  const std::string_view text =
      "The New York Times reported it obtained 72 emails that Carter sent from his account. "
      "Nugent said in a speech to the Texas house of representatives that the state must act.";
  const auto qs = quotes_of(text);
  const Quote* emails = find(text, qs, "72 emails");
  const Quote* state = find(text, qs, "state must act");
  BOOST_TEST_REQUIRE((emails && state));
  BOOST_TEST(str(text, emails->content).substr(0, 14) == "it obtained 72");
  BOOST_TEST(str(text, state->content) == "the state must act");
}

BOOST_AUTO_TEST_CASE(a_cue_inside_a_relative_clause_of_the_speaker_is_passed_over) {
  // `"…," one resident, who asked not to be named, told Reuters.`: `asked` is the relative
  // clause's verb; `told` is the quote's cue
  const std::string_view text =
      "\"It's a disaster,\" one resident, who asked not to be named, told Reuters.";
  const auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "disaster");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->cue) == "told");
  BOOST_TEST(str(text, q->speaker) == "one resident");
}

BOOST_AUTO_TEST_CASE(quoted_as_saying_reports_for_the_clause_subject) {
  // `X was quoted as saying …`, `X was quoted by Interfax as saying …`
  const std::string_view text =
      "The president was quoted as saying that the talks had failed. Putin was quoted by "
      "Interfax as saying the deal was dead.";
  const auto qs = quotes_of(text);
  const Quote* talks = find(text, qs, "talks had failed");
  const Quote* deal = find(text, qs, "deal was dead");
  BOOST_TEST_REQUIRE((talks && deal));
  BOOST_TEST(str(text, talks->speaker) == "The president");
  BOOST_TEST(str(text, deal->entity) == "Putin");
}

BOOST_AUTO_TEST_CASE(a_city_and_state_inside_an_apposition_are_not_the_speaker) {
  // `Peter Lin, a Montebello, Calif., physician, told …`: the state set off by commas is part
  // of the apposition; Peter Lin speaks
  const std::string_view text =
      "Peter Lin, a Montebello, Calif., physician, told the SEC he has acquired 285,000 "
      "shares of Sierra Health Services Inc.";
  const auto qs = quotes_of(text);
  const Quote* q = find(text, qs, "285,000 shares");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->entity) == "Peter Lin");
}

BOOST_AUTO_TEST_CASE(professions_before_a_name_make_speakers) {
  // `journalist Martha Raddatz said`, `Pharmacia treasurer Bertil Tiusanen said`; `the
  // actress` later is the actress named before
  const std::string_view text =
      "Many voters found the remarks offensive, journalist Martha Raddatz said. Pharmacia "
      "treasurer Bertil Tiusanen said the company would issue commercial paper. Actress Denise "
      "Crosby will appear in the final season. The actress recalled her season on the show.";
  const auto qs = quotes_of(text);
  const Quote* voters = find(text, qs, "remarks offensive");
  const Quote* paper = find(text, qs, "commercial paper");
  const Quote* season = find(text, qs, "her season");
  BOOST_TEST_REQUIRE((voters && paper && season));
  BOOST_TEST(str(text, voters->speaker) == "journalist Martha Raddatz");
  BOOST_TEST(str(text, voters->entity) == "Martha Raddatz");
  BOOST_TEST(str(text, paper->speaker) == "Pharmacia treasurer Bertil Tiusanen");
  BOOST_TEST(str(text, season->entity) == "Denise Crosby");
}

BOOST_AUTO_TEST_CASE(a_description_of_someone_brought_in_unnamed_is_not_the_main_speaker) {
  // `One Western diplomat said … The diplomat said`: the diplomat is no one named, not the
  // person quoted most; `the chairman`, brought in by name, still is
  const std::string_view text =
      "One Western diplomat said share issues were on the backburner. Finance minister Liu "
      "Hongru said a bond market should be built up. Liu said stocks should be issued through "
      "banks. The diplomat said the dropping of share issues may be the result of a backlash. "
      "The minister said reforms would go on.";
  const auto qs = quotes_of(text);
  const Quote* diplomat = find(text, qs, "dropping of share issues");
  const Quote* minister = find(text, qs, "reforms would go on");
  BOOST_TEST_REQUIRE((diplomat && minister));
  BOOST_TEST(str(text, diplomat->speaker) == "The diplomat");
  BOOST_TEST(!diplomat->entity.present());
  BOOST_TEST(str(text, minister->entity) == "Liu Hongru");
}

BOOST_AUTO_TEST_CASE(one_word_opening_a_full_name_named_before_is_that_person) {
  // the family name first (`Zhao Ziyang … Zhao said`), a given name alone; not a company's
  // unit named after it (`GitHub said … GitHub Trust and Safety`)
  const std::string_view text =
      "Premier Zhao Ziyang said China would keep its open door policy. Zhao said prices would "
      "rise slowly. GitHub said it would side with developers. The GitHub Trust and Safety "
      "team reviewed the notice.";
  const auto qs = quotes_of(text);
  const Quote* prices = find(text, qs, "prices would rise");
  const Quote* side = find(text, qs, "side with developers");
  BOOST_TEST_REQUIRE((prices && side));
  BOOST_TEST(str(text, prices->speaker) == "Zhao");
  BOOST_TEST(str(text, prices->entity) == "Zhao Ziyang");
  BOOST_TEST(str(text, side->entity) == "GitHub");
}

BOOST_AUTO_TEST_CASE(cue_joined_by_and_after_a_clause_set_off_has_the_sentence_subject) {
  // `He …, and when …, said aloud, "…"`: the cue is the second verb of the sentence's subject
  expect_reports(
      {{"He took the hint, and when the band had finished its song, said aloud, \"That will do "
        "extremely well.\"",
        "That will do extremely well.", "He"},
       {"The minister was reading, and, without raising his head, coolly replied, \"Just as you "
        "please.\"",
        "Just as you please.", "The minister"}},
      true);
  // not past a clause after `and` with a subject of its own, nor from a name that is no person
  expect_reports({{"New York investor George Soros, and an investment fund he controls, said they "
                   "raised their stake in the company.",
                   "they raised their stake in the company", "New York investor George Soros"}},
                 true);
}

BOOST_AUTO_TEST_CASE(a_name_with_two_appositions_in_a_row_is_the_speaker) {
  // `NAME, ROLE, ANOTHER APPOSITION, said`: the name, before the cue or after the quote
  expect_reports(
      {{"\"It's an invasion of the state's domain,\" Scott Pruitt, the attorney general of "
        "Oklahoma, one of the states suing the agency, said on Monday.",
        "It's an invasion of the state's domain,", "Scott Pruitt"},
       {"George Usher, president of Dextran Products, the Canadian subsidiary of Polydex, said "
        "the company will file in August.",
        "the company will file in August", "George Usher"},
       // (a role in a compound, a long apposition between dashes)
       {"Tariffs will fall further this year, Edgar Pye, vice-president of the federation, said.",
        "Tariffs will fall further this year", "Edgar Pye"},
       {"Kall -- co-editor of Debating The Donald, a book analyzing the candidate's performances "
        "at primary debates -- said the candidate tended to make announcements there.",
        "the candidate tended to make announcements there", "Kall"},
       // (not a connective or a phrase before the name)
       {"However, Lawrence Cohn, analyst at Merrill Lynch, said the market was calm.",
        "the market was calm", "Lawrence Cohn"},
       {"Similarly, the president's budget manager, James Miller, told Reuters the rules were "
        "adequate.",
        "the rules were adequate", "the president's budget manager, James Miller"}},
      true);
}

BOOST_AUTO_TEST_CASE(a_modal_in_capitals_can_end_a_name) {
  // `May` ends the names (not `may`); a headline's `May` before more capitals and a verb
  // capitalised after `U.S.` are no names' part
  expect_reports({{"Yin Myint May, 60, a doctor, said the vote was fair.", "the vote was fair",
                   "Yin Myint May"},
                  {"\"It was an entry point,\" said analyst Richard May.", "It was an entry point,",
                   "analyst Richard May"}},
                 true);
  expect_reports({{"The U.S. Has also attacked the merger, saying both bids should be licensed.",
                   "both bids should be licensed", "The U.S."}},
                 true);
}

BOOST_AUTO_TEST_CASE(a_weekday_or_place_adjective_before_a_surname_is_no_part_of_the_name) {
  // `On Friday Reagan said`, `Calgary-based Dome said`: the entity is the name alone, and a
  // later short mention takes the full name given first
  const std::string_view text =
      "Bundesbank chief Helmut Schlesinger spoke in Frankfurt. On Thursday Schlesinger said "
      "rates would stay where they are. Calgary-based Dome said it had sold its stake.";
  const auto qs = quotes_of(text);
  const Quote* rates = find(text, qs, "rates would stay");
  const Quote* stake = find(text, qs, "sold its stake");
  BOOST_TEST_REQUIRE((rates && stake));
  BOOST_TEST(str(text, rates->entity) == "Helmut Schlesinger");
  BOOST_TEST(str(text, stake->entity) == "Dome");
}

BOOST_AUTO_TEST_CASE(a_name_in_apposition_after_an_inverted_cue_and_a_role_is_the_speaker) {
  // `said Harvard's president, Larry Bacow.`, `said the group's chief executive, Kjell
  // Nilsson, who …`: the name, not the role alone or the person quoted most
  const std::string_view text =
      "\"This is a breakthrough for our sales,\" said the group's chief executive, Kjell "
      "Nilsson, who joined in 2010. The economy will bottom out soon, said Harvard's "
      "president, Larry Bacow.";
  const auto qs = quotes_of(text);
  const Quote* sales = find(text, qs, "breakthrough");
  const Quote* economy = find(text, qs, "bottom out");
  BOOST_TEST_REQUIRE((sales && economy));
  BOOST_TEST(str(text, sales->speaker) == "the group's chief executive, Kjell Nilsson");
  BOOST_TEST(str(text, sales->entity) == "Kjell Nilsson");
  BOOST_TEST(str(text, economy->entity) == "Larry Bacow");
}

BOOST_AUTO_TEST_CASE(and_or_ampersand_inside_a_company_name_keeps_the_name_whole) {
  // `Procter & Gamble Co`, `American Telephone and Telegraph Co`, `Standard and Poor's Corp`,
  // `AT&T` (not `at`); two people joined by `and` are still two (`Smith and Jones`)
  const std::string_view text =
      "Procter & Gamble Co said its sales rose in the quarter. American Telephone and Telegraph "
      "Co said it would cut 5,000 jobs. Standard and Poor's Corp said it downgraded the debt. "
      "AT&T said it would appeal the ruling.";
  const auto qs = quotes_of(text);
  const Quote* sales = find(text, qs, "sales rose");
  const Quote* jobs = find(text, qs, "cut 5,000 jobs");
  const Quote* debt = find(text, qs, "downgraded");
  const Quote* appeal = find(text, qs, "appeal the ruling");
  BOOST_TEST_REQUIRE((sales && jobs && debt && appeal));
  BOOST_TEST(str(text, sales->entity) == "Procter & Gamble Co");
  BOOST_TEST(str(text, jobs->entity) == "American Telephone and Telegraph Co");
  BOOST_TEST(str(text, debt->entity) == "Standard and Poor's Corp");
  BOOST_TEST(str(text, appeal->entity) == "AT&T");
}

BOOST_AUTO_TEST_CASE(a_name_in_apposition_after_according_to_stays_out_of_the_content) {
  // `…, according to the shareholder, John Paul Decker.`: the name is the source's, not
  // content; after a role it is the source (`according to the company's chief executive, John
  // Smith, …`)
  const std::string_view text =
      "Mellon's stock fell 3-1/2 today, according to the shareholder, John Paul Decker. "
      "According to the company's chief executive, John Smith, sales rose in the quarter.";
  const auto qs = quotes_of(text);
  const Quote* stock = find(text, qs, "stock fell");
  const Quote* sales = find(text, qs, "sales rose");
  BOOST_TEST_REQUIRE((stock && sales));
  BOOST_TEST(str(text, stock->content) == "Mellon's stock fell 3-1/2 today");
  BOOST_TEST(str(text, sales->entity) == "John Smith");
  BOOST_TEST(str(text, sales->content) == "sales rose in the quarter");
}

BOOST_AUTO_TEST_CASE(a_negated_comment_reports_nothing) {
  // `did not comment on the report` says nothing; `declined to comment` stays a report (as
  // PolNeAR annotates it), and a quote after `but said` keeps its speaker
  const std::string_view text =
      "The White House did not comment on the report. Abshire, on the CBS television show "
      "\"Face the Nation,\" did not comment directly on the Post story, but said: \"He is "
      "deeply hurt by this.\" Smith declined to comment on the report.";
  const auto qs = quotes_of(text);
  for (const Quote& q : qs) BOOST_TEST(str(text, q.cue) != "comment");
  BOOST_TEST(!find(text, qs, "directly on the Post story"));
  BOOST_TEST(!find(text, qs, "Face the Nation"));
  const Quote* hurt = find(text, qs, "deeply hurt");
  BOOST_TEST_REQUIRE(hurt);
  BOOST_TEST(str(text, hurt->entity) == "Abshire");
  BOOST_TEST(find(text, qs, "to comment on the report"));
}

BOOST_AUTO_TEST_CASE(a_cue_form_in_s_that_heads_a_noun_phrase_is_no_cue) {
  // `Production estimates remained`, `no immediate reports of victims`, `bank notes in
  // circulation fell`: nouns; `which he estimates will`, `the Tax Foundation estimates would`:
  // verbs of their subjects
  const std::string_view text =
      "Sorghum production estimates remained steady at 3.2 mln tonnes. There were no "
      "immediate reports of victims, the agency said. The plan, which the Tax Foundation "
      "estimates would cost $170 billion a year, was dropped.";
  const auto qs = quotes_of(text);
  for (const Quote& q : qs) BOOST_TEST(str(text, q.cue) != "reports");
  BOOST_TEST(!find(text, qs, "remained steady"));
  const Quote* victims = find(text, qs, "no immediate reports of victims");
  BOOST_TEST_REQUIRE(victims);
  BOOST_TEST(str(text, victims->cue) == "said");
  const Quote* cost = find(text, qs, "would cost");
  BOOST_TEST_REQUIRE(cost);
  BOOST_TEST(str(text, cost->cue) == "estimates");
}

BOOST_AUTO_TEST_CASE(an_owners_audience_closing_the_clause_leaves_the_content_before) {
  // `This is not about me, President Obama told his closest advisers.`: the advisers are the
  // audience and the content comes before the subject; `told his aides the plan …` keeps the
  // content after the audience
  const std::string_view text =
      "This is not about me, President Obama told his closest advisers on Monday. Obama told "
      "his aides the plan would cost less than expected.";
  const auto qs = quotes_of(text);
  const Quote* me = find(text, qs, "not about me");
  const Quote* plan = find(text, qs, "the plan would cost");
  BOOST_TEST_REQUIRE((me && plan));
  BOOST_TEST(str(text, me->content) == "This is not about me");
  BOOST_TEST(str(text, plan->content) == "the plan would cost less than expected");
  BOOST_TEST(!find(text, qs, "closest advisers"));
}

BOOST_AUTO_TEST_CASE(common_plural_nouns_joined_by_and_speak_together) {
  // `teachers and union officials told POLITICO`, `Oil analysts and traders said`: the whole
  // group; two names stay apart (`Smith and Jones said`: Jones)
  const std::string_view text =
      "Support is strong among the unions, teachers and union officials told POLITICO. Oil "
      "analysts and traders said the market would fall. Smith and Jones said the deal was off.";
  const auto qs = quotes_of(text);
  const Quote* unions = find(text, qs, "Support is strong");
  const Quote* market = find(text, qs, "market would fall");
  const Quote* deal = find(text, qs, "deal was off");
  BOOST_TEST_REQUIRE((unions && market && deal));
  BOOST_TEST(str(text, unions->speaker) == "teachers and union officials");
  BOOST_TEST(str(text, market->speaker) == "Oil analysts and traders");
  BOOST_TEST(str(text, deal->speaker) == "Jones");
}

BOOST_AUTO_TEST_CASE(adverbials_set_off_by_commas_after_the_cue_come_before_that) {
  // `said, however, that …`, `alleges, among other things, that …`: the content starts after
  // `that`, and the subject is the speaker
  const std::string_view text =
      "The company said, however, that it will pay a regular quarterly dividend. The suit "
      "alleges, among other things, that the directors bought stock before the offer.";
  const auto qs = quotes_of(text);
  const Quote* pay = find(text, qs, "it will pay");
  const Quote* bought = find(text, qs, "directors bought");
  BOOST_TEST_REQUIRE((pay && bought));
  BOOST_TEST(str(text, pay->content) == "it will pay a regular quarterly dividend");
  BOOST_TEST(str(text, pay->speaker) == "The company");
  BOOST_TEST(str(text, bought->cue) == "alleges");
  BOOST_TEST(str(text, bought->content) == "the directors bought stock before the offer");
}

BOOST_AUTO_TEST_CASE(a_connective_opening_the_sentence_is_no_speaker) {
  // `Nevertheless, …, said Joseph Arsenio, analyst with …`: the name after the cue speaks;
  // `However, Sen. Tom Harkin, D-Iowa, sponsor of the bill, told …`: the name after the
  // connective
  const std::string_view text =
      "Nevertheless, the bank stands to lose 15 mln dlrs, said Joseph Arsenio, analyst with "
      "Merrill Lynch. However, the bank will lose more, said Jane Morton. However, Sen. Tom "
      "Harkin, D-Iowa, sponsor of the bill, told Reuters he did not intend to offer it.";
  const auto qs = quotes_of(text);
  const Quote* lose = find(text, qs, "stands to lose");
  const Quote* more = find(text, qs, "will lose more");
  const Quote* offer = find(text, qs, "did not intend");
  BOOST_TEST_REQUIRE((lose && more && offer));
  BOOST_TEST(str(text, lose->speaker) == "Joseph Arsenio");
  BOOST_TEST(str(text, more->speaker) == "Jane Morton");
  BOOST_TEST(str(text, offer->entity) == "Tom Harkin");
  for (const Quote& q : qs) BOOST_TEST(str(text, q.speaker).find("ever") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_speaker_phrase_with_prepositions_after_the_content_speaks_for_it) {
  // `…, a spokesman for the Taiwan Textile Federation said.`, `The plan, an inside source
  // said, is …`: the whole phrase after the comma is the speaker, not the body at its end
  const std::string_view text =
      "Prices rose sharply in February, a spokesman for the Taiwan Textile Federation said. "
      "The plan, an inside source said, is to have volunteers pass out reprints. Honduras will "
      "tender for vessels to import tallow, an agent for the country said.";
  const auto qs = quotes_of(text);
  const Quote* prices = find(text, qs, "Prices rose");
  const Quote* plan = find(text, qs, "have volunteers");
  const Quote* tallow = find(text, qs, "import tallow");
  BOOST_TEST_REQUIRE((prices && plan && tallow));
  BOOST_TEST(str(text, prices->speaker) == "a spokesman for the Taiwan Textile Federation");
  BOOST_TEST(str(text, prices->content) == "Prices rose sharply in February");
  BOOST_TEST(str(text, plan->speaker) == "an inside source");
  BOOST_TEST(str(text, tallow->speaker) == "an agent for the country");
}

BOOST_AUTO_TEST_CASE(unnamed_sources_with_a_quantity_or_a_bare_plural_speak_after_the_content) {
  // `…, two people familiar with the matter said.`, `…, people familiar with the matter told
  // Reuters.`
  const std::string_view text =
      "The company is preparing to sell the unit, two people familiar with the matter said. "
      "The bank will raise its offer, people familiar with the matter told Reuters.";
  const auto qs = quotes_of(text);
  const Quote* sell = find(text, qs, "preparing to sell");
  const Quote* offer = find(text, qs, "raise its offer");
  BOOST_TEST_REQUIRE((sell && offer));
  BOOST_TEST(str(text, sell->speaker) == "two people familiar with the matter");
  BOOST_TEST(str(text, offer->speaker) == "people familiar with the matter");
  BOOST_TEST(str(text, offer->content) == "The bank will raise its offer");
}

BOOST_AUTO_TEST_CASE(where_and_how_it_was_said_stays_out_of_the_content) {
  // `said in a filing with the Securities and Exchange Commission that …`: `and` inside the
  // name; `…, analysts said in a note.`: a cue word after a determiner is the document
  const std::string_view text =
      "The company said in a filing with the Securities and Exchange Commission that it would "
      "cut 500 jobs. Growth will slow this year, analysts at Goldman Sachs said in a note.";
  const auto qs = quotes_of(text);
  const Quote* jobs = find(text, qs, "cut 500 jobs");
  const Quote* growth = find(text, qs, "Growth will slow");
  BOOST_TEST_REQUIRE((jobs && growth));
  BOOST_TEST(str(text, jobs->content) == "it would cut 500 jobs");
  BOOST_TEST(str(text, growth->content) == "Growth will slow this year");
  BOOST_TEST(str(text, growth->speaker) == "analysts at Goldman Sachs");
}

BOOST_AUTO_TEST_CASE(a_document_named_by_a_noun_that_is_also_a_cue_speaks) {
  // `The report, published on Monday, said …`, `"…," the report said.`: `report` after a
  // determiner is the document, not a second verb
  const std::string_view text =
      "The report, published on Monday, said growth would slow next year. \"Exports will fall "
      "sharply in the first half,\" the report said.";
  const auto qs = quotes_of(text);
  const Quote* growth = find(text, qs, "growth would slow");
  const Quote* exports = find(text, qs, "Exports will fall");
  BOOST_TEST_REQUIRE((growth && exports));
  BOOST_TEST(str(text, growth->speaker) == "The report");
  BOOST_TEST(str(text, exports->speaker) == "the report");
  BOOST_TEST(str(text, exports->cue) == "said");
}

BOOST_AUTO_TEST_CASE(adding_a_thing_to_something_reports_nothing) {
  // `will add one member to the committee`, `had added the extra week, known as …`: what was
  // added; `added the company would …` is a report
  const std::string_view text =
      "Republicans will add one member to the committee. The state had added the extra week, "
      "known as the Golden Week, after long lines in 2004. He added the company would raise "
      "prices next year.";
  const auto qs = quotes_of(text);
  BOOST_TEST(!find(text, qs, "one member"));
  BOOST_TEST(!find(text, qs, "extra week"));
  const Quote* prices = find(text, qs, "raise prices");
  BOOST_TEST_REQUIRE(prices);
  BOOST_TEST(str(text, prices->content) == "the company would raise prices next year");
}

BOOST_AUTO_TEST_CASE(the_document_a_cue_names_before_that_stays_out_of_the_content) {
  // `said in its annual report that …`, `told reporters on his return from London that …`:
  // a cue word after a determiner or an owner is a noun of the adverbial
  const std::string_view text =
      "The company said in its annual report that spending would rise by about 3 percent. "
      "Dauster told reporters on his return from London that no decisions would be made.";
  const auto qs = quotes_of(text);
  const Quote* spending = find(text, qs, "spending would rise");
  const Quote* decisions = find(text, qs, "no decisions");
  BOOST_TEST_REQUIRE((spending && decisions));
  BOOST_TEST(str(text, spending->content) == "spending would rise by about 3 percent");
  BOOST_TEST(str(text, decisions->content) == "no decisions would be made");
}

BOOST_AUTO_TEST_CASE(a_quantity_after_the_cue_opens_the_content) {
  // `said about 20 buildings collapsed`, `said on Saturday, about 20 …`: `about` before a
  // number is no preposition; `added about 100 mln stg onto results` adds an amount
  const std::string_view text =
      "Local officials said about 20 buildings collapsed in the city. Police said on Saturday, "
      "about 30 people were hurt in the blast. Lower costs had added about 100 mln stg onto "
      "quarterly results. He added 20 people had been arrested.";
  const auto qs = quotes_of(text);
  const Quote* buildings = find(text, qs, "buildings collapsed");
  const Quote* hurt = find(text, qs, "people were hurt");
  const Quote* arrested = find(text, qs, "had been arrested");
  BOOST_TEST_REQUIRE((buildings && hurt && arrested));
  BOOST_TEST(str(text, buildings->content) == "about 20 buildings collapsed in the city");
  BOOST_TEST(str(text, hurt->content) == "about 30 people were hurt in the blast");
  BOOST_TEST(!find(text, qs, "100 mln stg"));
}

BOOST_AUTO_TEST_CASE(a_name_after_a_preposition_in_an_apposition_is_not_the_speaker) {
  // `General Tire, a subsidiary of GenCorp, said`: General Tire speaks, not its owner;
  // `The consultant, Ohio State University Professor of Medicine Carl Leier, said`: a
  // person's name closing the apposition still names the speaker
  const std::string_view text =
      "General Tire, a subsidiary of GenCorp, said it was evaluating the sale of its stores. "
      "The consultant, Ohio State University Professor of Medicine Carl Leier, said the side "
      "effects were minimal.";
  const auto qs = quotes_of(text);
  const Quote* stores = find(text, qs, "evaluating the sale");
  const Quote* effects = find(text, qs, "side effects");
  BOOST_TEST_REQUIRE((stores && effects));
  BOOST_TEST(str(text, stores->entity) == "General Tire");
  BOOST_TEST(str(text, effects->entity) == "Carl Leier");
}

BOOST_AUTO_TEST_CASE(it_as_a_speaker_is_the_organisation_that_spoke_last) {
  // `Southwest Airlines said … ¶ It said …`: the company; after a person speaks, `it` stays
  // unresolved
  const std::string_view text =
      "Southwest Airlines said it will begin service to Detroit on June 4.\n"
      "It said the route would use three daily flights.\n"
      "John Smith, an analyst, said the stock was cheap. It said profits would rise.\n"
      "Kodak said the plant will cost more than 200 mln dlrs. It said 250 people would work "
      "there.";
  const auto qs = quotes_of(text);
  const Quote* route = find(text, qs, "three daily flights");
  const Quote* profits = find(text, qs, "profits would rise");
  BOOST_TEST_REQUIRE((route && profits));
  BOOST_TEST(str(text, route->speaker) == "It");
  BOOST_TEST(str(text, route->entity) == "Southwest Airlines");
  BOOST_TEST(!profits->entity.present());
  // (a name that is no person's: no first name, title or gender)
  const Quote* there = find(text, qs, "250 people");
  BOOST_TEST_REQUIRE(there);
  BOOST_TEST(str(text, there->entity) == "Kodak");
}

BOOST_AUTO_TEST_CASE(a_ticker_in_angle_brackets_after_the_name_is_not_part_of_it) {
  // `Swissair <SWSZ.Z> said …` (wire copy): the speaker mention keeps the ticker, the entity
  // is the name
  const std::string_view text =
      "Swissair <SWSZ.Z> said its traffic volume rose six pct in February.";
  const auto qs = quotes_of(text);
  const Quote* traffic = find(text, qs, "traffic volume");
  BOOST_TEST_REQUIRE(traffic);
  BOOST_TEST(str(text, traffic->speaker) == "Swissair <SWSZ.Z>");
  BOOST_TEST(str(text, traffic->entity) == "Swissair");
}

BOOST_AUTO_TEST_CASE(a_spokesman_speaks_for_the_body_named_with_him) {
  // `A Swissair spokesman said …`: Swissair; `The spokesman said …` later: the same body;
  // `he` after them is no body
  const std::string_view text =
      "A Swissair spokesman said the airline would buy six new planes. The spokesman said the "
      "order was worth 500 mln dlrs.";
  const auto qs = quotes_of(text);
  const Quote* planes = find(text, qs, "buy six new planes");
  const Quote* order = find(text, qs, "order was worth");
  BOOST_TEST_REQUIRE((planes && order));
  BOOST_TEST(str(text, planes->entity) == "Swissair");
  BOOST_TEST(str(text, order->entity) == "Swissair");
}

BOOST_AUTO_TEST_CASE(a_role_of_a_place_is_its_holder_not_the_place) {
  // `The president of Azerbaijan said`: the holder named before in that role, or no one; the
  // place never speaks; `Sen. Bernie Sanders of Vermont` and `The Bank of England` stay named
  const std::string_view text =
      "Ilham Aliyev, the president of Azerbaijan, said the war would end soon. The president "
      "of Azerbaijan said talks were possible. The mayor of Esperanza announced that classes "
      "would be cancelled. The Bank of England said rates would rise.";
  const auto qs = quotes_of(text);
  const Quote* talks = find(text, qs, "talks were possible");
  const Quote* classes = find(text, qs, "classes would be cancelled");
  const Quote* rates = find(text, qs, "rates would rise");
  BOOST_TEST_REQUIRE((talks && classes && rates));
  BOOST_TEST(str(text, talks->entity) == "Ilham Aliyev");
  BOOST_TEST(!classes->entity.present());
  BOOST_TEST(str(text, rates->entity) == "Bank of England");
}

BOOST_AUTO_TEST_CASE(
    a_fragment_in_doubled_apostrophes_inside_an_apposition_leaves_the_cue_its_subject) {
  // `Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win.`: the
  // subject before the apposition speaks, as with `"`
  const std::string_view text =
      "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win in "
      "Pennsylvania.";
  const auto qs = quotes_of(text);
  const Quote* win = find(text, qs, "candidate could win");
  BOOST_TEST_REQUIRE(win);
  BOOST_TEST(str(text, win->speaker) == "Mr. Manafort");
  BOOST_TEST(str(text, win->content) == "the candidate could win in Pennsylvania");
}

BOOST_AUTO_TEST_CASE(a_parenthetical_after_the_cue_then_a_pronoun_clause_is_the_content) {
  // `Rose said, however, he could not predict …`: the content is the clause after the second
  // comma; `Rubio said, win or lose in the primary, he would stay …`: the phrase between is
  // the statement's
  const std::string_view text =
      "Rose said, however, he could not really predict what Heyman would do. Marco Rubio said, "
      "win or lose in the primary, he would stay in the race.";
  const auto qs = quotes_of(text);
  const Quote* predict = find(text, qs, "could not really predict");
  const Quote* stay = find(text, qs, "would stay");
  BOOST_TEST_REQUIRE((predict && stay));
  BOOST_TEST(str(text, predict->content) == "he could not really predict what Heyman would do");
  BOOST_TEST(str(text, predict->speaker) == "Rose");
  BOOST_TEST(str(text, stay->content) == "win or lose in the primary, he would stay in the race");
}

BOOST_AUTO_TEST_CASE(two_subjects_joined_by_and_speak_together_and_name_no_one_entity) {
  expect_reports(
      {
          {"The merger will not save the paper, he and Mr. Allen said.",
           "The merger will not save the paper", "he and Mr. Allen"},
          {"The guards pushed the reporter to the ground, she and another reporter said.",
           "The guards pushed the reporter to the ground", "she and another reporter"},
          {"Mr. Smith and Mr. Allen said the plant would close in June.",
           "the plant would close in June", "Mr. Smith and Mr. Allen"},
      },
      true, [](std::string_view, const Quote& q) { BOOST_TEST(!q.entity.present()); });
}

BOOST_AUTO_TEST_CASE(words_of_an_office_joined_by_and_belong_to_the_named_holder) {
  // `Ways and Means`, `Energy and Mines`: one office, whose holder is the entity
  const std::string_view text =
      "House Ways and Means Committee Chairman Dan Rostenkowski said Congress must avoid a "
      "protectionist trade bill. Energy and Mines Minister Javier Espinosa said fuel sales "
      "would be cut by 30 pct.";
  const auto qs = quotes_of(text);
  const Quote* bill = find(text, qs, "protectionist");
  const Quote* fuel = find(text, qs, "fuel sales");
  BOOST_TEST_REQUIRE((bill && fuel));
  BOOST_TEST(str(text, bill->speaker) ==
             "House Ways and Means Committee Chairman Dan Rostenkowski");
  BOOST_TEST(str(text, bill->entity) == "Dan Rostenkowski");
  BOOST_TEST(str(text, fuel->entity) == "Javier Espinosa");
  // a company named with `and` is left as it was: no two speakers
  const std::string_view sp = "Standard and Poor's said it lowered the bank's rating.";
  const auto q2 = quotes_of(sp);
  BOOST_TEST_REQUIRE(q2.size() == 1u);
  BOOST_TEST(str(sp, q2[0].content) == "it lowered the bank's rating");
}

BOOST_AUTO_TEST_CASE(an_inverted_speaker_may_hold_two_roles_joined_by_and) {
  // `said lobbyist and GOP strategist Charlie Black`: before, the clause before the comma
  // was taken for the speaker and the speaker for the content
  expect_reports({{"The firm lobbied on behalf of the Trump Organization, said lobbyist and GOP "
                   "strategist Charlie Black.",
                   "The firm lobbied on behalf of the Trump Organization",
                   "lobbyist and GOP strategist Charlie Black"}},
                 true, [](std::string_view text, const Quote& q) {
                   BOOST_TEST(str(text, q.entity) == "Charlie Black");
                 });
}

BOOST_AUTO_TEST_CASE(a_cue_after_a_quote_and_a_subordinating_word_reports_its_own_clause) {
  // `"…," while Sen. Susan Collins suggested they …`: the quote is not Collins's
  const std::string_view text =
      "Ayotte's campaign said she would back the nominee but \"isn't planning to endorse "
      "anyone this cycle,\" while Maine Sen. Susan Collins suggested she would only offer "
      "conditional support.";
  const auto qs = quotes_of(text);
  const Quote* support = find(text, qs, "conditional support");
  BOOST_TEST_REQUIRE(support);
  BOOST_TEST(str(text, support->speaker) == "Maine Sen. Susan Collins");
  BOOST_TEST(str(text, support->content) == "she would only offer conditional support");
  for (const Quote& q : qs)
    if (str(text, q.content).find("endorse") != std::string_view::npos)
      BOOST_TEST(str(text, q.speaker) != "Maine Sen. Susan Collins");
}

BOOST_AUTO_TEST_CASE(a_phrase_quoted_in_an_opening_clause_leaves_the_cue_its_own_content) {
  // `Asked about the "privatization of jobs," Sanders said private contractors …`
  expect_reports({{"Asked about the \"privatization of public sector jobs,\" Sanders said private "
                   "contractors can be more expensive than federal workers.",
                   "private contractors can be more expensive than federal workers", "Sanders"},
                  {"Calling the reports a \"mischievous invention,\" Hoyte said tests had shown "
                   "the exports were not contaminated.",
                   "tests had shown the exports were not contaminated", "Hoyte"}},
                 true);
  // a quoted phrase closing the clause before the cue keeps it (`…, Smith said.`)
  expect_reports({{"He called the plan \"a disaster,\" Smith said on Tuesday.",
                   "He called the plan \"a disaster,", "Smith"}},
                 true);
}

BOOST_AUTO_TEST_CASE(a_report_with_an_adjective_is_a_noun_around_the_cue) {
  // `said in its annual report.` is an adverbial, not the content; `the congressional report
  // said` has a subject
  expect_reports(
      {
          {"Gold sales will rise about 22 pct this year, the company said in its annual report.",
           "Gold sales will rise about 22 pct this year", "the company"},
          {"Hackers compromised 12 workstations and 10 servers, the congressional report said.",
           "Hackers compromised 12 workstations and 10 servers", "the congressional report"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(a_report_after_but_with_its_own_subject_ends_the_content_before) {
  // `declined to comment, but a person close to the board said …`: two reports
  const std::string_view text =
      "The company declined to comment, but a person close to the board said talks had "
      "stalled.";
  const auto qs = quotes_of(text);
  const Quote* stalled = find(text, qs, "talks had stalled");
  BOOST_TEST_REQUIRE(stalled);
  BOOST_TEST(str(text, stalled->speaker) == "a person close to the board");
  BOOST_TEST(!stalled->entity.present());  // unnamed: no one's name
  for (const Quote& q : qs)
    if (&q != stalled) BOOST_TEST(str(text, q.content).find("stalled") == std::string_view::npos);
}

BOOST_AUTO_TEST_CASE(a_bare_noun_after_told_before_a_clause_is_the_audience) {
  expect_reports(
      {
          {"The prime minister told parliament the budget would be balanced by 2025.",
           "the budget would be balanced by 2025", "The prime minister"},
          {"The coach told players the season was over.", "the season was over", "The coach"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(an_acronym_spelt_like_a_function_word_is_a_name) {
  // `WHO` is no relative pronoun, `US` no object pronoun, next to words in lower case
  expect_reports(
      {
          {"The WHO warned that the virus could spread further.", "the virus could spread further",
           "The WHO"},
          {"US Sprint said its new fiber-optic route is fully operational.",
           "its new fiber-optic route is fully operational", "US Sprint"},
      },
      true);
  // a headline in capitals keeps its words
  expect_reports({{"FAMILY SAYS HE IS INNOCENT", "HE IS INNOCENT", "FAMILY"}}, true);
}

BOOST_AUTO_TEST_CASE(the_writers_comment_set_off_after_the_content_is_not_part_of_it) {
  expect_reports(
      {
          {"Aliyev said Armenia had violated the ceasefire, a claim Yerevan denied.",
           "Armenia had violated the ceasefire", "Aliyev"},
          {"The ministry said 20 civilians were killed, a figure that could not be "
           "independently verified.",
           "20 civilians were killed", "The ministry"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(where_or_how_it_was_said_before_a_clause_stays_out_of_the_content) {
  // with no `that`: `said at a press conference yesterday morning the laws …`
  expect_reports(
      {
          {"The mayor said at a press conference yesterday morning the gun laws should be "
           "changed.",
           "the gun laws should be changed", "The mayor"},
          {"He said in an interview with Rolling Stone he was open to the idea.",
           "he was open to the idea", "He"},
          {"The family indicated on Twitter the baby girl was critically ill.",
           "the baby girl was critically ill", "The family"},
          // a phrase of the content's own stays in it
          {"The minister said in the past the government had pressed banks to lend.",
           "in the past the government had pressed banks to lend", "The minister"},
          {"Traders said at least one other trader made a similar contract.",
           "at least one other trader made a similar contract", "Traders"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(a_cue_word_after_an_article_and_a_noun_is_the_subjects_head) {
  // `The news report said`: `report` is a noun; `which some experts believe is …` a clause
  expect_reports(
      {{"The news report said the damage was severe.", "the damage was severe", "The news report"}},
      true);
  const std::string_view text =
      "OPEC has a meeting in June which some experts believe is likely to revive the idea.";
  const auto qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].speaker) == "some experts");
}

BOOST_AUTO_TEST_CASE(a_long_phrase_of_place_or_time_after_the_cue_leaves_the_content_before) {
  expect_reports(
      {
          {"The war is a battle for world oil markets, Subroto said in an earlier speech to "
           "management trainees at Pertamina Oil Company.",
           "The war is a battle for world oil markets", "Subroto"},
          {"The bill would curb banks, Proxmire told reporters after a speech to the U.S. "
           "League of Savings Institutions.",
           "The bill would curb banks", "Proxmire"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(the_audience_of_told_runs_on_to_its_name) {
  // `told a meeting of the Minerals Research Organisation in Milton Keynes he …`; not an
  // owner (`telling them of Japan's plan`)
  expect_reports({{"Clark told a meeting of the Minerals Research Organisation in Milton Keynes "
                   "he foresaw a 25 pct rise in demand.",
                   "he foresaw a 25 pct rise in demand", "Clark"},
                  {"Lord Belstead told the House of Lords the tax would raise prices.",
                   "the tax would raise prices", "Lord Belstead"}},
                 true);
}

BOOST_AUTO_TEST_CASE(a_noun_phrase_right_before_a_verb_is_the_contents_subject_not_the_audience) {
  expect_reports(
      {
          {"Experts warn the drought could last for years.", "the drought could last for years",
           "Experts"},
          {"The official told Reuters MITI asked them to moderate trading.",
           "MITI asked them to moderate trading", "The official"},
          {"The chairman told a news conference sales are forecast to rise.",
           "sales are forecast to rise", "The chairman"},
          // an audience that is there stays out
          {"He warned the government that the drought could last.", "the drought could last", "He"},
      },
      true);
  // an age stands for the person
  expect_reports({{"\"We are not going anywhere,\" the 34-year-old said.",
                   "We are not going anywhere,", "the 34-year-old"}},
                 true);
}

BOOST_AUTO_TEST_CASE(people_named_by_a_plural_noun_or_a_relative_clause_speak) {
  expect_reports(
      {
          {"Scott's relatives watched the video on Thursday, attorneys for the family said.",
           "Scott's relatives watched the video on Thursday", "attorneys for the family"},
          {"All the experts I interviewed said her proposals were more detailed.",
           "her proposals were more detailed", "the experts"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(a_verb_phrase_then_an_adverb_before_the_cue_keeps_the_subject) {
  expect_reports(
      {
          {"The judge rubbed his chin and then said the case was closed.", "the case was closed",
           "The judge"},
          {"Police closed the road and later said two people had died.", "two people had died",
           "Police"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(a_share_of_the_people_polled_speaks) {
  // a percentage or count of respondents as the subject, before a quote as before a clause
  expect_reports(
      {
          {"In the poll, 14 percent said, \"We will not vote for him.\"",
           "We will not vote for him.", "14 percent"},
          {"Fourteen percent said: \"We will not vote for him.\"", "We will not vote for him.",
           "Fourteen percent"},
          {"Asked about Trump, 60 percent said they would never vote for him.",
           "they would never vote for him", "60 percent"},
      },
      true);
  // a bare number is a count of people only before `said`/`says`: `37 confirmed cases`
  const std::string_view text =
      "There had been 2741 confirmed cases in China, 37 confirmed cases in other countries.";
  BOOST_TEST(quotes_of(text).empty());
}

BOOST_AUTO_TEST_CASE(a_surname_alone_is_the_person_the_text_names_with_mr_or_mrs) {
  // `Wickham` after `Mr. Wickham` is that man for a later `he`; a surname both a Mr. and a
  // Mrs. bear names the man
  const char* text =
      "Mr. Wickham had been walking with Mr. Darcy that morning.\n\n"
      "She was overtaken near the gate by Wickham.\n\n"
      "\"I am afraid I interrupt your walk,\" said he, as he joined her.\n";
  const std::vector<Quote> qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].speaker) == "he");
  BOOST_TEST(str(text, qs[0].entity) == "Mr. Wickham");
  const char* both =
      "Mr. Bennet and Mrs. Bennet came in with Mr. Darcy.\n\n"
      "Later that evening Bennet sat alone.\n\n"
      "\"I am tired,\" he said.\n";
  const std::vector<Quote> bq = quotes_of(both);
  BOOST_TEST_REQUIRE(bq.size() == 1u);
  BOOST_TEST(str(both, bq[0].entity) == "Mr. Bennet");
}

BOOST_AUTO_TEST_CASE(a_family_name_alone_names_the_man_when_a_woman_of_it_is_named_in_full) {
  // `Mr. Wickham` and, later, `Lydia Wickham`: `cried Wickham` is Mr. Wickham
  const char* text =
      "Mr. Wickham sat down by the fire.\n\n"
      "\"Indeed!\" cried Wickham.\n\n"
      "The letter was signed Lydia Wickham.\n";
  const std::vector<Quote> qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].speaker) == "Wickham");
  BOOST_TEST(str(text, qs[0].entity) == "Mr. Wickham");
}

BOOST_AUTO_TEST_CASE(the_first_full_name_of_a_surname_keeps_its_gender) {
  // `Mary Trump` after `Donald Trump` leaves the surname's person a man: `Trump` alone is
  // he, and `he` is Donald Trump
  const char* text =
      "Donald Trump spoke in Ohio on Monday. Mary Trump, his niece, published a book in July. "
      "Mike Pence was in Ohio too. Later, Trump visited Iowa. \"We will win this state,\" he "
      "said.";
  const std::vector<Quote> qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].speaker) == "he");
  BOOST_TEST(str(text, qs[0].entity) == "Donald Trump");
}

BOOST_AUTO_TEST_CASE(a_cue_after_and_is_not_the_cue_of_a_quote_another_cue_opens) {
  // `21 percent said "…" and 14 percent said "…"`: two reports, each its own speaker's
  const char* polled =
      "Of those polled, 21 percent said \"not too likely\" and 14 percent said \"not at all "
      "likely.\"";
  const std::vector<Quote> qs = quotes_of(polled);
  BOOST_TEST_REQUIRE(qs.size() == 2u);
  BOOST_TEST(str(polled, qs[0].speaker) == "21 percent");
  BOOST_TEST(str(polled, qs[0].content).find("not too likely") != std::string_view::npos);
  BOOST_TEST(str(polled, qs[0].content).find("said") == std::string_view::npos);
  BOOST_TEST(str(polled, qs[1].speaker) == "14 percent");
  BOOST_TEST(str(polled, qs[1].content) == "not at all likely.");
  // a cue after `and` with a clause of its own reports that clause only
  expect_reports(
      {{"Smith called it \"very bad\" and Jones said it was fine.", "it was fine", "Jones"}}, true);
}

BOOST_AUTO_TEST_CASE(another_alone_speaks_before_a_cue_in_the_past_or_third_person) {
  expect_reports(
      {
          {"One list says there are 2,400, while another says there are about 1,800.",
           "there are about 1,800", "another"},
          {"\"It is hard to tell,\" a dealer said. Another added, \"The dollar will fall.\"",
           "The dollar will fall.", "Another"},
      },
      false);
  // `another state aluminum company`: a base form after `another` is a noun
  const char* text =
      "Azpurua said financing has been obtained for Alcasa, another state aluminum company, and "
      "for projects in the steel industry.";
  const std::vector<Quote> qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].content).find("steel industry") != std::string_view::npos);
}

BOOST_AUTO_TEST_CASE(a_common_noun_speaker_tells_a_named_audience_a_direct_quote) {
  expect_reports(
      {
          {"As one employee told Palo Alto Weekly, \"She wants to put fear in our hearts.\"",
           "She wants to put fear in our hearts.", "one employee"},
          {"Commenting on the minister, a foreign banker here recently told Reuters, \"They see "
           "his removal as a precondition.\"",
           "They see his removal as a precondition.", "a foreign banker"},
      },
      true);
}

BOOST_AUTO_TEST_CASE(
    a_cue_word_after_an_adjective_is_a_noun_and_a_clause_between_makes_a_mixed_quote) {
  // `a rare note` and `its annual report` are nouns: the participle and `said` are the cues
  expect_reports(
      {
          {"Trump sounded a rare note of self-deprecation, saying, \"I'm not sure I really "
           "deserve it.\"",
           "I'm not sure I really deserve it.", "Trump"},
          {"Morgan, which holds Brazilian debt, said in its annual report, \"Nonaccrual loans "
           "could increase.\"",
           "Nonaccrual loans could increase.", "Morgan"},
      },
      true);
  // a clause of its own between `said` and the quote: one mixed report
  const char* text =
      "Hackmann said the stocks report was positive for the long term, \"But we still have a "
      "long way to go.\"";
  const std::vector<Quote> qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST((qs[0].kind == QuoteKind::mixed));
  BOOST_TEST(str(text, qs[0].speaker) == "Hackmann");
  BOOST_TEST(str(text, qs[0].content).find("the stocks report was positive") == 0u);
}

BOOST_AUTO_TEST_CASE(a_two_word_clause_after_a_speech_verb_is_its_content) {
  // subject and verb close the sentence: `he fled`, `it rained`, `trading resumed`
  expect_reports(
      {
          {"Police said he fled.", "he fled", "Police"},
          {"A spokeswoman for the ministry said they agreed.", "they agreed",
           "A spokeswoman for the ministry"},
          {"The exchange said trading resumed.", "trading resumed", "The exchange"},
          {"The mayor said it rained.", "it rained", "The mayor"},
      },
      true);
  // an object or an adverbial is no clause: no quote
  for (const char* text :
       {"The mayor said it twice.", "Smith said last week.", "The bank told financial analysts.",
        "The company disclosed financial details.", "The firm reported unaudited results."}) {
    BOOST_TEST_CONTEXT(text) {
      BOOST_TEST(quotes_of(text).empty());
    }
  }
}

BOOST_AUTO_TEST_CASE(a_body_named_with_and_is_whole) {
  // (text, entity): `and` inside a body's name, before its head noun or after its `of`; a
  // company's word inside a name; a person's name after the body's stays the person's
  const std::pair<const char*, const char*> rows[] = {
      {"The Securities and Exchange Commission said the firm misled its investors.",
       "Securities and Exchange Commission"},
      {"The Department of Health and Human Services declared the outbreak an emergency.",
       "Department of Health and Human Services"},
      {"The Ministry of International Trade and Industry said output rose in January.",
       "Ministry of International Trade and Industry"},
      {"The Organization of Petroleum Exporting Countries said output would fall in May.",
       "Organization of Petroleum Exporting Countries"},
      {"The Office of Management and Budget James Miller said taxes would not be raised.",
       "James Miller"},
      // a capitalised title after `the` and before `of`: a body's name whatever its head
      {"According to the National Conference of State Legislatures, the next primary is on "
       "March 3.",
       "National Conference of State Legislatures"},
      {"The Writers Guild of America said its members had struck the news staffs.",
       "Writers Guild of America"},
  };
  check_one_quote(rows, &Quote::entity);
  // two speakers joined by `and` before a title stay apart from the body's name
  const char* text =
      "Treasury Secretary James Baker and Federal Reserve Board chairman Paul Volcker told "
      "the bankers they were optimistic their debt strategy would work.";
  const std::vector<Quote> qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].speaker).find("Treasury Secretary James Baker") == 0u);
}

BOOST_AUTO_TEST_CASE(a_past_form_after_an_opening_article_is_an_adjective_not_a_cue) {
  // `An estimated four million people`: the estimate has no speaker in the sentence
  for (const char* text : {"An estimated four million people took part in the protests.",
                           "A reported 300 people were hurt in the blast."}) {
    BOOST_TEST_CONTEXT(text) {
      BOOST_TEST(quotes_of(text).empty());
    }
  }
  // with a cue of its own, the estimate is the content
  expect_reports({{"An estimated 1.2 mln commuters were stranded today, industry sources said.",
                   "An estimated 1.2 mln commuters were stranded today", "industry sources"}},
                 true);
}

BOOST_AUTO_TEST_CASE(a_cue_before_a_quote_reaches_past_a_phrase_set_off_by_commas) {
  // `in remarks`: a cue's noun after a preposition is no cue; the quote closed by a full stop
  // before `He said, …, "…"` is not that cue's
  const std::string_view text =
      "According to Dr. Tom Frieden, formerly the director of the United States' Centers for "
      "Disease Control and Prevention, the pandemic is \"unprecedented.\" He said, in remarks "
      "published by CNN in February, \"No other respiratory virus has been tracked from "
      "emergence to continuous global spread.\"";
  const auto qs = quotes_of(text);
  const Quote& src = require_quote(text, qs, "the pandemic is");
  BOOST_TEST(str(text, src.speaker) == "Dr. Tom Frieden");
  // (the source's apposition is no content)
  BOOST_TEST(str(text, src.content).substr(0, 15) == "the pandemic is");
  const Quote& direct = require_quote(text, qs, "No other respiratory virus");
  BOOST_TEST(str(text, direct.cue) == "said");
  BOOST_TEST(str(text, direct.entity) == "Tom Frieden");
  // an apposition is skipped only after a person's name, and only without a verb
  expect_reports({{"According to Smith, the plan, which was costly, failed in the end.",
                   "the plan, which was costly, failed in the end", "Smith"}},
                 true);
}

BOOST_AUTO_TEST_CASE(a_source_between_subject_and_cue_leaves_the_report_to_the_subject) {
  expect_reports({{"Witnesses, according to police, said the man fled on foot.",
                   "the man fled on foot", "Witnesses"}},
                 true);
}

BOOST_AUTO_TEST_CASE(a_body_s_common_noun_stands_for_the_body_named_with_it_and_of) {
  // `the ministry` after `the Ministry of Defence`; `the department` after `the California
  // Department of Corrections`
  const std::string_view text =
      "The California Department of Corrections said the inmate was in stable condition. The "
      "department said an officer had found the inmate in his cell.";
  const auto qs = quotes_of(text);
  const Quote& q = require_quote(text, qs, "an officer had found");
  BOOST_TEST(str(text, q.speaker) == "The department");
  BOOST_TEST(str(text, q.entity) == "California Department of Corrections");
}

BOOST_AUTO_TEST_CASE(the_first_words_of_a_body_named_before_name_that_body) {
  const std::string_view text =
      "Franco Nevada Mining Corp Ltd said the gain in its stock price today is related to "
      "drilling nearby. Franco Nevada said the drilling found gold below 1,000 feet.";
  const auto qs = quotes_of(text);
  const Quote& q = require_quote(text, qs, "the drilling found gold");
  BOOST_TEST(str(text, q.entity) == "Franco Nevada Mining Corp Ltd");
}

BOOST_AUTO_TEST_CASE(a_place_after_in_is_no_speaker_the_words_before_it_are) {
  const std::pair<const char*, const char*> rows[] = {
      {"A spokesman for the firm in New York said rates would rise.",
       "A spokesman for the firm in New York"},
      {"The College of Wooster in Ohio reported a new mechanism that erodes the ice.",
       "The College of Wooster in Ohio"},
      {"The Ifo economic research institute in Munich said the surplus would fall.",
       "The Ifo economic research institute in Munich"},
  };
  check_one_quote(rows, &Quote::speaker);
  // a connective between a quote and the cue's subject: the cue reports the clause after it
  expect_reports(
      {{"Analysts called it \"the most boring race\", however Bonham noted the swing may have "
        "been large.",
        "the swing may have been large", "Bonham"}},
      true);
}

BOOST_AUTO_TEST_CASE(an_inverted_cue_inside_the_statement_splits_its_content) {
  const std::string_view text =
      "Because warmer water is more buoyant, says the study, it rises above cooler water.";
  const auto qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].speaker) == "the study");
  BOOST_TEST_REQUIRE(qs[0].segments.size() == 2u);
  BOOST_TEST(str(text, qs[0].segments[1]) == "it rises above cooler water");
  // an apposition after the speaker is no content
  const std::string_view appos = "The economy will slow this year, said Jane Morton, an economist.";
  const auto as = quotes_of(appos);
  BOOST_TEST_REQUIRE(as.size() == 1u);
  BOOST_TEST(as[0].segments.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_relative_clause_after_the_opening_noun_phrase_leaves_it_the_subject) {
  expect_reports({{"The report, which was released on Tuesday, said exports fell sharply.",
                   "exports fell sharply", "The report"},
                  {"The National Trade Union Alliance, which groups 20 unions, warned it would "
                   "fight the price rises.",
                   "it would fight the price rises", "The National Trade Union Alliance"}},
                 true);
}

BOOST_AUTO_TEST_CASE(a_verb_of_another_tense_after_and_is_the_speaker_s_second_act) {
  // after a pronoun subject, `and` + a verb of the cue's form and another tense than the
  // content's verb: the speaker's; of the same tense: the content goes on
  expect_reports(
      {{"The senator said he is friendly with the governor but took issue with his budget.",
        "he is friendly with the governor", "The senator"},
       {"Mr. Brownell said he makes $41,000 a year and questioned how the plan would help him.",
        "he makes $41,000 a year", "Mr. Brownell"},
       {"The actress said she was tired of the status quo and wanted a new kind of candidate.",
        "she was tired of the status quo and wanted a new kind of candidate", "The actress"},
       {"Ayotte says she is going to vote for him but has withheld her endorsement.",
        "she is going to vote for him", "Ayotte"},
       // after a noun phrase nothing tells: the content goes on
       {"The spokesman said the company is private and had sales of 4.7 million dollars.",
        "the company is private and had sales of 4.7 million dollars", "The spokesman"},
       // a participle before its preposition, a verb inside a relative clause
       {"Analysts said the losses are considerable and centered in its energy loans.",
        "the losses are considerable and centered in its energy loans", "Analysts"},
       {"He said the aide who succeeded him and helped engineer his ouster should resign.",
        "the aide who succeeded him and helped engineer his ouster should resign", "He"}},
      false);
}

BOOST_AUTO_TEST_CASE(a_body_named_with_for_and_and_is_one_name) {
  const std::pair<const char*, const char*> rows[] = {
      {"According to reports by the Center for Strategic and International Studies, the "
       "program costs more than planned.",
       "Center for Strategic and International Studies"},
      {"The Organisation for Economic Cooperation and Development said growth would slow.",
       "Organisation for Economic Cooperation and Development"},
      {"According to Johns Hopkins Center for Systems Science and Engineering, there are at "
       "least 142 cases in India.",
       "Johns Hopkins Center for Systems Science and Engineering"},
      {"According to a report from ABC Australia on March 3, the stores were reluctant to act.",
       "ABC Australia"},
      // a plural head, and a name opening its sentence or after `the` or a role's `for`
      {"The Centers for Disease Control and Prevention said the outbreak was over.",
       "Centers for Disease Control and Prevention"},
      {"According to the Centers for Disease Control and Prevention, one in a thousand "
       "children who contract measles develop encephalitis.",
       "Centers for Disease Control and Prevention"},
      {"Transport for London told morning rush-hour passengers to take a longer way around.",
       "Transport for London"},
      {"A spokesman for Transport for London said the line would reopen on Monday.",
       "Transport for London"},
      // (a name with an ampersand; a text's source past its participle)
      {"According to PG&E's schedule, by noon today over half a million customers could be "
       "affected.",
       "PG&E"},
      {"According to a statement released by the Supreme Court, the retired justice died "
       "yesterday at the age of 99.",
       "Supreme Court"},
      {"According to figures compiled by Euromoney, about 183 billion dlrs of new eurobonds "
       "were offered.",
       "Euromoney"},
      // (a people's adjective or a country's name before a body's noun)
      {"According to Syrian state media, government forces began deploying into the territory.",
       "Syrian state media"},
      {"The U.S. embassy said the man had died on February 6 in a Wuhan hospital.", "U.S. embassy"},
      // (a study's or poll's source after `by`, past its participle and its year)
      {"According to a survey published in 2017 by the Royal Pharmaceutical Society, 84% of "
       "Britons did not wash their hands well enough.",
       "Royal Pharmaceutical Society"},
      {"According to a poll by Gallup, most voters backed the plan to cut taxes.", "Gallup"},
      // (a number inside a name)
      {"The Lost 52 Project announced on Sunday that the wreck was the USS Grayback.",
       "Lost 52 Project"},
  };
  check_one_quote(rows, &Quote::entity);
}

BOOST_AUTO_TEST_CASE(a_participle_s_speaker_is_the_subject_past_a_fronted_phrase) {
  expect_reports(
      {{"Within a day of the event, Belarusian KGB arrested 33 men, claiming them to be "
        "mercenaries.",
        "them to be mercenaries", "Belarusian KGB"},
       {"Shortly after noon, the mayor closed the road, saying the break had been contained.",
        "the break had been contained", "the mayor"},
       {"Just before the debate, Hunter Biden's former business partner Tony Bobulinski held a "
        "press conference claiming Joe Biden knew about the deals.",
        "Joe Biden knew about the deals", "Hunter Biden's former business partner Tony Bobulinski"},
       // a medium after `on` is no subject of a participle after it
       {"Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the "
        "attacks.",
        "Iran for the attacks", "Secretary of State Mike Pompeo"}},
      true);
}

BOOST_AUTO_TEST_CASE(a_programme_s_title_after_told_is_the_audience) {
  expect_reports(
      {{"She told \"Good Morning America\" on Monday the tone of the interview was "
        "cordial.",
        "the tone of the interview was cordial", "She"},
       {"He told \"Meet the Press\" that the plan would fail.", "the plan would fail", "He"}},
      true);
}

// A quote that is the complement of a cue before it (`claimed that "…"`) is that cue's; a
// speaker and cue after it followed by a clause report the clause, and `one of` the people
// named speaks for them.
BOOST_AUTO_TEST_CASE(a_quote_after_that_belongs_to_the_cue_before_it) {
  expect_reports(
      {
          {"Even as the governor claimed on Tuesday that \"the agency got in trouble for far "
           "less,\" one of the former prosecutors said the two cases were quite different.",
           "the two cases were quite different", "one of the former prosecutors"},
          {"Even as the governor claimed on Tuesday that \"the agency got in trouble for far "
           "less,\" one of the former prosecutors said the two cases were quite different.",
           "\"the agency got in trouble for far less,\"", "the governor"},
          {"While the mayor insisted the budget was balanced, one of the auditors said the "
           "figures did not add up.",
           "the figures did not add up", "one of the auditors"},
      },
      false);
  // a quote opening the sentence keeps the cue after it
  expect_reports({{"\"We will not back down,\" one of the strikers said on Monday.",
                   "We will not back down,", "one of the strikers"}},
                 true);
}

// A member of Congress named with a district numbered after a state's possessive is the
// speaker, not the district.
BOOST_AUTO_TEST_CASE(a_district_numbered_after_a_states_possessive_belongs_to_the_member) {
  expect_reports(
      {
          {"Rep. Dana Whitfield of Ohio's 12th District said the bill would pass.",
           "the bill would pass", "Rep. Dana Whitfield of Ohio's 12th District"},
          {"Representative Kweisi Mfume of Maryland's seventh Congressional District announced "
           "his resignation in 1995.",
           "his resignation in 1995",
           "Representative Kweisi Mfume of Maryland's seventh Congressional District"},
      },
      true, [](std::string_view text, const Quote& q) {
        BOOST_TEST(str(text, q.entity).find("District") == std::string_view::npos);
      });
}

// A participle after a passive whose subject is a thing speaks for the passive's agent.
BOOST_AUTO_TEST_CASE(a_participle_after_a_passive_speaks_for_its_agent) {
  expect_reports(
      {
          {"The plan was praised by Senator Ann Cole on Friday, saying it would create jobs.",
           "it would create jobs", "Senator Ann Cole"},
          {"The bill was criticized by the Chamber of Commerce, saying it would cost jobs.",
           "it would cost jobs", "the Chamber of Commerce"},
          {"Election implications of the vote were described by Johnson as a \"historic "
           "mandate\", saying he intends to leave the EU by the end of January.",
           "he intends to leave the EU by the end of January", "Johnson"},
      },
      true);
}

// A participle after `by` or `upon` with a quote after its comma speaks for the subject of
// its clause.
BOOST_AUTO_TEST_CASE(a_participle_after_by_before_a_quote_speaks_for_the_subject) {
  expect_reports(
      {
          {"But Rostenkowski set the tone of the debate by saying, \"I am not trying to write "
           "legislation to please the unions.\"",
           "I am not trying to write legislation to please the unions.", "Rostenkowski"},
          {"Silverman, herself a Sanders supporter, drew boos upon saying, \"Hillary heard the "
           "passion of the people.\"",
           "Hillary heard the passion of the people.", "Silverman"},
      },
      true);
}

// People named by their body with a determiner other than `the` are who speaks.
BOOST_AUTO_TEST_CASE(people_of_a_body_with_a_determiner_speak) {
  expect_reports(
      {
          {"Representatives of other industrial countries told Reuters they are more skeptical.",
           "they are more skeptical", "Representatives of other industrial countries"},
          {"Leaders of both parties said the deal was dead.", "the deal was dead",
           "Leaders of both parties"},
      },
      true);
}

// A verbless phrase set off by commas right after a speech cue, before the clause's pronoun
// subject, is part of the statement.
BOOST_AUTO_TEST_CASE(a_parenthetical_after_the_cue_belongs_to_the_statement) {
  expect_reports(
      {
          {"Republican presidential candidate Marco Rubio says, win or lose in Tuesday's "
           "crucial Florida primary, he's staying in the race.",
           "win or lose in Tuesday's crucial Florida primary, he's staying in the race",
           "Republican presidential candidate Marco Rubio"},
          {"Smith said, if elected, he would cut taxes.", "if elected, he would cut taxes",
           "Smith"},
      },
      true);
}

// `admitted to` a body or a place lets someone in; nothing is said.
BOOST_AUTO_TEST_CASE(admitted_to_a_body_or_a_place_is_no_report) {
  for (const char* text :
       {"Conway was elected a Fellow of the Royal Society in 1981 and admitted to the American "
        "Academy of Arts and Sciences in 1992.",
        "She was admitted to hospital on Monday with breathing problems."})
    BOOST_TEST(quotes_of(text).empty(), text);
  expect_reports(
      {{"The minister admitted that the plan had failed.", "the plan had failed", "The minister"}},
      true);
}

// A cue's past form after `be` inside the content is a passive, no report of its own: the
// content runs on over it.
BOOST_AUTO_TEST_CASE(a_passive_cue_form_inside_the_content_does_not_end_it) {
  expect_reports(
      {
          {"Silva said the existing economic and social system would be maintained until 2050.",
           "the existing economic and social system would be maintained until 2050", "Silva"},
          {"Thas said 32 of the 543 passengers and crew were confirmed dead.",
           "32 of the 543 passengers and crew were confirmed dead", "Thas"},
          {"Silva said the old and new system would be formally maintained until 2050.",
           "the old and new system would be formally maintained until 2050", "Silva"},
      },
      true);
}

// After `and`, a past form that is no report, before a plain word, is an adjective of the
// object's second noun; a verb with its own object still ends the object.
BOOST_AUTO_TEST_CASE(a_participle_adjective_after_and_stays_in_the_object) {
  expect_reports(
      {
          {"The company cited its improved earnings outlook and continued strong cash flow as "
           "reasons for raising the dividend.",
           "its improved earnings outlook and continued strong cash flow as reasons for raising "
           "the dividend",
           "The company"},
          {"The agency cited a highly leveraged balance sheet and reduced access to capital.",
           "a highly leveraged balance sheet and reduced access to capital", "The agency"},
      },
      true);
  expect_reports({{"The senator described the incident as a \"terrible situation,\" but stopped "
                   "short of calling it a crime.",
                   "the incident as a \"terrible situation,\"", "The senator"}},
                 false);
}

// `last week's` after `of` owns a noun inside the object; `at last week's` is the writer's
// time and place of the act.
BOOST_AUTO_TEST_CASE(an_owners_time_after_of_stays_in_the_object) {
  expect_reports(
      {{"Gaviria blamed an inflexible U.S. position for the failure of last week's coffee talks.",
        "an inflexible U.S. position for the failure of last week's coffee talks", "Gaviria"}},
      true);
}

// A cue form that is mostly a noun (`states`) after a closing quote mark, with neither an end,
// a comma, `that` nor `to` after it, is the noun: the report before the quote keeps its cue.
BOOST_AUTO_TEST_CASE(a_noun_cue_form_after_a_quote_is_no_cue_of_it) {
  const std::string_view text =
      "Miller said he is hopeful the new bill can be \"the best of both worlds,\" giving states "
      "more power.";
  const std::vector<Quote> qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].speaker) == "Miller");
  BOOST_TEST(str(text, qs[0].cue) == "said");
}

// An inverted cue set off inside its statement, its subject before it and the verb after
// the speaker (and the speaker's apposition): both parts are the statement.
BOOST_AUTO_TEST_CASE(the_verb_after_an_inverted_parenthetical_cue_goes_on_with_the_statement) {
  expect_two_segments(
      "Any interpretation of the minister's actions, said Michael Kofman, an expert on Russia, "
      "would read this as a public admission.",
      "Any interpretation of the minister's actions", "would read this as a public admission",
      "Michael Kofman");
  expect_two_segments("At issue, said Genentech, is whether the two hormones are the same drug.",
                      "At issue", "is whether the two hormones are the same drug", "Genentech");
  // an apposition and a relative clause after the speaker: the statement is before
  expect_reports({{"Prices will rise sharply, said Jane Morton, an economist, who was not "
                   "surprised.",
                   "Prices will rise sharply", "Jane Morton"}},
                 true);
}

// After an opening phrase with no verb, a parenthetical cue's statement goes on past it,
// whatever word opens the clause after it.
BOOST_AUTO_TEST_CASE(the_clause_after_a_cue_set_off_after_a_verbless_phrase_is_the_statement) {
  expect_two_segments(
      "In the early 1990s, Ms. Ripert said, when she was earning $24,000 a year, a boss invited "
      "her to lunch.",
      "In the early 1990s", "when she was earning $24,000 a year, a boss invited her to lunch",
      "Ms. Ripert");
}

// Idioms with a cue word and the noun `say` report nothing.
BOOST_AUTO_TEST_CASE(idioms_and_the_noun_say_are_no_reports) {
  for (const char* text :
       {"But \"dumping Trump\" is easier said than done in New York City.",
        "Now they could say goodbye to all that.",
        "The attorney general still has the final say on whether charges are filed.",
        "Party activists have a larger say than they do in the general election."})
    BOOST_TEST(quotes_of(text).empty(), text);
  expect_reports({{"The polls say on Tuesday the race is tied.", "the race is tied", "The polls"}},
                 true);
}

// An infinitive after a cue is its content, not an adverbial: the words before the subject
// are no statement of it.
BOOST_AUTO_TEST_CASE(an_infinitive_after_a_cue_takes_no_content_before_it) {
  for (const char* text :
       {"Reflecting his father's brashness, he pledged to put New York, which has not voted "
        "Republican in 32 years, in play.",
        "It was a partial reversal for the Wisconsin Republican, who had previously pledged to "
        "support the nominee."})
    BOOST_TEST(quotes_of(text).empty(), text);
}

// A column's or a newsletter's label before a headline's colon names no speaker.
BOOST_AUTO_TEST_CASE(a_section_label_before_a_headline_colon_is_no_speaker) {
  for (const char* text : {"Delegate Update: The latest count in the Democratic race.\n\nIt "
                           "takes 2,383 delegates to win.",
                           "Monday's Morning Email: The Senate Votes On The Budget Tonight.\n\n"
                           "Good morning."})
    BOOST_TEST(quotes_of(text).empty(), text);
}

// After `according to X,` a base cue form opens the clause's subject (`state security
// forces`), not the verb of a subject before the source: the source vouches for the clause.
BOOST_AUTO_TEST_CASE(a_base_cue_form_after_a_source_set_off_opens_the_clause) {
  expect_two_segments(
      "Since last November, according to Human Rights Watch, state security forces have killed "
      "more than 400 protesters.",
      "Since last November", "state security forces have killed more than 400 protesters",
      "Human Rights Watch");
}

// A quoted fragment cued by a verb inside a report's content (`what she calls "…"`) is part
// of that content; a quote opened after a comma (`she recalled thinking, "…"`) is a report
// of its own.
BOOST_AUTO_TEST_CASE(a_fragment_cued_inside_the_content_stays_in_the_report) {
  const std::string_view text =
      "Hillary Clinton says Americans are \"right to be angry,\" but also hungry for what she "
      "calls \"real solutions.\"";
  const std::vector<Quote> qs = quotes_of(text);
  const Quote& q = require_quote(text, qs, "Americans are");
  BOOST_TEST(str(text, q.speaker) == "Hillary Clinton");
  BOOST_TEST((q.kind == QuoteKind::mixed));
  BOOST_TEST(str(text, q.content) ==
             "Americans are \"right to be angry,\" but also hungry for what she calls \"real "
             "solutions.\"");
  const std::string_view nested =
      "Lynch said she recalled thinking, \"This is what people have talked about.\"";
  for (const Quote& n : quotes_of(nested))
    BOOST_TEST(str(nested, n.content).find("she recalled") == std::string_view::npos);
}

// A relative clause set off after a subject of one word inside the content, its verb after
// the closing comma: the content goes on (a cue inside the relative clause ends nothing).
BOOST_AUTO_TEST_CASE(a_relative_clause_after_a_short_subject_stays_in_the_content) {
  expect_reports({{"The agency says that Walker, who charges high fees, has lost money.",
                   "Walker, who charges high fees, has lost money", "The agency"}},
                 true);
  // (a speech verb with its own content after the closing comma is that verb too)
  expect_reports({{"Reuters reported on Monday a German government source, whom it did not "
                   "name, said the ban was not part of a broader plan.",
                   "a German government source, whom it did not name, said the ban was not part "
                   "of a broader plan",
                   "Reuters"}},
                 true);
}

// A cue's past form right after a noun of no person, before `by` or an object cue's
// preposition with the clause's verb after it, is a participle: no report, no speaker.
BOOST_AUTO_TEST_CASE(a_reduced_passive_clause_reports_nothing) {
  for (const char* text :
       {"The black hole described in the study is located in a nearby system.",
        "The package agreed by farm ministers features a plan to pay farmers."}) {
    BOOST_TEST_CONTEXT(text) {
      BOOST_TEST(quotes_of(text).empty());
    }
  }
  expect_reports(
      {{"Critics described the plan as a giveaway.", "the plan as a giveaway", "Critics"}}, true);
}

// A body's name, then a role with its adjectives, then a person's name: the person speaks
// (`Rutgers University political scholar Kelly Dittmar`, `Fiat managing director Cesare
// Romiti`), after `according to` as before a cue.
BOOST_AUTO_TEST_CASE(a_role_with_adjectives_after_a_bodys_name_leads_to_the_person) {
  const std::vector<std::pair<const char*, const char*>> rows = {
      {"According to Rutgers University political scholar Kelly Dittmar, the gap is closing.",
       "Kelly Dittmar"},
      {"Fiat managing director Cesare Romiti said the economy was still vulnerable.",
       "Cesare Romiti"},
      {"\"It is the best candidate,\" said UCL astronomer Angelos Tsiaras.", "Angelos Tsiaras"}};
  check_one_quote(rows, &Quote::entity);
}

// `point` is a cue only with `out` after it: `pointed out that …`, `"…," he pointed out`; a
// lead of `13 points` or `pointed to` the polls reports nothing.
BOOST_AUTO_TEST_CASE(point_out_is_a_cue_and_point_alone_is_not) {
  expect_reports({{"Baker pointed out that Brazil was paying its debts in full.",
                   "Brazil was paying its debts in full", "Baker"}},
                 true);
  const std::string_view after = "\"Brazil is not defaulting on its debt,\" Baker pointed out.";
  const std::vector<Quote> qs = quotes_of(after);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(after, qs[0].speaker) == "Baker");
  BOOST_TEST(qs[0].cue_lemma == "point");
  for (const char* text : {"Clinton leads Sanders by about 13 points in the state, a poll found.",
                           "Analysts pointed to the weaker dollar as the main cause."}) {
    BOOST_TEST_CONTEXT(text) {
      BOOST_TEST(quotes_of(text).empty());
    }
  }
}

// `It said, "…"` in news is a body's statement, as `"…," it said` is: the body that spoke
// before is its entity.
BOOST_AUTO_TEST_CASE(it_before_a_cue_and_a_comma_speaks_a_direct_quote) {
  const std::string_view text =
      "Acme Corp said sales rose 5 pct. It also said, \"We expect a better second half.\"";
  const std::vector<Quote> qs = quotes_of(text);
  const Quote& q = require_quote(text, qs, "We expect a better second half.");
  BOOST_TEST(str(text, q.speaker) == "It");
  BOOST_TEST(str(text, q.entity) == "Acme Corp");
}

// A name with a place's name inside (`United States Constitution`) is no person, and a
// bare name of no known gender after a titled subject in its sentence does not take `he`
// from it (`Judge Gray Miller ruled … the Due Process Clause. He said …`).
BOOST_AUTO_TEST_CASE(he_goes_on_with_a_titled_subject_past_names_of_things) {
  const std::string_view text =
      "U.S. District Judge Gray Miller ruled the draft violated the Due Process Clause of the "
      "United States Constitution. He said the old rationale no longer applies.";
  const std::vector<Quote> qs = quotes_of(text);
  const Quote& q = require_quote(text, qs, "the old rationale no longer applies");
  BOOST_TEST(str(text, q.entity) == "Gray Miller");
}

// A bare kin noun (`The father said`) is not the person quoted most in the text: a
// sentencing judge's words and a defendant's stay apart.
BOOST_AUTO_TEST_CASE(a_kin_noun_is_not_the_main_speaker) {
  const std::string_view text =
      "Judge Bernard Schwartz sentenced the couple to life in prison. \"You have severed "
      "the bond with your children,\" Schwartz said. \"This was torture,\" Schwartz added.\n"
      "The father said \"I love my children and I believe my children love me.\"";
  const std::vector<Quote> qs = quotes_of(text);
  const Quote& q = require_quote(text, qs, "I love my children");
  BOOST_TEST(str(text, q.speaker) == "The father");
  BOOST_TEST(str(text, q.entity).empty());
}

// `co-author` is a role before a name, and `Amongst` opens a phrase, no speaker's name.
BOOST_AUTO_TEST_CASE(co_author_is_a_title_and_amongst_no_name) {
  const std::vector<std::pair<const char*, const char*>> rows = {
      {"Co-author Jing-Shan Zhao said the motion of the wings developed passively.",
       "Jing-Shan Zhao"}};
  check_one_quote(rows, &Quote::entity);
  BOOST_TEST(quotes_of("Amongst reported incidents of abuse, Cardinal George Pell was convicted.")
                 .empty());
}

// A document right before a colon speaks for the clause's subject, a body's common noun
// too: `The palace issued a statement on Monday: "…"`; its author after `from` speaks for it.
BOOST_AUTO_TEST_CASE(a_document_before_a_colon_speaks_for_its_issuer) {
  const std::vector<std::pair<const char*, const char*>> rows = {
      {"The palace issued a statement on Monday: \"She still retains her royal status.\"",
       "The palace"},
      // (its author after `from` or `by`)
      {"The palace issued the following statement from the king: \"She still retains her "
       "royal status.\"",
       "the king"},
      // (the subject past its apposition, the cue before a clause of time no report)
      {"Mayor de Blasio, a member of the Democratic Party, spoke on MSNBC when he made the "
       "announcement: \"I feel like I have contributed all I can.\"",
       "Mayor de Blasio"}};
  check_one_quote(rows, &Quote::speaker);
}

// `called on X to …` reports what X is called on to do, as `urged X to …` does; an object
// cue's content ends at a dash set off by spaces, not at a hyphen or a range's dash.
BOOST_AUTO_TEST_CASE(called_on_reports_and_an_object_cues_content_ends_at_a_dash) {
  expect_reports(
      {{"The ministry has, in a statement, called on drivers to \"not forget that other lives "
        "depend on you.\"",
        "drivers to \"not forget that other lives depend on you.\"", "The ministry"},
       {"Rep. Adam Schiff called on President Obama to retaliate against Russia -- meddling the "
        "congressman said is designed to sow discord.",
        "President Obama to retaliate against Russia", "Rep. Adam Schiff"},
       {"Land reform groups called on Aquino to break up her family's 6,000-hectare estate.",
        "Aquino to break up her family's 6,000-hectare estate", "Land reform groups"}},
      false);
  BOOST_TEST(quotes_of("She called on her friend at the hospital on Sunday.").empty());
}

// A name opening with a lower-case particle (`al-Eryani`) is a name: its full form is the
// entity of a later short mention.
BOOST_AUTO_TEST_CASE(a_name_with_a_lower_case_particle_resolves_like_any_name) {
  const std::string_view text =
      "Information Minister Moammar al-Eryani said the rebels were to blame. According to "
      "al-Eryani, the rebels are backed by Iran.";
  const std::vector<Quote> qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 2u);
  for (const Quote& q : qs) BOOST_TEST(str(text, q.entity) == "Moammar al-Eryani");
}

// A count opening a sentence is no part of the name after it: `Four Navy ships` does not
// make `the Navy` named before it the name `Four Navy`.
BOOST_AUTO_TEST_CASE(a_count_opening_a_sentence_is_no_part_of_a_name) {
  const std::string_view text =
      "The paper also spoke to the Navy, who told it the report was unconfirmed. Four Navy "
      "ships are searching.";
  const std::vector<Quote> qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].entity) == "Navy");
}

// A participle cue after a report inside a relative clause (`critics who say …, saying …`)
// is the main clause's subject's.
BOOST_AUTO_TEST_CASE(a_participle_after_a_relative_clauses_report_is_the_main_subjects) {
  const std::string_view text =
      "Obama rebuked critics who say he should condemn terrorists as \"radical Islamists,\" "
      "saying calling the group by another name will do nothing to defeat it.";
  const std::vector<Quote> qs = quotes_of(text);
  const Quote& q = require_quote(text, qs, "calling the group");
  BOOST_TEST(str(text, q.speaker) == "Obama");
  BOOST_TEST(str(text, q.cue) == "saying");
}

// A person's name opening a paragraph, then a colon and words in quote marks: the person
// speaks them (a transcript's `Name:` lines carry no quote marks).
BOOST_AUTO_TEST_CASE(a_name_and_a_colon_opening_a_paragraph_introduce_a_quote) {
  const std::string_view text =
      "Jeb Bush and Hillary Clinton reject the term containment.\n\nClinton: \"Our goal is not "
      "to deter or contain ISIS, but to defeat and destroy it.\" Bush: \"The mission is to "
      "destroy ISIS, not to contain it.\"";
  const std::vector<Quote> qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 2u);
  BOOST_TEST(str(text, qs[0].entity) == "Hillary Clinton");
  BOOST_TEST(str(text, qs[1].entity) == "Jeb Bush");
}

// After a quote that ends its sentence, the cue may be followed by a clause of time or
// manner (`as he launched the process`), the writer's.
BOOST_AUTO_TEST_CASE(a_time_clause_after_the_cue_of_a_closed_quote_keeps_the_cue) {
  const std::string_view text =
      "\"The great state of Alabama is proud to cast its votes!\" Senator Jeff Sessions said as "
      "he launched the process.";
  const std::vector<Quote> qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].speaker) == "Senator Jeff Sessions");
}

// A fronted phrase of time set off by a comma (`a few days later,`, `Back in 1999,`) opens no
// subject: a participle cue after the clause is its subject's.
BOOST_AUTO_TEST_CASE(a_fronted_time_phrase_is_not_the_subject_of_a_participle_cue) {
  expect_reports(
      {
          {"But a few days later, Trump reversed himself yet again, telling CBS that the laws "
           "on abortion are set.",
           "the laws on abortion are set", "Trump"},
          {"Back in 1999, Mr. Trump expressed admiration for his skills, telling CNBC that he "
           "wished he could be like that.",
           "he wished he could be like that", "Mr. Trump"},
      },
      false);
}

// A phrase of time between subject and cue (`at the time`, `in the past`) is skipped to the
// subject.
BOOST_AUTO_TEST_CASE(a_time_phrase_between_subject_and_cue_is_skipped) {
  expect_reports(
      {
          {"Trump at the time said he had asked his people to look into paying the fees.",
           "he had asked his people to look into paying the fees", "Trump"},
          {"His close friends have in the past said he was staying quiet.", "he was staying quiet",
           "His close friends"},
      },
      true);
}

// A participle cue after the object of `to` (`a pitch to New York voters saying …`) is the
// subject's.
BOOST_AUTO_TEST_CASE(a_participle_after_the_object_of_to_is_the_subjects) {
  expect_reports({{"Texas Sen. Ted Cruz is making a pitch to New York voters saying a state law "
                   "banning fracking is hurting the economy.",
                   "a state law banning fracking is hurting the economy", "Texas Sen. Ted Cruz"}},
                 true);
}

// A pronoun after a sentence whose subject and a name in apposition after it share its
// gender goes on with the subject (`Bloomberg endorsed his former rival, Joe Biden. "…," he
// said`); a speaker nearer it keeps it.
BOOST_AUTO_TEST_CASE(a_pronoun_goes_on_with_the_subject_before_an_apposed_name) {
  const std::string_view text =
      "Michael Bloomberg won the caucus in American Samoa. On Wednesday, Bloomberg endorsed "
      "his former rival, Joe Biden. \"Three months ago,\" he said, \"I entered the race to "
      "defeat Donald Trump.\"";
  const std::vector<Quote> qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].entity) == "Michael Bloomberg");
  const std::string_view two =
      "President Andrzej Duda said the victims were joyful girls while Interior Minister "
      "Joachim Brudzinski wrote he had ordered fire safety checks. He tweeted, \"I want to "
      "express my sympathy to the families of the victims.\"";
  const std::vector<Quote> q2 = quotes_of(two);
  const Quote& t = require_quote(two, q2, "I want to express");
  BOOST_TEST(str(two, t.entity) == "Joachim Brudzinski");
}

// A cue after `and` with no subject of its own: the subject of the sentence, a common noun
// naming people (`Grain traders`) up to its own verb.
BOOST_AUTO_TEST_CASE(a_cue_after_and_takes_a_common_noun_subject_up_to_its_verb) {
  expect_reports({{"Grain traders expect a heavy signup and said enrollment could exceed the "
                   "first three signups.",
                   "enrollment could exceed the first three signups", "Grain traders"}},
                 true);
}

// A past form after an article or `its` and an adverb of time (`its earlier reported`, `a
// previously announced`) is an adjective, no cue.
BOOST_AUTO_TEST_CASE(a_past_form_after_an_article_and_a_time_adverb_is_an_adjective) {
  for (const char* text :
       {"In its earlier reported first half, Adsteam posted an extraordinary loss.",
        "Under a previously announced merger agreement, each share will be converted."})
    BOOST_TEST(quotes_of(text).empty(), text);
}

// A past form right after a cue's -ing form is an adjective of its object (`Citing alleged
// violation of …`), no cue; a noun in -ing before a cue leaves the cue (`Officials at the
// meeting said …`).
BOOST_AUTO_TEST_CASE(a_past_form_after_a_cues_ing_form_is_an_adjective) {
  BOOST_TEST(
      quotes_of("Citing alleged violation of the code, the notice listed several videos.").empty());
  expect_reports({{"Officials at yesterday's crisis meeting said it was decided to uproot some "
                   "of the trees.",
                   "it was decided to uproot some of the trees", "Officials"}},
                 true);
}

// People named by a common noun before a place after `from` or `within` speak; the place
// does not (`Diplomats from Germany said`); a body after `from` is the one they speak for.
BOOST_AUTO_TEST_CASE(a_place_after_people_is_not_the_speaker) {
  expect_reports(
      {
          {"Diplomats from Germany said the talks would resume.", "the talks would resume",
           "Diplomats"},
          {"Critics within Serbia said cases rose sharply this year.",
           "cases rose sharply this year", "Critics"},
      },
      true);
  const std::string_view text = "An official from TfL said the station was closed.";
  const std::vector<Quote> qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].entity) == "TfL");
}

// An owner's `'s` or a plural's apostrophe inside a speaker's phrase keeps what the owner has
// in it: `said Labour's shadow chancellor, Rachel Reeves` is Reeves's, `the workers' union`
// speaks as a whole.
BOOST_AUTO_TEST_CASE(an_owners_possessive_keeps_the_speakers_phrase_whole) {
  expect_reports(
      {
          {"\"It is a disgrace,\" said Labour's shadow chancellor, Rachel Reeves.",
           "It is a disgrace,", "Labour's shadow chancellor, Rachel Reeves"},
          {"\"It is a disgrace,\" the workers' union said.", "It is a disgrace,",
           "the workers' union"},
          {"The Tories' shadow chancellor said the plan was a disgrace.", "the plan was a disgrace",
           "The Tories' shadow chancellor"},
          {"The Pentagon's top adviser on the military campaign went further, arguing the "
           "proposal could make the threat worse.",
           "the proposal could make the threat worse",
           "The Pentagon's top adviser on the military campaign"},
      },
      true);
  const std::string_view text =
      "\"It is a disgrace,\" said Labour's shadow chancellor, Rachel Reeves.";
  BOOST_TEST(str(text, quotes_of(text)[0].entity) == "Rachel Reeves");
  // (a verb after the owner ends the phrase: `Moody's pointed out … and said`)
  expect_reports({{"Moody's pointed out that losses escalated and said it expects only a partial "
                   "improvement this year.",
                   "it expects only a partial improvement this year", "Moody"}},
                 false);
}

// A text or a set of figures the owner put out speaks for the owner: `According to CNN's
// projections` is CNN's; a role a named body has is no other person's (`the United Nations'
// chief veterinary officer` is not the director-general named before).
BOOST_AUTO_TEST_CASE(an_owners_text_speaks_for_the_owner) {
  expect_reports({{"According to CNN's projections, Sanders won four states.",
                   "Sanders won four states", "CNN"}},
                 true);
  const std::string_view text =
      "WHO director-general Tedros Adhanom Ghebreyesus said the name had to be easy to say. The "
      "government of Egypt ordered the killing of over 300,000 pigs. According to the United "
      "Nations' Food and Agriculture Organization's chief veterinary officer, it was completely "
      "unnecessary.";
  const std::vector<Quote> qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 2u);
  BOOST_TEST(str(text, qs[1].content) == "it was completely unnecessary");
  BOOST_TEST(!qs[1].entity.present());
}

// A name given in quote marks is no quote: `H1N1 was commonly called "swine flu."`, nor is a
// place that ends an adverbial before a colon a speaker (`… in Wuhan, China: "COVID-19" is
// to replace …`).
BOOST_AUTO_TEST_CASE(a_name_given_in_quote_marks_is_no_quote) {
  BOOST_TEST(quotes_of("That year's H1N1 was commonly called \"swine flu.\" The government "
                       "ordered the killing of pigs.")
                 .empty());
  const std::string_view text =
      "On Tuesday, the agency announced the official name of the disease first recognized two "
      "months ago in Wuhan, China: \"COVID-19\" is to replace the temporary designation.";
  for (const Quote& q : quotes_of(text)) BOOST_TEST(str(text, q.speaker) != "China");
}

// A price after `quoted at` and a sum after a passive `estimated at` report nothing; an
// estimate with its estimator does (`which organizers estimated at`).
BOOST_AUTO_TEST_CASE(a_price_or_sum_after_quoted_at_or_estimated_at_is_no_report) {
  expect_reports(
      {
          {"On the London Stock Exchange, Jaguar's shares were last quoted at 591p, down from "
           "611p at yesterday's close, dealers said.",
           "On the London Stock Exchange, Jaguar's shares were last quoted at 591p, down from "
           "611p at yesterday's close",
           "dealers"},
          {"The bank plans to reduce excess liquidity, estimated at some 500 mln rupees, the "
           "bank's new chairman told Reuters.",
           "The bank plans to reduce excess liquidity, estimated at some 500 mln rupees",
           "the bank's new chairman"},
      },
      true);
}

// A pronoun opening the clause after a comma is the subject of a verb joined to the cue by
// `and` (`When X, the manager, was asked …, he laughed and said, "…"`), and the quotation
// after the cue is its statement, not the clause before; a day's name is no person the
// pronoun stands for.
BOOST_AUTO_TEST_CASE(a_pronoun_after_a_comma_speaks_for_a_verb_joined_by_and) {
  for (const char* text :
       {"When Robby Mook, the manager, was asked about it, he laughed and said, \"We'll see.\"",
        "When Robby Mook, the manager, was asked about it, he laughed and said it was fine.",
        "Robby Mook was asked if Clinton would hold a press conference before Election Day. He "
        "laughed and said it was fine."}) {
    BOOST_TEST_CONTEXT(text) {
      const std::vector<Quote> qs = quotes_of(text);
      BOOST_TEST_REQUIRE(qs.size() == 1u);
      BOOST_TEST((str(text, qs[0].speaker) == "he" || str(text, qs[0].speaker) == "He"));
      BOOST_TEST(str(text, qs[0].entity) == "Robby Mook");
      BOOST_TEST(str(text, qs[0].content).find("asked") == std::string_view::npos);
    }
  }
}

// People named by a bare plural noun speak through a participle after the text they put out
// (`Researchers at Imperial College posted findings estimating …`).
BOOST_AUTO_TEST_CASE(a_participle_after_a_document_speaks_for_the_clauses_subject) {
  expect_reports(
      {{"Researchers at Imperial College posted findings estimating the number of "
        "infected people may exceed 1000.",
        "the number of infected people may exceed 1000", "Researchers at Imperial College"}},
      true);
}

// After `According to X,` an apposition of the source led by `a` is the writer's
// (`According to a report by UpGuard, a cybersecurity firm, two databases …`); one of the
// statement's own subject stays in it (`a small firm, Acme, was hacked`, `a host, such as
// Facebook, must …`); a day between a report and its author is part of the source.
BOOST_AUTO_TEST_CASE(a_sources_apposition_after_according_to_is_not_the_statement) {
  expect_reports(
      {
          {"According to a report on Wednesday by UpGuard, a cybersecurity firm, two databases "
           "were found on Amazon servers.",
           "two databases were found on Amazon servers", "a report on Wednesday by UpGuard"},
          {"According to the report, a small firm, Acme, was hacked last year.",
           "a small firm, Acme, was hacked last year", "the report"},
          {"According to the ruling, a host, such as Facebook, must remove the original post.",
           "a host, such as Facebook, must remove the original post", "the ruling"},
      },
      true);
  const std::string_view text =
      "According to a report on Wednesday by UpGuard, a cybersecurity firm, two databases were "
      "found.";
  BOOST_TEST(str(text, quotes_of(text)[0].entity) == "UpGuard");
}

// A participle whose object pronoun points back to the object before it is not that
// object's report (`UpGuard emailed Amazon Web Services informing them of the situation`).
BOOST_AUTO_TEST_CASE(a_participle_after_a_verbs_object_is_not_the_objects_report) {
  const std::string_view text =
      "On January 28, UpGuard emailed Amazon Web Services informing them of the situation.";
  // (the subject's report, or none: never the object's)
  for (const Quote& q : quotes_of(text)) BOOST_TEST(str(text, q.speaker) == "UpGuard");
}

// A person's name before `at` a body is the speaker, the body the person's place of work
// (`Dr. Steven Wolf at Saint Francis said`); a description alone keeps the body (`An analyst
// at Goldman Sachs said`).
BOOST_AUTO_TEST_CASE(a_persons_name_before_at_a_body_is_the_speaker) {
  expect_reports(
      {
          {"Dr. Steven Wolf at Saint Francis said the hospital was ready.",
           "the hospital was ready", "Dr. Steven Wolf at Saint Francis"},
          {"Analyst John Smith at Goldman Sachs said rates would rise.", "rates would rise",
           "Analyst John Smith at Goldman Sachs"},
      },
      true, [](std::string_view text, const Quote& q) {
        const std::string_view e = str(text, q.entity);
        BOOST_TEST((e == "Steven Wolf" || e == "John Smith"));
      });
  const std::string_view text = "An analyst at Goldman Sachs said rates would rise.";
  BOOST_TEST(str(text, quotes_of(text).at(0).entity) == "Goldman Sachs");
}

// A plural owner's apostrophe and an ordinal after it stay in an `according to` source, and
// the role's name in apposition is the speaker (`According to Windsor Locks' first selectman,
// Chris Kervick, there were …`).
BOOST_AUTO_TEST_CASE(an_owners_role_and_its_name_after_according_to) {
  expect_reports(
      {{"According to Windsor Locks' first selectman, Chris Kervick, there were ten "
        "passengers aboard.",
        "there were ten passengers aboard", "Windsor Locks' first selectman, Chris Kervick"}},
      true, [](std::string_view text, const Quote& q) {
        BOOST_TEST(str(text, q.entity) == "Chris Kervick");
      });
}

// A base cue form after an article and a body's short name is a noun (`A Reuters report
// said`, `a UN report concluded`); a form in -s after a name is the verb (`The Journal notes
// that …`).
BOOST_AUTO_TEST_CASE(a_cue_form_after_an_article_and_a_short_name_is_a_noun) {
  expect_reports(
      {
          {"A Reuters report said the deal was off.", "the deal was off", "A Reuters report"},
          {"A UN report concluded the evidence supported his murder.",
           "the evidence supported his murder", "A UN report"},
          {"The Journal notes that Coulter tweeted about it.", "Coulter tweeted about it",
           "The Journal"},
      },
      false);
}

// A past `accused` right after a noun and before `of` is the accused's participle, no report
// (`people accused of crimes`); `Trump accused Clinton of …` and `who he accused of …` are.
BOOST_AUTO_TEST_CASE(accused_of_after_a_noun_is_no_report) {
  BOOST_TEST(quotes_of("The law would have allowed the government to extradite people accused "
                       "of crimes from Hong Kong.")
                 .empty());
  BOOST_TEST(quotes_of("Trump accused Clinton of lying about the emails.").size() == 1u);
}

// A capitalised word after `a` describes: the name in apposition after it is the speaker
// (`a Republican, Mark Amodei, has …, telling …`).
BOOST_AUTO_TEST_CASE(a_name_in_apposition_after_a_described_subject_speaks) {
  const std::string_view text =
      "Since then, a Republican, Mark Amodei, has publicly voiced support for the inquiry, "
      "telling the Nevada Independent: \"I'm a big fan of oversight.\"";
  const std::vector<Quote> qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].entity) == "Mark Amodei");
}

// A body named by its bare domain name speaks as one name (`Domain.com, a real estate site,
// reported …`, `according to a News.com.au report`).
BOOST_AUTO_TEST_CASE(a_bare_domain_name_is_one_speakers_name) {
  expect_reports(
      {
          {"Domain.com, a real estate site, reported that sellers offered free toilet paper.",
           "sellers offered free toilet paper", "Domain.com"},
          {"Sellers offered free toilet paper, according to a News.com.au report.",
           "Sellers offered free toilet paper", "a News.com.au report"},
      },
      true);
}

// A description resolves to a holder of its role named before it, not to one the text names
// later (`The local health minister said, "…"` is not the prime minister of the next
// paragraph); in the lede, where news describes first and names after, a later holder is
// taken too.
BOOST_AUTO_TEST_CASE(a_description_resolves_to_a_holder_named_before_it) {
  const std::string_view text =
      "A passenger flight crashed on landing.\n\nCivil Aviation Minister Hardeep Singh Puri said "
      "18 people died.\n\nAmong the dead are both the pilot and co-pilot. The local health "
      "minister said, \"The injured persons have been rushed to hospitals.\"\n\nIndian Prime "
      "Minister Narendra Modi wrote, \"My thoughts are with those who lost their loved ones.\"";
  const std::vector<Quote> qs = quotes_of(text);
  const Quote* q = find(text, qs, "The injured persons have been rushed to hospitals.");
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(str(text, q->entity) != "Narendra Modi");
  const std::string_view lede =
      "The governor of Louisiana declared that a state of emergency was in force on Thursday.\n\n"
      "Governor John Bel Edwards addressed the public on the radio.";
  const std::vector<Quote> ql = quotes_of(lede);
  BOOST_TEST_REQUIRE(!ql.empty());
  BOOST_TEST(str(lede, ql[0].entity) == "John Bel Edwards");
}

// `that's` after a cue is the statement's subject and verb, not the word that opens it.
BOOST_AUTO_TEST_CASE(thats_after_a_cue_opens_the_statement) {
  expect_reports({{"They might have said that's absurd but they were thinking about jobs.",
                   "that's absurd but they were thinking about jobs", "They"}},
                 true);
}

// `According to him, …` gives the content to the person the pronoun stands for.
BOOST_AUTO_TEST_CASE(according_to_an_object_pronoun_resolves_to_the_person_before) {
  const std::string_view text =
      "Houthi military spokesperson Yahya Sarea said it had carried out the attack using ten "
      "drones. According to him, it was among the largest operations inside the kingdom.";
  const std::vector<Quote> qs = quotes_of(text);
  const Quote& q =
      require_quote(text, qs, "it was among the largest operations inside the kingdom");
  BOOST_TEST(str(text, q.speaker) == "him");
  BOOST_TEST(str(text, q.entity) == "Yahya Sarea");
}

// A phrase after `in` between the subject and its verb holds no speaker: `Smith in a statement
// to reporters said` is Smith's report, not the reporters'.
BOOST_AUTO_TEST_CASE(a_phrase_after_in_before_the_verb_leaves_the_subject_the_speaker) {
  expect_reports(
      {{"Smith in a statement to reporters said the plan had failed.", "the plan had failed",
        "Smith"},
       {"Yesterday the International Energy Agency in its monthly report said that oil stocks "
        "were drawn down.",
        "oil stocks were drawn down", "the International Energy Agency"},
       {"Assembly president Richard Ferrand in relaying the news to parliament said the "
        "nation was in mourning.",
        "the nation was in mourning", "Assembly president Richard Ferrand"}},
      true);
}

// `…, but, according to X, …`: the clause set against the source's is the writer's.
BOOST_AUTO_TEST_CASE(a_clause_before_but_according_to_is_not_the_source_s) {
  expect_reports(
      {{"His family's announcement specified no cause, but, according to his agent, Hunter had "
        "undergone surgery recently.",
        "Hunter had undergone surgery recently", "his agent"},
       {"The company gave no figures, but according to analysts, sales fell sharply.",
        "sales fell sharply", "analysts"}},
      true);
}

// `One of these groups … opposed the withdrawal and said …`: one of a group opens the clause
// the cue's verb phrase is joined in; a body named in apposition speaks for it.
BOOST_AUTO_TEST_CASE(one_of_a_group_before_a_joined_verb_phrase_speaks) {
  expect_reports(
      {{"One of these groups, the Syrian Democratic Forces (SDF), opposed the withdrawal and "
        "said it was previously given assurances from the US.",
        "it was previously given assurances from the US", "the Syrian Democratic Forces"},
       {"One of these groups opposed the withdrawal and said it was previously given "
        "assurances from the US.",
        "it was previously given assurances from the US", "One of these groups"}},
      true);
}

// A clause with its subject and verb, a comma, then a statement in quote marks that closes the
// sentence: in news the subject speaks, as before a colon; not past a second clause.
BOOST_AUTO_TEST_CASE(a_clause_before_a_comma_and_a_closing_quotation_speaks_through_its_subject) {
  const std::vector<std::pair<const char*, const char*>> rows = {
      {"Trump, also on Twitter, defended his decision, \"As I have stated strongly before, I "
       "will totally destroy the economy.\"",
       "Trump"},
      {"Co-developer Jing Wang recounted, \"When we put that coating on a toilet in the lab, "
       "nothing sticks to it.\"",
       "Co-developer Jing Wang"}};
  check_one_quote(rows, &Quote::speaker);
  const std::string_view text =
      "I was on the plane to Sydney and somebody flagged, \"Hey there's a girl who's stuck in "
      "Thailand.\"";
  for (const Quote& q : quotes_of(text)) BOOST_TEST(str(text, q.speaker) != "I");
}

// A role before the surname of a person named in full before is that person, the subject
// `he` goes on with: not another man named in between.
BOOST_AUTO_TEST_CASE(a_role_before_a_known_surname_is_the_person_a_pronoun_goes_on_with) {
  const std::string_view text =
      "Prime Minister Boris Johnson joined the calls. A collision killed motorcyclist Harry Dunn. "
      "Prime Minister Johnson was questioned about the case. He said, \"I think everybody's "
      "sympathies are with the family.\"";
  const std::vector<Quote> qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].entity) == "Boris Johnson");
}

// A person's name opening the clause before `from` and a group is the speaker, not the group:
// `Regina Ip from the pro-Beijing camp said`; a name that is a verb's object is not.
BOOST_AUTO_TEST_CASE(a_name_before_from_a_group_is_the_speaker) {
  const std::vector<std::pair<const char*, const char*>> rows = {
      {"Regina Ip from the pro-Beijing camp said in a press conference: \"The behavior of my "
       "colleagues is anti-democratic.\"",
       "Regina Ip"},
      {"John Smith from the Boston office said the plan had failed.", "John Smith"}};
  check_one_quote(rows, &Quote::entity);
  const std::string_view text =
      "But Republican activists clamoring to block Donald Trump from the GOP nomination say "
      "they are suddenly in the midst of a bump.";
  for (const Quote& q : quotes_of(text)) BOOST_TEST(str(text, q.entity) != "Donald Trump");
}

// A body named as a source is no person a later `he` stands for; an apposition opened by an
// owner's name after `according to` a person is the writer's, not the source's words.
BOOST_AUTO_TEST_CASE(a_body_as_source_is_not_he_and_an_owner_s_apposition_is_skipped) {
  const std::string_view text =
      "A free trade pact could spur the economies of both sides, according to a study released "
      "by the Institute for International Economics.\nThe study, by Paul Wonnacott, said a "
      "conclusion to the talks could raise Canada's gross national product by five pct.\nHe "
      "said the pact could resolve the knotty issue of government subsidies.";
  const std::vector<Quote> qs = quotes_of(text);
  const Quote& q =
      require_quote(text, qs, "the pact could resolve the knotty issue of government subsidies");
  BOOST_TEST(str(text, q.entity) == "Paul Wonnacott");
  expect_reports({{"According to Sadie Weiner, Hagan's former spokeswoman, Hagan died from "
                   "Powassan virus, a flavivirus.",
                   "Hagan died from Powassan virus, a flavivirus", "Sadie Weiner"}},
                 true);
}

// A date with its comma inside the source after `according to` is no end of the source.
BOOST_AUTO_TEST_CASE(a_date_s_comma_inside_an_according_to_source_is_no_end) {
  const std::string_view text =
      "According to a March 14, 2019 NATO press release, Hungary spent an estimated 1.15% of its "
      "GDP on defence.";
  const std::vector<Quote> qs = quotes_of(text);
  BOOST_TEST_REQUIRE(qs.size() == 1u);
  BOOST_TEST(str(text, qs[0].content) == "Hungary spent an estimated 1.15% of its GDP on defence");
  BOOST_TEST(str(text, qs[0].entity) == "NATO");
}
