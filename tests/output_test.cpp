#define BOOST_TEST_MODULE output
#include <boost/test/unit_test.hpp>

#include <claimex/claimex.hpp>

#include <cmath>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "support/strict_json.hpp"

namespace {

using claimex_test::StrictJson;

std::string json_string(std::string_view s) {
  std::string out;
  claimex::append_json_string(out, s);
  return out;
}

bool contains(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

std::string remove_ws_outside_strings(std::string_view s) {
  std::string r;
  bool in = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in) {
      r += c;
      if (c == '\\' && i + 1 < s.size()) {
        r += s[++i];
      } else if (c == '"') {
        in = false;
      }
    } else if (c == '"') {
      in = true;
      r += c;
    } else if (c != ' ' && c != '\n') {
      r += c;
    }
  }
  return r;
}

// A document filled by hand, independent of the extraction stages:
// "Some 20% of Azerbaijan's territory was occupied," Aliyev said.
struct HandDocument {
  std::string text =
      "\"Some 20% of Azerbaijan's territory was occupied,\" Aliyev said. Output rose 3.4%.";
  claimex::Document doc;
  HandDocument() {
    using claimex::Span;
    doc.text = text;
    doc.segments.sentences.push_back({Span{0, 63}, 0, 0});
    doc.segments.sentences.push_back({Span{64, 81}, 0, 0});
    doc.segments.paragraphs.push_back({Span{0, 81}, 0, 0, 0, 2});
    doc.tokens.push_back({Span{0, 1}, claimex::TokenKind::open_quote, 0, 0});
    claimex::Quote q;
    q.content = Span{1, 49};
    q.segments.push_back(q.content);
    q.kind = claimex::QuoteKind::direct;
    q.speaker = Span{51, 57};
    q.entity = Span{51, 57};
    q.cue = Span{58, 62};
    q.cue_lemma = "say";
    q.speaker_rule = claimex::Rule::cue_after_quote;
    q.entity_rule = claimex::Rule::named;
    doc.quotes.push_back(q);
    claimex::Claim c;
    c.span = Span{1, 9};
    c.number = Span{6, 8};
    c.value = 20;
    c.low = c.high = 20;
    c.kind = claimex::ClaimKind::percent;
    c.unit = "percent";
    c.unit_span = Span{8, 9};
    c.qualifier = claimex::Qualifier::approximate;
    c.qualifier_span = Span{1, 5};
    c.concept = Span{13, 35};
    c.quote = 0;
    c.source = Span{51, 57};
    doc.claims.push_back(c);
    claimex::Claim r;
    r.span = Span{76, 80};
    r.number = Span{76, 79};
    r.value = 3.4;
    r.low = 3.4;
    r.high = 3.4;
    r.kind = claimex::ClaimKind::percent;
    r.direction = claimex::Direction::up;
    r.change_cue = Span{71, 75};
    r.is_change = true;
    doc.claims.push_back(r);
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(output)

BOOST_AUTO_TEST_CASE(control_characters_are_escaped) {
  struct Row {
    std::string in;
    std::string out;
  };
  const std::vector<Row> rows = {
      {"He said \"no\".", "\"He said \\\"no\\\".\""},
      {"C:\\path", "\"C:\\\\path\""},
      {"line\nbreak\ttab\r", "\"line\\nbreak\\ttab\\r\""},
      {std::string("nul\0here", 8), "\"nul\\u0000here\""},
      {"\x01\x1f\b\f", "\"\\u0001\\u001f\\b\\f\""},
      {"slash / stays", "\"slash / stays\""},
      {"", "\"\""},
  };
  for (const Row& r : rows) BOOST_TEST(json_string(r.in) == r.out);
}

BOOST_AUTO_TEST_CASE(valid_utf8_is_copied_unchanged) {
  const std::string s = "Erdoğan — “peace” 20 € 𝄞 İlham";
  BOOST_TEST(json_string(s) == "\"" + s + "\"");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_bytes_each_become_replacement_characters) {
  const std::string fffd = "\xEF\xBF\xBD";
  struct Row {
    std::string in;
    std::string out;
  };
  const std::vector<Row> rows = {
      {"a\xC3(b", "a" + fffd + "(b"},                   // lead byte without continuation
      {"\xC0\xAF", fffd + fffd},                        // overlong slash
      {"\xED\xA0\x80", fffd + fffd + fffd},             // UTF-8 encoded surrogate
      {"\xF4\x90\x80\x80", fffd + fffd + fffd + fffd},  // past U+10FFFF
      {"end\xE2\x82", "end" + fffd + fffd},             // truncated at the end
      {"\x80lone", fffd + "lone"},                      // lone continuation byte
      {"\xFF\xFE", fffd + fffd},                        // never valid
  };
  for (const Row& r : rows) {
    const std::string j = json_string(r.in);
    BOOST_TEST(j == "\"" + r.out + "\"");
    BOOST_TEST(claimex::is_valid_utf8(j));
  }
}

BOOST_AUTO_TEST_CASE(is_valid_utf8_rejects_overlongs_surrogates_and_truncation) {
  struct Row {
    std::string s;
    bool valid;
  };
  const std::vector<Row> rows = {
      {"", true},
      {"plain ASCII text longer than eight bytes", true},
      {"Azərbaycan – “20%”", true},
      {"\xF0\x9D\x84\x9E", true},   // U+1D11E
      {"\xF4\x8F\xBF\xBF", true},   // U+10FFFF
      {"\xEF\xBF\xBD", true},       // U+FFFD itself
      {"\xC1\xBF", false},          // overlong
      {"\xE0\x9F\xBF", false},      // overlong 3-byte
      {"\xF0\x8F\xBF\xBF", false},  // overlong 4-byte
      {"\xED\xBF\xBF", false},      // surrogate
      {"\xF4\x90\x80\x80", false},  // past U+10FFFF
      {"abcdefgh\xE2\x82", false},  // truncated after the fast path
      {"\xF5\x80\x80\x80", false},
  };
  for (const Row& r : rows) BOOST_TEST(claimex::is_valid_utf8(r.s) == r.valid);
}

BOOST_AUTO_TEST_CASE(utf8_sequence_length_measures_one_sequence_or_says_zero) {
  // "Ankara – €2.5bn": ASCII, a 3-byte dash, a 3-byte euro sign
  const std::string s =
      "Ankara \xE2\x80\x93 \xE2\x82\xAC"
      "2.5bn";
  BOOST_TEST(claimex::utf8_sequence_length(s, 0) == 1u);
  BOOST_TEST(claimex::utf8_sequence_length(s, 7) == 3u);         // the dash
  BOOST_TEST(claimex::utf8_sequence_length(s, 8) == 0u);         // a continuation byte
  BOOST_TEST(claimex::utf8_sequence_length(s, 11) == 3u);        // the euro sign
  BOOST_TEST(claimex::utf8_sequence_length(s, s.size()) == 0u);  // past the end
  BOOST_TEST(claimex::utf8_sequence_length("\xF0\x9D\x84\x9E", 0) == 4u);
  BOOST_TEST(claimex::utf8_sequence_length("\xF0\x9D\x84", 0) == 0u);  // cut off
  BOOST_TEST(claimex::utf8_sequence_length("\xED\xA0\x80", 0) == 0u);  // surrogate
  BOOST_TEST(claimex::utf8_sequence_length("\xC0\xAF", 0) == 0u);      // overlong
  // the same answer as is_valid_utf8, sequence by sequence
  const std::string mixed =
      "Erdo\xC4\x9F"
      "an \xFF said \xE2\x80\x9Cyes\xE2\x80\x9D";
  bool all = true;
  for (std::size_t i = 0; i < mixed.size();) {
    const std::size_t n = claimex::utf8_sequence_length(mixed, i);
    all = all && n > 0;
    i += n > 0 ? n : 1;
  }
  BOOST_TEST(all == claimex::is_valid_utf8(mixed));
  BOOST_TEST(!all);  // the 0xFF byte
}

BOOST_AUTO_TEST_CASE(escaped_strings_round_trip_through_a_strict_json_reader) {
  const std::vector<std::string> samples = {
      "“Armenia is responsible,” Aliyev said.\n\nNext paragraph\t(tab)",
      std::string("\0\x01\x02\x7f", 4),
      "quote \" backslash \\ slash /",
      "Türkiye 👍 ₺2.5bn",
  };
  for (const std::string& s : samples) {
    const std::string j = json_string(s);
    StrictJson p(j);
    BOOST_TEST_REQUIRE(p.valid());
    BOOST_TEST_REQUIRE(p.strings.size() == 1u);
    BOOST_TEST(p.strings[0] == s);
  }
  // Every single byte value, alone: the output is strict JSON and valid UTF-8.
  for (int b = 0; b < 256; ++b) {
    const std::string j = json_string(std::string(1, static_cast<char>(b)));
    StrictJson p(j);
    BOOST_TEST(p.valid(), "byte " << b);
  }
}

BOOST_AUTO_TEST_CASE(document_writes_the_contract_members) {
  const HandDocument h;
  std::string out;
  claimex::write_json(out, h.doc, {}, "\"id\":\"doc-1\"");
  StrictJson p(out);
  BOOST_TEST_REQUIRE(p.valid(), out);
  BOOST_TEST(out.rfind("{\"id\":\"doc-1\",\"sentences\":[{\"start\":0,\"end\":63},", 0) == 0u);
  BOOST_TEST(contains(out,
                      "\"quotes\":[{\"start\":1,\"end\":49,\"segments\":[{\"start\":1,"
                      "\"end\":49}],\"kind\":\"direct\",\"cue\":{\"start\":58,\"end\":62,"
                      "\"text\":\"said\"},\"cue_lemma\":\"say\",\"speaker\":{\"start\":51,"
                      "\"end\":57,\"text\":\"Aliyev\"},\"entity\":\"Aliyev\""));
  BOOST_TEST(contains(out, "\"speaker_rule\":\"cue_after_quote\",\"entity_rule\":\"named\""));
  BOOST_TEST(contains(out,
                      "\"text\":\"Some 20%\",\"number\":{\"start\":6,\"end\":8,"
                      "\"text\":\"20\"},\"value\":20,"));
  BOOST_TEST(contains(out, "\"kind\":\"percent\",\"unit\":\"percent\",\"unit_text\":\"%\""));
  BOOST_TEST(contains(out, "\"qualifier\":\"Some\",\"qualifier_type\":\"approximate\""));
  BOOST_TEST(contains(out,
                      "\"concept\":{\"start\":13,\"end\":35,"
                      "\"text\":\"Azerbaijan's territory\"},\"counted\":null,\"when\":null,"
                      "\"source\":\"Aliyev\","
                      "\"quote\":0}"));
  // The second claim: absent fields are null, the change is written.
  BOOST_TEST(contains(out, "\"value\":3.4,"));
  BOOST_TEST(contains(out,
                      "\"direction\":\"up\",\"change_cue\":{\"start\":71,\"end\":75,"
                      "\"text\":\"rose\"},\"is_change\":true,\"concept\":null,"
                      "\"counted\":null,\"when\":null,\"source\":null,\"quote\":null}"));
  // Not asked for: paragraphs and tokens.
  BOOST_TEST(!contains(out, "\"paragraphs\""));
  BOOST_TEST(!contains(out, "\"tokens\""));
  BOOST_TEST(out.find('\n') == std::string::npos);
}

BOOST_AUTO_TEST_CASE(options_choose_the_sections) {
  const HandDocument h;
  claimex::JsonOptions o;
  o.sentences = false;
  o.quotes = false;
  o.paragraphs = true;
  o.tokens = true;
  std::string out;
  claimex::write_json(out, h.doc, o);
  BOOST_TEST(out ==
             "{\"paragraphs\":[{\"start\":0,\"end\":81}],\"tokens\":[{\"start\":0,"
             "\"end\":1,\"kind\":\"open_quote\"}],\"claims\":" +
                 out.substr(out.find("\"claims\":") + 9));
  BOOST_TEST(StrictJson(out).valid());
  o.claims = false;
  o.paragraphs = o.tokens = false;
  out.clear();
  claimex::write_json(out, h.doc, o, "\"id\":7");
  BOOST_TEST(out == "{\"id\":7}");
}

BOOST_AUTO_TEST_CASE(values_round_trip_and_non_finite_values_are_null) {
  struct Row {
    double v;
    std::string json;
  };
  const std::vector<Row> rows = {
      {20, "20"},
      {2.5e9, "2500000000"},
      {0.1, "0.1"},
      {-2.4, "-2.4"},
      {1592, "1592"},
      {1.0 / 3.0, "0.3333333333333333"},
      {123456789012345.0, "123456789012345"},
      {1e21, "1e+21"},
      {-7.0, "-7"},
      {std::numeric_limits<double>::quiet_NaN(), "null"},
      {std::numeric_limits<double>::infinity(), "null"},
      {-std::numeric_limits<double>::infinity(), "null"},
  };
  for (const Row& r : rows) {
    HandDocument h;
    h.doc.claims.resize(1);
    h.doc.claims[0].value = r.v;
    std::string out;
    claimex::write_json(out, h.doc);
    BOOST_TEST(contains(out, "\"value\":" + r.json + ","), out);
    BOOST_TEST(StrictJson(out).valid());
    if (std::isfinite(r.v)) BOOST_TEST(std::stod(r.json) == r.v);
  }
}

BOOST_AUTO_TEST_CASE(ranges_write_low_and_high) {
  HandDocument h;
  h.doc.claims.resize(1);
  claimex::Claim& c = h.doc.claims[0];
  c.value = c.low = 10;
  c.high = 15;
  c.is_range = true;
  std::string out;
  claimex::write_json(out, h.doc);
  BOOST_TEST(contains(out, "\"value\":10,\"low\":10,\"high\":15,\"is_range\":true"));
  c.is_range = false;
  out.clear();
  claimex::write_json(out, h.doc);
  BOOST_TEST(!contains(out, "\"low\""));
}

BOOST_AUTO_TEST_CASE(spans_outside_the_text_never_read_past_it) {
  HandDocument h;
  h.doc.quotes[0].speaker = claimex::Span{70, 4000};
  h.doc.quotes[0].cue = claimex::Span{5000, 6000};
  std::string out;
  claimex::write_json(out, h.doc);
  StrictJson p(out);
  BOOST_TEST(p.valid());
  BOOST_TEST(contains(out, "\"cue\":{\"start\":5000,\"end\":6000,\"text\":\"\"}"));
}

BOOST_AUTO_TEST_CASE(pretty_output_is_the_same_json_indented) {
  const HandDocument h;
  std::string compact;
  claimex::write_json(compact, h.doc, {}, "\"id\": \"doc-1\", \"tags\": [1, 2]");
  claimex::JsonOptions o;
  o.pretty = true;
  std::string pretty;
  claimex::write_json(pretty, h.doc, o, "\"id\": \"doc-1\", \"tags\": [1, 2]");
  BOOST_TEST(StrictJson(pretty).valid());
  BOOST_TEST(pretty.find("\n  \"id\": \"doc-1\",\n") != std::string::npos);
  BOOST_TEST(remove_ws_outside_strings(pretty) == remove_ws_outside_strings(compact));
  BOOST_TEST(contains(pretty, "\"segments\": [\n"));
}

BOOST_AUTO_TEST_CASE(write_json_appends_to_what_is_there) {
  const HandDocument h;
  std::string out = "[";
  claimex::write_json(out, h.doc);
  out += ',';
  claimex::write_json(out, h.doc);
  out += ']';
  BOOST_TEST(StrictJson(out).valid());
}

BOOST_AUTO_TEST_CASE(extracted_article_is_strict_json_with_spans_inside_the_text) {
  std::ifstream in(CLAIMEX_EXAMPLE_DATA "/anadolu-2020-10-15.txt", std::ios::binary);
  BOOST_TEST_REQUIRE(static_cast<bool>(in));
  std::ostringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();
  const claimex::Extractor extractor;
  const claimex::Document doc = extractor.extract(text);
  claimex::JsonOptions o;
  o.tokens = o.paragraphs = true;
  std::string out;
  claimex::write_json(out, doc, o, "\"id\":\"anadolu\"");
  StrictJson p(out);
  BOOST_TEST(p.valid());
  BOOST_TEST(!doc.segments.sentences.empty());
  for (const claimex::Sentence& s : doc.segments.sentences) BOOST_TEST(s.span.end <= text.size());
  // Every "text" member written equals the bytes of its span.
  for (const claimex::Quote& q : doc.quotes)
    if (q.speaker.present())
      BOOST_TEST(contains(out, json_string(claimex::text_of(text, q.speaker))));
}

BOOST_AUTO_TEST_CASE(hostile_text_still_gives_strict_json) {
  std::string text = "\"Unbalanced quote with \xC3 bad byte and NUL ";
  text += '\0';
  text += " and 20% of \xFF\xFE the 3 million\r\n";
  const claimex::Extractor extractor;
  const claimex::Document doc = extractor.extract(text);
  claimex::JsonOptions o;
  o.tokens = o.paragraphs = true;
  std::string out;
  claimex::write_json(out, doc, o);
  BOOST_TEST(StrictJson(out).valid(), out);
  BOOST_TEST(claimex::is_valid_utf8(out));
}

// The escaping rules spelled out one byte at a time: the reference for the writer, which
// takes several bytes a step by different paths depending on where a string lies.
std::string reference_json_string(std::string_view s) {
  static const char hex[] = "0123456789abcdef";
  std::string r = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\') {
      r += '\\';
      r += static_cast<char>(c);
    } else if (c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') {
      r += '\\';
      r += c == '\n' ? 'n' : c == '\r' ? 'r' : c == '\t' ? 't' : c == '\b' ? 'b' : 'f';
    } else if (c < 0x20) {
      r += "\\u00";
      r += hex[c >> 4];
      r += hex[c & 0xF];
    } else if (c < 0x80) {
      r += static_cast<char>(c);
    } else {
      const std::size_t len = claimex::utf8_sequence_length(s, i);
      if (len == 0) {
        r += "\xEF\xBF\xBD";
        ++i;
        continue;
      }
      r.append(s.data() + i, len);
      i += len;
      continue;
    }
    ++i;
  }
  return r + "\"";
}

