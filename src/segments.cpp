// Stage 2: paragraphs from the line-break flags of the tokens, then sentences inside each
// paragraph from the terminal punctuation, the abbreviation lexicon, list markers and line
// structure. One pass over the tokens with a look-ahead of a few tokens. That pass records
// the tokens that are not plain words or numbers; everything after it visits only those.
#include "claimex/segments.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "abbreviations.hpp"
#include "tok_text.hpp"

#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#include <emmintrin.h>
#define CLAIMEX_SEGMENTS_SSE2 1
#endif

namespace claimex {
namespace {

using detail::AbbrevKind;

enum class ListMark : std::uint8_t {
  none,
  num_dot,           ///< `1.`
  num_paren,         ///< `1)`
  num_dot_paren,     ///< `1.)`
  letter_dot,        ///< `a.`
  letter_paren,      ///< `a)`
  letter_dot_paren,  ///< `a.)`
  paren,             ///< `(1)` `(a)`
};

#ifdef CLAIMEX_SEGMENTS_SSE2
/// For each set of four tokens (bit k: token k is not plain), the positions of its set bits
/// in the first lanes, then their count.
constexpr std::array<std::array<std::uint32_t, 5>, 16> make_compress() {
  std::array<std::array<std::uint32_t, 5>, 16> t{};
  for (unsigned m = 0; m < 16; ++m) {
    std::uint32_t k = 0;
    for (std::uint32_t bit = 0; bit < 4; ++bit)
      if (m & (1u << bit)) t[m][k++] = bit;
    t[m][4] = k;
  }
  return t;
}
constexpr std::array<std::array<std::uint32_t, 5>, 16> kCompress = make_compress();
#endif

/// Longest quotation or bracket (in bytes) inside which no sentence ends.
constexpr offset_t kMaxProtected = 400;

/// The segmenter's working arrays. Each thread keeps one set (see `thread_buffers`), so a
/// caller that segments many documents allocates them once instead of once per document.
struct SegmentBuffers {
  std::vector<offset_t> match, marks, dq, sq, paren, bracket;
};

/// This thread's buffers (no state is shared between threads).
SegmentBuffers& thread_buffers() {
  thread_local SegmentBuffers buffers;
  return buffers;
}

/// After a document of more tokens, the buffers are let go (memory kept by a thread stays
/// small).
constexpr std::size_t kKeepTokens = 1u << 16;

class Segmenter {
 public:
  Segmenter(std::string_view text, const std::vector<Token>& toks, Segments& out,
            SegmentBuffers& buffers)
      : text_(text),
        t_(toks.data()),
        nt_(toks.size()),
        out_(out),
        match_(buffers.match),
        marks_(buffers.marks),
        dq_(buffers.dq),
        sq_(buffers.sq),
        paren_(buffers.paren),
        bracket_(buffers.bracket) {}

