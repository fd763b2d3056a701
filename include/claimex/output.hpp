// claimex/output.hpp: stage 5, a Document as JSON (the contract in README "Output schema").
//
//   std::string json;
//   claimex::write_json(json, extractor.extract(text));   // appends one JSON object
//
// Offsets are UTF-8 byte offsets into the text, end exclusive. Strings are escaped for any
// byte sequence: control characters as \u00XX, invalid UTF-8 bytes each replaced by U+FFFD,
// so the output is always valid UTF-8 JSON. Appends to `out`; never throws but std::bad_alloc.
#ifndef CLAIMEX_OUTPUT_HPP
#define CLAIMEX_OUTPUT_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "claimex/export.hpp"
#include "claimex/extractor.hpp"

namespace claimex {

/// What `write_json` writes.
struct JsonOptions {
  bool sentences = true;    ///< "sentences": [{"start","end"}]
  bool paragraphs = false;  ///< "paragraphs": [{"start","end"}]
  bool tokens = false;      ///< "tokens": [{"start","end","kind"}]
  bool quotes = true;       ///< "quotes": [...]
  bool claims = true;       ///< "claims": [...]
  bool pretty = false;      ///< indented over several lines instead of one line
};

/// Appends `doc` as one JSON object to `out`. `leading_members`, if not empty, is raw JSON
/// text of object members (`"id":"doc-1","title":"…"`) written first, as given: the caller
/// is responsible for it being valid.
CLAIMEX_API void write_json(std::string& out, const Document& doc, const JsonOptions& options = {},
                            std::string_view leading_members = {});

/// Appends `s` as a JSON string literal (with the quotes), escaped as described above.
CLAIMEX_API void append_json_string(std::string& out, std::string_view s);

/// True when `s` is valid UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
CLAIMEX_API bool is_valid_utf8(std::string_view s) noexcept;

/// Length (1 to 4) of the valid UTF-8 sequence starting at byte `i` of `s`, or 0 when the
/// bytes there are not one (a continuation byte, an overlong form, a surrogate, a code point
/// past U+10FFFF, a sequence cut off by the end of `s`) or `i >= s.size()`. The rules of
/// `is_valid_utf8`, one sequence at a time: for callers that scan text themselves.
CLAIMEX_API std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept;

}  // namespace claimex

#endif
