// quotes: who said what in an article. Usage: quotes FILE
#include <claimex/claimex.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: quotes FILE\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "quotes: cannot open " << argv[1] << '\n';
    return 3;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();

  const claimex::Extractor extractor;
  const claimex::Document doc = extractor.extract(text);
  for (const claimex::Quote& q : doc.quotes) {
    std::string_view who = claimex::text_of(text, q.entity);
    if (who.empty()) who = claimex::text_of(text, q.speaker);
    if (who.empty()) who = "(unknown)";
    std::cout << who << " [" << claimex::to_string(q.kind) << ", "
              << (q.cue_lemma.empty() ? std::string_view("no cue") : q.cue_lemma)
              << "]: " << claimex::text_of(text, q.content) << '\n';
  }
  std::cout << doc.quotes.size() << " quotes\n";
}
