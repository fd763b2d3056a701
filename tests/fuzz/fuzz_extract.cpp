// libFuzzer target: the whole pipeline and its JSON output, with the default options and
// with unit mentions on (inputs alternate by their first byte). Checks every span invariant,
// finite claim values (NaN only for a unit mention), and that the JSON output is strict JSON
// (valid UTF-8 included).
#include <claimex/claimex.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "../support/invariants.hpp"
#include "../support/strict_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const claimex::Extractor plain;
  static const claimex::Extractor mentions = [] {
    claimex::Options o;
    o.claims.unit_mentions = true;
    return claimex::Extractor(o);
  }();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const claimex::Extractor& extractor = size > 0 && (data[0] & 1) ? mentions : plain;
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
