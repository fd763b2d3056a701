// Internal: speaker attribution for dialogue (fiction), the quote stage's dialogue mode.
//
// quotes.cpp finds the quotes and the mention next to each cue; in a text that reads as
// dialogue it hands the direct quotes to `attribute_dialogue`, which decides who speaks each
// paragraph of talk with sieves over the conversation, most precise first:
//  1. a named mention next to the cue (`said Elizabeth`), resolved to a character;
//  2. a description next to the cue (`her ladyship`, `his wife`, `her sister`) through the
//     title, kin or gender it names and the people of the conversation;
//  3. a pronoun next to the cue (`said she`) to the person of that gender the conversation
//     expects next, or the one the narration is about;
//  4. a paragraph with no cue: the one person its narration names (`Darcy smiled. "…"`), the
//     person the last turn addressed by name (`"…, Lizzy?"`), else the two parties of the
//     conversation take turns; a vocative names the one spoken to, never the speaker.
// One speaker a paragraph (the convention of fiction). Characters are keyed by title and
// surname (`Mrs. Bennet` ≠ `Mr. Bennet`), by given name (`Lizzy` = `Elizabeth`), and a bare
// surname goes to its titled bearer (`Darcy` → `Mr. Darcy`).
// Linear in the text: one pass to collect the characters, one over the turns, and look-back
// windows of a fixed size.
#ifndef CLAIMEX_SRC_QUOTE_DIALOGUE_HPP
#define CLAIMEX_SRC_QUOTE_DIALOGUE_HPP

#include <cstdint>
#include <string_view>
#include <vector>

#include "claimex/quotes.hpp"
#include "claimex/segments.hpp"
#include "claimex/span.hpp"
#include "claimex/tokens.hpp"
#include "quote_lexicon.hpp"

namespace claimex::detail {

/// "No token" in the fields of `DialogueTurn`.
inline constexpr std::uint32_t kNoToken = 0xFFFFFFFFu;

/// One direct quote of a dialogue as the quote stage found it. The speaker fields are the
/// stage's first guess on input and the dialogue's answer on output.
struct DialogueTurn {
  std::uint32_t para = 0;       ///< paragraph index
  std::uint32_t tok_first = 0;  ///< content tokens [tok_first, tok_end)
  std::uint32_t tok_end = 0;
  std::uint32_t cue = kNoToken;            ///< cue token, kNoToken when uncued
  std::uint32_t mention_first = kNoToken;  ///< the cue's speaker mention [first, last]
  std::uint32_t mention_last = kNoToken;
  Span speaker;                    ///< in/out: the mention (Quote::speaker)
  Span entity;                     ///< in/out: who it resolves to (Quote::entity)
  Rule speaker_rule = Rule::none;  ///< in/out
  Rule entity_rule = Rule::none;   ///< in/out
};

/// The document the turns come from.
struct DialogueText {
  std::string_view text;
  const std::vector<Token>& tokens;
  const Segments& segments;
  const QuoteLexicon& lex;
  /// Per token: bit 1 set when the token lies inside quote marks (the stage's marks).
  const std::vector<std::uint8_t>& marks;
};

/// Decides the speaker of each turn (in text order) of a dialogue; see the file comment.
/// Never reads outside the text; spans it writes point into `doc.text`.
void attribute_dialogue(const DialogueText& doc, std::vector<DialogueTurn>& turns);

}  // namespace claimex::detail

#endif
