// The pipeline: each stage in order, nothing more.
#include "claimex/extractor.hpp"

#include <utility>

namespace claimex {

struct Extractor::Impl {
  explicit Impl(const Options& o) : options(o), quotes(o.quotes), claims(o.claims) {}
  Options options;
  QuoteExtractor quotes;
  ClaimExtractor claims;
};

Extractor::Extractor(const Options& options) : impl_(std::make_shared<const Impl>(options)) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

const Options& Extractor::options() const noexcept {
  return impl_->options;
}

void Extractor::extract(std::string_view text, Document& doc) const {
  doc.text = text;
  tokenize(text, doc.tokens);
  segment(text, doc.tokens, doc.segments, impl_->options.segments);
  doc.quotes.clear();
  doc.claims.clear();
  if (impl_->options.find_quotes)
    doc.quotes = impl_->quotes.extract(text, doc.tokens, doc.segments);
  if (impl_->options.find_claims)
    doc.claims = impl_->claims.extract(text, doc.tokens, doc.segments, doc.quotes);
}

Document Extractor::extract(std::string_view text) const {
  Document doc;
  extract(text, doc);
  return doc;
}

}  // namespace claimex
