// When a number holds: see claim_time.hpp.
#include "claim_time.hpp"

#include <algorithm>
#include <cstddef>

namespace claimex::detail {

namespace {

// The time expressions among tokens [f, l), looked for at the candidate words
// `cand[c, e)` only: `yesterday`; a capitalised weekday or month (`on Tuesday`, `in
// March`); modifiers before a period word (`last year`, `late last year`, `the third
// quarter`); a count of periods before `ago`/`earlier`/`later` (`two years ago`, `a month
// earlier`). Appended to `out` in text order.
void token_times(const ClaimLexicon& lx, std::string_view text, const std::vector<Token>& toks,
                 std::size_t f, std::size_t l, const std::uint32_t* cand, const std::uint32_t* e,
                 std::vector<Span>& out) {
  auto word = [&](std::size_t i) -> std::string_view {
    return i >= f && i < l && toks[i].kind == TokenKind::word ? toks[i].text(text)
                                                              : std::string_view{};
  };
  for (; cand != e; ++cand) {
    const std::size_t i = *cand;
    const Token& t = toks[i];
    const std::string_view w = t.text(text);
    if (w.size() < 3 || w.size() > 9) continue;  // (no time word is shorter or longer)
    // (the four sets in one lookup)
    const std::uint8_t* tc = lx.time_classes.find(w);
    if (!tc) continue;
    if ((*tc & tc_time_word) || (t.has(TokenFlag::capitalized) && !t.has(TokenFlag::all_caps) &&
                                 (*tc & (tc_weekday | tc_month)))) {
      out.push_back(t.span);
      continue;
    }
    if (!(*tc & tc_period)) continue;
    std::size_t b = i, end = i + 1;
    // modifiers before: `last year`, `late last year`, `the first half`
    while (b > f && lx.time_modifiers.contains(word(b - 1))) --b;
    // a count of periods before `ago`: `two years ago`, `a month earlier`
    if (b == i && i > f && end < l && lx.time_after.contains(word(end)) &&
        (toks[i - 1].kind == TokenKind::number || lx.numbers.find(word(i - 1)) != nullptr ||
         word(i - 1) == "a" || word(i - 1) == "an")) {
      b = i - 1;
      ++end;
    }
    if (b < i) out.push_back(Span{toks[b].span.begin, toks[end - 1].span.end});
  }
}

// Distance in bytes between two spans that do not overlap.
std::size_t gap(Span a, Span b) {
  return a.end <= b.begin ? b.begin - a.end : a.begin - b.end;
}

bool overlap(Span a, Span b) {
  return a.begin < b.end && b.begin < a.end;
}

// The word before byte `at` (past spaces), or "".
std::string_view word_before(std::string_view text, std::size_t at) {
  std::size_t e = std::min(at, text.size());
  while (e > 0 && text[e - 1] == ' ') --e;
  std::size_t b = e;
  while (b > 0 && e - b < 12 && ((text[b - 1] | 0x20) >= 'a' && (text[b - 1] | 0x20) <= 'z')) --b;
  return text.substr(b, e - b);
}

// Time `t`, after the claim `c` past a comma, opens a comparison's span with `since`
// (`5,617 votes, the most for the party since 1988`, `3.27 percent of the vote, the highest
// since its 1971 inception`): the comparison's, not the number's. (The bytes between are
// read only when they are few: a bounded look per claim.)
bool since_after_comma(std::string_view text, Span c, Span t) {
  if (t.begin < c.end || t.begin - c.end > 200 || t.begin > text.size()) return false;
  std::string_view w = word_before(text, t.begin);
  if ((w == "its" || w == "the" || w == "their") && t.begin > w.size())
    w = word_before(text, t.begin - w.size() - 1);
  if (w != "since" && w != "Since") return false;
  // (a comma of punctuation, a space after it: not one inside a number, `200,000`)
  for (std::size_t k = c.end; k + 1 < t.begin; ++k)
    if (text[k] == ',' && text[k + 1] == ' ') return true;
  return false;
}

}  // namespace

void link_times(const ClaimLexicon& lx, std::string_view text, const std::vector<Token>& tokens,
                const Segments& segments, const std::vector<std::uint32_t>& candidates,
                std::vector<Claim>& claims, std::vector<Span>& times) {
  std::size_t ci = 0;    // the first claim not before the sentence
  std::size_t cand = 0;  // the first candidate not before the sentence
  for (const Sentence& s : segments.sentences) {
    while (ci < claims.size() && claims[ci].span.begin < s.span.begin) ++ci;
    std::size_t cj = ci;  // the claims of the sentence: [ci, cj)
    bool quantity = false;
    while (cj < claims.size() && claims[cj].span.begin < s.span.end)
      quantity |= !is_temporal(claims[cj++].kind);
    if (!quantity) {
      ci = cj;
      continue;
    }
    times.clear();
    for (std::size_t k = ci; k < cj; ++k)
      if (is_temporal(claims[k].kind)) times.push_back(claims[k].span);
    const std::size_t mid = times.size();
    const std::size_t f = std::min<std::size_t>(s.first_token, tokens.size());
    const std::size_t l = std::min<std::size_t>(s.end_token, tokens.size());
    while (cand < candidates.size() && candidates[cand] < f) ++cand;
    std::size_t cend = cand;
    while (cend < candidates.size() && candidates[cend] < l) ++cend;
    token_times(lx, text, tokens, f, l, candidates.data() + cand, candidates.data() + cend, times);
    cand = cend;
    // both lists are in text order: one merge; a month inside a date claim (`Sept. 27`) is
    // the claim's, and adjacent pieces are one expression (`March 2019`, `Tuesday night`)
    std::inplace_merge(times.begin(), times.begin() + static_cast<std::ptrdiff_t>(mid), times.end(),
                       [](Span a, Span b) { return a.begin < b.begin; });
    std::size_t w = 0;
    for (const Span& t : times) {
      if (w > 0 && (overlap(times[w - 1], t) ||
                    (t.begin >= times[w - 1].end && t.begin - times[w - 1].end <= 1))) {
        times[w - 1].end = std::max(times[w - 1].end, t.end);
        continue;
      }
      times[w++] = t;
    }
    times.resize(w);
    if (times.empty()) {
      ci = cj;
      continue;
    }
    // each quantity takes the nearest time that does not overlap it (the later on a tie);
    // claims go in text order, so the candidates before and after only move forward
    std::size_t p = 0;  // the first time not ending before the claim
    for (std::size_t k = ci; k < cj; ++k) {
      Claim& c = claims[k];
      if (is_temporal(c.kind)) continue;
      while (p < times.size() && times[p].end <= c.span.begin) ++p;
      const Span* before = p > 0 ? &times[p - 1] : nullptr;
      std::size_t q = p;
      while (q < times.size() && overlap(times[q], c.span)) ++q;
      // (an age takes no time after it: `Sirhan, 75, is serving a sentence for the 1968
      // assassination` is 75 now; `In 1968, Sirhan, 24, …` takes the time before)
      const Span* after = q < times.size() && c.kind != ClaimKind::age ? &times[q] : nullptr;
      if (before && (!after || gap(*before, c.span) < gap(c.span, *after) ||
                     since_after_comma(text, c.span, *after)))
        c.when = *before;
      else if (after)
        c.when = *after;
    }
    ci = cj;
  }
}

}  // namespace claimex::detail