  void run(ParagraphMode mode) {
    const std::size_t n = nt_;
    if (n == 0) return;
    // The one pass over all tokens, without a branch a token: the indices of the tokens
    // that are not plain (see `plain`). Only they can break a paragraph or a sentence or
    // open or close a quotation, so everything below visits them and skips the rest.
    marks_.resize(n + 1);
    offset_t* const marks = marks_.data();
    const Token* const toks = t_;
    std::size_t count = 0, q = 0;
#ifdef CLAIMEX_SEGMENTS_SSE2
    // four tokens a round, tested at once: their kind-and-flags words gathered into one
    // register, and the indices of the ones not plain written by one store from a table
    // (count <= q, so the store stays below n)
    {
      const __m128i stop = _mm_set1_epi32(static_cast<int>(kNotPlainMask));
      __m128i index = _mm_setzero_si128();  // q in every lane
      // unrolled: the loop's own count, compare and jump are a good part of a round
#pragma GCC unroll 4
      for (; q + 4 <= n; q += 4) {
        const float* const p = reinterpret_cast<const float*>(toks + q);
        const __m128 a = _mm_loadu_ps(p), b = _mm_loadu_ps(p + 4), c = _mm_loadu_ps(p + 8);
        // the words at 4-byte offsets 2, 5, 8 and 11 of the 48 bytes
        const __m128 ab = _mm_shuffle_ps(a, b, _MM_SHUFFLE(1, 1, 2, 2));
        const __m128i tails = _mm_castps_si128(_mm_shuffle_ps(ab, c, _MM_SHUFFLE(3, 0, 2, 0)));
        const __m128i plain = _mm_cmpeq_epi32(_mm_and_si128(tails, stop), _mm_setzero_si128());
        const unsigned m = ~static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(plain))) & 15u;
        _mm_storeu_si128(
            reinterpret_cast<__m128i*>(marks + count),
            _mm_add_epi32(index,
                          _mm_loadu_si128(reinterpret_cast<const __m128i*>(kCompress[m].data()))));
        count += static_cast<std::size_t>(kCompress[m][4]);
        index = _mm_add_epi32(index, _mm_set1_epi32(4));
      }
    }
#endif
    // four tokens a round: the loop's own compare and jump cost as much as a token's test
    for (; q + 4 <= n; q += 4) {
      marks[count] = static_cast<offset_t>(q);
      count += not_plain(toks[q]);
      marks[count] = static_cast<offset_t>(q + 1);
      count += not_plain(toks[q + 1]);
      marks[count] = static_cast<offset_t>(q + 2);
      count += not_plain(toks[q + 2]);
      marks[count] = static_cast<offset_t>(q + 3);
      count += not_plain(toks[q + 3]);
    }
    for (; q < n; ++q) {
      marks[count] = static_cast<offset_t>(q);
      count += not_plain(toks[q]);
    }
    marks_[count] = static_cast<offset_t>(n);  // the sentinel
    mk_ = marks;
    bool auto_lines = false;
    if (mode == ParagraphMode::automatic) {
      mode = ParagraphMode::line;
      auto_lines = true;
      for (std::size_t k = 0; k < count; ++k)
        if (t_[marks_[k]].has(TokenFlag::blank_line_before)) {
          mode = ParagraphMode::blank_line;
          auto_lines = false;
          break;
        }
    }
    mode_ = mode;
    // zeroed with memset: `assign` fills element by element
    if (match_.size() < n) match_.resize(n);
    mt_ = match_.data();
    std::memset(mt_, 0, n * sizeof(offset_t));
    std::size_t start = 0;
    for (std::size_t k = 0; k < count; ++k) {
      const std::size_t i = marks_[k];
      if (i == 0) continue;
      const Token& t = t_[i];
      bool brk = false;
      if (mode == ParagraphMode::blank_line) {
        brk = t.has(TokenFlag::blank_line_before);
      } else if (t.has(TokenFlag::newline_before)) {
        brk = !(auto_lines && joins_line(i));
      }
      if (brk) {
        paragraph(start, i);
        start = i;
      }
    }
    paragraph(start, n);
  }

