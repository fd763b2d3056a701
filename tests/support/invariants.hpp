// Invariants every Document must satisfy, whatever the input: used by the robustness tests
// and the fuzz targets. `check_document` returns an empty string when all hold, else what
// broke first.
#ifndef CLAIMEX_TESTS_INVARIANTS_HPP
#define CLAIMEX_TESTS_INVARIANTS_HPP

#include <claimex/claimex.hpp>

#include <cmath>
#include <string>
#include <string_view>

namespace claimex_test {

inline bool continuation(std::string_view t, std::size_t i) {
  return i < t.size() && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80;
}

inline std::string span_error(std::string_view what, std::string_view text, claimex::Span s,
                              bool may_be_empty) {
  if (s.end < s.begin) return std::string(what) + ": end before begin";
  if (s.end > text.size()) return std::string(what) + ": past the end of the text";
  if (!may_be_empty && s.empty()) return std::string(what) + ": empty";
  return {};
}

/// Checks spans, order and coverage of tokens, sentences, paragraphs, quotes and claims.
inline std::string check_document(std::string_view text, const claimex::Document& doc) {
  const bool valid = claimex::is_valid_utf8(text);
  const auto& toks = doc.tokens;
  claimex::offset_t prev_end = 0;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const claimex::Token& t = toks[i];
    if (auto e = span_error("token", text, t.span, false); !e.empty()) return e;
    if (t.span.begin < prev_end) return "tokens overlap or are out of order";
    if (valid && (continuation(text, t.span.begin) || continuation(text, t.span.end)))
      return "token not on a UTF-8 boundary";
    prev_end = t.span.end;
  }
  const auto& sents = doc.segments.sentences;
  claimex::offset_t next_tok = 0;
  for (const claimex::Sentence& s : sents) {
    if (s.first_token != next_tok || s.end_token <= s.first_token || s.end_token > toks.size())
      return "sentences do not cover the tokens in order";
    if (s.span.begin != toks[s.first_token].span.begin ||
        s.span.end != toks[s.end_token - 1].span.end)
      return "sentence span differs from its tokens";
    next_tok = s.end_token;
  }
  if (next_tok != toks.size()) return "sentences leave tokens out";
  const auto& paras = doc.segments.paragraphs;
  claimex::offset_t next_sent = 0;
  next_tok = 0;
  for (const claimex::Paragraph& p : paras) {
    if (p.first_token != next_tok || p.end_token <= p.first_token || p.end_token > toks.size())
      return "paragraphs do not cover the tokens in order";
    if (p.first_sentence != next_sent || p.end_sentence <= p.first_sentence ||
        p.end_sentence > sents.size())
      return "paragraphs do not cover the sentences in order";
    if (sents[p.first_sentence].first_token != p.first_token ||
        sents[p.end_sentence - 1].end_token != p.end_token)
      return "a sentence crosses a paragraph";
    next_tok = p.end_token;
    next_sent = p.end_sentence;
  }
  if (next_tok != toks.size() || next_sent != sents.size()) return "paragraphs leave tokens out";
  for (const claimex::Quote& q : doc.quotes) {
    if (auto e = span_error("quote content", text, q.content, false); !e.empty()) return e;
    if (q.segments.empty()) return "quote without segments";
    for (claimex::Span s : q.segments) {
      if (auto e = span_error("quote segment", text, s, false); !e.empty()) return e;
      if (s.begin < q.content.begin || s.end > q.content.end) return "segment outside the content";
    }
    for (claimex::Span s : {q.cue, q.speaker, q.entity})
      if (auto e = span_error("quote cue/speaker/entity", text, s, true); !e.empty()) return e;
  }
  for (const claimex::Claim& c : doc.claims) {
    if (auto e = span_error("claim", text, c.span, false); !e.empty()) return e;
    if (c.number.present() && (c.number.begin < c.span.begin || c.number.end > c.span.end))
      return "claim number outside the claim";
    for (claimex::Span s : {c.unit_span, c.qualifier_span, c.change_cue, c.concept, c.source})
      if (auto e = span_error("claim field", text, s, true); !e.empty()) return e;
    if (!c.has_value()) {
      // a unit mention (ClaimOptions::unit_mentions): no number, no value, its unit its span
      if (c.number.present() || !std::isnan(c.low) || !std::isnan(c.high) || c.is_range)
        return "unit mention with a number";
      if (!(c.unit_span == c.span) || c.unit.empty()) return "unit mention without its unit";
    } else if (!std::isfinite(c.value) || !std::isfinite(c.low) || !std::isfinite(c.high)) {
      return "claim value not finite";
    }
    if (c.is_range && c.low > c.high) return "range low above high";
    if (c.quote < -1 || c.quote >= static_cast<std::int32_t>(doc.quotes.size()))
      return "claim quote index out of range";
  }
  return {};
}

}  // namespace claimex_test

#endif
