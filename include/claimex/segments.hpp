// claimex/segments.hpp: stage 2, tokens to sentences and paragraphs.
//
//   std::vector<claimex::Token> toks = claimex::tokenize(text);
//   claimex::Segments seg = claimex::segment(text, toks);
//   for (const claimex::Sentence& s : seg.sentences)
//     std::cout << claimex::text_of(text, s.span) << '\n';
//
// Sentences end at . ! ? … (and at the quote or bracket closing right after them) unless the
// period belongs to an abbreviation, initial or number that the next word shows is not the end
// (`Sept. 27`, `Mr. Aliyev`, `J. R. R. Tolkien`); `… in the U.S. The next day …` ends one.
// A line with no final punctuation (a headline, a byline, a list item) is a sentence of its
// own. A sentence never crosses a paragraph.
//
// Paragraphs: with `ParagraphMode::automatic` (the default) a text that has a blank line
// anywhere is split at blank lines (single line breaks inside are wrapping), and a text
// without any blank line is one paragraph a line (the JSONL-corpus convention).
//
// Thread-safety: free functions without shared state.
#ifndef CLAIMEX_SEGMENTS_HPP
#define CLAIMEX_SEGMENTS_HPP

#include <cstdint>
#include <string_view>
#include <vector>

#include "claimex/export.hpp"
#include "claimex/span.hpp"
#include "claimex/tokens.hpp"

namespace claimex {

/// How paragraphs are found.
enum class ParagraphMode : std::uint8_t {
  automatic,   ///< blank lines if the text has any, else every line
  blank_line,  ///< a paragraph ends at a blank line only
  line,        ///< every line break ends a paragraph
};

/// Options of `segment`.
struct SegmentOptions {
  ParagraphMode paragraphs = ParagraphMode::automatic;
};

/// A sentence: its byte span (first token's begin to last token's end) and its tokens
/// [first_token, end_token) as indices into the token vector.
struct Sentence {
  Span span;
  offset_t first_token = 0;
  offset_t end_token = 0;
};

/// A paragraph: its byte span, tokens [first_token, end_token) and sentences
/// [first_sentence, end_sentence).
struct Paragraph {
  Span span;
  offset_t first_token = 0;
  offset_t end_token = 0;
  offset_t first_sentence = 0;
  offset_t end_sentence = 0;
};

/// Sentences and paragraphs of one text, each in text order, covering every token once.
struct Segments {
  std::vector<Sentence> sentences;
  std::vector<Paragraph> paragraphs;
};

/// Splits `tokens` (from `tokenize(text)`) into sentences and paragraphs, into `out`
/// (cleared first, capacity reused). Linear in the number of tokens; never fails.
CLAIMEX_API void segment(std::string_view text, const std::vector<Token>& tokens, Segments& out,
                         const SegmentOptions& options = {});

/// Convenience form of `segment(text, tokens, out, options)`.
CLAIMEX_API Segments segment(std::string_view text, const std::vector<Token>& tokens,
                             const SegmentOptions& options = {});

}  // namespace claimex

#endif
