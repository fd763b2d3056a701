// Stage 1: one pass over the bytes. Each token starts at the first byte that is not white
// space; its class (ASCII table or decoded code point) picks a scanner that consumes the
// token and emits one 12-byte record. Look-ahead is bounded (a few bytes) except inside the
// token being scanned, and the e-mail probe caches how far it has looked, so the whole pass
// is linear in the input. Most of news text takes a fast path (`plain_words`): ASCII words
// separated by spaces, with commas and sentence-final periods, scanned 16 bytes at a time
// where SSE2 is available; anything else falls back to the full rules.
#include "claimex/tokens.hpp"

#include <array>
#include <cstddef>
#include <cstdint>

#include "abbreviations.hpp"
#include "tok_text.hpp"

#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#include <emmintrin.h>
#define CLAIMEX_TOKENS_SSE2 1
#endif

namespace claimex {
namespace {

using detail::Ascii;
using detail::ascii_class;
using detail::Uni;

constexpr std::uint16_t bit(TokenFlag f) noexcept {
  return static_cast<std::uint16_t>(f);
}

constexpr std::uint16_t kSpace = bit(TokenFlag::space_before);
constexpr std::uint16_t kNewline = bit(TokenFlag::newline_before);
constexpr std::uint16_t kBlank = bit(TokenFlag::blank_line_before);
constexpr std::uint16_t kCap = bit(TokenFlag::capitalized);
constexpr std::uint16_t kAllCaps = bit(TokenFlag::all_caps);
constexpr std::uint16_t kSingle = bit(TokenFlag::single);
constexpr std::uint16_t kAbbrev = bit(TokenFlag::abbreviation);
constexpr std::uint16_t kHyphenated = bit(TokenFlag::hyphenated);
constexpr std::uint16_t kNonAscii = bit(TokenFlag::non_ascii);
constexpr std::uint16_t kInvalid = bit(TokenFlag::invalid_utf8);
constexpr std::uint16_t kFirstInLine = bit(TokenFlag::first_in_line);

inline bool is_ascii_alpha(unsigned char c) noexcept {
  return ascii_class(c) == Ascii::upper || ascii_class(c) == Ascii::lower;
}
inline bool is_ascii_digit(unsigned char c) noexcept {
  return c >= '0' && c <= '9';
}
inline bool is_ascii_alnum(unsigned char c) noexcept {
  return is_ascii_alpha(c) || is_ascii_digit(c);
}
inline unsigned char lower(unsigned char c) noexcept {
  return detail::ascii_lower(c);
}

// Bits of an ASCII letter or digit: 1 upper, 2 lower, 4 digit; 0 for every other byte.
constexpr std::array<std::uint8_t, 256> make_alnum_bits() {
  std::array<std::uint8_t, 256> t{};
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = 1;
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = 2;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = 4;
  return t;
}
constexpr std::array<std::uint8_t, 256> kAlnumBits = make_alnum_bits();

// Counts of an ASCII letter or digit, packed: upper case in the low 21 bits, lower case in
// the next 21, digits above; 0 for every other byte. A run of at most kCountRun bytes keeps
// each count below 2^21.
constexpr unsigned kCountBits = 21;
constexpr std::uint64_t kCountMask = (std::uint64_t{1} << kCountBits) - 1;
constexpr std::size_t kCountRun = std::size_t{1} << 20;
constexpr std::array<std::uint64_t, 256> make_alnum_count() {
  std::array<std::uint64_t, 256> t{};
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = 1;
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = std::uint64_t{1} << kCountBits;
  for (int c = '0'; c <= '9'; ++c)
    t[static_cast<std::size_t>(c)] = std::uint64_t{1} << (2 * kCountBits);
  return t;
}
constexpr std::array<std::uint64_t, 256> kAlnumCount = make_alnum_count();

// The table of the plain-word fast path: the letter bits of kAlnumBits (1 upper, 2 lower)
// and kPlainEnd for an ASCII byte that can neither extend a word nor start the special cases
// of `word()` (not a letter or digit, not - ' . @ _ % + :). A run of ASCII letters followed by
// such a byte (or the end of the text) is a word token and nothing else; `:` is left out
// because of URLs (`http://`).
// Two more bits tell, after a plain word, what `plain_words` does next without testing the
// byte again: kSpaceEnd for a space (the next word may follow), kPunctEnd for the
// punctuation that is a token of one byte there (`.` when it is no abbreviation's, and the
// bytes of Ascii::punct).
constexpr std::uint8_t kLetterBits = 1 | 2;
constexpr std::uint8_t kPlainEnd = 8;
constexpr std::uint8_t kSpaceEnd = 16;
constexpr std::uint8_t kPunctEnd = 32;
constexpr std::array<std::uint8_t, 256> make_word_scan() {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 0x80; ++c) {
    const bool special = c == '-' || c == '\'' || c == '.' || c == '@' || c == '_' || c == '%' ||
                         c == '+' || c == ':';
    if (kAlnumBits[static_cast<std::size_t>(c)] == 0 && !special)
      t[static_cast<std::size_t>(c)] = kPlainEnd;
  }
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = 1;
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = 2;
  t[' '] |= kSpaceEnd;
  for (const char c : {'.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}'})
    t[static_cast<unsigned char>(c)] |= kPunctEnd;
  return t;
}
constexpr std::array<std::uint8_t, 256> kWordScan = make_word_scan();

/// End of the run of ASCII letters starting at b, and whether it has a lower-case letter.
/// With SSE2, 16 bytes are classified at once and the end found without a branch per byte
/// (the loop exit at a word end is the branch the CPU mispredicts most); the table loop
/// covers the last bytes of the text and words of 16 letters or more. `then_word` is set
/// when the same 16 bytes show that one space and another letter follow the run (the
/// common case between two words), else left false (not so, or not known).
/// `end16` is n - 15 (0 when n < 16): 16 bytes from b are in the text when b < end16.
inline std::size_t ascii_letters_end(const unsigned char* s, std::size_t n,
                                     [[maybe_unused]] std::size_t end16, std::size_t b,
                                     bool& has_lower, [[maybe_unused]] bool& then_word) noexcept {
#ifdef CLAIMEX_TOKENS_SSE2
  if (b < end16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + b));
    const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));  // A-Z to a-z
    // a-z moved to the 26 smallest signed bytes (-128 to -103), so one signed compare
    // tells letters; the move is one-to-one, so no other byte lands there
    const __m128i letter =
        _mm_cmplt_epi8(_mm_add_epi8(folded, _mm_set1_epi8(static_cast<char>(0x80 - 'a'))),
                       _mm_set1_epi8(static_cast<char>(0x80 + 26)));
    const unsigned letters = static_cast<unsigned>(_mm_movemask_epi8(letter));
    if (letters != 0xFFFFu) {
      const unsigned len = static_cast<unsigned>(__builtin_ctz(~letters));
      // a letter is lower-case when its bit 0x20 is set: shifted to the top of each byte
      // (a 16-bit shift moves no bit across a byte's top) for the byte mask; the first
      // lower-case letter at or past the end means none in the word
      const auto lower = static_cast<unsigned>(_mm_movemask_epi8(_mm_slli_epi16(v, 2)));
      has_lower = static_cast<unsigned>(__builtin_ctz(lower | 0x10000u)) < len;
      const auto spaces =
          static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
      // bit k: a space at k and a letter after it (0 past the block), tested at the end
      then_word = (((spaces & (letters >> 1)) >> len) & 1u) != 0;
      return b + len;
    }
  }
