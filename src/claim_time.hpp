// Internal: when a number holds (Claim::when). Each quantity claim is linked to the time
// expression of its sentence nearest to it: a date, year or time claim, or a relative
// expression found in the sentence's tokens by the lexicon's time tables.
#ifndef CLAIMEX_SRC_CLAIM_TIME_HPP
#define CLAIMEX_SRC_CLAIM_TIME_HPP

#include <cstdint>
#include <string_view>
#include <vector>

#include "claim_lexicon.hpp"
#include "claimex/claims.hpp"
#include "claimex/segments.hpp"
#include "claimex/tokens.hpp"

namespace claimex::detail {

/// Sets `when` on the claims (in text order, as ClaimExtractor returns them) that are not
/// themselves dates, years or times. `candidates`: the indices, in order, of the word
/// tokens that may name a time (those whose bit is set in `ClaimLexicon::time_filter`,
/// collected while the claims were read; a superset is fine). One pass over the candidates
/// and one merge of claims and time spans per sentence: linear in the document. `times`:
/// scratch, the caller's to keep from one document to the next (its contents are replaced).
void link_times(const ClaimLexicon& lx, std::string_view text, const std::vector<Token>& tokens,
                const Segments& segments, const std::vector<std::uint32_t>& candidates,
                std::vector<Claim>& claims, std::vector<Span>& times);

}  // namespace claimex::detail

#endif