 private:
  // ---------------------------------------------------------------- token tests
  std::string_view str(std::size_t i) const noexcept {
    return t_[i].text(text_);
  }
  /// The first byte of `str(i)`, or 0 when it is empty (read without making the view).
  unsigned char first_byte(std::size_t i) const noexcept {
    const Span s = t_[i].span;
    return s.begin < text_.size() && s.end > s.begin ? static_cast<unsigned char>(text_[s.begin])
                                                     : 0;
  }
  bool is_punct(std::size_t i, char c) const noexcept {
    return t_[i].kind == TokenKind::punct && t_[i].span.size() == 1 &&
           first_byte(i) == static_cast<unsigned char>(c);
  }
  /// First code point's class (non-ASCII tokens).
  detail::Uni uni(std::size_t i) const noexcept {
    const std::string_view s = str(i);
    char32_t cp = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    if (s.empty() || p[0] < 0x80 || detail::decode_utf8(p, p + s.size(), cp) == 0)
      return detail::Uni::control;
    return detail::classify(cp);
  }
  /// . ! ? and the other sentence-final marks.
  bool is_stop(std::size_t i) const noexcept {
    if (t_[i].kind != TokenKind::punct) return false;
    const unsigned char c = first_byte(i);
    if (c == '.' || c == '!' || c == '?') return true;
    return c >= 0x80 && uni(i) == detail::Uni::terminal;
  }
  bool is_terminal(std::size_t i) const noexcept {
    const Token& t = t_[i];
    if (t.kind == TokenKind::close_quote)  // after a dash: `sir--"`
      return i > 0 && t_[i - 1].kind == TokenKind::dash && !t.has(TokenFlag::space_before);
    return is_stop(i) || t.kind == TokenKind::ellipsis ||
           (t.kind == TokenKind::word && t.has(TokenFlag::abbreviation));
  }
  /// A word (not an abbreviation) or a number with no line break before it: most tokens.
  /// Such a token neither ends a sentence nor opens or closes a quotation or bracket, and
  /// inside a sentence, outside a list, none of the tests of `paragraph` applies to it.
  static bool plain(const Token& t) noexcept {
    static_assert(
        static_cast<int>(TokenKind::word) == 0 && static_cast<int>(TokenKind::number) == 1,
        "plain() tests word and number with one comparison");
    constexpr std::uint16_t kStop = static_cast<std::uint16_t>(TokenFlag::newline_before) |
                                    static_cast<std::uint16_t>(TokenFlag::blank_line_before) |
                                    static_cast<std::uint16_t>(TokenFlag::abbreviation);
    // `&`, not `&&`: both tests are cheap and no branch is taken on their first result
    return (static_cast<unsigned>(t.kind) <= 1) & ((t.flags & kStop) == 0);
  }
  /// The bits of a token's last 4 bytes (little-endian) of which one is set when it is not
  /// plain. Kind byte: not word (0) or number (1); reserved byte ignored; flags: a stop flag.
  static constexpr std::uint32_t kNotPlainMask =
      0xFEu | (static_cast<std::uint32_t>(static_cast<std::uint16_t>(TokenFlag::newline_before) |
                                          static_cast<std::uint16_t>(TokenFlag::blank_line_before) |
                                          static_cast<std::uint16_t>(TokenFlag::abbreviation))
               << 16);
  /// 1 when `plain(t)` is false, else 0, from one load of the 4 bytes that hold the kind
  /// and the flags where the byte order is known (the pre-pass of `run` calls it for every
  /// token).
  static unsigned not_plain(const Token& t) noexcept {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    static_assert(offsetof(Token, kind) == 8 && offsetof(Token, reserved) == 9 &&
                      offsetof(Token, flags) == 10 && sizeof(TokenKind) == 1 && sizeof(Token) == 12,
                  "Token layout read by not_plain and the pre-pass of run");
    std::uint32_t tail;
    std::memcpy(&tail, reinterpret_cast<const unsigned char*>(&t) + offsetof(Token, kind),
                sizeof tail);
    return (tail & kNotPlainMask) != 0 ? 1u : 0u;
#else
    return plain(t) ? 0u : 1u;
#endif
  }
  /// The first token at or after i that is not plain (or the end of the text).
  std::size_t next_mark(std::size_t i) noexcept {
    const offset_t* const marks = mk_;
    std::size_t k = mark_;
    while (marks[k] < i) ++k;  // marks_ ends with nt_; i only grows
    mark_ = k;
    return marks[k];
  }
  bool is_closer(std::size_t i) const noexcept {
    const Token& t = t_[i];
    return t.kind == TokenKind::close_quote || t.kind == TokenKind::apostrophe ||
           is_punct(i, ')') || is_punct(i, ']') || is_punct(i, '}');
  }
  bool is_bullet(std::size_t i) const noexcept {
    const Token& t = t_[i];
    if (t.kind != TokenKind::symbol) return false;
    if (first_byte(i) >= 0x80) return uni(i) == detail::Uni::bullet;
    return first_byte(i) == '*' && t.has(TokenFlag::first_in_line);
  }
  bool lower_word(std::size_t i) const noexcept {
    const Token& t = t_[i];
    return t.kind == TokenKind::word && !t.has(TokenFlag::capitalized);
  }
  bool cap_word(std::size_t i) const noexcept {
    const Token& t = t_[i];
    return t.kind == TokenKind::word && t.has(TokenFlag::capitalized);
  }
  /// The token at k goes on with the sentence before it (`she said`, `, he`).
  bool continues(std::size_t k) const noexcept {
    const Token& t = t_[k];
    if (lower_word(k)) return true;
    if (t.kind == TokenKind::clitic || t.kind == TokenKind::percent) return true;
    // a dash opening an aside that goes on in lower case: `voila! -- you have`
    if (t.kind == TokenKind::dash && k + 1 < nt_ && lower_word(k + 1)) return true;
    return is_punct(k, ',') || is_punct(k, ';') || is_punct(k, ':') || is_punct(k, ')') ||
           is_punct(k, ']');
  }
  /// The token at k (within the paragraph ending at pe) looks like a sentence opening.
  bool opens(std::size_t k, std::size_t pe) const noexcept {
    if (k >= pe) return true;
    if (cap_word(k)) return true;
    const Token& t = t_[k];
    if ((t.kind == TokenKind::open_quote || is_punct(k, '(') || is_punct(k, '[')) && k + 1 < pe)
      return cap_word(k + 1) || t_[k + 1].kind == TokenKind::number;
    return false;
  }