#endif
  unsigned seen = 0, bits;
  std::size_t i = b;
  while (i < n && ((bits = kWordScan[s[i]]) & kLetterBits) != 0) {
    seen |= bits;
    ++i;
  }
  has_lower = (seen & 2u) != 0;
  return i;
}

class Scanner {
 public:
  Scanner(std::string_view text, std::vector<Token>& out)
      : s_(reinterpret_cast<const unsigned char*>(text.data())), n_(text.size()), out_(out) {}

  void run() {
    std::size_t i = 0;
    while (i < n_) {
      const unsigned char c = s_[i];
      if (c == ' ') {  // the most common byte, before the table dispatch
        pending_ |= kSpace;
        ++i;
        continue;
      }
      switch (ascii_class(c)) {
        case Ascii::space:
          pending_ |= kSpace;
          ++i;
          break;
        case Ascii::brk:
          i += (c == '\r' && i + 1 < n_ && s_[i + 1] == '\n') ? 2 : 1;
          line_break();
          break;
        case Ascii::upper:
        case Ascii::lower:
          i = plain_words(i);
          break;
        case Ascii::digit:
          i = digit_start(i);
          break;
        case Ascii::dquote:
          i = double_quote(i, 1);
          break;
        case Ascii::squote:
          // two apostrophes typed for a double quote (`''the magic of Trump,''`, as in New
          // York Times copy): one quote mark, as `"`
          if (i + 1 < n_ && s_[i + 1] == '\'' && !(i + 2 < n_ && s_[i + 2] == '\'') &&
              !(i > 0 && s_[i - 1] == '\''))
            i = double_quote(i, 2);
          else
            i = single_quote(i, 1, Uni::right_sq);
          break;
        case Ascii::period:
          i = period(i);
          break;
        case Ascii::hyphen:
          i = hyphen(i);
          break;
        case Ascii::punct:
          emit(i, i + 1, TokenKind::punct, 0);
          ++i;
          break;
        case Ascii::symbol:
          if (c == '+' && sign_ok(i, 1))
            i = number(i, i + 1, 0);
          else
            emit(i, i + 1, TokenKind::symbol, 0), ++i;
          break;
        case Ascii::currency:
          emit(i, i + 1, TokenKind::currency, 0);
          ++i;
          break;
        case Ascii::percent:
          emit(i, i + 1, TokenKind::percent, 0);
          ++i;
          break;
        case Ascii::at:
          i = at_sign(i);
          break;
        case Ascii::hash:
          i = hash_sign(i);
          break;
        case Ascii::backtick:
          if (alnum_at(i + 1) && opener_before(i))
            i = quote_token(i, i + 1, true, true);
          else
            emit(i, i + 1, TokenKind::symbol, 0), ++i;
          break;
        case Ascii::control:
          i = control(i);
          break;
        case Ascii::high:
          i = high(i);
          break;
      }
    }
  }

 private:
  // ------------------------------------------------------------------ helpers
  void emit(std::size_t b, std::size_t e, TokenKind kind, std::uint16_t flags) {
    put(b, e, kind, static_cast<std::uint16_t>(flags | pending_));
    pending_ = 0;
  }

  /// Appends a token with exactly these flags (`pending_` neither read nor cleared).
  void put(std::size_t b, std::size_t e, TokenKind kind, std::uint16_t flags) {
    // fields written in place: a Token built on the stack and copied costs a
    // store-forwarding stall per token
    if (out_.size() == out_.capacity()) grow(b);
    Token& t = out_.emplace_back();
    t.span.begin = static_cast<offset_t>(b);
    t.span.end = static_cast<offset_t>(e);
    t.kind = kind;
    t.flags = flags;
  }

  /// More room when the first estimate (a token per 4 bytes) ran out: a quarter token per
  /// remaining byte, and at least an eighth more, so that storage stays near what the text
  /// needs instead of doubling.
  void grow(std::size_t at) {
    const std::size_t size = out_.size();
    const std::size_t by_rest = (n_ - at) / 4 + 16;
    out_.reserve(size + (by_rest > size / 8 ? by_rest : size / 8));
  }

  void line_break() {
    if (pending_ & kNewline) pending_ |= kBlank;
    pending_ |= kNewline | kSpace | kFirstInLine;
    dq_open_ = false;  // quote balance is tracked within a line (a paragraph in JSONL text)
    sq_depth_ = 0;
  }

  /// Whether white space (or the start of the text) comes right before byte i.
  bool gap_before(std::size_t i) const noexcept {
    return out_.empty() || out_.back().span.end != i;
  }
  /// The token ending right at byte i, or nullptr.
  const Token* adjacent(std::size_t i) const noexcept {
    return gap_before(i) ? nullptr : &out_.back();
  }

