// claimex/span.hpp: byte ranges into the caller's text, the currency of every stage.
//
//   claimex::Span s{4, 9};
//   std::string_view word = claimex::text_of(text, s);   // points into `text`, no copy
//
// Every span the library returns is a half-open range [begin, end) of UTF-8 byte offsets
// into the text the caller passed in; it stays meaningful only as long as that text lives.
#ifndef CLAIMEX_SPAN_HPP
#define CLAIMEX_SPAN_HPP

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

namespace claimex {

/// Byte offsets into a document. 32 bits: documents are limited to `max_document_size`.
using offset_t = std::uint32_t;

/// Largest document the library accepts, in bytes (4 GiB - 1). Larger input makes the
/// extraction functions throw `claimex::Error`; nothing is truncated silently.
inline constexpr std::size_t max_document_size = 0xFFFFFFFEu;

/// Half-open byte range [begin, end) into the caller's text. An empty span {0, 0} means
/// "absent" wherever a field is optional (see `present()`).
struct Span {
  offset_t begin = 0;
  offset_t end = 0;

  constexpr offset_t size() const noexcept { return end - begin; }
  constexpr bool empty() const noexcept { return end <= begin; }
  /// True when the span is set (non-empty); optional fields use an empty span for "none".
  constexpr bool present() const noexcept { return end > begin; }
  friend constexpr bool operator==(Span a, Span b) noexcept {
    return a.begin == b.begin && a.end == b.end;
  }
  friend constexpr bool operator!=(Span a, Span b) noexcept { return !(a == b); }
};

/// The bytes of `s` inside `text`; clamps to `text` so a span from another text never reads
/// out of bounds (it yields an empty or shorter view instead).
constexpr std::string_view text_of(std::string_view text, Span s) noexcept {
  if (s.begin >= text.size() || s.end <= s.begin) return {};
  std::size_t e = s.end < text.size() ? s.end : text.size();
  return text.substr(s.begin, e - s.begin);
}

/// The one exception type of the library: thrown for input past documented limits
/// (a document over `max_document_size`) and for bad configuration. Extraction over any
/// text within the limits never throws it.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace claimex

#endif