  /// A list marker at k (`1.`, `2)`, `1.)`, `a.`, `a)`, `(a)`); its length in tokens in
  /// `len` and its number (or letter) in `value`.
  CLAIMEX_HOT_INLINE ListMark list_mark(std::size_t k, std::size_t pe, std::size_t& len,
                                        unsigned& value) const noexcept {
    len = 0;
    value = 0;
    if (k >= pe) return ListMark::none;
    // a marker opens with a number, a lower-case word or `(`: most tokens asked about (a
    // capitalised word opening a sentence) are answered here, without the call
    const Token& t = t_[k];
    if (t.kind != TokenKind::number && t.kind != TokenKind::punct &&
        !(t.kind == TokenKind::word && !t.has(TokenFlag::capitalized)))
      return ListMark::none;
    return list_mark_at(k, pe, len, value);
  }
  ListMark list_mark_at(std::size_t k, std::size_t pe, std::size_t& len,
                        unsigned& value) const noexcept {
    const Token& t = t_[k];
    auto adj = [&](std::size_t q) { return q < pe && !t_[q].has(TokenFlag::space_before); };
    auto spaced_after = [&](std::size_t q) { return q < pe && t_[q].has(TokenFlag::space_before); };
    if (t.kind == TokenKind::number && t.span.size() <= 2 && first_byte(k) >= '0' &&
        first_byte(k) <= '9') {
      const std::string_view s = str(k);
      for (char c : s) {
        if (c < '0' || c > '9') return ListMark::none;
        value = value * 10 + static_cast<unsigned>(c - '0');
      }
      if (adj(k + 1) && is_punct(k + 1, '.')) {
        if (adj(k + 2) && is_punct(k + 2, ')') && spaced_after(k + 3)) {
          len = 3;
          return ListMark::num_dot_paren;
        }
        if (spaced_after(k + 2)) {
          len = 2;
          return ListMark::num_dot;
        }
      }
      if (adj(k + 1) && is_punct(k + 1, ')') && spaced_after(k + 2)) {
        len = 2;
        return ListMark::num_paren;
      }
      return ListMark::none;
    }
    if (t.kind == TokenKind::word && first_byte(k) >= 'a' && first_byte(k) <= 'z') {
      value = first_byte(k);
      if (t.has(TokenFlag::abbreviation) && t.span.size() == 2) {
        if (adj(k + 1) && is_punct(k + 1, ')') && spaced_after(k + 2)) {
          len = 2;
          return ListMark::letter_dot_paren;
        }
        if (spaced_after(k + 1)) {
          len = 1;
          return ListMark::letter_dot;
        }
      }
      if (t.span.size() == 1 && adj(k + 1) && is_punct(k + 1, ')') && spaced_after(k + 2)) {
        len = 2;
        return ListMark::letter_paren;
      }
      return ListMark::none;
    }
    if (is_punct(k, '(') && k + 2 < pe && adj(k + 1) && adj(k + 2) && is_punct(k + 2, ')') &&
        t_[k + 1].span.size() <= 2 &&
        (t_[k + 1].kind == TokenKind::number || t_[k + 1].kind == TokenKind::word) &&
        spaced_after(k + 3)) {
      len = 3;
      value = first_byte(k + 1);
      return ListMark::paren;
    }
    return ListMark::none;
  }

