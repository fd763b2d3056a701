#define BOOST_TEST_MODULE threads
#include <boost/test/unit_test.hpp>

#include <claimex/claimex.hpp>

#include <string>
#include <thread>
#include <vector>

// One const Extractor shared by many threads (run under ThreadSanitizer in CI: preset tsan).

BOOST_AUTO_TEST_SUITE(threads)

BOOST_AUTO_TEST_CASE(one_const_extractor_gives_the_same_results_from_many_threads) {
  std::string text;
  for (int i = 0; i < 40; ++i)
    text +=
        "\"Armenia is responsible for bloodshed in the region,\" Ilham Aliyev said on Thursday, "
        "adding that 1,592 houses and 290 civilian facilities had been destroyed. "
        "According to the ministry, some 20% of the territory was occupied for nearly three "
        "decades.\n\n";
  const claimex::Extractor shared;
  std::string expected;
  claimex::write_json(expected, shared.extract(text));
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < got.size(); ++t)
    threads.emplace_back([&, t] {
      claimex::Document doc;
      for (int round = 0; round < 5; ++round) {
        shared.extract(text, doc);
        got[t].clear();
        claimex::write_json(got[t], doc);
      }
    });
  for (auto& th : threads) th.join();
  for (const std::string& g : got) BOOST_TEST((g == expected));
}

BOOST_AUTO_TEST_CASE(copies_of_an_extractor_share_tables_and_agree) {
  const std::string text =
      "\"We will rebuild 1,592 houses,\" the Azerbaijani president said on Thursday.";
  const claimex::Extractor a;
  const claimex::Extractor b = a;  // cheap copy: shares the immutable tables
  std::string ja, jb;
  std::thread ta([&] { claimex::write_json(ja, a.extract(text)); });
  std::thread tb([&] { claimex::write_json(jb, b.extract(text)); });
  ta.join();
  tb.join();
  BOOST_TEST(!ja.empty());
  BOOST_TEST((ja == jb));
}

BOOST_AUTO_TEST_SUITE_END()