  /// Decodes the character at i (any byte); returns its length (>= 1) and class. ASCII bytes
  /// get a class mapped to Uni; invalid bytes report Uni::control with length 1.
  int char_at(std::size_t i, Uni& u) const noexcept {
    const unsigned char c = s_[i];
    if (c < 0x80) {
      switch (ascii_class(c)) {
        case Ascii::upper:
          u = Uni::upper;
          break;
        case Ascii::lower:
          u = Uni::lower;
          break;
        case Ascii::digit:
          u = Uni::letter;
          break;
        case Ascii::space:
          u = Uni::space;
          break;
        case Ascii::brk:
          u = Uni::brk;
          break;
        case Ascii::control:
          u = Uni::control;
          break;
        default:
          u = Uni::punct;
          break;
      }
      return 1;
    }
    char32_t cp = 0;
    const int len = detail::decode_utf8(s_ + i, s_ + n_, cp);
    if (len == 0) {
      u = Uni::control;
      return 1;
    }
    u = detail::classify(cp);
    return len;
  }

  /// A letter or digit (any script) starts at i.
  bool alnum_at(std::size_t i) const noexcept {
    if (i >= n_) return false;
    if (s_[i] < 0x80) return is_ascii_alnum(s_[i]);
    Uni u;
    char_at(i, u);
    return u == Uni::upper || u == Uni::lower || u == Uni::letter;
  }
  bool letter_at(std::size_t i) const noexcept {
    if (i >= n_) return false;
    if (s_[i] < 0x80) return is_ascii_alpha(s_[i]);
    Uni u;
    char_at(i, u);
    return u == Uni::upper || u == Uni::lower || u == Uni::letter;
  }
  /// White space, a line break or the end of the text at i.
  bool space_at(std::size_t i) const noexcept {
    if (i >= n_) return true;
    Uni u;
    char_at(i, u);
    return u == Uni::space || u == Uni::brk || u == Uni::zero_width;
  }
  /// Punctuation that may follow a closing quote at i.
  bool closing_punct_at(std::size_t i) const noexcept {
    if (i >= n_) return true;
    const unsigned char c = s_[i];
    if (c < 0x80)
      return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
             c == ']' || c == '}' || c == '-' || c == '"' || c == '\'';
    Uni u;
    char_at(i, u);
    return u == Uni::dash || u == Uni::ellipsis || u == Uni::close_dq || u == Uni::right_sq ||
           u == Uni::close_sq || u == Uni::terminal || u == Uni::punct;
  }

  /// The previous adjacent token opens something (a quote may open after it).
  bool opener_before(std::size_t i) const noexcept {
    const Token* t = adjacent(i);
    if (t == nullptr) return true;
    switch (t->kind) {
      case TokenKind::open_quote:
      case TokenKind::dash:
        return true;
      case TokenKind::punct: {
        const unsigned char c = s_[t->span.begin];
        return c == '(' || c == '[' || c == '{';
      }
      case TokenKind::symbol:
        return s_[t->span.begin] == '/';
      default:
        return false;
    }
  }

  /// A sign at i (of `len` bytes) glued to a following number: `-2.4`, `+5`, `−3`.
  bool sign_ok(std::size_t i, std::size_t len) const noexcept {
    const std::size_t j = i + len;
    if (j >= n_) return false;
    if (!is_ascii_digit(s_[j]) && !(s_[j] == '.' && j + 1 < n_ && is_ascii_digit(s_[j + 1])))
      return false;
    const Token* t = adjacent(i);
    if (t == nullptr) return true;
    switch (t->kind) {
      case TokenKind::open_quote:
      case TokenKind::currency:
      case TokenKind::symbol:
        return true;
      case TokenKind::punct: {
        const unsigned char c = s_[t->span.begin];
        return c == '(' || c == '[' || c == '{' || c == ':';
      }
      default:
        return false;
    }
  }

  // ------------------------------------------------------------------ scanners
  std::size_t control(std::size_t i) {
    std::size_t j = i + 1;
    while (j < n_ && ascii_class(s_[j]) == Ascii::control) ++j;
    emit(i, j, TokenKind::other, 0);
    return j;
  }

  std::size_t invalid_run(std::size_t i) {
    std::size_t j = i + 1;
    while (j < n_ && s_[j] >= 0x80) {
      char32_t cp = 0;
      if (detail::decode_utf8(s_ + j, s_ + n_, cp) != 0) break;
      ++j;
    }
    emit(i, j, TokenKind::other, kInvalid | kNonAscii);
    return j;
  }

  std::size_t high(std::size_t i) {
    char32_t cp = 0;
    const int len = detail::decode_utf8(s_ + i, s_ + n_, cp);
    if (len == 0) return invalid_run(i);
    const std::size_t e = i + static_cast<std::size_t>(len);
    const Uni u = detail::classify(cp);
    switch (u) {
      case Uni::upper:
      case Uni::lower:
      case Uni::letter:
      case Uni::mark:
        return word(i);
      case Uni::space:
        pending_ |= kSpace;
        return e;
      case Uni::zero_width:
        return e;  // white space without width: no space_before
      case Uni::brk:
        line_break();
        return e;
      case Uni::open_dq:
        return quote_token(i, e, true, false);
      case Uni::close_dq:
        return quote_token(i, e, false, false);
      case Uni::open_sq:
      case Uni::right_sq:
        return single_quote(i, static_cast<std::size_t>(len), u);
      case Uni::close_sq:
        return quote_token(i, e, false, true);
      case Uni::dash:
        emit(i, e, TokenKind::dash, kNonAscii);
        return e;
      case Uni::hyphen:
        emit(i, e, TokenKind::dash, kNonAscii);
        return e;
      case Uni::minus:
        if (sign_ok(i, static_cast<std::size_t>(len))) return number(i, e, kNonAscii);
        emit(i, e, TokenKind::dash, kNonAscii);
        return e;
      case Uni::ellipsis:
        emit(i, e, TokenKind::ellipsis, kNonAscii);
        return e;
      case Uni::currency:
        emit(i, e, TokenKind::currency, kNonAscii);
        return e;
      case Uni::percent:
        emit(i, e, TokenKind::percent, kNonAscii);
        return e;
      case Uni::terminal:
      case Uni::punct:
        emit(i, e, TokenKind::punct, kNonAscii);
        return e;
      case Uni::bullet:
      case Uni::symbol:
        emit(i, e, TokenKind::symbol, kNonAscii);
        return e;
      case Uni::control:
        emit(i, e, TokenKind::other, kNonAscii);
        return e;
    }
    emit(i, e, TokenKind::other, kNonAscii);
    return e;
  }

