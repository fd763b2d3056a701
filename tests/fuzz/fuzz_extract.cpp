// libFuzzer target: the whole pipeline and its JSON output. Checks every span invariant,
// finite claim values, and that the JSON output is strict JSON (valid UTF-8 included).
#include <claimex/claimex.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "../support/invariants.hpp"
#include "../support/strict_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const claimex::Extractor extractor;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  claimex::Document doc = extractor.extract(text);
  std::string err = claimex_test::check_document(text, doc);
  std::string json;
  claimex::write_json(json, doc);
  if (err.empty() && !claimex_test::StrictJson(json).valid()) err = "output is not strict JSON";
  if (!err.empty()) {
    std::fprintf(stderr, "invariant broken: %s\n", err.c_str());
    std::abort();
  }
  return 0;
}
