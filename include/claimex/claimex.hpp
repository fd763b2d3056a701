// claimex/claimex.hpp: the whole public API in one include.
//
//   #include <claimex/claimex.hpp>
//
//   const claimex::Extractor extractor;
//   std::string text = "\"Armenia is responsible for bloodshed in the region,\" Aliyev said.";
//   claimex::Document doc = extractor.extract(text);
//   for (const claimex::Quote& q : doc.quotes)
//     std::cout << claimex::text_of(text, q.speaker) << ": " << claimex::text_of(text, q.content);
//
// Stages, one header each, in the order data flows:
//   tokens.hpp    text → tokens (byte spans, kinds, flags)
//   segments.hpp  tokens → sentences and paragraphs
//   quotes.hpp    → who said what (direct, indirect, mixed), cue, speaker, entity
//   claims.hpp    → numeric claims: value, kind, unit, qualifier, concept, source
//   extractor.hpp the pipeline in one call (Document)
//   output.hpp    Document → JSON
#ifndef CLAIMEX_CLAIMEX_HPP
#define CLAIMEX_CLAIMEX_HPP

#include "claimex/claims.hpp"
#include "claimex/export.hpp"
#include "claimex/extractor.hpp"
#include "claimex/output.hpp"
#include "claimex/quotes.hpp"
#include "claimex/segments.hpp"
#include "claimex/span.hpp"
#include "claimex/tokens.hpp"
#include "claimex/version.hpp"

#endif