  /// The line that ends before token i (from its start or its last sentence end): its token
  /// count (up to 16) and whether it reads as a heading (two or more capitalised words and no
  /// longer lower-case word).
  struct LineInfo {
    std::size_t tokens = 0;
    bool heading = false;
  };
  LineInfo prev_line(std::size_t i) const noexcept {
    LineInfo info;
    std::size_t caps = 0, lowers = 0, b = i;
    bool whole = false;
    while (b > 0 && info.tokens < 16) {
      const Token& t = t_[--b];
      if (info.tokens > 0 && is_terminal(b)) break;
      ++info.tokens;
      if (t.kind == TokenKind::word) {
        if (t.has(TokenFlag::capitalized))
          ++caps;
        else if (t.span.size() > 3)
          ++lowers;
      }
      if (t.has(TokenFlag::first_in_line)) {
        whole = true;
        break;
      }
    }
    info.heading = whole && caps >= 2 && lowers == 0;
    return info;
  }

  /// The line break before token i only wraps a line: the line before does not end a
  /// sentence and the next line goes on in lower case (`It was a cold` / `night in…`), or
  /// the next line starts with punctuation that cannot open a sentence. A line of one or two
  /// words, or a heading, stays apart.
  CLAIMEX_HOT_INLINE bool joins_line(std::size_t i) const noexcept {
    const std::size_t p = i - 1;
    if (is_stop(i) || is_punct(i, ',') || is_punct(i, ';')) return true;
    if (is_terminal(p) || is_closer(p) || is_punct(p, ':')) return false;
    std::size_t len = 0;
    unsigned value = 0;
    if (list_mark(i, nt_, len, value) != ListMark::none) return false;
    if (!(lower_word(i) || is_punct(i, '('))) return false;
    const LineInfo line = prev_line(i);
    return line.tokens >= 3 && !line.heading;
  }

  /// A line break inside a paragraph before token i ends the sentence (a headline, a
  /// byline, a list entry without final punctuation).
  bool line_splits(std::size_t i) const noexcept {
    const std::size_t p = i - 1;
    if (joins_line(i)) return false;
    if (is_terminal(p) || is_closer(p)) return false;  // the punctuation rules decide
    if (lower_word(i)) return true;                    // after a short line or a heading
    if (is_punct(p, ',') || is_punct(p, ';') || is_punct(p, '(') || is_punct(p, '[') ||
        t_[p].kind == TokenKind::dash || t_[p].kind == TokenKind::open_quote ||
        (t_[p].kind == TokenKind::symbol && first_byte(p) == '&'))
      return false;
    return !continues(i);
  }