  // ---------------------------------------------------------------- quotes
  std::size_t quote_token(std::size_t i, std::size_t e, bool open, bool single) {
    const std::uint16_t f =
        static_cast<std::uint16_t>((single ? kSingle : 0) | (e - i > 1 ? kNonAscii : 0));
    if (single) {
      if (open)
        ++sq_depth_;
      else if (sq_depth_ > 0)
        --sq_depth_;
    } else {
      dq_open_ = open;
      if (!open) sq_depth_ = 0;
    }
    emit(i, e, open ? TokenKind::open_quote : TokenKind::close_quote, f);
    return e;
  }

  std::size_t double_quote(std::size_t i, std::size_t len) {
    const std::size_t e = i + len;
    // a straight double quote typed for an apostrophe: `the country"s debt`
    const Token* prev = adjacent(i);
    if (prev != nullptr && prev->kind == TokenKind::word && letter_at(e)) {
      const std::size_t c = clitic_end(e);
      if (c != 0) {
        emit(i, c, TokenKind::clitic, 0);
        return c;
      }
    }
    const bool open_ctx = opener_before(i);
    const bool after_space = space_at(e);
    const bool after_punct = !after_space && closing_punct_at(e);
    bool open;
    if (open_ctx && !after_space && !after_punct)
      open = true;
    else if (!open_ctx && (after_space || after_punct))
      open = false;
    else
      open = !dq_open_;
    return quote_token(i, e, open, false);
  }

  /// ' ’ ‘ ‛ ‚ ‹ at i (`len` bytes, class `u`): a decade (`'90s`), a clitic (`'s`), an
  /// apostrophe (`students'`) or a single quote.
  std::size_t single_quote(std::size_t i, std::size_t len, Uni u) {
    const std::size_t e = i + len;
    const std::uint16_t na = len > 1 ? kNonAscii : 0;
    const Token* prev = adjacent(i);
    const bool prev_wordish =
        prev != nullptr && (prev->kind == TokenKind::word || prev->kind == TokenKind::number);
    // '90s
    if (!prev_wordish && e + 1 < n_ && is_ascii_digit(s_[e]) && is_ascii_digit(s_[e + 1])) {
      std::size_t j = e + 2;
      if (j < n_ && s_[j] == 's') ++j;
      if (!alnum_at(j)) {
        emit(i, j, TokenKind::number, na);
        return j;
      }
    }
    if (u == Uni::open_sq) return quote_token(i, e, true, true);
    if (prev_wordish) {
      const std::size_t c = clitic_end(e);
      if (c != 0) {
        emit(i, c, TokenKind::clitic, na);
        return c;
      }
      if (letter_at(e)) {  // after an abbreviation or number: `5'10`
        emit(i, e, TokenKind::apostrophe, na);
        return e;
      }
      // (a plural's possessive inside a single-quoted passage that a mark after a stop
      // closes later in the line: `‘We saw the workers’ anger,’ she said.`)
      if (sq_depth_ > 0 && !(plural_possessive(prev, e) && closer_ahead(e)))
        return quote_token(i, e, false, true);
      emit(i, e, TokenKind::apostrophe, na);
      return e;
    }
    const bool open_ctx = opener_before(i);
    const bool after_space = space_at(e);
    bool open;
    if (open_ctx && !after_space)
      open = true;
    else if (!open_ctx)
      open = false;
    else
      open = sq_depth_ == 0;
    return quote_token(i, e, open, true);
  }

