// claims: the numbers an article claims, with what they count and who claims them.
// Usage: claims FILE
#include <claimex/claimex.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: claims FILE\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "claims: cannot open " << argv[1] << '\n';
    return 3;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();

  const claimex::Extractor extractor;
  const claimex::Document doc = extractor.extract(text);
  std::size_t quantities = 0;
  for (const claimex::Claim& c : doc.claims) {
    if (claimex::is_temporal(c.kind)) continue;  // dates and years are not quantities
    ++quantities;
    std::cout << claimex::text_of(text, c.span) << " = " << c.value;
    if (!c.unit.empty()) std::cout << ' ' << c.unit;
    std::cout << " (" << claimex::to_string(c.kind);
    if (c.qualifier != claimex::Qualifier::exact)
      std::cout << ", " << claimex::to_string(c.qualifier);
    std::cout << ')';
    if (c.concept.present()) std::cout << " of " << claimex::text_of(text, c.concept);
    if (c.source.present()) std::cout << " — according to " << claimex::text_of(text, c.source);
    std::cout << '\n';
  }
  std::cout << quantities << " quantities\n";
}
