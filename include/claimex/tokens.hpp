// claimex/tokens.hpp: stage 1, UTF-8 text to tokens.
//
//   std::string text = "\"Armenia is responsible,\" Aliyev said on Sept. 27.";
//   std::vector<claimex::Token> toks = claimex::tokenize(text);
//   for (const claimex::Token& t : toks)
//     std::cout << claimex::to_string(t.kind) << ' ' << t.text(text) << '\n';
//   // open_quote "  word Armenia  word is  word responsible  punct ,  close_quote "
//   // word Aliyev  word said  word on  word Sept.  number 27  punct .
//
// One pass over the bytes, linear in the input, no copy of the text and no heap allocation
// per token: every token is a byte span into the caller's text plus a kind and flags, 12
// bytes in all. White space (including NBSP, zero-width characters and BOM) separates
// tokens and is not itself a token; its presence is recorded in the next token's flags.
//
// What a token is, in brief (the tests in tests/tokens_test.cpp show each case):
// - words keep internal hyphens and apostrophes (`cease-fire`, `don't`, `O'Brien`); a
//   possessive or clitic `'s` is a token of its own (`Turkey` `'s`), so is the bare
//   apostrophe of `the students'`;
// - known abbreviations and initials keep their period (`Sept.`, `U.S.`, `Mr.`, `p.m.`,
//   `J.`); whether that period also ends a sentence is the segmenter's decision;
// - a bare domain name is one word (`Amazon.com`, `News.com.au`: a glued full stop before a
//   known top-level or country label); URLs, e-mail addresses, handles and hashtags are
//   tokens of their own kinds;
// - numbers keep separators and decimals (`1,592`, `3.5`, `3/4`, `10:30`), a sign glued to
//   them (`-2.4`), ordinal and decade suffixes (`1st`, `1990s`, `'90s`); a comma followed by
//   other than exactly three digits is punctuation (`15,2020` is `15` `,` `2020`); a letter
//   suffix such as `bn`, `m`, `km` is its own word token with no space before (`2.5` `bn`);
//   a hyphen between numbers is a dash token (`10` `-` `15`);
// - quote marks are open or close quotes, straight ones resolved from context;
// - invalid UTF-8 bytes and control characters become `other` tokens, so no byte is lost.
//
// Thread-safety: free functions without shared state; call from any number of threads.
#ifndef CLAIMEX_TOKENS_HPP
#define CLAIMEX_TOKENS_HPP

#include <cstdint>
#include <string_view>
#include <vector>

#include "claimex/export.hpp"
#include "claimex/span.hpp"

namespace claimex {

/// What a token is. See the header comment for the rules.
enum class TokenKind : std::uint8_t {
  word,        ///< letters (any script), with internal hyphens/apostrophes/periods of abbreviations
  number,      ///< digits with separators, decimals, sign, ordinal/decade suffix
  punct,       ///< . , ; : ! ? ( ) [ ] { } and other punctuation
  open_quote,  ///< opening quote mark; `flags & single` tells ' from "
  close_quote,  ///< closing quote mark
  clitic,       ///< 's 're 've 'll 'd 'm after a word (`Turkey` `'s`)
  apostrophe,   ///< a bare apostrophe closing a plural possessive (`the students` `'`)
  dash,         ///< - – — -- and a hyphen between numbers
  ellipsis,     ///< ... … . . .
  symbol,       ///< & + = * # / \ | < > ~ ^ ° and other symbols
  currency,     ///< $ € £ ¥ ₹ ₽ ₺ ¢ and other currency signs
  percent,      ///< % ‰
  url,          ///< http://… https://… www.…
  email,        ///< name@example.com
  handle,       ///< @name
  hashtag,      ///< #tag
  other,        ///< invalid UTF-8, control characters, anything unclassified
};

/// Bits of `Token::flags`.
enum class TokenFlag : std::uint16_t {
  space_before = 1u << 0,       ///< white space (of any kind) precedes the token
  newline_before = 1u << 1,     ///< a line break precedes the token
  blank_line_before = 1u << 2,  ///< an empty (or white-space-only) line precedes the token
  capitalized = 1u << 3,        ///< first letter is upper case (`Aliyev`, `NTV`), or a name
                                ///< particle's after it (`al-Assad`, `bin-Salman`)
  all_caps = 1u << 4,           ///< two or more letters, all upper case (`NTV`, `OSCE`)
  single = 1u << 5,             ///< quote token made of a single quote mark (' ‘ ’ ‹ ›)
  abbreviation = 1u << 6,       ///< word ending in a period that is part of it (`Sept.`, `U.S.`)
  hyphenated = 1u << 7,         ///< word with an internal hyphen (`cease-fire`)
  non_ascii = 1u << 8,          ///< the token has bytes >= 0x80
  invalid_utf8 = 1u << 9,       ///< `other` token made of bytes that are not valid UTF-8
  first_in_line = 1u << 10,     ///< first token on its line
};

/// One token: a byte span into the caller's text, its kind and flags. 12 bytes.
struct Token {
  Span span;
  TokenKind kind = TokenKind::other;
  std::uint8_t reserved = 0;
  std::uint16_t flags = 0;

  constexpr bool has(TokenFlag f) const noexcept {
    return (flags & static_cast<std::uint16_t>(f)) != 0;
  }
  /// The token's bytes inside `text` (the text that was tokenized).
  constexpr std::string_view text(std::string_view doc) const noexcept {
    return text_of(doc, span);
  }
};

/// Tokenizes `text` into `out` (cleared first; its capacity is reused, so a caller that
/// tokenizes many documents with one vector allocates only as documents grow).
/// Throws `claimex::Error` if `text` is larger than `max_document_size`; any other input,
/// including invalid UTF-8, NUL bytes and binary data, gives tokens whose spans lie inside
/// `text`, in order and non-overlapping.
CLAIMEX_API void tokenize(std::string_view text, std::vector<Token>& out);

/// Convenience form of `tokenize(text, out)`.
CLAIMEX_API std::vector<Token> tokenize(std::string_view text);

/// Name of a token kind ("word", "open_quote", …); a static string.
CLAIMEX_API std::string_view to_string(TokenKind kind) noexcept;

}  // namespace claimex

#endif