  /// The mark ending at `e` after word `prev` may be a plural's possessive apostrophe: the
  /// word ends in `s`, and a space and a lower-case letter or a digit follow (`the workers’
  /// anger`, `the Smiths’ 2 dogs`).
  bool plural_possessive(const Token* prev, std::size_t e) const noexcept {
    const unsigned char last = s_[prev->span.end - 1];
    if ((last | 0x20) != 's' || e + 1 >= n_ || s_[e] != ' ') return false;
    const unsigned char c = s_[e + 1];
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
  /// A closing single quote mark after a stop or a comma (`,’` `.'` `?’`) follows `e` in its
  /// line (at most 400 bytes on), before any opening mark: the mark at `e` closes nothing.
  bool closer_ahead(std::size_t e) const noexcept {
    const std::size_t end = std::min(n_, e + 400);
    for (std::size_t k = e; k < end; ++k) {
      const unsigned char c = s_[k];
      if (c == '\n' || c == '"') return false;
      const bool curly = c == 0xE2 && k + 2 < n_ && s_[k + 1] == 0x80;
      if (curly && (s_[k + 2] == 0x98 || s_[k + 2] == 0x9C || s_[k + 2] == 0x9D))
        return false;  // ‘ “ ”: another quotation
      const bool mark = c == '\'' || (curly && s_[k + 2] == 0x99);
      if (!mark || k == e) continue;
      const unsigned char b = s_[k - 1];
      if (c == '\'' && (b == ' ' || b == '(')) return false;  // a straight opening mark
      if (b == ',' || b == '.' || b == '!' || b == '?') return !letter_at(k + (c == '\'' ? 1 : 3));
    }
    return false;
  }

  /// If a clitic (s re ve ll d m, any case) follows the apostrophe ending at `e`, returns
  /// the clitic's end; else 0.
  std::size_t clitic_end(std::size_t e) const noexcept {
    std::size_t j = e;
    while (j < n_ && j - e < 3 && is_ascii_alpha(s_[j])) ++j;
    const std::size_t len = j - e;
    if (len == 0 || len > 2 || letter_at(j) || (j < n_ && is_ascii_digit(s_[j]))) return 0;
    const unsigned char a = lower(s_[e]);
    if (len == 1) return (a == 's' || a == 'd' || a == 'm') ? j : 0;
    const unsigned char b = lower(s_[e + 1]);
    if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l')) return j;
    return 0;
  }

  // ---------------------------------------------------------------- words
  /// The fast path for most of the text: ASCII words separated by single spaces, with a
  /// comma or a sentence-final period here and there. A word is scanned without a branch
  /// per byte and its flags come from the letter classes at once. When the word is not
  /// plain (a digit, hyphen or apostrophe, a non-ASCII letter, a period that may belong to
  /// it, a colon that may open a URL…) `letter_start` scans it again with all the rules, so
  /// this path changes no output. Returns the end of the last token emitted.
  CLAIMEX_HOT_INLINE std::size_t plain_words(std::size_t b) {
    const unsigned char* const s = s_;
    const std::size_t n = n_;
    const std::size_t end16 = n >= 16 ? n - 15 : 0;
    // pending_ in a local: the token stores could alias the member, so `emit` reloads and
    // clears it at every token
    std::uint16_t pending = pending_;
    const auto word_flags = [&](std::size_t i, bool has_lower) {
      std::uint16_t flags = pending;
      if (kWordScan[s[b]] & 1u) flags |= kCap;
      if (!has_lower && i - b >= 2) flags |= kAllCaps;
      return flags;
    };
    for (;;) {
      bool has_lower = false, then_word = false;
      std::size_t i = ascii_letters_end(s, n, end16, b, has_lower, then_word);
      if (then_word) {  // ` ` and a letter: what the tests below find, known already
        put(b, i, TokenKind::word, word_flags(i, has_lower));
        pending = kSpace;
        b = i + 1;
        continue;
      }
      unsigned end = i < n ? kWordScan[s[i]] : 0;  // the class of the byte after the word
      if (i < n && (end & kPlainEnd) == 0 && !(s[i] == '.' && plain_period(b, i))) {
        pending_ = pending;
        return letter_start(b);
      }
      put(b, i, TokenKind::word, word_flags(i, has_lower));
      pending = 0;
      // punctuation right after the word (`,` `)` or the period checked above) is a token
      // of one byte, as `run()` would make it
      if (end & kPunctEnd) {
        put(i, i + 1, TokenKind::punct, 0);
        ++i;
        end = i < n ? kWordScan[s[i]] : 0;
      }
      // one space and another letter: the next word, without going back to `run()`
      if ((end & kSpaceEnd) != 0 && i + 1 < n && (kWordScan[s[i + 1]] & kLetterBits) != 0) {
        pending = kSpace;
        b = i + 1;
        continue;
      }
      // one space and a digit: the number, as `run()` would scan it, and the word after it
      if ((end & kSpaceEnd) != 0 && i + 1 < n && is_ascii_digit(s[i + 1])) {
        pending_ = kSpace;
        i = digit_start(i + 1);  // clears pending_
        if (i + 1 < n && s[i] == ' ' && (kWordScan[s[i + 1]] & kLetterBits) != 0) {
          pending = kSpace;
          b = i + 1;
          continue;
        }
        return i;
      }
      pending_ = 0;
      return i;
    }
  }

  /// The period at `dot` after the plain word [b, dot) is punctuation of its own (`said.`):
  /// nothing that could extend the word follows it, and the word is neither an initial nor
  /// an abbreviation (the same tests as `abbreviation_end` for such a word).
  bool plain_period(std::size_t b, std::size_t dot) const noexcept {
    if (dot + 1 < n_ && (kWordScan[s_[dot + 1]] & kPlainEnd) == 0) return false;
    const std::size_t len = dot - b;
    if (len == 1) return false;
    if (len > detail::kMaxAbbreviationLength) return true;
    const std::string_view word(reinterpret_cast<const char*>(s_ + b), len);
    return detail::find_abbreviation(word) == nullptr;
  }

  std::size_t letter_start(std::size_t i) {
    const unsigned char c = lower(s_[i]);
    if ((c == 'h' || c == 'w' || c == 'f') && gap_or_opener(i)) {
      const std::size_t u = url_end(i);
      if (u != 0) {
        emit(i, u, TokenKind::url, 0);
        return u;
      }
    }
    return word(i);
  }

  bool gap_or_opener(std::size_t i) const noexcept {
    const Token* t = adjacent(i);
    return t == nullptr || t->kind != TokenKind::word;
  }

  static bool has_prefix_ci(const unsigned char* p, std::size_t avail, const char* pre,
                            std::size_t len) noexcept {
    if (avail < len) return false;
    for (std::size_t k = 0; k < len; ++k)
      if (lower(p[k]) != static_cast<unsigned char>(pre[k])) return false;
    return true;
  }

  /// End of a URL starting at i, or 0.
  std::size_t url_end(std::size_t i) const noexcept {
    const std::size_t avail = n_ - i;
    std::size_t j;
    if (has_prefix_ci(s_ + i, avail, "http://", 7))
      j = i + 7;
    else if (has_prefix_ci(s_ + i, avail, "https://", 8))
      j = i + 8;
    else if (has_prefix_ci(s_ + i, avail, "ftp://", 6))
      j = i + 6;
    else if (has_prefix_ci(s_ + i, avail, "www.", 4))
      j = i + 4;
    else
      return 0;
    if (j >= n_ || !is_ascii_alnum(s_[j])) return 0;
    int parens = 0, brackets = 0;
    while (j < n_) {
      const unsigned char c = s_[j];
      if (c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' ||
          c == '`' || c == '{' || c == '}' || c == '|')
        break;
      if (c == '(') ++parens;
      if (c == ')') --parens;
      if (c == '[') ++brackets;
      if (c == ']') --brackets;
      ++j;
    }
    // trailing punctuation belongs to the sentence
    while (j > i) {
      const unsigned char c = s_[j - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
          c == '*') {
        --j;
      } else if (c == ')' && parens < 0) {
        ++parens, --j;
      } else if (c == ']' && brackets < 0) {
        ++brackets, --j;
      } else {
        break;
      }
    }
    return j;
  }

  static bool email_local(unsigned char c) noexcept {
    return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  /// End of an e-mail address starting at i, or 0. Remembers how far it looked so that
  /// probing every token start of a long run costs linear time in all.
  std::size_t email_end(std::size_t i) {
    if (i < email_clear_until_) return 0;
    std::size_t j = i;
    while (j < n_ && email_local(s_[j])) ++j;
    if (j >= n_ || s_[j] != '@' || s_[j - 1] == '.') {
      email_clear_until_ = j;
      return 0;
    }
    std::size_t k = j + 1, last_dot = 0;
    while (k < n_ && (is_ascii_alnum(s_[k]) || s_[k] == '.' || s_[k] == '-')) {
      if (s_[k] == '.') last_dot = k;
      ++k;
    }
    while (k > j + 1 && (s_[k - 1] == '.' || s_[k - 1] == '-')) --k;
    if (last_dot >= k) {
      last_dot = 0;
      for (std::size_t q = j + 1; q < k; ++q)
        if (s_[q] == '.') last_dot = q;
    }
    if (last_dot == 0 || last_dot <= j + 1 || last_dot + 1 >= k) {
      email_clear_until_ = j + 1;
      return 0;
    }
    return k;
  }

  struct WordShape {
    std::size_t upper = 0, lower = 0, letters = 0, digits = 0, nonascii_letters = 0;
    bool first_upper = false, hyphen = false, apostrophe = false, non_ascii = false;
  };

  /// Scans letters, digits and marks from i; returns the end.
  std::size_t letter_run(std::size_t i, WordShape& w) const noexcept {
    const unsigned char* const s = s_;
    const std::size_t n = n_;
    if (i < n && w.letters == 0 && w.digits == 0 && (kAlnumBits[s[i]] & 1u)) w.first_upper = true;
    std::size_t upper = w.upper, lower = w.lower, digits = w.digits;
    for (;;) {
      // the ASCII fast path: one table look-up and one add a byte, no branch on the letter
      // case; the three counts in one integer, added to the totals at least every 2^20
      // bytes, before a count can reach its neighbour
      for (;;) {
        const std::size_t stop = n - i > kCountRun ? i + kCountRun : n;
        std::uint64_t counts = 0;
        while (i < stop) {
          const std::uint64_t c = kAlnumCount[s[i]];
          if (c == 0) break;
          counts += c;
          ++i;
        }
        upper += static_cast<std::size_t>(counts & kCountMask);
        lower += static_cast<std::size_t>((counts >> kCountBits) & kCountMask);
        digits += static_cast<std::size_t>(counts >> (2 * kCountBits));
        if (i < stop || i >= n) break;
      }
      if (i >= n || s[i] < 0x80) break;
      char32_t cp = 0;
      const int len = detail::decode_utf8(s + i, s + n, cp);
      if (len == 0) break;
      const Uni u = detail::classify(cp);
      if (!detail::is_letter(u)) break;
      if (u == Uni::upper) {
        if (upper + lower + w.nonascii_letters + digits == 0) w.first_upper = true;
        ++upper;
      } else if (u == Uni::lower) {
        ++lower;
      } else if (u == Uni::letter) {
        ++w.nonascii_letters;
      }
      w.non_ascii = true;
      i += static_cast<std::size_t>(len);
    }
    w.upper = upper, w.lower = lower, w.digits = digits;
    w.letters = upper + lower + w.nonascii_letters;
    return i;
  }

  std::size_t word(std::size_t b) {
    WordShape w;
    std::size_t i = letter_run(b, w);
    if (i < n_ && s_[i] == ' ') return emit_word(b, i, w, 0);  // the common case
    for (;;) {
      if (i + 1 >= n_) break;
      const unsigned char c = s_[i];
      if (c == '-' && alnum_at(i + 1)) {
        if (w.first_upper && hyphen_is_dash(i, w.hyphen)) break;
        w.hyphen = true;
        i = letter_run(i + 1, w);
        continue;
      }
      if (c == '\'' && letter_at(i + 1) && clitic_end(i + 1) == 0) {
        w.apostrophe = true;
        i = letter_run(i + 1, w);
        continue;
      }
      if (c == '.' && w.lower == 0 && w.upper >= 2 && !w.non_ascii &&
          ascii_class(s_[i + 1]) == Ascii::upper) {
        // a dotted code in capitals: `RHON.PA`, `BPCL.L` (exchange tickers)
        std::size_t j = i + 1;
        while (j < n_ && (ascii_class(s_[j]) == Ascii::upper || is_ascii_digit(s_[j]))) ++j;
        if (j >= n_ || (!letter_at(j) && s_[j] != '.' && s_[j] != '\'' && s_[j] != '-')) {
          w.upper += j - i - 1;
          i = j;
          continue;
        }
      }
      if (c == '.' && !w.non_ascii && i > b + 1) {
        // a bare domain name: `Amazon.com`, `News.com.au` (lower-case labels of the list,
        // nothing glued after them)
        const std::size_t j = domain_label_end(i + 1);
        if (j != 0) {
          w.lower += j - i - 1;
          i = j;
          continue;
        }
      }
      if (c == 0xE2 && i + 3 < n_ && s_[i + 1] == 0x80) {
        const unsigned char d = s_[i + 2];
        if ((d == 0x90 || d == 0x91) && alnum_at(i + 3)) {  // ‐ ‑
          w.hyphen = w.non_ascii = true;
          i = letter_run(i + 3, w);
          continue;
        }
        if (d == 0x99 && letter_at(i + 3) && clitic_end(i + 3) == 0) {  // ’
          w.apostrophe = w.non_ascii = true;
          i = letter_run(i + 3, w);
          continue;
        }
      }
      break;
    }
    if (i + 1 < n_ && !w.non_ascii && (s_[i] == '@' || email_local(s_[i])) &&
        is_ascii_alnum(s_[i + 1])) {
      const std::size_t m = email_end(b);
      if (m != 0) {
        emit(b, m, TokenKind::email, 0);
        return m;
      }
    }
    std::uint16_t flags = 0;
    if (i < n_ && s_[i] == '.') {
      const std::size_t e = abbreviation_end(b, i, w);
      if (e != 0) {
        i = e;
        flags |= kAbbrev;
      }
    }
    return emit_word(b, i, w, flags);
  }

  /// End of a domain label starting at i (`com`, `au`) that the list knows and that no letter
  /// or digit follows, or 0.
  std::size_t domain_label_end(std::size_t i) const noexcept {
    std::size_t j = i;
    while (j < n_ && j < i + 5 && ascii_class(s_[j]) == Ascii::lower) ++j;
    if (j - i < 2 || j - i > 4) return 0;
    // (an apostrophe may follow: `Amazon.com's`; a letter of another script may not)
    if (j < n_ && (is_ascii_alnum(s_[j]) || (s_[j] >= 0x80 && s_[j] != 0xE2))) return 0;
    const std::string_view label(reinterpret_cast<const char*>(s_ + i), j - i);
    return detail::is_domain_suffix(label) ? j : 0;
  }

  /// The word [b, e) opens with a name particle, a hyphen and a capital letter (`al-Assad`).
  bool particle_name(std::size_t b, std::size_t e) const noexcept {
    std::size_t h = b;
    while (h < e && h < b + 4 && ascii_class(s_[h]) == Ascii::lower) ++h;
    if (h == b || h + 1 >= e || s_[h] != '-' || ascii_class(s_[h + 1]) != Ascii::upper)
      return false;
    return detail::is_name_particle(std::string_view(reinterpret_cast<const char*>(s_ + b), h - b));
  }

  std::size_t emit_word(std::size_t b, std::size_t e, const WordShape& w, std::uint16_t flags) {
    if (w.first_upper || (w.hyphen && particle_name(b, e))) flags |= kCap;
    if (w.upper >= 2 && w.lower == 0) flags |= kAllCaps;
    if (w.hyphen) flags |= kHyphenated;
    if (w.non_ascii) flags |= kNonAscii;
    emit(b, e, TokenKind::word, flags);
    return e;
  }

  /// The hyphen at i after a capitalised word stands for a dash: the lower-case part after it
  /// cannot end a compound (`US-was`), or is a prefix opening a compound of its own
  /// (`Group-co-chaired`, only after the first part).
  bool hyphen_is_dash(std::size_t i, bool seen_hyphen) const noexcept {
    std::size_t j = i + 1;
    while (j < n_ && j - i <= 6 && ascii_class(s_[j]) == Ascii::lower) ++j;
    if (j == i + 1 || j - i > 6) return false;
    const std::string_view part(reinterpret_cast<const char*>(s_ + i + 1), j - i - 1);
    if (j < n_ && s_[j] == '-') return !seen_hyphen && detail::is_compound_prefix(part);
    if (alnum_at(j)) return false;
    return detail::is_dash_follower(part);
  }

  /// The word [b, dot) is followed by a period at `dot`. If the period belongs to the word
  /// (an initial, a dotted abbreviation, a lexicon abbreviation), returns the new end.
  std::size_t abbreviation_end(std::size_t b, std::size_t dot, WordShape& w) const noexcept {
    const std::size_t after = dot + 1;
    if (after < n_ && s_[after] == '.') return 0;  // an ellipsis follows
    if (w.apostrophe) return 0;
    std::size_t letters = w.letters, digits = w.digits;
    bool non_ascii = w.non_ascii;
    if (w.hyphen) {  // `then-U.S.-president`: only the part after the last hyphen counts
      std::size_t p = dot;
      while (p > b && s_[p - 1] != '-') --p;
      for (std::size_t q = p; q < dot; ++q)
        if (!is_ascii_alpha(s_[q])) return 0;
      if (dot - p > 2) {
        // `then-Sen.`, `ex-Gov.`: a title after the hyphen keeps its period
        if (dot - p > detail::kMaxAbbreviationLength) return 0;
        const detail::AbbrevKind* k = detail::find_abbreviation(
            std::string_view(reinterpret_cast<const char*>(s_ + p), dot - p));
        return k != nullptr && *k == detail::AbbrevKind::title ? after : 0;
      }
      b = p;
      letters = dot - p, digits = 0, non_ascii = false;
    }
    // dotted letters: U.S. U.S.A. e.g. a.m. Ph.D. J.R.R.
    if (digits == 0 && dot - b <= 2 && letters <= 2 && !non_ascii && after < n_ &&
        is_ascii_alpha(s_[after])) {
      std::size_t j = dot, segs = 1;
      std::size_t upper = 0, lower = 0;
      while (j < n_ && s_[j] == '.' && j + 1 < n_ && is_ascii_alpha(s_[j + 1])) {
        std::size_t k = j + 1;
        while (k < n_ && is_ascii_alpha(s_[k]) && k - j <= 2) ++k;
        if (k - (j + 1) > 2 || (k < n_ && is_ascii_alnum(s_[k]))) break;
        for (std::size_t q = j + 1; q < k; ++q) {
          if (ascii_class(s_[q]) == Ascii::upper)
            ++upper;
          else
            ++lower;
        }
        j = k;
        ++segs;
      }
      if (segs >= 2) {
        if (j < n_ && s_[j] == '.' && !alnum_at(j + 1) && !(j + 1 < n_ && s_[j + 1] == '.')) ++j;
        w.upper += upper, w.lower += lower, w.letters += upper + lower;
        return j;
      }
    }
    if (alnum_at(after)) return 0;
    // an initial: one letter
    if (letters == 1 && digits == 0) return after;
    if (digits != 0) return 0;
    if (dot - b > detail::kMaxAbbreviationLength) return 0;
    const std::string_view word(reinterpret_cast<const char*>(s_ + b), dot - b);
    const detail::AbbrevKind* k = detail::find_abbreviation(word);
    if (k == nullptr) return 0;
    if (*k == detail::AbbrevKind::number_prefix) {
      std::size_t j = after;
      while (j < n_ && j - after < 3 && (s_[j] == ' ' || s_[j] == '\t')) ++j;
      if (j >= n_ || !(is_ascii_digit(s_[j]) || s_[j] == '#')) return 0;
    }
    return after;
  }

  // ---------------------------------------------------------------- numbers
  CLAIMEX_HOT_INLINE std::size_t digit_start(std::size_t i) {
    std::size_t j = i + 1;
    while (j < n_ && is_ascii_digit(s_[j])) ++j;
    const std::size_t digits_end = j;
    if (j < n_ && (is_ascii_alpha(s_[j]) || s_[j] == '@')) {
      while (j < n_ && is_ascii_alnum(s_[j])) ++j;
      if (j < n_ && s_[j] == '@') {  // `2020news@example.com`
        const std::size_t m = email_end(i);
        if (m != 0) {
          emit(i, m, TokenKind::email, 0);
          return m;
        }
      }
    }
    // the digits read above are the number's first group
    return number_rest(i, digits_end, digits_end - i, false, 0);
  }

  static bool digits3_at(const unsigned char* s, std::size_t n, std::size_t j) noexcept {
    return j + 3 <= n && is_ascii_digit(s[j]) && is_ascii_digit(s[j + 1]) &&
           is_ascii_digit(s[j + 2]) && (j + 3 == n || !is_ascii_digit(s[j + 3]));
  }

  /// A number token starting at `b` whose digits (or '.' before digits) start at `d`.
  std::size_t number(std::size_t b, std::size_t d, std::uint16_t flags) {
    std::size_t i = d;
    std::size_t group = 0;
    bool decimal = false;
    if (i < n_ && s_[i] == '.') ++i, decimal = true;
    while (i < n_ && is_ascii_digit(s_[i])) ++i, ++group;
    return number_rest(b, i, group, decimal, flags);
  }

  /// The rest of a number token starting at `b` after its first digits, which end at i
  /// (`group` of them, after a decimal point when `decimal`): separators, more groups and
  /// the suffix.
  CLAIMEX_HOT_INLINE std::size_t number_rest(std::size_t b, std::size_t i, std::size_t group,
                                             bool decimal, std::uint16_t flags) {
    for (;;) {
      if (i + 1 >= n_) break;
      const unsigned char c = s_[i];
      if (c == ',' && !decimal && group <= 3 && digits3_at(s_, n_, i + 1)) {
        i += 4;
        group = 3;
        continue;
      }
      if ((c == '.' || c == '/') && is_ascii_digit(s_[i + 1])) {
        if (c == '.') decimal = true;
        ++i;
        group = 0;
        while (i < n_ && is_ascii_digit(s_[i])) ++i, ++group;
        continue;
      }
      if (c == ':' && group <= 2 && i + 2 < n_ && is_ascii_digit(s_[i + 1]) &&
          is_ascii_digit(s_[i + 2]) && !(i + 3 < n_ && is_ascii_digit(s_[i + 3]))) {
        i += 3;
        group = 2;
        continue;
      }
      break;
    }
    // ordinal and decade suffixes: 1st 2nd 3rd 4th, 1990s
    if (i < n_ && is_ascii_alpha(s_[i])) {
      std::size_t j = i;
      while (j < n_ && j - i < 3 && is_ascii_alpha(s_[j])) ++j;
      if (!letter_at(j)) {
        const std::size_t len = j - i;
        const unsigned char a = lower(s_[i]);
        const unsigned char z = len == 2 ? lower(s_[i + 1]) : 0;
        if (len == 2 && ((a == 's' && z == 't') || (a == 'n' && z == 'd') ||
                         (a == 'r' && z == 'd') || (a == 't' && z == 'h')))
          i = j;
        else if (len == 1 && s_[i] == 's' && s_[i - 1] == '0')
          i = j;
      }
    }
    emit(b, i, TokenKind::number, flags);
    return i;
  }

  // ---------------------------------------------------------------- punctuation
  std::size_t period(std::size_t i) {
    std::size_t j = i + 1;
    while (j < n_ && s_[j] == '.') ++j;
    if (j - i >= 2) {
      emit(i, j, TokenKind::ellipsis, 0);
      return j;
    }
    const Token* prev = adjacent(i);
    if (j < n_ && is_ascii_digit(s_[j]) &&
        (prev == nullptr || prev->kind == TokenKind::currency || opener_before(i)))
      return number(i, i, 0);  // `.50`, `$.50`
    // ". . ." spaced, when the first dot stands apart from the word before
    if (prev == nullptr && i + 4 < n_ && s_[i + 1] == ' ' && s_[i + 2] == '.' && s_[i + 3] == ' ' &&
        s_[i + 4] == '.') {
      j = i + 5;
      while (j + 1 < n_ && s_[j] == ' ' && s_[j + 1] == '.') j += 2;
      emit(i, j, TokenKind::ellipsis, 0);
      return j;
    }
    emit(i, i + 1, TokenKind::punct, 0);
    return i + 1;
  }

  std::size_t hyphen(std::size_t i) {
    std::size_t j = i + 1;
    while (j < n_ && s_[j] == '-') ++j;
    if (j - i == 1 && sign_ok(i, 1)) return number(i, i + 1, 0);
    emit(i, j, TokenKind::dash, 0);
    return j;
  }

  std::size_t at_sign(std::size_t i) {
    const std::size_t b = i;
    std::size_t j = i + 1;
    if (adjacent(i) == nullptr || adjacent(i)->kind != TokenKind::word) {
      while (j < n_ && (is_ascii_alnum(s_[j]) || s_[j] == '_')) ++j;
      if (j > i + 1) {
        emit(b, j, TokenKind::handle, 0);
        return j;
      }
    }
    emit(i, i + 1, TokenKind::symbol, 0);
    return i + 1;
  }

  std::size_t hash_sign(std::size_t i) {
    const Token* prev = adjacent(i);
    if ((prev == nullptr || (prev->kind != TokenKind::word && prev->kind != TokenKind::number)) &&
        i + 1 < n_ && (letter_at(i + 1) || s_[i + 1] == '_')) {
      WordShape w;
      std::size_t j = i + 1;
      for (;;) {
        j = letter_run(j, w);
        if (j < n_ && s_[j] == '_') {
          ++j;
          continue;
        }
        break;
      }
      emit(i, j, TokenKind::hashtag, w.non_ascii ? kNonAscii : 0);
      return j;
    }
    emit(i, i + 1, TokenKind::symbol, 0);
    return i + 1;
  }

  const unsigned char* s_;
  std::size_t n_;
  std::vector<Token>& out_;
  std::uint16_t pending_ = kFirstInLine;
  bool dq_open_ = false;
  int sq_depth_ = 0;
  std::size_t email_clear_until_ = 0;
};

}  // namespace

void tokenize(std::string_view text, std::vector<Token>& out) {
  detail::check_document_size(text.size());
  out.clear();
  const std::size_t estimate = text.size() / 4 + 16;
  if (out.capacity() < estimate) out.reserve(estimate);
  Scanner(text, out).run();
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  tokenize(text, out);
  return out;
}

std::string_view to_string(TokenKind kind) noexcept {
  switch (kind) {
    case TokenKind::word:
      return "word";
    case TokenKind::number:
      return "number";
    case TokenKind::punct:
      return "punct";
    case TokenKind::open_quote:
      return "open_quote";
    case TokenKind::close_quote:
      return "close_quote";
    case TokenKind::clitic:
      return "clitic";
    case TokenKind::apostrophe:
      return "apostrophe";
    case TokenKind::dash:
      return "dash";
    case TokenKind::ellipsis:
      return "ellipsis";
    case TokenKind::symbol:
      return "symbol";
    case TokenKind::currency:
      return "currency";
    case TokenKind::percent:
      return "percent";
    case TokenKind::url:
      return "url";
    case TokenKind::email:
      return "email";
    case TokenKind::handle:
      return "handle";
    case TokenKind::hashtag:
      return "hashtag";
    case TokenKind::other:
      return "other";
  }
  return "other";
}

}  // namespace claimex
