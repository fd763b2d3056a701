// cli_json.hpp: the strict reader for one line of JSON Lines input ({"id": …, "text": …}).
//
//   claimex_cli::JsonLine doc;
//   std::string error;
//   if (claimex_cli::parse_json_line(line, doc, error) == claimex_cli::LineStatus::ok)
//     extract(doc.text) and write doc.leading first;
//
// Strict RFC 8259: one object per line, no trailing commas, no comments, no control bytes
// inside strings, valid UTF-8 everywhere. The "text" member is decoded (escapes, surrogate
// pairs); every other member is kept as its raw JSON text, in input order, to be written back
// unchanged — except members named like the output's own ("sentences", "paragraphs",
// "tokens", "quotes", "claims"), which the output replaces.
#ifndef CLAIMEX_CLI_JSON_HPP
#define CLAIMEX_CLI_JSON_HPP

#include <string>
#include <string_view>

namespace claimex_cli {

/// One parsed input line. Members are reused from line to line (capacity kept).
struct JsonLine {
  std::string text;     ///< the decoded "text" member
  std::string leading;  ///< raw `"key":value` members other than "text", comma-separated
  std::string id;       ///< the "id" member for display: decoded if a string, else raw JSON
};

/// Result of `parse_json_line`.
enum class LineStatus {
  ok,
  malformed,     ///< not one strict JSON object, or no string "text" member
  invalid_utf8,  ///< well-formed, but "text" is not valid UTF-8 (raw bytes or lone surrogate)
};

/// Parses `line` into `out`. On failure `error` says what and where (`column N: …`).
LineStatus parse_json_line(std::string_view line, JsonLine& out, std::string& error);

}  // namespace claimex_cli

#endif