  // ---------------------------------------------------------------- the decision
  /// Whether the sentence ends after the terminal at i, whose trailing punctuation and
  /// closers run up to k; k is the next token.
  CLAIMEX_HOT_INLINE bool ends(std::size_t i, std::size_t k, std::size_t sent_start,
                               std::size_t pe) const {
    if (k >= pe) return true;
    const Token& t = t_[i];
    const Token& next = t_[k];
    // glued to what follows, and that is no capitalised word: `[?][note]`, `Y!J.`
    if (!next.has(TokenFlag::space_before) && !cap_word(k)) return false;
    if (t.kind == TokenKind::close_quote)  // a quote broken off by a dash: `sir--" The`
      return cap_word(k) && detail::is_sentence_starter(str(k));
    if (t.kind == TokenKind::ellipsis) {
      if (i == sent_start) return false;
      std::size_t dots = 0;
      bool spaced = false;
      for (char c : str(i)) dots += c == '.', spaced = spaced || c == ' ';
      if (dots == 0) dots = 3;  // …
      if (dots >= 4) return opens(k, pe);
      return !spaced && k == i + 1 && cap_word(k);  // `slowly... And`, not `is . . . I`
    }
    if (is_stop(i) && first_byte(i) != '.') {
      // a mark glued to the next word but apart from the one before: `speaks !Xu`
      if (t.has(TokenFlag::space_before) && !next.has(TokenFlag::space_before)) return false;
      return !continues(k);
    }
    if (t.kind == TokenKind::punct) {  // a period
      if (next.has(TokenFlag::newline_before)) return true;
      std::size_t len = 0;
      unsigned value = 0;
      const ListMark mark = list_mark(k, pe, len, value);
      if (mark != ListMark::none) return true;
      // after a word, even a lower-case word opens a sentence (`in the city. features`);
      // after a number it goes on (`for 1. above`)
      if (k == i + 1 && lower_word(k) && i > 0 && t_[i - 1].kind == TokenKind::word &&
          !t.has(TokenFlag::space_before))
        return true;
      if (continues(k)) return false;
      if (next.kind == TokenKind::number)  // `N°. 1026`
        return !(i > 0 && t_[i - 1].kind == TokenKind::symbol && !t.has(TokenFlag::space_before));
      if (next.kind == TokenKind::ellipsis) return k + 1 < pe && opens(k + 1, pe);
      return true;
    }
    // an abbreviation that keeps its period
    if (continues(k)) return false;
    if (i - sent_start < 3) return false;  // `At 5 a.m. Mr. Smith went`: too short to end
    const std::string_view w = str(i);
    std::string_view letters = w.substr(0, w.size() - 1);
    // (a hyphenated word: its last part, `then-Sen.`)
    if (const std::size_t h = letters.rfind('-'); h != std::string_view::npos)
      letters = letters.substr(h + 1);
    const bool dotted = letters.find('.') != std::string_view::npos;
    AbbrevKind kind = AbbrevKind::general;
    if (!dotted)
      if (const AbbrevKind* found = detail::find_abbreviation(letters)) kind = *found;
    // (or a number word: `rose three pct. Prices`, `five mln dlrs. The`)
    auto number_at = [&](std::size_t j) {
      return t_[j].kind == TokenKind::number ||
             (t_[j].kind == TokenKind::word && detail::is_number_word(str(j)));
    };
    const bool unit_after_number =
        kind == AbbrevKind::unit && ((i >= 1 && number_at(i - 1)) || (i >= 2 && number_at(i - 2)));
    if (next.kind == TokenKind::number)  // `20 cts. 1985 net includes`, but `No. 5`
      return unit_after_number;
    if (next.kind == TokenKind::clitic || next.kind == TokenKind::currency) return false;
    if (!dotted && (letters.size() == 1 || (t.has(TokenFlag::non_ascii) && letters.size() <= 4 &&
                                            !detail::find_abbreviation(letters)))) {
      // an initial: `J. R. R. Tolkien`, `Albert I. Jones`, but `you and I. Did`
      if (i == sent_start) return false;
      const Token& p = t_[i - 1];
      if (p.kind == TokenKind::word && p.has(TokenFlag::capitalized)) return false;
      // `Image: C. Suthorn` goes on; `you and I. Did you` ends
      if (cap_word(k)) return detail::is_sentence_starter(str(k));
      return opens(k, pe);
    }
    if (dotted && is_time_of_day(letters))  // `at 6 p.m. Travelers`, but `6 p.m. Monday`
      return cap_word(k) ? !detail::is_time_context(str(k)) : next.kind == TokenKind::open_quote;
    if (kind == AbbrevKind::title) return false;
    // a unit after its number (`rose 7 pct. Prices fell`, `5 mln dlrs. The`): a capitalised
    // word after it opens the next sentence, whatever the word
    if (unit_after_number && cap_word(k)) return true;
    if (cap_word(k)) return detail::is_sentence_starter(str(k));
    // a quotation opening in lower case goes on (`said the U.S. "clearly" needed`)
    return next.kind == TokenKind::open_quote && opens(k, pe);
  }

  /// `a.m`, `p.m`, `A.M`, `P.M` (without the final period).
  static bool is_time_of_day(std::string_view s) noexcept {
    if (s.size() != 3 || s[1] != '.') return false;
    const unsigned char a = detail::ascii_lower(static_cast<unsigned char>(s[0]));
    const unsigned char m = detail::ascii_lower(static_cast<unsigned char>(s[2]));
    return (a == 'a' || a == 'p') && m == 'm';
  }

