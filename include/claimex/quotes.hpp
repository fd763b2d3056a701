// claimex/quotes.hpp: stage 3, who said what.
//
//   claimex::QuoteExtractor quotes;                       // build once, share across threads
//   auto toks = claimex::tokenize(text);
//   auto seg = claimex::segment(text, toks);
//   for (const claimex::Quote& q : quotes.extract(text, toks, seg))
//     std::cout << claimex::text_of(text, q.entity) << " (" << q.cue_lemma << "): "
//               << claimex::text_of(text, q.content) << '\n';
//   // Ilham Aliyev (say): Armenia is responsible for bloodshed in the region,
//
// Finds reported statements, rule by rule, in linear time:
// - direct quotes in quote marks, attributed by a cue next to them (`"…," Aliyev said.`,
//   `"…," said Aliyev.`, `Aliyev said: "…"`, `"…" — Aliyev`), split around the cue
//   (`"…," he said, "…"`), or running over paragraphs that open a quote and do not close it;
//   a quote with no cue of its own right after an attributed one inherits that speaker;
// - indirect speech (`X said (that) …`, `X told NTV …`, `…, X said.`, `according to X, …`);
// - the headline convention `Claim: Speaker`.
// A text that reads as dialogue (fiction: at least 12 paragraphs that are a bare quote, and at
// least a quarter of its quote paragraphs) is handled in dialogue mode: the pieces of a split
// quote are separate Quotes (the second with Rule::cue_inside_split), one speaker speaks a
// paragraph, cue-less turns alternate between the speakers (a turn that addresses someone by
// name hands them the next one), `he`/`she` and descriptions (`her ladyship`, `his wife`)
// resolve to the characters of the conversation, and indirect speech is not reported.
// Each quote carries its cue (and the cue's lemma), the speaker mention next to the cue, the
// mention that names the entity it resolves to (`he` → `Ilham Aliyev`), and for each of the
// guessed fields the rule that decided it.
//
// Lifetime: spans point into the caller's text; `cue_lemma` points into static storage.
// Thread-safety: `extract` is const and may be called from many threads on one extractor.
#ifndef CLAIMEX_QUOTES_HPP
#define CLAIMEX_QUOTES_HPP

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "claimex/export.hpp"
#include "claimex/segments.hpp"
#include "claimex/span.hpp"
#include "claimex/tokens.hpp"

namespace claimex {

/// What kind of report a quote is.
enum class QuoteKind : std::uint8_t {
  direct,    ///< the content is inside quote marks
  indirect,  ///< reported speech without quote marks (`X said that …`)
  mixed,     ///< indirect speech with a quoted fragment inside
  headline,  ///< `Claim: Speaker` headline convention
};

/// The rule that decided a guessed field, so users can filter and debug.
enum class Rule : std::uint8_t {
  none,  ///< field absent
  // -- how the speaker mention was found
  cue_after_quote,    ///< `"…," Aliyev said` / `"…," said Aliyev` / `"…" — Aliyev`
  cue_before_quote,   ///< `Aliyev said: "…"`
  cue_inside_split,   ///< `"…," he said, "…"` (the cue between the two pieces)
  subject_of_cue,     ///< indirect speech, the subject of the cue verb (`X said that …`)
  according_to,       ///< `according to X`
  headline_colon,     ///< `Claim: Speaker`
  inherited,          ///< no cue: the speaker of the quote just before
  alternation,        ///< no cue, dialogue: speakers take turns
  paragraph_mention,  ///< no cue: the one person mentioned in the paragraph
  // -- how the entity was resolved
  named,         ///< the mention is itself a name
  alias,         ///< a short mention (`Aliyev`) to an earlier full name (`Ilham Aliyev`)
  pronoun,       ///< a pronoun to the nearest compatible named speaker
  description,   ///< a description (`the Azerbaijani president`) to a named speaker
  apposition,    ///< `Ilham Aliyev, the president of Azerbaijan` / `X's spokesman, Y`
  title,         ///< title stripped (`Turkish President Recep Tayyip Erdoğan`)
  organisation,  ///< an organisation as speaker (`the Prosecutor General's Office`)
  // -- added for dialogue mode (how the speaker of a cue-less turn was found)
  addressed,          ///< no cue, dialogue: the person the turn before addressed by name
  preceding_mention,  ///< no cue, first turn of a conversation: the person the narration names
};

/// One reported statement. Optional spans are empty (`!present()`) when absent.
struct Quote {
  Span content;                ///< the reported content, without quote marks
  std::vector<Span> segments;  ///< pieces of a split or multi-paragraph quote (>= 1)
  QuoteKind kind = QuoteKind::direct;
  Span cue;                    ///< the cue (`said`, `according to`); empty if none
  std::string_view cue_lemma;  ///< lemma of the cue (`say`, `argue`, `according to`); static
  Span speaker;                ///< the mention next to the cue (`he`, `the Azerbaijani president`)
  Span entity;                 ///< the mention that names the speaker (`Ilham Aliyev`), no title
  Rule speaker_rule = Rule::none;  ///< how `speaker` was found
  Rule entity_rule = Rule::none;   ///< how `entity` was resolved
};

/// Options of the quote extractor.
struct QuoteOptions {
  bool direct = true;           ///< find quotes in quote marks
  bool indirect = true;         ///< find indirect speech (`X said that …`, `according to X`)
  bool headline = true;         ///< the `Claim: Speaker` headline convention
  bool inherit_speaker = true;  ///< cue-less quotes inherit the previous speaker
  /// Quote marks with at most this many words inside and no cue are scare quotes or
  /// titles, not statements.
  int min_uncued_words = 4;
};

/// Finds quotes. Holds compiled lexicons and patterns; construct once and reuse.
class CLAIMEX_API QuoteExtractor {
 public:
  explicit QuoteExtractor(const QuoteOptions& options = {});
  ~QuoteExtractor();
  QuoteExtractor(QuoteExtractor&&) noexcept;
  QuoteExtractor& operator=(QuoteExtractor&&) noexcept;
  QuoteExtractor(const QuoteExtractor&) = default;  ///< cheap: shares the immutable tables
  QuoteExtractor& operator=(const QuoteExtractor&) = default;

  /// The quotes of `text`, in text order of their content. `tokens` and `segments` must come
  /// from `tokenize(text)` and `segment(text, tokens)`. Never throws for any text.
  std::vector<Quote> extract(std::string_view text, const std::vector<Token>& tokens,
                             const Segments& segments) const;

  struct Impl;

 private:
  std::shared_ptr<const Impl> impl_;
};

/// Name of a quote kind ("direct", "indirect", "mixed", "headline"); static.
CLAIMEX_API std::string_view to_string(QuoteKind kind) noexcept;
/// Name of a rule ("cue_after_quote", "pronoun", …); static.
CLAIMEX_API std::string_view to_string(Rule rule) noexcept;

}  // namespace claimex

#endif