BOOST_AUTO_TEST_CASE(span_text_is_escaped_alike_wherever_the_span_lies) {
  // quotes, a backslash, controls, valid and invalid UTF-8 scattered over more than one
  // 16-byte block, so that spans start, end and cross them at every offset
  std::string text =
      "\"Prices rose,\" the C:\\ minister said\tin Ankara \xE2\x80\x9C"
      "calm\xE2\x80\x9D";
  text += " at 20\xC2\xB0 and \xF0\x9D\x84\x9E, \xC3 bad \xE2\x80 cut";
  text += '\0';
  text += "\x01 then plain words follow for a while to the end.\n";
  claimex::Document doc;
  doc.text = text;
  doc.quotes.emplace_back();
  claimex::JsonOptions o;
  o.sentences = false;
  o.claims = false;
  const auto n = static_cast<claimex::offset_t>(text.size());
  for (claimex::offset_t b = 0; b < n; ++b) {
    for (claimex::offset_t e = b + 1; e <= n; ++e) {
      doc.quotes[0].cue = claimex::Span{b, e};
      std::string out;
      claimex::write_json(out, doc, o);
      const std::string want =
          "\"cue\":{\"start\":" + std::to_string(b) + ",\"end\":" + std::to_string(e) +
          ",\"text\":" + reference_json_string(std::string_view(text).substr(b, e - b)) + "}";
      if (!contains(out, want)) BOOST_ERROR("span " << b << "-" << e << ": " << out);
      // the same bytes as a string of their own (no text after them to read ahead)
      BOOST_TEST(json_string(text.substr(b, e - b)) ==
                 reference_json_string(std::string_view(text).substr(b, e - b)));
    }
  }
}

