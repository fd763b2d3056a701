// libFuzzer target: tokenizer and segmenter. Checks the span invariants, not just "no crash".
#include <claimex/claimex.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "../support/invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  claimex::Document doc;
  doc.text = text;
  claimex::tokenize(text, doc.tokens);
  claimex::segment(text, doc.tokens, doc.segments);
  std::string err = claimex_test::check_document(text, doc);
  if (!err.empty()) {
    std::fprintf(stderr, "invariant broken: %s\n", err.c_str());
    std::abort();
  }
  return 0;
}
