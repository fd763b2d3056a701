// quickstart: one sentence in, its quotes and claims out.
#include <claimex/claimex.hpp>

#include <iostream>

int main() {
  const claimex::Extractor extractor;
  const std::string text =
      "\"Some 20% of our territory was occupied for nearly three decades,\" Aliyev said.";
  const claimex::Document doc = extractor.extract(text);
  for (const claimex::Quote& q : doc.quotes)
    std::cout << "quote: " << claimex::text_of(text, q.entity) << " (" << q.cue_lemma
              << "): " << claimex::text_of(text, q.content) << '\n';
  for (const claimex::Claim& c : doc.claims)
    std::cout << "claim: " << claimex::text_of(text, c.span) << " = " << c.value << ' ' << c.unit
              << " (" << claimex::to_string(c.kind)
              << "), source: " << claimex::text_of(text, c.source) << '\n';
}