BOOST_AUTO_TEST_CASE(kinds_rules_and_directions_are_written_as_their_names) {
  HandDocument h;
  for (int v = 0; v < 40; ++v) {  // past the last value of each too: the fallback name
    const auto u = static_cast<std::uint8_t>(v);
    h.doc.quotes[0].kind = static_cast<claimex::QuoteKind>(u);
    h.doc.quotes[0].speaker_rule = static_cast<claimex::Rule>(u);
    h.doc.claims[0].kind = static_cast<claimex::ClaimKind>(u);
    h.doc.claims[0].qualifier = static_cast<claimex::Qualifier>(u);
    h.doc.claims[0].direction = static_cast<claimex::Direction>(u);
    std::string out;
    claimex::write_json(out, h.doc);
    BOOST_TEST(contains(out, "\"kind\":" + json_string(to_string(h.doc.quotes[0].kind))));
    BOOST_TEST(
        contains(out, "\"speaker_rule\":" + json_string(to_string(h.doc.quotes[0].speaker_rule))));
    BOOST_TEST(contains(out, "\"kind\":" + json_string(to_string(h.doc.claims[0].kind))));
    BOOST_TEST(
        contains(out, "\"qualifier_type\":" + json_string(to_string(h.doc.claims[0].qualifier))));
    BOOST_TEST(contains(out, "\"direction\":" + json_string(to_string(h.doc.claims[0].direction))));
    BOOST_TEST(StrictJson(out).valid());
  }
}

BOOST_AUTO_TEST_SUITE_END()
