// A consumer of the installed (or add_subdirectory'd) library: one extraction, printed.
#include <claimex/claimex.hpp>

#include <iostream>
#include <string>

int main() {
  const std::string text =
      "\"Armenia is responsible for bloodshed in the region,\" Ilham Aliyev said on Thursday, "
      "adding that 1,592 houses had been destroyed.";
  const claimex::Extractor extractor;
  const claimex::Document doc = extractor.extract(text);
  std::cout << "claimex " << claimex::version_string() << '\n';
  for (const claimex::Quote& q : doc.quotes)
    std::cout << "quote: " << claimex::text_of(text, q.entity) << " | " << q.cue_lemma << " | "
              << claimex::text_of(text, q.content) << '\n';
  for (const claimex::Claim& c : doc.claims)
    std::cout << "claim: " << c.value << ' ' << claimex::to_string(c.kind) << ' '
              << claimex::text_of(text, c.concept) << '\n';
  return doc.quotes.empty() || doc.claims.empty() ? 1 : 0;
}
