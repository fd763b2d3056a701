// libFuzzer target: the claimex program's JSON Lines reader. A line is accepted only when it
// is strict JSON, and then the decoded text is valid UTF-8 and the kept members re-parse.
#include <claimex/claimex.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "../support/strict_json.hpp"
#include "cli_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  claimex_cli::JsonLine doc;
  std::string error;
  auto status = claimex_cli::parse_json_line(line, doc, error);
  const char* broken = nullptr;
  if (status == claimex_cli::LineStatus::ok) {
    if (!claimex_test::StrictJson(line).valid())
      broken = "accepted a line that is not strict JSON";
    else if (!claimex::is_valid_utf8(doc.text))
      broken = "decoded text is not valid UTF-8";
    else if (!claimex_test::StrictJson("{" + doc.leading + "}").valid())
      broken = "kept members do not re-parse";
  } else if (error.empty()) {
    broken = "rejected a line without saying why";
  }
  if (broken) {
    std::fprintf(stderr, "invariant broken: %s\n", broken);
    std::abort();
  }
  return 0;
}
