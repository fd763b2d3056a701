// claimex/extractor.hpp: the whole pipeline in one call.
//
//   const claimex::Extractor extractor;                  // build once, share across threads
//   claimex::Document doc = extractor.extract(text);     // text must outlive doc
//   for (const claimex::Quote& q : doc.quotes) …
//   for (const claimex::Claim& c : doc.claims) …
//
// text → tokens → sentences/paragraphs → quotes → claims, each stage the one of its header.
// Thread-safety: `extract` is const; one Extractor may serve many threads at once.
#ifndef CLAIMEX_EXTRACTOR_HPP
#define CLAIMEX_EXTRACTOR_HPP

#include <memory>
#include <string_view>
#include <vector>

#include "claimex/claims.hpp"
#include "claimex/export.hpp"
#include "claimex/quotes.hpp"
#include "claimex/segments.hpp"
#include "claimex/tokens.hpp"

namespace claimex {

/// Options of the whole pipeline; each stage's own options inside.
struct Options {
  SegmentOptions segments;
  QuoteOptions quotes;
  ClaimOptions claims;
  bool find_quotes = true;  ///< run the quote stage (claims then get no source without it)
  bool find_claims = true;  ///< run the claim stage
};

/// Everything extracted from one text. Spans point into `text`, which the caller owns.
struct Document {
  std::string_view text;
  std::vector<Token> tokens;
  Segments segments;
  std::vector<Quote> quotes;
  std::vector<Claim> claims;
};

/// Runs every stage. Construct once (it compiles its patterns), reuse for every document.
class CLAIMEX_API Extractor {
 public:
  explicit Extractor(const Options& options = {});
  ~Extractor();
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  Extractor(const Extractor&) = default;  ///< cheap: shares the immutable tables
  Extractor& operator=(const Extractor&) = default;

  /// Extracts everything from `text`. Throws `claimex::Error` only for a text larger than
  /// `max_document_size`.
  Document extract(std::string_view text) const;

  /// Same, into `doc`, reusing its vectors' capacity (for loops over many documents).
  void extract(std::string_view text, Document& doc) const;

  /// The options it was built with.
  const Options& options() const noexcept;

  struct Impl;

 private:
  std::shared_ptr<const Impl> impl_;
};

}  // namespace claimex

#endif