  /// Pairs quotes and brackets in the paragraph whose first mark is at `mark_` and which
  /// ends before pe: match_[open] = index of its close (or 0). Leaves `mark_` as it is.
  void match_pairs(std::size_t pe) {
    dq_.clear(), sq_.clear(), paren_.clear(), bracket_.clear();
    // match_ starts all zero and each opener is matched at most once; plain tokens are
    // neither quotes nor brackets; marks_ ends with nt_ >= pe
    for (const offset_t* mk = mk_ + mark_; *mk < pe; ++mk) {
      const std::size_t i = *mk;
      const Token& t = t_[i];
      const bool single = t.has(TokenFlag::single);
      auto close = [&](std::vector<offset_t>& st) {
        if (st.empty()) return;
        mt_[st.back()] = static_cast<offset_t>(i);
        st.pop_back();
      };
      if (t.kind == TokenKind::word || t.kind == TokenKind::number) continue;
      if (t.kind == TokenKind::open_quote) {
        (single ? sq_ : dq_).push_back(static_cast<offset_t>(i));
      } else if (t.kind == TokenKind::close_quote) {
        if (single) {
          close(sq_);
        } else {
          close(dq_);
          sq_.clear();
        }
      } else if (t.kind == TokenKind::punct && t.span.size() == 1) {
        switch (first_byte(i)) {
          case '(':
            paren_.push_back(static_cast<offset_t>(i));
            break;
          case '[':
            bracket_.push_back(static_cast<offset_t>(i));
            break;
          case ')':
            close(paren_);
            break;
          case ']':
            close(bracket_);
            break;
          default:
            break;
        }
      }
    }
  }

  /// Footnote marks glued to a sentence end: `martyr.[1]`, `gap.11 12`, `(1987).1`. Returns
  /// the last token of the marks (or j when there are none).
  std::size_t footnotes(std::size_t j, std::size_t pe) const noexcept {
    auto short_number = [&](std::size_t q) {
      if (q >= pe || t_[q].kind != TokenKind::number || t_[q].span.size() > 3) return false;
      for (char c : str(q))
        if (c < '0' || c > '9') return false;
      return true;
    };
    std::size_t e = j;
    if (short_number(j + 1) && !t_[j + 1].has(TokenFlag::space_before)) {
      e = j + 1;
      while (short_number(e + 1)) ++e;
      return e;
    }
    while (e + 3 < pe && !t_[e + 1].has(TokenFlag::space_before) && is_punct(e + 1, '[') &&
           short_number(e + 2) && is_punct(e + 3, ']'))
      e += 3;
    return e;
  }

  void paragraph(std::size_t pb, std::size_t pe) {
    Paragraph para;
    para.span = Span{t_[pb].span.begin, t_[pe - 1].span.end};
    para.first_token = static_cast<offset_t>(pb);
    para.end_token = static_cast<offset_t>(pe);
    para.first_sentence = static_cast<offset_t>(out_.sentences.size());
    next_mark(pb);  // the paragraph's first mark, where both passes below start
    match_pairs(pe);

    std::size_t sent_start = pb;
    std::size_t protect = 0;  // no sentence ends inside a quote or bracket closed here
    ListMark list = ListMark::none;
    unsigned list_value = 0;
    std::size_t i = pb;
    bool at_start = true;
    // `next_mark` with the cursor in a local (the calls below would make the compiler reload
    // a member); stored back for the next paragraph
    const offset_t* mk = mk_ + mark_;
    while (i < pe) {
      // The fast path: inside a sentence and outside a list, go straight to the next token
      // that is not plain; none of the tests below applies to the plain ones before it.
      if (!at_start && list == ListMark::none) {
        while (*mk < i) ++mk;  // marks_ ends with nt_; i only grows
        i = *mk;
        if (i >= pe) break;
      }
      if (at_start) {
        at_start = false;
        std::size_t j = i;
        while (j < pe && is_bullet(j)) ++j;
        std::size_t len = 0;
        list = list_mark(j, pe, len, list_value);
        if (list != ListMark::none) {
          i = j + len;
          continue;
        }
      } else if (i > sent_start) {
        bool brk = false;
        if (t_[i].has(TokenFlag::newline_before) && mode_ == ParagraphMode::blank_line)
          brk = line_splits(i);
        if (!brk && is_bullet(i)) brk = true;
        if (!brk && list != ListMark::none && t_[i].has(TokenFlag::space_before)) {
          std::size_t len = 0;
          unsigned value = 0;
          const ListMark mark = list_mark(i, pe, len, value);
          // the next entry of the same list, or a new list (`1.`, `a.`) opening
          brk = (mark == list && value == list_value + 1) ||
                (mark != ListMark::none && (value == 1 || value == 'a') && opens(i + len, pe));
        }
        if (brk) {
          sentence(sent_start, i);
          sent_start = i;
          at_start = true;
          continue;
        }
      }
      // a quotation or bracket up to kMaxProtected bytes long is kept whole; a longer one
      // (a quoted statement of many sentences) is split like running text
      if (mt_[i] > protect && t_[mt_[i]].span.end - t_[i].span.begin <= kMaxProtected)
        protect = mt_[i];
      if (is_terminal(i)) {
        std::size_t j = i;
        while (j + 1 < pe && !t_[j + 1].has(TokenFlag::space_before) &&
               (is_stop(j + 1) || t_[j + 1].kind == TokenKind::ellipsis) &&
               t_[i].kind != TokenKind::ellipsis)
          ++j;
        bool quoted = false;
        while (j + 1 < pe && is_closer(j + 1)) {
          ++j;
          if (t_[j].kind == TokenKind::close_quote) quoted = true;
        }
        j = footnotes(j, pe);
        // a parenthesis right after a closing quote comments on the quotation
        const bool aside = quoted && j + 1 < pe && is_punct(j + 1, '(');
        if (j >= protect && !aside && ends(i, j + 1, sent_start, pe)) {
          sentence(sent_start, j + 1);
          sent_start = j + 1;
          at_start = true;
        }
        i = j + 1;
        continue;
      }
      ++i;
    }
    mark_ = static_cast<std::size_t>(mk - mk_);
    if (sent_start < pe) sentence(sent_start, pe);
    para.end_sentence = static_cast<offset_t>(out_.sentences.size());
    out_.paragraphs.push_back(para);
  }

  void sentence(std::size_t b, std::size_t e) {
    Sentence s;
    s.span = Span{t_[b].span.begin, t_[e - 1].span.end};
    s.first_token = static_cast<offset_t>(b);
    s.end_token = static_cast<offset_t>(e);
    out_.sentences.push_back(s);
  }

  std::string_view text_;
  // the tokens as a pointer and a count: a vector reference would cost one more load at
  // each of the many token look-ups
  const Token* t_;
  std::size_t nt_;
  Segments& out_;
  ParagraphMode mode_ = ParagraphMode::blank_line;
  std::vector<offset_t>& match_;
  offset_t* mt_ = nullptr;        ///< match_.data()
  std::vector<offset_t>& marks_;  ///< indices of the tokens that are not plain, then nt_
  const offset_t* mk_ = nullptr;  ///< marks_.data()
  std::size_t mark_ = 0;          ///< where `next_mark` looks first
  std::vector<offset_t>& dq_;     ///< open double quotes, then single quotes, ( and [
  std::vector<offset_t>& sq_;
  std::vector<offset_t>& paren_;
  std::vector<offset_t>& bracket_;
};

}  // namespace

void segment(std::string_view text, const std::vector<Token>& tokens, Segments& out,
             const SegmentOptions& options) {
  out.sentences.clear();
  out.paragraphs.clear();
  out.sentences.reserve(tokens.size() / 16 + 4);
  SegmentBuffers& buffers = thread_buffers();
  Segmenter(text, tokens, out, buffers).run(options.paragraphs);
  if (tokens.size() > kKeepTokens) buffers = SegmentBuffers{};
}

Segments segment(std::string_view text, const std::vector<Token>& tokens,
                 const SegmentOptions& options) {
  Segments out;
  segment(text, tokens, out, options);
  return out;
}

}  // namespace claimex
