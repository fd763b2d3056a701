// Stage 4: numeric claims. One pass over each sentence's tokens, with bounded look-behind
// and look-ahead windows; lexicons in claim_lexicon.cpp, digit reading in claim_numbers.cpp.
//
// Per sentence, tokens are first cut into "atoms" (hyphenated words and glued letter/digit
// runs split: `34-year-old` → `34` `-` `year` `-` `old`, `EUR50m` → `EUR` `50` `m`), which
// makes the rules below independent of how words were glued in the text. Then, left to
// right: a number phrase is read (digits, words, scales, fractions, vague plurals), what
// surrounds it decides its kind (currency before, unit/percent after, month/year context,
// names such as `Article 5`), and the qualifier, change cue, concept and source are found.
#include "claimex/claims.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <unordered_map>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "claim_lexicon.hpp"
#include "claim_numbers.hpp"
#include "claim_time.hpp"

namespace claimex {

using namespace std::string_view_literals;

namespace {

using detail::ClaimLexicon;
using detail::DigitForm;
using detail::DigitRead;
using detail::NumClass;
using detail::UnitClass;
using detail::UnitEntry;

constexpr double kInf = std::numeric_limits<double>::infinity();

// Forced inlining of small accessor lambdas (see CLAIMEX_HOT_INLINE).
#if defined(__GNUC__) || defined(__clang__)
#define CLAIMEX_LAMBDA_INLINE __attribute__((always_inline))
#else
#define CLAIMEX_LAMBDA_INLINE
#endif

// ---------------------------------------------------------------------------------- atoms

enum class AK : std::uint8_t { word, number, punct, dash, symbol, currency, percent, quote, other };

struct alignas(16) Atom {
  Span span;
  AK kind = AK::other;
  bool starter = false;  // a word that may start a number phrase (`three`, `a`, `half`)
  bool space = true;     // white space (or the sentence start) before it
  bool cap = false;      // first letter upper case
  // a word atom's first four bytes as written (zero past its end; 0 for other atoms): a
  // literal compare (Scanner::word_is) reads them here, with the kind, not from the text
  std::uint32_t key = 0;
};

// The `Atom::key` of the word `w`.
std::uint32_t word_key(std::string_view w) {
  std::uint32_t k = 0;
  if (w.size() >= 4) {
    std::memcpy(&k, w.data(), 4);  // (a load of a known size: no call)
    return k;
  }
  for (std::size_t q = 0; q < w.size(); ++q)
    k |= std::uint32_t{static_cast<unsigned char>(w[q])} << (8 * q);
  return k;
}

// A sentence's atoms as pointer and count (the buffer they are written in is larger: it
// keeps its size from one sentence to the next, so no atom is constructed twice). The rules
// read them only: a held count saves reloading a vector's ends at every bounds check.
// p[n] is readable too, a sentinel that is no word (see the scan in sentence).
struct AtomSpan {
  const Atom* p = nullptr;
  std::size_t n = 0;
  const Atom& operator[](std::size_t i) const { return p[i]; }
  std::size_t size() const { return n; }
  const Atom* begin() const { return p; }
  const Atom* end() const { return p + n; }
};

// The first atom that begins at or after byte `pos` (atoms are in text order).
std::size_t atom_at(AtomSpan at, offset_t pos) {
  return static_cast<std::size_t>(
      std::lower_bound(at.begin(), at.end(), pos,
                       [](const Atom& x, offset_t p) { return x.span.begin < p; }) -
      at.begin());
}

// Whether atom a is a word that cannot start a number phrase (most atoms): its kind and
// starter flag, adjacent bytes, in one 16-bit load (AK::word is 0)
static_assert(static_cast<int>(AK::word) == 0 &&
              offsetof(Atom, starter) == offsetof(Atom, kind) + 1);
CLAIMEX_HOT_INLINE bool plain_word(const Atom& a) {
  std::uint16_t ks;
  std::memcpy(&ks, reinterpret_cast<const unsigned char*>(&a) + offsetof(Atom, kind), 2);
  return ks == 0;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

// A decimal times a scale (`2.09` × 10^9) rounded to the 15 significant digits a double holds
// of the decimal written: 2090000000, not 2089999999.9999998. Integers, and numbers whose
// 15th digit is below 10^-22 (the power of ten would not be exact), are left as they are.
double scaled(double v, double scale) {
  const double x = v * scale;
  if (x == std::floor(x) || !std::isfinite(x)) return x;
  const int e = static_cast<int>(std::floor(std::log10(std::fabs(x)))) - 14;
  if (e >= 0 || e < -22) return x;
  const double m = std::pow(10.0, -e);  // exact: a power of ten up to 10^22
  const double r = std::round(x * m) / m;
  return std::isfinite(r) ? r : x;
}

CLAIMEX_HOT_INLINE bool ieq(std::string_view a, std::string_view b) {
  return detail::lexicon_equal(a, b, true);
}
// a literal's length known where it is written: no strlen call in the large rule functions,
// where the compiler does not inline string_view's constructor
template <std::size_t N>
CLAIMEX_HOT_INLINE bool ieq(std::string_view a, const char (&b)[N]) {
  return ieq(a, std::string_view(b, N - 1));
}

AK atom_kind(TokenKind k) {
  switch (k) {
    case TokenKind::word:
    case TokenKind::clitic:
      return AK::word;
    case TokenKind::number:
      return AK::number;
    case TokenKind::punct:
      return AK::punct;
    case TokenKind::dash:
      return AK::dash;
    case TokenKind::symbol:
      return AK::symbol;
    case TokenKind::currency:
      return AK::currency;
    case TokenKind::percent:
      return AK::percent;
    case TokenKind::open_quote:
    case TokenKind::close_quote:
    case TokenKind::apostrophe:
      return AK::quote;
    default:
      return AK::other;
  }
}

// Whether any byte of x is in '-'..'9' (bytes b < 0x80 with 0x2C < b < 0x3A: the
// `hasbetween` bit trick, exact per byte since no carry or borrow crosses a byte).
bool has_dash_to_nine(std::uint64_t x) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const std::uint64_t y = x & (kOnes * 127);
  return (((kOnes * (127 + 0x3A)) - y) & ~x & (y + kOnes * (127 - 0x2C)) & kHigh) != 0;
}

// Whether a word must be split: a digit anywhere, or a hyphen inside it. `avail`: bytes
// readable from s.data() (the rest of the text), for one 8-byte load of a short word.
CLAIMEX_HOT_INLINE bool needs_split(std::string_view s, std::size_t avail) {
  std::size_t j = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (s.size() < 8 && avail >= 8) {
    // a short word in one load, the bytes past it masked to zero (not in the range)
    std::uint64_t x;
    std::memcpy(&x, s.data(), 8);
    x &= (std::uint64_t{1} << (8 * s.size())) - 1;
    if (!has_dash_to_nine(x)) return false;
  }
#else
  (void)avail;
#endif
  // eight bytes at a time: a block with no byte in '-'..'9' has no digit and no hyphen
  for (; j + 8 <= s.size(); j += 8) {
    std::uint64_t x;
    std::memcpy(&x, s.data() + j, 8);
    if (has_dash_to_nine(x)) break;
  }
  for (; j < s.size(); ++j) {
    char c = s[j];
    if (c > '9') continue;  // letters and most bytes: the common case, one compare
    if (is_digit(c) || (c == '-' && j > 0 && j + 1 < s.size())) return true;
  }
  return false;
}

// atom_kind for every TokenKind value, one load instead of a switch
struct AtomKindTable {
  AK k[256];
  AtomKindTable() {
    for (int i = 0; i < 256; ++i) k[i] = atom_kind(static_cast<TokenKind>(i));
  }
};
const AtomKindTable& atom_kinds() {
  static const AtomKindTable t;
  return t;
}

// Repairs after cutting: `minus-1` `.` `4` → `minus` `-` `1.4`; `5.4` `m.` (abbreviation at
// the end of a sentence) → `5.4` `m` `.`. Only a number glued to the atom before it is
// repaired (the callers call this only when there is one).
void repair_glued_numbers(std::string_view text, Atom* out, std::size_t& count) {
  std::size_t w = 0;
  for (std::size_t r = 0; r < count; ++r) {
    Atom a = out[r];
    if (a.kind == AK::number && w > 0 && out[w - 1].kind == AK::punct && !a.space && w > 1 &&
        out[w - 2].kind == AK::number && !out[w - 1].space &&
        text_of(text, out[w - 1].span) == "."sv && a.span.begin == out[w - 1].span.end) {
      std::string_view prev = text_of(text, out[w - 2].span);
      if (prev.find('.') == std::string_view::npos && !prev.empty() && is_digit(prev.back())) {
        out[w - 2].span.end = a.span.end;
        --w;
        continue;
      }
    }
    out[w++] = a;
  }
  count = w;
}

// Whether `w` (a word atom's text) may start a number phrase: the starter flag. A first
// letter and length no starter word has saves the lookup.
bool starter_word(const ClaimLexicon& lx, std::string_view w) {
  if (w.empty() || w.size() > 31) return false;
  unsigned char f = detail::ascii_lower(static_cast<unsigned char>(w[0]));
  if (f < 'a' || f > 'z') return false;
  if (!((lx.starter_shape[f - 'a'][detail::starter_shape_index(w)] >> w.size()) & 1u)) return false;
  return lx.starters.contains(w);
}

// `a` and `an` start a number phrase only before a number or ordinal word (a starter): the
// other starters make a sentence one that may hold a claim
bool starts_claim(std::string_view w) {
  const unsigned char f = detail::ascii_lower(static_cast<unsigned char>(w[0]));
  return !(f == 'a' &&
           (w.size() == 1 ||
            (w.size() == 2 && detail::ascii_lower(static_cast<unsigned char>(w[1])) == 'n')));
}

// The general path for one token: writes its atoms from `o` (room for 64: a word is split
// only when shorter than 64 bytes) and returns their count. `space`: white space or the
// sentence start before it; `prev`: the kind of the atom before it (AK::other for none).
// Words are split at hyphens and letter/digit boundaries, a period split off after a
// number; `any` and `glued_number` are or-ed with what it finds (see make_atoms). Spans
// viewed clamped unless in_text.
std::size_t token_atoms(const ClaimLexicon& lx, std::string_view text, const Token& t, bool space,
                        AK prev, bool in_text, Atom* o, bool& any, bool& glued_number) {
  // in_text: the token span lies inside the text, no clamping
  std::string_view s =
      in_text ? std::string_view(text.data() + t.span.begin, t.span.size()) : t.text(text);
  const AK k = atom_kind(t.kind);
  Atom a;
  a.span = t.span;
  a.kind = k;
  a.space = space;
  a.cap = !s.empty() && is_upper(s[0]);
  // a word atom's starter flag (the repairs never touch word atoms, so this is their final
  // span)
  auto set_starter = [&](Atom& w) {
    const std::string_view ws = in_text
                                    ? std::string_view(text.data() + w.span.begin, w.span.size())
                                    : text_of(text, w.span);
    w.starter = starter_word(lx, ws);
    w.key = word_key(ws);
    any = any || (w.starter && starts_claim(ws));
  };
  if (k != AK::word) {
    // numbers, punctuation, symbols: one atom as the token is
    // a symbol starts a number phrase only as a vulgar fraction (`½`)
    if (!any && (k == AK::symbol || k == AK::other)) {
      std::size_t fl = 0;
      any = detail::vulgar_fraction(s, fl) > 0;
    }
    any = any || k == AK::number;
    glued_number = glued_number || (k == AK::number && !space);
    o[0] = a;
    return 1;
  }
  const bool splittable =
      !t.has(TokenFlag::abbreviation) && s.size() < 64 && t.kind != TokenKind::clitic;
  if (!splittable || !needs_split(s, in_text ? text.size() - t.span.begin : std::size_t{0})) {
    if (!space && prev == AK::number && s.size() >= 2 && s.size() <= 4 && s.back() == '.' &&
        s.find('.') == s.size() - 1) {
      // `5.4m.` at the end of a sentence: the period is not part of the unit
      Atom dot = a;
      dot.kind = AK::punct;
      dot.space = false;
      dot.cap = false;
      dot.span.begin = a.span.end - 1;
      a.span.end -= 1;
      set_starter(a);
      o[0] = a;
      o[1] = dot;
      return 2;
    }
    set_starter(a);
    o[0] = a;
    return 1;
  }
  // split a word at hyphens and at letter/digit boundaries
  std::size_t j = 0, count = 0;
  while (j < s.size()) {
    std::size_t st = j;
    AK pk;
    if (s[j] == '-') {
      ++j;
      pk = AK::dash;
    } else if (is_digit(s[j])) {
      while (j < s.size() && (is_digit(s[j]) || ((s[j] == '.' || s[j] == ',') && j + 1 < s.size() &&
                                                 is_digit(s[j + 1]))))
        ++j;
      pk = AK::number;
    } else {
      while (j < s.size() && s[j] != '-' && !is_digit(s[j])) ++j;
      pk = AK::word;
    }
    Atom p;
    p.span = Span{t.span.begin + offset_t(st), t.span.begin + offset_t(j)};
    p.kind = pk;
    p.space = count == 0 ? space : false;
    p.cap = pk == AK::word && is_upper(s[st]);
    glued_number = glued_number || (pk == AK::number && !p.space);
    if (pk == AK::word)
      set_starter(p);
    else
      any = any || pk == AK::number;
    o[count++] = p;
  }
  return count;
}

// Room for `need` more atoms after the first `w` of `atoms` (its size is the room, not the
// count written): grown geometrically, so a sentence costs linear time.
Atom* atoms_room(std::vector<Atom>& atoms, std::size_t w, std::size_t need) {
  if (atoms.size() < w + need) atoms.resize(std::max(w + need, 2 * atoms.size()));
  return atoms.data();
}

// Where plain_atoms stopped: the first token it did not take, and the next atom to write.
struct PlainRun {
  const Token* t;
  Atom* o;
};

// Bit i set when byte i of the 16 at p is in '-'..'9' (a digit, hyphen, period or slash).
CLAIMEX_HOT_INLINE unsigned dash_to_nine_bits(const char* p) {
#if defined(__SSE2__)
  // (b - '-') as an unsigned byte below 13, by an unsigned minimum: one compare for the range
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i d = _mm_sub_epi8(v, _mm_set1_epi8('-'));
  return static_cast<unsigned>(
      _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(12)), d)));
#else
  unsigned m = 0;
  for (unsigned q = 0; q < 16; ++q) m |= static_cast<unsigned>(p[q] >= '-' && p[q] <= '9') << q;
  return m;
#endif
}

// The second half of an atom (kind, starter, space, cap and the padding) in one store.
static_assert(sizeof(Atom) == 16 && offsetof(Atom, kind) == 8 && offsetof(Atom, starter) == 9 &&
              offsetof(Atom, space) == 10 && offsetof(Atom, cap) == 11 && sizeof(AK) == 1 &&
              sizeof(bool) == 1);
CLAIMEX_HOT_INLINE void put_atom(Atom* o, const Token* t, AK kind, bool space, bool cap,
                                 bool starter, std::uint32_t key) {
  const std::uint64_t hi =
      static_cast<std::uint64_t>(kind) | (static_cast<std::uint64_t>(starter) << 8) |
      (static_cast<std::uint64_t>(space) << 16) | (static_cast<std::uint64_t>(cap) << 24) |
      (static_cast<std::uint64_t>(key) << 32);
  unsigned char* const d = reinterpret_cast<unsigned char*>(o);
  std::memcpy(d, &t->span, 8);
  std::memcpy(d + 8, &hi, 8);
}

// Per word length 0-15, what the filters' hash needs: the mask of the first eight bytes
// (the bytes past a shorter word off), the case fold bits under it, the length term, and
// the mask of the 16 bytes read (see detail::word_filter_hash_masked).
struct WordShape {
  std::uint64_t mask8, fold, len_term;
  unsigned mask16;
};
struct WordShapes {
  WordShape s[16];
  constexpr WordShapes() : s() {
    for (std::size_t n = 0; n < 16; ++n) {
      const std::uint64_t m = n >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1;
      s[n] = WordShape{m, 0x2020202020202020ull & m, n * 0x100000001b3ull, (1u << n) - 1u};
    }
  }
};
constexpr WordShapes kWordShapes{};

// What plain_atoms needs only for the few words whose bit in the starter-or-time filter is
// set: the tables, the list of time words and the sentence's first token's index in it.
struct FilterWords {
  const ClaimLexicon* lx;
  std::vector<std::uint32_t>* times;
  std::size_t first_index;
};

// A word (`s`, with filter bit `bit`) whose bit in the starter-or-time filter is set: its
// token index (`index`) is listed in `times` when it may name a time (detail::link_times
// looks it up); returns whether it is a starter, and sets bit 1 of `found` when it is one that
// makes the sentence one that may hold a claim (see starts_claim). Out of line: one word in
// fifteen.
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline))
#endif
bool filter_word(const FilterWords& fw, std::string_view s, std::size_t bit, std::size_t index,
                 unsigned& found) {
  const ClaimLexicon& lx = *fw.lx;
  if ((lx.time_filter[bit / 64] >> (bit % 64)) & 1u)
    fw.times->push_back(static_cast<std::uint32_t>(index));
  // `a` and `an` (a word in forty, a third of the words here): starters that make no claim
  // sentence, known without the lookup
  const auto low = [&s](std::size_t q) { return static_cast<char>(s[q] | 0x20); };
  if (low(0) == 'a' && (s.size() == 1 || (s.size() == 2 && low(1) == 'n'))) return true;
  if (!((lx.starter_filter[bit / 64] >> (bit % 64)) & 1u) || !lx.starters.contains(s)) return false;
  if (starts_claim(s)) found |= 2u;
  return true;
}

// Writes the atoms of the tokens from `t` on (before `end`) while each is plain: a word or
// clitic of 1 to 15 bytes (16 readable bytes from it inside the text) with no byte in
// '-'..'9' (no digit, hyphen or period: nothing to split or cut off) unless it is an
// abbreviation after a space (never cut), its starter flag and time word
// listed by filter_word when its bit in the starter-or-time filter is set; a number token;
// punctuation, a dash, a quote mark, a currency or percent sign: an atom each, as the token
// is. A number sets bit 1 of `found`, one with no space before that is not the sentence's
// first token (`first`) bit 2. Most tokens are such: a loop of its own, out of line, keeps
// their few values in registers (inside make_atoms, with the general path's, they were kept
// on the stack). Returns at the first other token, which the caller takes.
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline))
#endif
PlainRun
plain_atoms(const Token* t, const Token* end, const Token* first, const char* tp, std::size_t tsize,
            const AK* kinds, Atom* o, const FilterWords& fw, unsigned& found) {
  static_assert(sizeof(Span) == 8, "a span is two offsets");
  const std::uint64_t* const filter = fw.lx->starter_time_filter;
  unsigned f = found;
  for (; t != end; ++t) {
    const std::size_t b = t->span.begin, len = std::size_t{t->span.end} - b;
    if (t->kind == TokenKind::word || t->kind == TokenKind::clitic) {
      // (len wraps round when the span is reversed: not taken)
      if (len - 1 >= 15 || b + 16 > tsize) break;
      const WordShape& ws = kWordShapes.s[len];
      // (an abbreviation after a space keeps its periods and hyphens: `U.S.`, `Mr.`)
      if ((dash_to_nine_bits(tp + b) & ws.mask16) &&
          (t->flags & (static_cast<std::uint16_t>(TokenFlag::abbreviation) |
                       static_cast<std::uint16_t>(TokenFlag::space_before))) !=
              (static_cast<std::uint16_t>(TokenFlag::abbreviation) |
               static_cast<std::uint16_t>(TokenFlag::space_before)))
        break;
      // the filters' hash of the first eight bytes
      std::uint64_t x;
      std::memcpy(&x, tp + b, 8);
      x &= ws.mask8;
      const std::size_t bit =
          static_cast<std::size_t>((((x | ws.fold) ^ ws.len_term) * 0x9E3779B97F4A7C15ull) >> 50);
      bool starter = false;
      if ((filter[bit / 64] >> (bit % 64)) & 1u)
        starter = filter_word(fw, std::string_view(tp + b, len), bit,
                              fw.first_index + static_cast<std::size_t>(t - first), f);
      put_atom(o++, t, AK::word, t->has(TokenFlag::space_before),
               static_cast<unsigned char>(x - 'A') < 26, starter, static_cast<std::uint32_t>(x));
      continue;
    }
    const AK k = kinds[static_cast<std::uint8_t>(t->kind)];
    if (!(k == AK::punct || k == AK::dash || k == AK::quote || k == AK::currency ||
          k == AK::percent || k == AK::number) ||
        t->span.end > tsize || len > tsize)  // (outside the text, or reversed)
      break;
    const bool space = t->has(TokenFlag::space_before);
    if (k == AK::number) f |= 2u | (!space && t != first ? 4u : 0u);
    put_atom(o++, t, k, space, len > 0 && is_upper(tp[b]), false, 0);
  }
  found = f;
  return PlainRun{t, o};
}

// Cuts the tokens of one sentence into atoms, written into `atoms` (a buffer whose size only
// grows) and viewed by `out`. Returns false when the sentence cannot hold a claim: no number,
// no vulgar fraction sign and no starter word but `a`/`an` (then `out` is not to be read). Every
// atom span lies inside the text, so the rules view atoms without clamping: atoms are pieces of
// token spans, which are inside the text (always, for tokenize's tokens), else are clamped into it.
//
// One pass when every token span is inside the text, an atom written per token as it goes
// (two thirds of the sentences are read on, and writing an atom costs less than a second
// pass over the tokens; a pass that only tested, then one that wrote, cost 20% more). Most
// words are short, no starter and no time word, and have no digit or hyphen: one 8-byte
// load, one hash and one filter bit decide, and the atom is written. The others (starters,
// time words, words to split or that may lose a period: `5.4m.`) take the general path.
bool make_atoms(const ClaimLexicon& lx, std::string_view text, const std::vector<Token>& toks,
                std::size_t first, std::size_t last, std::vector<Atom>& atoms, AtomSpan& out,
                std::vector<std::uint32_t>& times) {
  bool any = false, glued_number = false;
  const std::size_t n = last - first;
  const Token* const tk = toks.data() + first;
  const char* const tp = text.data();
  const std::size_t tsize = text.size();
  const AK* const kinds = atom_kinds().k;
  Atom* o = atoms_room(atoms, 0, n + 1);  // (and the sentinel)
  const FilterWords filter_words{&lx, &times, first};
  std::size_t w = 0;
  bool prev_special = false;  // token k - 1 was cut by token_atoms
  std::size_t k = 0;
  for (; k < n; ++k) {
    {
      unsigned found = 0;
      const PlainRun r =
          plain_atoms(tk + k, tk + n, tk, tp, tsize, kinds, o + w, filter_words, found);
      any = any || (found & 2u);
      glued_number = glued_number || (found & 4u);
      if (r.t != tk + k) {
        w = static_cast<std::size_t>(r.o - o);
        k = static_cast<std::size_t>(r.t - tk);
        prev_special = false;
        if (k == n) break;
      }
    }
    const Token& t = tk[k];
    const std::size_t b = t.span.begin, e = t.span.end;
    const std::size_t len = e - b;  // (wraps round when the span is reversed)
    const AK kind = kinds[static_cast<std::uint8_t>(t.kind)];
    const bool space = t.has(TokenFlag::space_before);
    std::string_view s;  // (viewed once the span is known to be inside the text)
    bool split;
    std::size_t bit;
    Atom a;
    a.span = t.span;
    a.kind = kind;
    a.space = space;
    a.starter = false;
    if (kind == AK::word && len - 1 < 7 && b + 8 <= tsize) {
      // a short word in one load (the common case): the split test and the filters on the
      // same eight bytes, those past the word masked off (and the span inside the text, as
      // it ends before b + 8)
      s = std::string_view(tp + b, len);
      std::uint64_t x;
      std::memcpy(&x, s.data(), 8);
      x &= (std::uint64_t{1} << (8 * len)) - 1;
      const bool dash_or_digit = has_dash_to_nine(x);
      bit = static_cast<std::size_t>(detail::word_filter_hash_masked(x, len) >> 50);
      a.cap = is_upper(static_cast<char>(x & 0xFF));
      a.key = static_cast<std::uint32_t>(x);
      if (!dash_or_digit && !((lx.starter_time_filter[bit / 64] >> (bit % 64)) & 1u) &&
          (space || tp[e - 1] != '.')) {
        // no starter, no time word, nothing to cut: the atom as the token is
        o[w++] = a;
        prev_special = false;
        continue;
      }
      split = dash_or_digit && !t.has(TokenFlag::abbreviation) && t.kind != TokenKind::clitic &&
              needs_split(s, 0);
    } else {
      if (b > e || e > tsize) break;  // (a span outside the text: see below)
      s = std::string_view(tp + b, len);
      a.cap = len > 0 && is_upper(s[0]);
      if (kind != AK::word) {
        if (kind == AK::number) {
          any = true;
          glued_number = glued_number || (k > 0 && !space);
        } else if (!any && (kind == AK::symbol || kind == AK::other)) {
          // a symbol starts a number phrase only as a vulgar fraction (`½`)
          std::size_t fl = 0;
          any = detail::vulgar_fraction(s, fl) > 0;
        }
        o[w++] = a;
        prev_special = false;
        continue;
      }
      a.key = word_key(s);
      split = !t.has(TokenFlag::abbreviation) && len < 64 && t.kind != TokenKind::clitic &&
              needs_split(s, tsize - b);
      bit = len - 1 > 30 ? std::size_t{0} : detail::starter_filter_index_at(s, tsize - b);
    }
    // a word that may name a time (detail::link_times looks it up, on the same hash)
    if ((lx.time_filter[bit / 64] >> (bit % 64)) & 1u)
      times.push_back(static_cast<std::uint32_t>(first + k));
    // a word to split, or one that may lose its period: glued to a number token before it or
    // to a word cut before it (which may end in a number piece)
    if (split ||
        (!space && k > 0 && len > 0 && s.back() == '.' &&
         (kinds[static_cast<std::uint8_t>(tk[k - 1].kind)] == AK::number || prev_special))) {
      o = atoms_room(atoms, w, 64 + (n - k) + 1);
      w += token_atoms(lx, text, t, k == 0 || space, w > 0 ? o[w - 1].kind : AK::other, true, o + w,
                       any, glued_number);
      prev_special = true;
      continue;
    }
    prev_special = false;
    // (empty, or longer than every starter: no lookup)
    if (len - 1 <= 30 && ((lx.starter_filter[bit / 64] >> (bit % 64)) & 1u) &&
        lx.starters.contains(s)) {
      a.starter = true;
      any = any || starts_claim(s);
    }
    o[w++] = a;
  }
  if (k < n) {
    // a span past the text, or reversed: the general path for every token, then the spans
    // clamped (as the empty span where text_of views it, no bytes); every word may name a
    // time (link_times clamps what it reads)
    any = glued_number = false;
    while (!times.empty() && times.back() >= first) times.pop_back();
    for (std::size_t q = 0; q < n; ++q)
      if (tk[q].kind == TokenKind::word) times.push_back(static_cast<std::uint32_t>(first + q));
    w = 0;
    for (std::size_t q = 0; q < n; ++q) {
      o = atoms_room(atoms, w, 64);
      w += token_atoms(lx, text, tk[q], q == 0 || tk[q].has(TokenFlag::space_before),
                       w > 0 ? o[w - 1].kind : AK::other, false, o + w, any, glued_number);
    }
    if (glued_number) repair_glued_numbers(text, atoms.data(), w);
    atoms_room(atoms, w, 1)[w] = Atom{};  // the sentinel
    for (std::size_t q = 0; q < w; ++q) {
      Span& sp = atoms[q].span;
      const offset_t sb = std::min<offset_t>(sp.begin, static_cast<offset_t>(tsize));
      sp = Span{sb, sp.end > sb ? std::min<offset_t>(sp.end, static_cast<offset_t>(tsize)) : sb};
    }
    out = AtomSpan{atoms.data(), w};
    return any;
  }
  if (!any) return false;
  if (w > 0) o[0].space = true;  // the sentence start
  if (glued_number) repair_glued_numbers(text, o, w);
  o[w] = Atom{};  // the sentinel
  out = AtomSpan{o, w};
  return true;
}

// ------------------------------------------------------------------------- number phrases

struct Num {
  std::size_t a = 0, b = 0;  // atoms [a, b)
  double value = 0;
  double high = 0;
  bool range = false;   // vague plural or explicit range
  bool vague = false;   // `hundreds`, `dozens`
  bool words = false;   // contains number words
  bool digits = false;  // contains a digit token
  bool ordinal = false;
  bool fraction = false;
  bool scaled = false;      // a scale word applied
  double scale_factor = 1;  // the last scale applied (`five thousand` → 1000)
  bool plain_int = false;   // one digit token, integer, no separators, no scale
  bool separators = false;
  bool decimals = false;
  bool signed_plus = false;
  bool pronoun_risk = false;  // a lone `one`
  int int_digits = 0;
  DigitForm form = DigitForm::plain;
};

// A word's first eight bytes (fewer when it is shorter: the rest zero), of which `avail`
// bytes are readable from w.data().
CLAIMEX_HOT_INLINE std::uint64_t first_eight(std::string_view w, std::size_t avail) {
  std::uint64_t x = 0;
  if (avail >= 8) {
    std::memcpy(&x, w.data(), 8);
    if (w.size() < 8) x &= (std::uint64_t{1} << (8 * w.size())) - 1;
  } else {
    std::memcpy(&x, w.data(), std::min<std::size_t>(w.size(), 8));
  }
  return x;
}

// An immutable case-folded table from words to 64-bit values (the per-atom classes and
// sets), probed by detail::word_filter_hash_masked of a word's length and first eight bytes,
// cheaper than a general lexicon hash; keys are compared case-folded (lexicon_equal), after
// a test of the eight bytes as they are (most words asked about are found, lower case).
// Memory, not arithmetic, is the cost of a probe here: a slot is 8 bytes (a tag of the hash,
// the length, the row), so the 4,000 words' slots take 64 KB; a row (first eight bytes and
// value, 16 bytes) is read only for a slot whose tag and length match, the key itself only
// for a word longer than eight bytes or written in other case. (Slots of 40 bytes holding
// all of it, 640 KB, missed the cache on most probes: a quarter of the claim stage's time
// in samples.) A filter of 2 KB, which stays in the cache, answers for most words that are
// in no class without a probe.
class WordBits {
 public:
  WordBits() = default;
  // keys must be distinct under case folding, non-empty, and outlive the table
  explicit WordBits(const std::vector<std::pair<std::string_view, std::uint64_t>>& rows) {
    std::size_t cap = 64;
    while (cap < rows.size() * 2) cap <<= 1;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    for (const auto& r : rows) {
      if (r.first.empty()) continue;
      const std::uint64_t x = first_eight(r.first, r.first.size());
      const std::uint64_t h = detail::word_filter_hash_masked(x, r.first.size());
      std::size_t i = static_cast<std::size_t>(h >> 32) & mask_;
      filter_[(h >> 50) / 64] |= std::uint64_t{1} << ((h >> 50) % 64);
      while (slots_[i].id != 0) i = (i + 1) & mask_;
      slots_[i] = Slot{id(h, r.first.size()), static_cast<std::uint32_t>(rows_.size())};
      rows_.push_back(Row{x, r.second});
      keys_.push_back(r.first);
    }
  }
  // The value of the word `w`, whose first_eight is `x`, or nullptr.
  const std::uint64_t* find(std::string_view w, std::uint64_t x) const {
    return find_hashed(w, x, detail::word_filter_hash_masked(x, w.size()));
  }
  // The same, `h` being detail::word_filter_hash_masked(x, w.size()).
  const std::uint64_t* find_hashed(std::string_view w, std::uint64_t x, std::uint64_t h) const {
    if (w.empty() || slots_.empty()) return nullptr;
    // most words asked about are in no class: a 2 KB filter, which stays in the cache,
    // answers for them without a probe
    if (!((filter_[(h >> 50) / 64] >> ((h >> 50) % 64)) & 1u)) return nullptr;
    const std::uint32_t t = id(h, w.size());
    for (std::size_t i = static_cast<std::size_t>(h >> 32) & mask_;; i = (i + 1) & mask_) {
      const Slot s = slots_[i];
      if (s.id == 0) return nullptr;
      if (s.id != t) continue;
      const Row& r = rows_[s.row];
      // (the slot's id holds the length, up to 254)
      if ((r.x == x && w.size() <= 8) || detail::lexicon_equal(keys_[s.row], w, true))
        return &r.value;
    }
  }

 private:
  // a slot's identity: 24 bits of the hash (below the index bits) and the length (255 for
  // any longer), never 0 for a word
  static std::uint32_t id(std::uint64_t h, std::size_t n) {
    return (static_cast<std::uint32_t>(h >> 8) & 0xFFFFFF00u) |
           static_cast<std::uint32_t>(n < 255 ? n : 255);
  }
  struct Slot {
    std::uint32_t id = 0;  // 0: an empty slot
    std::uint32_t row = 0;
  };
  struct Row {
    std::uint64_t x;  // the key's first_eight
    std::uint64_t value;
  };
  std::uint64_t filter_[256] = {};  // bit h >> 50 of every key's hash
  std::vector<Slot> slots_;
  std::vector<Row> rows_;
  std::vector<std::string_view> keys_;  // read only for long words and case differences
  std::size_t mask_ = 0;
};

class Scanner {
 public:
  Scanner(const ClaimLexicon& lx, std::string_view text, AtomSpan atoms)
      : lx_(lx), text_(text), at_(atoms) {}

  CLAIMEX_HOT_INLINE std::string_view txt(std::size_t i) const {
    if (i >= at_.size()) return std::string_view();
    const Span s = at_[i].span;
    // every atom span lies inside the text (see make_atoms): no clamping per call
    return std::string_view(text_.data() + s.begin, s.end - s.begin);
  }
  CLAIMEX_HOT_INLINE AK kind(std::size_t i) const {
    return i < at_.size() ? at_[i].kind : AK::other;
  }
  CLAIMEX_HOT_INLINE bool word_is(std::size_t i, std::string_view w) const {
    if (i >= at_.size() || at_[i].kind != AK::word) return false;
    // the length first: most words asked about have another length
    if (at_[i].span.size() != w.size()) return false;
    return ieq(txt(i), w);
  }
  // A literal: its first four bytes against the atom's key, the letters case-folded by
  // setting bit 0x20 where the literal has a letter (the masks fold to constants), the text
  // read only past them.
  template <std::size_t N>
  CLAIMEX_HOT_INLINE bool word_is(std::size_t i, const char (&w)[N]) const {
    if (i >= at_.size()) return false;
    const Atom& a = at_[i];
    std::uint32_t lit = 0, fold = 0;
    for (std::size_t k = 0; k < N - 1 && k < 4; ++k) {
      const unsigned char c = detail::ascii_lower(static_cast<unsigned char>(w[k]));
      lit |= std::uint32_t{c} << (8 * k);
      if (c >= 'a' && c <= 'z') fold |= std::uint32_t{0x20} << (8 * k);
    }
    // the key first: only a word atom has one (every other atom's is 0, which matches no
    // literal), and it differs for most words asked about, so one branch decides them; the
    // kind and length tests it replaces failed as often as not, unpredictably
    if ((a.key | fold) != lit) return false;
    if (a.span.size() != N - 1) return false;
    if (N - 1 <= 4) return true;
    return ieq(std::string_view(text_.data() + a.span.begin + 4, N - 5),
               std::string_view(w + 4, N - 5));
  }
  CLAIMEX_HOT_INLINE bool glued(std::size_t i) const { return i < at_.size() && !at_[i].space; }
  std::size_t size() const { return at_.size(); }

  // number and ordinal words are starters (make_atoms looked them up once)
  CLAIMEX_HOT_INLINE const detail::NumberWord* numword(std::size_t i) const {
    if (kind(i) != AK::word || !at_[i].starter) return nullptr;
    return lx_.numbers.find(txt(i));
  }
  CLAIMEX_HOT_INLINE const detail::OrdinalWord* ordword(std::size_t i) const {
    if (kind(i) != AK::word || !at_[i].starter) return nullptr;
    return lx_.ordinals.find(txt(i));
  }
  CLAIMEX_HOT_INLINE bool is_a(std::size_t i) const { return word_is(i, "a") || word_is(i, "an"); }

  // Builds a lookup key from atoms [i, i+n) as written (single spaces), into buf.
  CLAIMEX_HOT_INLINE bool key(std::size_t i, std::size_t n, char* buf, std::size_t cap,
                              std::string_view& out, bool allow_punct = false) const {
    if (i + n > at_.size()) return false;
    if (n == 1) {  // one atom: its text as it is, no copy
      std::string_view s = txt(i);
      if (!allow_punct && at_[i].kind == AK::punct && s != "."sv && s != "/"sv) return false;
      if (s.size() > cap) return false;
      out = s;
      return true;
    }
    std::size_t len = 0;
    for (std::size_t k = i; k < i + n; ++k) {
      AK kk = at_[k].kind;
      if (!allow_punct && kk == AK::punct && txt(k) != "."sv && txt(k) != "/"sv) return false;
      if (k > i && at_[k].space) {
        if (len + 1 > cap) return false;
        buf[len++] = ' ';
      }
      std::string_view s = txt(k);
      if (len + s.size() > cap) return false;
      std::memcpy(buf + len, s.data(), s.size());
      len += s.size();
    }
    out = std::string_view(buf, len);
    return true;
  }

  // Longest unit phrase at atom i (up to 4 atoms); `n` gets its atom count.
  const UnitEntry* unit_at(std::size_t i, std::size_t& n, bool glued_to_number) const {
    n = 0;
    if (i >= at_.size() || at_[i].kind == AK::number || at_[i].kind == AK::punct ||
        at_[i].kind == AK::dash)
      return nullptr;
    char buf[64];
    // each key extends the one before it, so keys past the first that is no unit's prefix
    // (or cannot be built) cannot be units
    std::size_t max_len = 4;
    if (!txt(i).empty()) {
      max_len = 0;
      std::string_view k;
      // (the first key is atom i's text, whose sets the memo holds)
      while (max_len < 4 && key(i, max_len + 1, buf, sizeof buf, k) &&
             ((max_len == 0 ? in(i, detail::wf_unit_prefix) : lx_.unit_prefixes.contains(k)) ||
              (k.size() > 2 && k.back() == '.' && at_[i + max_len].kind == AK::word &&
               lx_.unit_prefixes.contains(k.substr(0, k.size() - 1)))))
        ++max_len;
    }
    for (std::size_t len = max_len; len >= 1; --len) {
      std::string_view k;
      if (!key(i, len, buf, sizeof buf, k)) continue;
      if (len > 1 && at_[i + len - 1].kind == AK::punct && txt(i + len - 1) == "."sv) {
        // `sq. ft.` only when the period is glued
        if (at_[i + len - 1].space) continue;
      }
      // one atom: its text, looked up only in the tables the memo says may hold it
      const UnitEntry* u =
          len > 1 || in(i, detail::wf_units_exact_folded) ? lx_.units_exact.find(k) : nullptr;
      if (!u && (len > 1 || in(i, detail::wf_unit))) u = lx_.units.find(k);
      if (!u && k.size() > 2 && k.back() == '.' && at_[i + len - 1].kind == AK::word) {
        // an abbreviation carries its full stop: `1,200 sq ft.` at a sentence end, `5 lbs. in
        // all`, `3 dlrs. per share` inside one
        std::string_view k2 = k.substr(0, k.size() - 1);
        u = lx_.units_exact.find(k2);
        if (!u) u = lx_.units.find(k2);
      }
      if (u) {
        n = len;
        (void)glued_to_number;
        return u;
      }
    }
    n = 0;
    return nullptr;
  }

  // A word or symbol that can start a number phrase.
  bool numeric_word(std::size_t i) const {
    if (numword(i)) return true;
    const detail::OrdinalWord* o = ordword(i);
    return o != nullptr;
  }

  // Reads a fraction phrase `a half`, `one third`, `three quarters`, `two fifths` at i.
  bool read_fraction(std::size_t i, double& value, std::size_t& end) const {
    std::size_t j = i;
    double num = 0;
    if (is_a(j)) {
      num = 1;
      ++j;
    } else {
      const detail::NumberWord* w = numword(j);
      if (!w || w->cls == NumClass::scale || w->cls == NumClass::hundred ||
          w->cls == NumClass::dozen)
        return false;
      num = w->value;
      ++j;
      if (w->cls == NumClass::tens) {
        std::size_t k = j;
        if (kind(k) == AK::dash) ++k;
        const detail::NumberWord* u = numword(k);
        if (u && u->cls == NumClass::unit && u->value > 0 && !ordword(k)) {
          num += u->value;
          j = k + 1;
        }
      }
    }
    if (kind(j) == AK::dash && glued(j)) ++j;
    const detail::OrdinalWord* o = ordword(j);
    if (!o || o->value <= 1) return false;
    double den = o->value;
    std::size_t e = j + 1;
    // compound denominators: `twenty-fifth`
    if (!o->plural && o->cls == NumClass::tens) {
      // `twenty` is a cardinal, so this branch is for `twentieth`; nothing to add
    }
    value = num / den;
    end = e;
    return true;
  }

  // Reads a cardinal phrase starting at atom i. Returns false if none.
  bool read_number(std::size_t i, Num& n, bool money_context) const;

  // The exponent written after atom `ten` (a `10`), glued to it: `^-19`, `^6`, superscripts
  // (`²³`, `⁻⁸`), and after a times sign (`dash_ok`) a minus alone (`×10−8`, `×10-4`). Sets
  // `ex` and returns the atom after the exponent, or 0 when there is none.
  std::size_t ten_exponent(std::size_t ten, bool dash_ok, double& ex) const {
    std::size_t e = ten + 1;
    if (e >= at_.size() || !glued(e)) return 0;
    bool neg = false;
    if (txt(e) == "^"sv || (dash_ok && at_[e].kind == AK::dash)) {
      if (txt(e) == "^"sv) ++e;
      while (e < at_.size() && glued(e) && (at_[e].kind == AK::dash || txt(e) == "+"sv)) {
        if (at_[e].kind == AK::dash) neg = !neg;
        ++e;
      }
      if (e >= at_.size() || !glued(e) || at_[e].kind != AK::number) return 0;
      const DigitRead x = detail::read_digits(txt(e));
      if (x.form != DigitForm::plain || x.decimals || x.separators || std::fabs(x.value) > 300)
        return 0;
      ex = neg ? -x.value : x.value;
      return e + 1;
    }
    // superscript signs and digits, one atom or several glued
    double v = 0;
    int digits = 0;
    for (; e < at_.size() && glued(e) && at_[e].kind != AK::word && at_[e].kind != AK::number;
         ++e) {
      const std::string_view s = txt(e);
      std::size_t k = 0;
      while (k + 1 < s.size()) {
        const unsigned char b0 = static_cast<unsigned char>(s[k]),
                            b1 = static_cast<unsigned char>(s[k + 1]);
        int d = -1;
        if (b0 == 0xC2 && (b1 == 0xB2 || b1 == 0xB3 || b1 == 0xB9)) {
          d = b1 == 0xB9 ? 1 : b1 - 0xB0;  // ¹ ² ³
          k += 2;
        } else if (b0 == 0xE2 && b1 == 0x81 && k + 2 < s.size()) {
          const unsigned char b2 = static_cast<unsigned char>(s[k + 2]);
          if (b2 == 0xBB && digits == 0 && !neg) {
            neg = true;  // ⁻
          } else if (b2 == 0xB0 || (b2 >= 0xB4 && b2 <= 0xB9)) {
            d = b2 - 0xB0;  // ⁰ ⁴ … ⁹
          } else {
            break;
          }
          k += 3;
        } else {
          break;
        }
        if (d >= 0) v = v * 10 + d, ++digits;
      }
      if (k != s.size() || digits > 3) return 0;  // not superscripts only
    }
    if (digits == 0) return 0;
    ex = neg ? -v : v;
    return e;
  }

  // Reads the digits of atom i (merging `1 234 567` groups); false if not a number.
  bool read_digit_atom(std::size_t i, DigitRead& r, std::size_t& end) const {
    r = detail::read_digits(txt(i));
    end = i + 1;
    if (r.form == DigitForm::invalid) return false;
    // most numbers end before a spaced atom that is no number and no times sign, and are not
    // `10`: none of the forms below (each needs a number after, a glued atom, a times sign or
    // a ten) can follow
    if (txt(i) != "10"sv &&
        (end >= at_.size() || (at_[end].space && at_[end].kind != AK::number && txt(end) != "x"sv &&
                               txt(end) != "\xC3\x97"sv && txt(end) != "*"sv)))
      return true;
    // thousands groups written with spaces: `1 234 567`, `40 000`
    if (r.form == DigitForm::plain && !r.separators && !r.decimals && r.int_digits <= 3 &&
        !r.negative) {
      std::size_t k = end;
      double v = r.value;
      int groups = 0;
      while (k < at_.size() && at_[k].kind == AK::number && at_[k].space) {
        std::string_view s = txt(k);
        std::size_t dot = s.find('.');
        std::string_view ip = s.substr(0, dot);
        if (ip.size() != 3 || !std::all_of(ip.begin(), ip.end(), is_digit)) break;
        // the gap must be a single space-like separator
        offset_t gap_b = at_[k - 1].span.end, gap_e = at_[k].span.begin;
        std::string_view gap = text_.substr(gap_b, gap_e - gap_b);
        if (gap != " "sv && gap != "\xC2\xA0"sv && gap != "\xE2\x80\xAF"sv &&
            gap != "\xE2\x80\x89"sv)
          break;
        DigitRead g = detail::read_digits(s);
        if (g.form != DigitForm::plain) break;
        v = v * 1000 + g.value;
        ++groups;
        ++k;
        if (dot != std::string_view::npos) break;
      }
      // `1 234` could also be two numbers; only merge with a non-breaking space or 2+ groups
      if (groups >= 2 || (groups == 1 && text_.substr(at_[end].span.begin - 1, 1) != " "sv)) {
        r.value = v;
        r.separators = true;
        r.decimals = txt(k - 1).find('.') != std::string_view::npos;
        end = k;
      } else if (groups == 1) {
        std::string_view prev_gap =
            text_.substr(at_[i].span.begin >= 2 ? at_[i].span.begin - 2 : 0, 2);
        (void)prev_gap;
        // plain space between 1-3 digits and 3 digits: `40 000`, merge only when the
        // second group is followed by nothing numeric and the first is not a year/count
        // with its own noun (rare); we merge for 3-digit second groups of zeros or when
        // the first group is at the start of the sentence.
        std::string_view s2 = txt(end);
        if (s2 == "000"sv || i == 0) {
          r.value = v;
          r.separators = true;
          end = end + 1;
        }
      }
    }
    // `USD1` `,` `700` (a code glued to digits, then the rest of the number)
    if (r.form == DigitForm::plain && !r.separators && !r.decimals && r.int_digits <= 3 &&
        end + 1 < at_.size() && txt(end) == ","sv && glued(end) && glued(end + 1) &&
        at_[end + 1].kind == AK::number) {
      std::string_view s = txt(end + 1);
      bool three = s.size() >= 3 && std::all_of(s.begin(), s.begin() + 3, is_digit) &&
                   (s.size() == 3 || !is_digit(s[3]));
      bool lakh = s.size() >= 6 && is_digit(s[0]) && is_digit(s[1]) && s[2] == ',';
      if (three || lakh) {
        Span sp{at_[i].span.begin, at_[end + 1].span.end};
        DigitRead m = detail::read_digits(text_of(text_, sp));
        if (m.form == DigitForm::plain) {
          r = m;
          end += 2;
        }
      }
    }
    // powers: `1.1^23`, `2.5^-1`, `1.3x10^6`, `6.23x10^-4`
    if (r.form == DigitForm::plain && end + 1 < at_.size() && glued(end) && glued(end + 1)) {
      std::size_t k = end;
      bool times_ten = false;
      if ((txt(k) == "x"sv || txt(k) == "\xC3\x97"sv) && k + 2 < at_.size() &&
          txt(k + 1) == "10"sv && glued(k + 2) && txt(k + 2) == "^"sv) {
        times_ten = true;
        k += 2;
      }
      if (txt(k) == "^"sv && k + 1 < at_.size() && glued(k + 1)) {
        std::size_t e = k + 1;
        bool neg = false;
        while (e < at_.size() && glued(e) &&
               (txt(e) == "-"sv || txt(e) == "+"sv || txt(e) == "--"sv)) {
          if (txt(e) != "+"sv) neg = !neg;
          ++e;
        }
        if (e < at_.size() && at_[e].kind == AK::number && glued(e)) {
          DigitRead x = detail::read_digits(txt(e));
          if (x.form == DigitForm::plain && std::fabs(x.value) <= 300) {
            double ex = x.value;
            if (neg) ex = -ex;
            double v = times_ten ? r.value * std::pow(10.0, ex)
                                 : (r.value < 0 ? -std::pow(-r.value, ex) : std::pow(r.value, ex));
            if (std::isfinite(v)) {
              r.value = v;
              r.decimals = true;
              end = e + 1;
            }
          }
        }
      }
    }
    // scientific notation in other hands: `2.998×10−8`, `3×10-4`, `6.02×10²³`, `1.6 x 10^-19`
    // (a space on both sides of the sign or on neither), and a power of ten alone: `10⁻⁸`
    if (r.form == DigitForm::plain && !r.separators) {
      double ex = 0;
      std::size_t e = 0;
      if (end + 1 < at_.size() && at_[end].space == at_[end + 1].space &&
          (txt(end) == "x"sv || txt(end) == "\xC3\x97"sv || txt(end) == "*"sv) &&
          txt(end + 1) == "10"sv && (e = ten_exponent(end + 1, true, ex)) != 0) {
        // (a division for a negative power: 1.6 / 10^19 rounds to 1.6e-19, 1.6 * 10^-19 not)
        r.value = ex < 0 ? r.value / std::pow(10.0, -ex) : r.value * std::pow(10.0, ex);
      } else if (end == i + 1 && txt(i) == "10"sv && (e = ten_exponent(i, false, ex)) != 0) {
        r.value = std::pow(10.0, ex);
      }
      if (e != 0 && std::isfinite(r.value)) {
        r.decimals = true;
        end = e;
      }
    }
    // exponent glued: `1` `e10`, `12.32` `e` `+` `14`
    if (r.form == DigitForm::plain && end < at_.size() && glued(end) && at_[end].kind == AK::word) {
      std::string_view s = txt(end);
      if (s.size() >= 2 && (s[0] == 'e' || s[0] == 'E') && is_digit(s[1])) {
        Span sp{at_[i].span.begin, at_[end].span.end};
        DigitRead m = detail::read_digits(text_of(text_, sp));
        if (m.form == DigitForm::plain) {
          r = m;
          end += 1;
        }
      } else if (s.size() == 1 && (s[0] == 'e' || s[0] == 'E') && end + 1 < at_.size() &&
                 glued(end + 1) && at_[end + 1].kind == AK::number) {
        Span sp{at_[i].span.begin, at_[end + 1].span.end};
        DigitRead m = detail::read_digits(text_of(text_, sp));
        if (m.form == DigitForm::plain) {
          r = m;
          end += 2;
        }
      } else if (s.size() == 1 && (s[0] == 'e' || s[0] == 'E') && end + 2 < at_.size() &&
                 glued(end + 1) && glued(end + 2) && at_[end + 2].kind == AK::number &&
                 (txt(end + 1) == "+"sv || txt(end + 1) == "-"sv)) {
        Span sp{at_[i].span.begin, at_[end + 2].span.end};
        DigitRead m = detail::read_digits(text_of(text_, sp));
        if (m.form == DigitForm::plain) {
          r = m;
          end += 3;
        }
      }
    }
    return true;
  }

 private:
  const ClaimLexicon& lx_;
  std::string_view text_;
  AtomSpan at_;
  // per-atom bits (bit 0: looked up; 1-7: word classes of the extractor; 8-31: the lexicon
  // sets holding the atom, detail::WordFlag), filled on demand: the caller's vector, an
  // entry per atom
  struct Memo {
    std::uint64_t* p = nullptr;
    std::uint64_t& operator[](std::size_t i) const { return p[i]; }
  };
  Memo memo_;
  const WordBits* classes_ = nullptr;
  // The thread's answers of `classes_` for words of up to eight bytes, from every sentence
  // before (the same words come back: `the`, `of`, `mln`, `said`): 2^kCacheBits entries of
  // two words, the word's first_eight and its value with the length in the top byte (zero:
  // an empty entry), at the hash's top bits. A hit reads 16 bytes of a 16 KB block instead of
  // a slot and a row of the table's, which hold 4,000 words.
  static constexpr unsigned kCacheBits = 10;
  static constexpr std::size_t kCacheWords = std::size_t{2} << kCacheBits;
  std::uint64_t* cache_ = nullptr;

  // the memo's lookup: one case-folded table for every class and set (word classes only for
  // word atoms); bit 0 always set. Out of line: most calls ask about an atom already seen.
  // (i is below the atom count: bits tested it)
  [[gnu::noinline]] std::uint64_t lookup_bits(std::size_t i) const {
    std::uint64_t f = 1;
    const Atom& a = at_[i];
    const std::string_view w(text_.data() + a.span.begin, a.span.size());
    const std::size_t avail = text_.size() - a.span.begin;
    std::uint64_t x, h;
    if (w.size() - 1 < 15 && avail >= 8) {
      // (most atoms: the hash's per-length terms from make_atoms's table, no branch on them)
      const WordShape& ws = kWordShapes.s[w.size()];
      std::memcpy(&x, w.data(), 8);
      x &= ws.mask8;
      h = ((x | ws.fold) ^ ws.len_term) * 0x9E3779B97F4A7C15ull;
      if (w.size() <= 8) {
        // (a word of up to eight bytes: its bytes as written are x, the cache's key)
        std::uint64_t* const e = cache_ + 2 * static_cast<std::size_t>(h >> (64 - kCacheBits));
        std::uint64_t v = e[1];
        if (e[0] != x || (v >> 56) != w.size()) {
          const std::uint64_t* b = classes_->find_hashed(w, x, h);
          v = (b ? *b : 0) | (static_cast<std::uint64_t>(w.size()) << 56);
          e[0] = x;
          e[1] = v;
        }
        v &= (std::uint64_t{1} << 56) - 1;
        f |= a.kind == AK::word ? v : (v & ~std::uint64_t{0xFF});
        memo_[i] = f;
        return f;
      }
    } else {
      x = first_eight(w, avail);
      h = detail::word_filter_hash_masked(x, w.size());
    }
    if (const std::uint64_t* b = classes_->find_hashed(w, x, h))
      f |= a.kind == AK::word ? *b : (*b & ~std::uint64_t{0xFF});
    memo_[i] = f;
    return f;
  }

 public:
  // `m` holds the cache (kept from one sentence to the next; new entries are zero, empty),
  // then the memo. Every Scanner's `classes` is the one shared table, the cache's source.
  void set_memo(std::vector<std::uint64_t>& m, const WordBits& classes) {
    if (m.size() < kCacheWords + at_.size()) m.resize(kCacheWords + at_.size());
    // (cleared by memset: assign's fill loop stored one entry at a time)
    std::memset(m.data() + kCacheWords, 0, at_.size() * sizeof(std::uint64_t));
    cache_ = m.data();
    memo_ = Memo{m.data() + kCacheWords};
    classes_ = &classes;
  }
  // The memoised bits of atom i (0 past the end): one lookup per atom and sentence, when a
  // rule first asks.
  // (the memo has an entry per atom: the atoms' count bounds it, the test word_class and
  // the accessors make, which the compiler then makes once)
  CLAIMEX_HOT_INLINE std::uint64_t bits(std::size_t i) const {
    if (i >= at_.size()) return 0;
    const std::uint64_t m = memo_[i];
    if (m & 1u) return m;
    return lookup_bits(i);
  }
  // Whether atom i's text is in the lexicon set of flag f (`lx.months.contains(txt(i))`).
  CLAIMEX_HOT_INLINE bool in(std::size_t i, detail::WordFlag f) const { return (bits(i) & f) != 0; }
};

// The cardinal reader: digits and words with scales, `and`, fractions, `point` decimals.
bool Scanner::read_number(std::size_t i, Num& n, bool money_context) const {
  n = Num{};
  n.a = i;
  // only digits, a starter word or a fraction sign start a phrase (many callers ask about
  // the atom after a number or unit, which is most often none of them)
  if (kind(i) == AK::word ? !at_[i].starter
                          : kind(i) != AK::number && kind(i) != AK::symbol && kind(i) != AK::other)
    return false;
  std::size_t j = i;
  double total = 0, cur = 0, last_scale = kInf;
  bool any = false;
  NumClass prev = NumClass::scale;
  bool prev_digits = false, prev_is_none = true;
  bool a_start = false;
  // the number read is the ordinal `value`, ending before atom `end`
  auto ordinal = [&n](double value, std::size_t end) {
    n.value = value;
    n.high = value;
    n.b = end;
    n.ordinal = true;
    n.form = DigitForm::ordinal;
    n.words = true;
    return true;
  };

  // leading `a`/`an` (`a dozen`, `a hundred`, `a half`, `a third`, `a million`)
  if (is_a(j)) {
    std::size_t k = j + 1;
    const detail::NumberWord* w = numword(k);
    const detail::OrdinalWord* o = ordword(k);
    bool ok =
        (w &&
         (w->cls == NumClass::hundred || w->cls == NumClass::scale || w->cls == NumClass::dozen) &&
         !(txt(k).back() == 's' || txt(k).back() == 'S')) ||
        (o && o->value > 1 && !o->plural &&
         (o->cls != NumClass::unit || o->value == 2 || o->value == 3 || o->value == 4 || true));
    if (!ok && w && w->cls == NumClass::tens) {
      std::size_t k2 = k + 1;
      if (k2 < at_.size() && at_[k2].kind == AK::dash) ++k2;
      const detail::OrdinalWord* od = ordword(k2);
      if (od && od->value < 10 && od->value >= 1 && !od->plural) {
        n.value = 1 / (w->value + od->value);
        n.high = n.value;
        n.b = k2 + 1;
        n.fraction = true;
        n.words = true;
        return true;
      }
    }
    if (!ok) return false;
    // `a second` / `a first` are not fractions
    if (o && (o->value == 1 || ieq(txt(k), "second"))) return false;
    cur = 1;
    any = true;
    a_start = true;
    n.words = true;
    prev = NumClass::unit;
    prev_is_none = false;
    j = k;
  } else if (word_is(j, "half") || word_is(j, "quarter")) {
    // `half a dozen`, `half million`, `quarter million`, `half` alone
    double v = word_is(j, "half") ? 0.5 : 0.25;
    std::size_t k = j + 1;
    if (is_a(k) && numword(k + 1) &&
        (numword(k + 1)->cls == NumClass::dozen || numword(k + 1)->cls == NumClass::scale ||
         numword(k + 1)->cls == NumClass::hundred))
      ++k;
    const detail::NumberWord* w = numword(k);
    if (w &&
        (w->cls == NumClass::scale || w->cls == NumClass::dozen || w->cls == NumClass::hundred)) {
      n.value = v * w->value;
      n.high = n.value;
      n.b = k + 1;
      n.words = true;
      n.scaled = true;
      return true;
    }
    if (word_is(j, "quarter"))
      return false;  // `a quarter` handled above; `quarter` alone is a period
    // after an ordinal it is a period too: `in the first half`, `second-half sales`
    if (j > 0 && at_[j - 1].kind == AK::word && ordword(j - 1)) return false;
    n.value = 0.5;
    n.high = 0.5;
    n.b = j + 1;
    n.words = true;
    n.fraction = true;
    return true;
  }

  while (j < at_.size()) {
    AK k = at_[j].kind;
    if (k == AK::number) {
      if (!prev_is_none && !(prev == NumClass::hundred || prev == NumClass::scale)) break;
      // digits after a scale word continue the number: `4 thousand 3 hundred and 21`
      bool after_scale_word = !prev_is_none && prev == NumClass::scale && j > 0 &&
                              kind(j - 1) == AK::word && numword(j - 1) &&
                              numword(j - 1)->cls == NumClass::scale && at_[j].space;
      if (after_scale_word) {
        DigitRead r2 = detail::read_digits(txt(j));
        after_scale_word = r2.form == DigitForm::plain && !r2.decimals && !r2.separators &&
                           !r2.negative && r2.value >= 1 && r2.value < 1000 &&
                           r2.value < last_scale;
      }
      if (!prev_is_none && prev_digits && !after_scale_word) break;
      DigitRead r;
      std::size_t e;
      if (!read_digit_atom(j, r, e)) break;
      if (r.form != DigitForm::plain && r.form != DigitForm::fraction) {
        if (prev_is_none) {
          n.form = r.form;
          n.value = r.value;
          n.high = r.value;
          n.b = e;
          n.digits = true;
          n.int_digits = r.int_digits;
          n.ordinal = r.form == DigitForm::ordinal;
          return true;
        }
        break;
      }
      if (!prev_is_none && (r.value >= last_scale || r.negative)) break;
      if (!prev_is_none && prev == NumClass::hundred && r.value >= 100) break;
      cur += r.value;
      n.digits = true;
      n.separators = n.separators || r.separators;
      n.decimals = n.decimals || r.decimals;
      n.signed_plus = r.signed_plus;
      if (prev_is_none) n.int_digits = r.int_digits;
      if (r.form == DigitForm::fraction) n.fraction = true;
      any = true;
      prev = r.value < 10 ? NumClass::unit : r.value < 20 ? NumClass::teen : NumClass::tens;
      prev_digits = true;
      prev_is_none = false;
      j = e;
      // mixed fraction `2 1/2`, `2½`, `2 ½`
      if (r.form == DigitForm::plain && !r.decimals && j < at_.size()) {
        std::size_t fl = 0;
        double fv = detail::vulgar_fraction(txt(j), fl);
        if (fv > 0 && fl == txt(j).size()) {
          cur += cur < 0 ? -fv : fv;
          n.fraction = true;
          ++j;
        } else if (at_[j].kind == AK::number && at_[j].space) {
          DigitRead f = detail::read_digits(txt(j));
          if (f.form == DigitForm::fraction && !f.negative) {
            cur += cur < 0 ? -f.value : f.value;
            n.fraction = true;
            ++j;
          }
        }
      }
      // glued scale suffix `10k`, `2.5bn`, `1.2M`
      if (j < at_.size() && at_[j].kind == AK::word && glued(j)) {
        std::string_view s = txt(j);
        const double* sc = lx_.scale_glued.find(s);
        bool is_m = s == "m"sv || s == "mm"sv;
        bool is_g = s == "G"sv;
        if (sc && is_m && !money_context) sc = nullptr;  // metres unless money (decided later)
        if (sc && is_g && !r.decimals && r.value <= 6) sc = nullptr;  // 5G
        if (sc && (s == "b"sv || s == "B"sv) && !money_context && !r.decimals && r.value < 10 &&
            false)
          sc = nullptr;
        if (sc && s == "T"sv && !money_context) sc = nullptr;
        if (sc) {
          // a glued single letter followed by a word is a name (`13F filing`), not a scale
          bool word_after = j + 1 < at_.size() && at_[j + 1].kind == AK::word && at_[j + 1].cap &&
                            s.size() == 1 && !money_context;
          if (!word_after) {
            cur = scaled(cur, *sc);
            n.scaled = true;
            n.scale_factor = *sc;
            last_scale = *sc;
            total += cur;
            cur = 0;
            prev = NumClass::scale;
            prev_digits = true;
            ++j;
          }
        }
      }
      continue;
    }
    if (k == AK::word) {
      std::string_view s = txt(j);
      if (ieq(s, "and") && any) {
        // `one hundred and six`, `one and a half`, `twenty and three fifths`
        std::size_t nx = j + 1;
        bool hyphened = j > 0 && kind(j - 1) == AK::dash;  // `one-and-a-half`
        if (hyphened && kind(nx) == AK::dash && glued(nx)) ++nx;
        double fv = 0;
        std::size_t fe = 0;
        // a proper fraction only (`one and three fifths`); `one hundred and thirty fifths`
        // divides the whole phrase (below)
        if (read_fraction(nx, fv, fe) && fv < 1) {
          // a scale after the fraction: `five and a half million`, `one billion and a
          // quarter million`
          const detail::NumberWord* sw = numword(fe);
          double base = total + cur;
          if (sw && sw->cls == NumClass::scale) {
            if (last_scale == kInf) {
              n.value = (base + fv) * sw->value;
            } else {
              n.value = base + fv * sw->value;
            }
            fe += 1;
          } else if (last_scale != kInf && last_scale >= 1000) {
            n.value = base + fv * last_scale;
          } else {
            n.value = base + fv;
          }
          n.high = n.value;
          n.b = fe;
          n.words = true;
          n.fraction = true;
          return true;
        }
        // `twenty and three` = 23 (not in `between twenty and three`)
        if (prev == NumClass::tens && !prev_digits && std::fmod(cur, 10.0) == 0 && numword(nx) &&
            numword(nx)->cls == NumClass::unit && numword(nx)->value > 0 && !ordword(nx + 1) &&
            !(i > 0 && (word_is(i - 1, "between") || word_is(i - 1, "from")))) {
          cur += numword(nx)->value;
          prev = NumClass::unit;
          j = nx + 1;
          continue;
        }
        // `one hundred and fifth` = 105th
        if (prev == NumClass::hundred && !prev_digits && !numword(nx) && ordword(nx) &&
            !ordword(nx)->plural && ordword(nx)->value >= 1 && ordword(nx)->value < 100 &&
            !word_is(nx, "second")) {
          return ordinal(total + cur + ordword(nx)->value, nx + 1);
        }
        if (prev == NumClass::hundred || prev == NumClass::scale) {
          // a compound ordinal: `one hundred and fifth`, `two thousand and first`
          const detail::OrdinalWord* od = ordword(nx);
          if (od && !od->plural && !numword(nx) && od->value < 100 && !prev_digits &&
              (od->cls == NumClass::unit || od->cls == NumClass::teen ||
               od->cls == NumClass::tens)) {
            return ordinal(total + cur + od->value, nx + 1);
          }
          const detail::NumberWord* w = numword(nx);
          bool digit_next = kind(nx) == AK::number;
          if (!w && !digit_next) break;
          if (w && (w->cls == NumClass::scale || w->cls == NumClass::dozen)) break;
          if (w && w->value == 0) break;
          if (digit_next) {
            DigitRead r = detail::read_digits(txt(nx));
            if (r.form != DigitForm::plain || r.value == 0 || r.decimals) break;
          }
          // `3 hundred and 2 hundred` are two numbers
          std::size_t after = nx + 1;
          if (w && w->cls == NumClass::tens) {
            if (kind(after) == AK::dash) ++after;
            if (numword(after) && numword(after)->cls == NumClass::unit) ++after;
          }
          if (numword(after) && numword(after)->cls == NumClass::hundred &&
              (cur >= 100 || prev == NumClass::hundred))
            break;
          if (numword(after) && numword(after)->cls == NumClass::scale && total == 0 &&
              cur < 1000 && prev == NumClass::hundred) {
            // `two hundred and two thousand` = (200 + 2) * 1000
          }
          j = nx;
          prev_is_none = false;
          prev = NumClass::scale;  // anything may follow
          prev_digits = false;
          continue;
        }
        break;
      }
      if (ieq(s, "point") && any && last_scale == kInf) {
        // `two hundred point zero three`, `nine point nought four`
        std::size_t q = j + 1;
        double frac = 0, place = 0.1;
        bool got = false, digits_after = false;
        // digits after digits, spoken as written: `1 point 05` is 1.05 (not after a word: `at
        // one point 20 people`)
        if (q < at_.size() && kind(q) == AK::number && !n.decimals && prev_digits && !n.words) {
          const std::string_view d = txt(q);
          if (d.size() <= 9 && d.find_first_not_of("0123456789") == std::string_view::npos) {
            for (char ch : d) {
              frac += (ch - '0') * place;
              place /= 10;
            }
            got = digits_after = true;
            ++q;
          }
        }
        while (!digits_after && q < at_.size()) {
          const detail::NumberWord* w = numword(q);
          if (!w) break;
          if (w->cls == NumClass::unit) {
            frac += w->value * place;
            place /= 10;
          } else if (w->cls == NumClass::teen || w->cls == NumClass::tens) {
            double v = w->value;
            std::size_t q2 = q + 1;
            if (w->cls == NumClass::tens) {
              if (kind(q2) == AK::dash && glued(q2)) ++q2;
              const detail::NumberWord* u = numword(q2);
              if (u && u->cls == NumClass::unit && u->value > 0) {
                v += u->value;
                q = q2;
              }
            }
            frac += v * place / 10;
            place /= 100;
          } else {
            break;
          }
          got = true;
          ++q;
        }
        if (!got) break;
        cur += frac;
        n.decimals = true;
        j = q;
        prev = NumClass::unit;
        continue;
      }
      const detail::NumberWord* w = numword(j);
      const detail::OrdinalWord* o = ordword(j);
      if (!w && o && any && prev_digits && (!o->plural || cur >= 100))
        break;  // `1988 third quarter`
      if (!w && o && any) {
        // fraction denominators and compound ordinals: `two thirds`, `twenty-first`,
        // `one hundred twenty fifth`, `three trillionth`
        double numer = cur;
        bool single = numer == 1 && total == 0;
        bool compound_ord = !o->plural && (prev == NumClass::tens || prev == NumClass::hundred) &&
                            o->cls != NumClass::scale && o->cls != NumClass::hundred &&
                            o->value < 10 && !a_start;
        if (compound_ord && !(prev == NumClass::tens && o->value >= 10)) {
          return ordinal(total + cur + o->value, j + 1);
        }
        if (!o->plural && !single && (o->cls == NumClass::scale || o->cls == NumClass::hundred)) {
          return ordinal((total + cur) * o->value, j + 1);
        }
        if (ieq(s, "second") || ieq(s, "seconds") || ieq(s, "first") || ieq(s, "firsts")) {
          if (!(prev == NumClass::tens && !prev_digits)) break;  // `3 seconds` is a duration
          if (o->plural) break;  // (`twenty seconds` too: no halves)
        }
        if (o->value <= 1 && !(prev == NumClass::tens)) break;
        double den = o->value;
        if (prev == NumClass::tens && !prev_digits && o->value < 10) {
          // `twenty fifths` = 20/5, `one hundred and thirty fifths` = 130/5: the tens word
          // starts the phrase or follows `and`; right after a hundred or scale it joins the
          // denominator (`one hundred thirty fifths` = 100/35); else cannot tell
          if (!o->plural) break;
          std::size_t tw = j - 1;
          if (tw > i && kind(tw) == AK::dash) --tw;
          bool starts = tw == i || word_is(tw - 1, "and");
          const detail::NumberWord* tv = numword(tw);
          if (!tv || tv->cls != NumClass::tens) break;
          bool joined = !starts && tw > i &&
                        (numword(tw - 1) && (numword(tw - 1)->cls == NumClass::hundred ||
                                             numword(tw - 1)->cls == NumClass::scale));
          if (!starts && !joined) break;
          double whole = total + cur;
          n.value = joined ? (whole - tv->value) / (tv->value + den) : whole / den;
          n.high = n.value;
          n.b = j + 1;
          n.fraction = true;
          n.words = true;
          return true;
        }
        if (numer == 0 && !(o->plural && total > 0)) break;
        // a plural denominator divides the whole phrase: `one million two thousand two
        // hundred three fifths`, `a hundred thousand trillionths`
        double frac = o->plural ? (total + numer) / den : numer / den;
        n.value = o->plural ? frac : total + frac;
        n.b = j + 1;
        // `two thirds of a million`
        if (word_is(n.b, "of") && is_a(n.b + 1) && numword(n.b + 2) &&
            numword(n.b + 2)->cls == NumClass::scale) {
          n.value = frac * numword(n.b + 2)->value + total;
          n.b += 3;
        } else if (numword(n.b) && numword(n.b)->cls == NumClass::scale &&
                   !(txt(n.b).back() == 's')) {
          n.value = (total + frac) * numword(n.b)->value;
          n.b += 1;
        }
        n.high = n.value;
        n.fraction = true;
        n.words = true;
        return true;
      }
      if (!w) {
        // a glued hyphen between number words: `twenty-one`, `fifty - two`
        break;
      }
      std::string_view low = s;
      bool plural = !low.empty() && (low.back() == 's' || low.back() == 'S') &&
                    w->cls != NumClass::unit && w->cls != NumClass::teen;
      if (plural && w->cls != NumClass::dozen) {
        // `hundreds`, `thousands` after a number: `322 hundred` yes, `3 thousands` rare
        if (!any) break;
        if (!(prev_digits || prev == NumClass::unit || prev == NumClass::teen ||
              prev == NumClass::tens ||
              (w->cls == NumClass::scale &&
               (prev == NumClass::hundred || prev == NumClass::scale))))
          break;
      }
      switch (w->cls) {
        case NumClass::unit:
        case NumClass::teen:
        case NumClass::tens:
          if (!prev_is_none) {
            bool ok = (prev == NumClass::tens && !prev_digits && w->cls == NumClass::unit &&
                       std::fmod(cur, 100.0) != 0 && std::fmod(cur, 10.0) == 0 && w->value > 0) ||
                      prev == NumClass::hundred || prev == NumClass::scale;
            if (prev == NumClass::hundred && std::fmod(cur, 100.0) != 0) ok = false;
            if (w->value >= last_scale) ok = false;
            if (!ok && w->cls == NumClass::tens && cur > 0 && total == 0) {
              std::size_t k2 = j + 1;
              if (k2 < at_.size() && at_[k2].kind == AK::dash) ++k2;
              const detail::OrdinalWord* od = ordword(k2);
              if (od && od->value < 10 && od->value >= 1 && (od->plural || cur == 1)) {
                n.value = cur / (w->value + od->value);
                n.high = n.value;
                n.b = k2 + 1;
                n.fraction = true;
                n.words = true;
                return true;
              }
            }
            if (!ok) goto done;
          }
          if (w->value == 0 && !prev_is_none) goto done;
          cur += w->value;
          prev = w->cls;
          prev_digits = false;
          break;
        case NumClass::hundred:
          // bare `hundred` only before a scale (`hundred thousand dollars`); else `a hundred`
          if (prev_is_none && !(numword(j + 1) && numword(j + 1)->cls == NumClass::scale &&
                                !(txt(j).back() == 's' || txt(j).back() == 'S')))
            goto done;
          if (prev == NumClass::hundred) goto done;
          if (!prev_digits && cur >= 100) goto done;
          cur = (cur == 0 ? 1 : cur) * 100;
          prev = NumClass::hundred;
          break;
        case NumClass::scale:
          if (prev_is_none) goto done;
          if (cur == 0 && total > 0 && w->value > last_scale) {
            total = scaled(total, w->value);  // `three lakh crore`
          } else if (w->value < last_scale) {
            total += scaled(cur == 0 ? 1 : cur, w->value);
          } else {
            total = scaled(total + cur, w->value);
          }
          cur = 0;
          last_scale = w->value;
          n.scaled = true;
          n.scale_factor = w->value;
          prev = NumClass::scale;
          break;
        case NumClass::dozen:
          if (prev_is_none) goto done;
          if (cur > 100 && std::fmod(cur, 100.0) > 0) {
            // `three hundred and two dozens` = 300 + 2 * 12
            double below = std::fmod(cur, 100.0);
            cur = cur - below + below * 12;
          } else {
            cur = (cur == 0 ? 1 : cur) * 12;
          }
          prev = NumClass::scale;
          last_scale = 12;
          break;
      }
      any = true;
      n.words = true;
      prev_is_none = false;
      ++j;
      // hyphen inside `twenty-one`, `fifty - two`
      if (j + 1 < at_.size() && at_[j].kind == AK::dash && prev == NumClass::tens) {
        const detail::NumberWord* u = numword(j + 1);
        const detail::OrdinalWord* uo = ordword(j + 1);
        if ((u && u->cls == NumClass::unit && u->value > 0) || (uo && uo->value < 10)) ++j;
      }
      // `hundred-fifths`, `one - fourth`
      if (j + 1 < at_.size() && at_[j].kind == AK::dash && ordword(j + 1) &&
          ordword(j + 1)->value > 1 && !ieq(txt(j + 1), "second") && !ieq(txt(j + 1), "seconds"))
        ++j;
      continue;
    }
    // `one-and-a-half`: a glued dash before `and` and a fraction (read by `and` above)
    if (k == AK::dash && any && glued(j) && word_is(j + 1, "and") && glued(j + 1)) {
      std::size_t nx = j + 2;
      if (kind(nx) == AK::dash && glued(nx)) ++nx;
      double fv = 0;
      std::size_t fe = 0;
      if (read_fraction(nx, fv, fe) && fv < 1) {
        ++j;
        continue;
      }
    }
    if (k == AK::symbol || k == AK::other) {
      std::size_t fl = 0;
      double fv = detail::vulgar_fraction(txt(j), fl);
      if (fv > 0 && fl == txt(j).size() && !any) {
        cur = fv;
        any = true;
        n.fraction = true;
        ++j;
        prev = NumClass::scale;
        prev_is_none = false;
        continue;
      }
    }
    // a scale word written apart after digits: `2.5 billion`, `10 bln`, `1,674.5 G`
    break;
  }
done:
  if (!any) return false;
  n.value = total + cur;
  n.high = n.value;
  n.b = j;
  // a numerator in words before a spelled denominator: `one one-hundredth`, `three
  // one-thousandths`, `one one hundred fifth` (1/105); the denominator ends within a few
  // atoms, so the nested read is bounded
  if (n.words && !n.digits && !n.scaled && !n.fraction && !n.decimals && !n.ordinal &&
      n.value >= 1 && n.value < 1000 && std::floor(n.value) == n.value && j < at_.size() &&
      at_[j].space && numword(j)) {
    bool ord_near = false;
    for (std::size_t q = j + 1; q < at_.size() && q <= j + 6 && !ord_near; ++q)
      ord_near = ordword(q) != nullptr;
    Num d;
    if (ord_near && read_number(j, d, false) && d.words && !d.digits && d.b <= j + 7) {
      bool second = ieq(txt(d.b - 1), "second") || ieq(txt(d.b - 1), "seconds");
      if (d.ordinal && d.value >= 3 && !second) {
        n.value /= d.value;
        n.fraction = true;
        n.b = d.b;
      } else if (d.fraction && ieq(txt(j), "one") && d.value > 0 && d.value < 1) {
        n.value *= d.value;
        n.fraction = true;
        n.b = d.b;
      }
      n.high = n.value;
      if (n.fraction) return true;
    }
  }
  // spaced scale words after digits (`10 bln`, `2.33 k`, `1,674.5 G`), and the abbreviated
  // ones after number words (`six mln`, `two bln`: the words' scales, `million`, are read above)
  if ((n.digits || (n.words && !n.fraction && !n.ordinal && !numword(j))) && j < at_.size() &&
      at_[j].kind == AK::word && at_[j].space && last_scale == kInf &&
      (n.digits || txt(j).size() > 1)) {
    std::string_view s = txt(j);
    const double* sc = in(j, detail::wf_scale_word) ? lx_.scale_words.find(s) : nullptr;
    // an abbreviation with the period that ends the sentence: `vs 4.1 mln.`
    if (!sc && s.size() >= 3 && s.back() == '.')
      sc = lx_.scale_words.find(s.substr(0, s.size() - 1));
    // a capital K alone is kelvin unless money is meant (`1300 K`, `5 K/min`; `$50 K`)
    if (sc && s == "K"sv && !money_context) sc = nullptr;
    // (one letter as one lookup in a string of the letters)
    const bool letter = s.size() == 1 && "kGMBKT"sv.find(s[0]) != std::string_view::npos;
    if (!sc && ((letter && s[0] != 'k' && s[0] != 'K') || s == "MM"sv))
      sc = lx_.scale_glued.find(s);
    if (sc && letter && j + 1 < at_.size() && at_[j + 1].kind == AK::word && !money_context)
      sc = nullptr;
    if (sc && !(s.back() == 's' && !n.decimals)) {
      n.value = scaled(n.value, *sc);
      n.high = n.value;
      n.scaled = true;
      n.scale_factor = *sc;
      n.b = j + 1;
    }
  }
  if (n.digits && !n.words && !n.scaled && !n.fraction && !n.decimals && !n.separators)
    n.plain_int = true;
  if (n.words && !n.digits && n.b == n.a + 1 && ieq(txt(n.a), "one")) n.pronoun_risk = true;
  return true;
}

// ----------------------------------------------------------------------------- extraction

/// The per-sentence vectors of extract, which a thread keeps from one document to the next
/// (their capacity, not their contents, but for the word cache at the head of `memo`): most
/// documents then allocate none of them.
struct SentenceBuffers {
  std::vector<Atom> atoms;
  std::vector<std::uint64_t> memo;   // the word cache, then the memo (Scanner::set_memo)
  std::vector<std::uint32_t> times;  // tokens that may name a time, of the whole document
  std::vector<Span> time_spans;      // detail::link_times's scratch
};

SentenceBuffers& thread_buffers() {
  thread_local SentenceBuffers buffers;
  return buffers;
}

/// A sentence of more atoms gives its buffers up (memory kept by a thread stays small).
constexpr std::size_t kKeepAtoms = 1u << 14;

struct Ctx {
  std::string_view text;
  const std::vector<Quote>* quotes;
  std::size_t quote_pos = 0;
};

}  // namespace

struct ClaimExtractor::Impl {
  explicit Impl(const ClaimOptions& o)
      : options(o), lx(detail::claim_lexicon()), classes(shared_classes()) {}
  ClaimOptions options;
  const ClaimLexicon& lx;
  // word → class bits (verb, stop, opener, …) and detail::WordFlag bits (the lexicon sets);
  // built once (thread-safe static initialisation) and shared by every extractor
  const WordBits& classes;
  static WordBits build_classes();
  static const WordBits& shared_classes() {
    static const WordBits table = build_classes();
    return table;
  }

  void sentence(std::string_view text, AtomSpan at, std::vector<Claim>& out,
                std::vector<std::uint64_t>& memo) const;
  // The last walk back to a clause start in a sentence: from atom `from` to `start` (with the
  // opener at `boundary`, or none: the atom count). A later walk from further right that
  // reaches `from` ends as it did (see concept_of).
  struct ClauseWalk {
    std::size_t from = static_cast<std::size_t>(-1), start = 0, boundary = 0;
  };
  Span concept_of(const Scanner& sc, AtomSpan at, std::size_t s_at, std::size_t end, const Claim& c,
                  bool lone_one, bool compound, const Claim* prev, ClauseWalk& walk,
                  Span* owner = nullptr, Span* counted_out = nullptr) const;
  bool is_verb(const Scanner& sc, std::size_t i) const;
  // A phrase right after a plural's possessive apostrophe takes its possessor in, as one
  // after `'s` does (`the brothers' fortune`, `U.S. electronic companies' sales`)
  void with_plural_possessor(const Scanner& sc, AtomSpan at, std::string_view text, Span& s) const;
  // a list of numbers closed by `respectively` takes the items of the list of nouns it pairs
  // with, in order (the sentence's claims from out[first])
  void respectively(const Scanner& sc, AtomSpan at, std::vector<Claim>& out,
                    std::size_t first) const;
  // bits past detail::WordFlag's: auxiliaries (kAux), prepositions (kPrepositions) and
  // nouns of a level (kLevelNouns)
  static constexpr std::uint64_t kAuxBit = std::uint64_t{1} << 40,
                                 kPrepositionBit = std::uint64_t{1} << 41,
                                 kLevelBit = std::uint64_t{1} << 42,
                                 kAdverbBit = std::uint64_t{1} << 43,
                                 kLyNounBit = std::uint64_t{1} << 44,
                                 kAdjectivalBit = std::uint64_t{1} << 45,
                                 kIrregularPastBit = std::uint64_t{1} << 46;
  static constexpr std::uint8_t kKnown = 1, kVerb = 2, kStop = 4, kOpener = 8, kDet = 16,
                                kChange = 32, kIntro = 64, kCountHead = 128;
  std::uint8_t word_class(const Scanner& sc, std::size_t i) const;
};

namespace {

// A concept (or owner) found by walking a clause never holds the cue of the report the
// number sits in: the rules see words, not reporting frames. `Researchers say the effect
// was seen at 1200 ppm` measures `the effect` (the part in the content), `Jyske Bank
// announced that it will charge a 0.6 per cent fee` is `Jyske Bank`'s (the part before).
void outside_report(std::string_view text, const Quote& q, Span& s) {
  if (!s.present() || !q.cue.present() || s.end <= q.cue.begin || s.begin >= q.cue.end) return;
  auto has_letter = [&](Span p) {
    for (offset_t i = p.begin; i < p.end && i < text.size(); ++i)
      if (static_cast<unsigned>(static_cast<unsigned char>(text[i] | 0x20) - 'a') < 26u)
        return true;
    return false;
  };
  // the part in the content when it has a word (not `⩽` before `1.6%`), else the part
  // before the cue, else nothing
  const Span after{std::max(s.begin, q.content.begin), s.end};
  Span before{s.begin, std::max(s.begin, q.cue.begin)};
  while (before.end > before.begin && (text[before.end - 1] == ' ' || text[before.end - 1] == ','))
    --before.end;
  // (a pronoun left alone names nothing: `I think` is no concept)
  if (q.content.begin >= q.cue.end && after.size() > 2 && has_letter(after))
    s = after;
  else if (before.size() > 2 && has_letter(before))
    s = before;
  else
    s = Span{};
  while (s.size() > 0 && (text[s.begin] == ' ' || text[s.begin] == ',')) ++s.begin;
}

// `easing`, `adding` (a lower-case word of five letters or more ending in `ing`)
bool ends_with_ing(std::string_view w) {
  return w.size() >= 5 && w.substr(w.size() - 3) == "ing";
}

// A past form in -ed of five letters or more (`priced`, `revised`; not `red`, `bed`).
bool ends_with_ed(std::string_view w) {
  return w.size() > 4 && w.substr(w.size() - 2) == "ed";
}

bool is_temporal_kind(ClaimKind k) {
  return is_temporal(k);
}

Span join(Span a, Span b) {
  if (!a.present()) return b;
  if (!b.present()) return a;
  return Span{std::min(a.begin, b.begin), std::max(a.end, b.end)};
}

// A concept (or owner) is a noun phrase; a walk back to a clause start may bring in what is
// none. Cuts, in order (linear in the phrase's bytes and atoms; empty when nothing is left):
// - brackets the phrase does not close: `Scottish National Party (SNP` ends before its
//   opener, `[employees` starts after it, `Garg)) As I` after the closer; a bracketed
//   group opening the phrase before a space is markup (`((Name)) So, these bone tools`)
// - an introductory phrase before a comma, led by a participle, a preposition or a
//   discourse word: `Heading into Super Tuesday, Senator Bernie Sanders`
// - discourse words, clause openers and commas leading it: `Actually`, `Yeah`, `Because`
// - a lone past form after an auxiliary: `It has improved` (a predicate)
// Whether text[b, e) holds a bracket byte ( ) [ ]: eight bytes a step (a byte equal to c is a
// zero byte of x ^ c, found by the `haszero` bit trick; `(` and `)` differ in their last bit).
bool has_bracket(std::string_view text, std::size_t b, std::size_t e) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  auto zero = [](std::uint64_t v) { return ((v - kOnes) & ~v & kHigh) != 0; };
  std::size_t i = b;
  for (; i + 8 <= e; i += 8) {
    std::uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    if (zero((x | kOnes) ^ (kOnes * 0x29)) || zero(x ^ (kOnes * 0x5B)) || zero(x ^ (kOnes * 0x5D)))
      return true;
  }
  for (; i < e; ++i) {
    const char c = text[i];
    if (c == '(' || c == ')' || c == '[' || c == ']') return true;
  }
  return false;
}

void clean_phrase(const Scanner& sc, AtomSpan at, std::string_view text, Span& s,
                  std::uint64_t prep_bit, std::uint64_t aux_bit) {
  if (!s.present() || s.end > text.size()) return;
  {
    // the tail of a range before the phrase, a year's or a number's: `(2019)-20 budget`
    offset_t b = s.begin;
    if (text[b] == '-')
      ++b;
    else if (s.end - b > 3 && text.compare(b, 2, "\xE2\x80") == 0 &&
             (text[b + 2] == '\x93' || text[b + 2] == '\x94'))
      b += 3;
    if (b > s.begin && b < s.end && is_digit(text[b])) {
      while (b < s.end && is_digit(text[b])) ++b;
      if (b < s.end && text[b] == ' ') s.begin = b;
    }
  }
  auto opener = [](char ch) { return ch == '(' || ch == '['; };
  auto closer = [](char ch) { return ch == ')' || ch == ']'; };
  auto trim = [&] {
    // (and a sentence's end before it: `3. At dissolution`)
    while (s.begin < s.end &&
           (text[s.begin] == ' ' || text[s.begin] == ',' || text[s.begin] == ';' ||
            (text[s.begin] == '.' && s.begin + 1 < s.end && text[s.begin + 1] == ' ')))
      ++s.begin;
    while (s.end > s.begin && (text[s.end - 1] == ' ' || text[s.end - 1] == ',')) --s.end;
  };
  // brackets: a group opening the phrase and followed by a space goes; an unmatched closer
  // restarts the phrase after it; unmatched openers end it (or, leading, are dropped)
  if (!has_bracket(text, s.begin, s.end)) {
    trim();
    if (!s.present()) {
      s = Span{};
      return;
    }
  } else {
    offset_t b = s.begin;
    int depth = 0;
    offset_t first_open = s.end;  // (the outermost unmatched opener)
    for (offset_t i = s.begin; i < s.end; ++i) {
      const char ch = text[i];
      if (opener(ch)) {
        if (depth == 0) first_open = i;
        ++depth;
      } else if (closer(ch)) {
        if (depth == 0) {
          b = i + 1;  // (a closer with no opener in the phrase)
          first_open = s.end;
        } else if (--depth == 0) {
          // (a whole group at the start, then a space: markup before the phrase)
          if (first_open == b && i + 1 < s.end && text[i + 1] == ' ') b = i + 1;
          first_open = s.end;
        }
      }
    }
    s.begin = b;
    if (depth > 0 && first_open < s.end) {
      offset_t q = first_open;
      while (q > s.begin && (opener(text[q - 1]) || text[q - 1] == ' ')) --q;
      if (q > s.begin) {
        s.end = q;  // (`Scottish National Party (SNP`)
      } else {
        // (leading: `[employees`; a doubled one is markup round a name: `((Name`)
        if (first_open + 1 < s.end && opener(text[first_open + 1])) {
          s = Span{};
          return;
        }
        q = first_open;
        while (q < s.end && opener(text[q])) ++q;
        s.begin = q;
        for (offset_t i = q; i < s.end; ++i)
          if (opener(text[i]) || closer(text[i])) {
            s = Span{};
            return;
          }
      }
    }
    trim();
    if (!s.present()) {
      s = Span{};
      return;
    }
  }
  const std::size_t n = at.size();
  std::size_t k = atom_at(at, s.begin);
  if (k >= n || at[k].span.begin != s.begin) return;
  // an introductory phrase before a comma: the phrase after the comma is the noun phrase
  if (at[k].kind == AK::word && ((at[k].cap && ends_with_ing(sc.txt(k))) ||
                                 (sc.bits(k) & prep_bit) || sc.in(k, detail::wf_discourse))) {
    std::size_t last_comma = n;
    for (std::size_t q = k + 1; q < n && at[q].span.end <= s.end; ++q)
      if (at[q].kind == AK::punct && sc.txt(q) == ","sv) last_comma = q;
    if (last_comma + 1 < n && at[last_comma + 1].span.end <= s.end) {
      k = last_comma + 1;
      s.begin = at[k].span.begin;
    }
  }
  // leading discourse words and commas
  while (
      k < n && at[k].span.end <= s.end &&
      ((at[k].kind == AK::word && (sc.bits(k) & (detail::wf_discourse | detail::wf_subordinator)) &&
        !(k + 1 < n && at[k + 1].kind == AK::dash && !at[k + 1].space)) ||
       (at[k].kind == AK::punct && sc.txt(k) == ","sv)))
    ++k;
  if (k >= n || at[k].span.begin >= s.end) {
    s = Span{};
    return;
  }
  s.begin = at[k].span.begin;
  // a subject pronoun and more words is a clause: `I knew`, `They vary in size` (not `IT`);
  // a verb's object after it is the noun phrase: `we assume the soil`
  if (at[k].kind == AK::word && sc.in(k, detail::wf_subject_pronoun) && k + 1 < n &&
      at[k + 1].span.end <= s.end && at[k + 1].kind == AK::word &&
      !(sc.txt(k).size() == 2 && is_upper(sc.txt(k)[1]))) {
    // (past an adverb: `It also declared a regular dividend`; or a name: `He denied Kuwait`)
    for (std::size_t j = k + 2; j < k + 4 && j < n && at[j].span.end <= s.end; ++j) {
      if (at[j].kind != AK::word) break;
      const bool det = sc.in(j, detail::wf_pronoun_one) && j + 1 < n &&
                       at[j + 1].span.end <= s.end && at[j + 1].kind == AK::word;
      if (det || (at[j].cap && !sc.in(j, detail::wf_concept_stop))) {
        s.begin = at[j].span.begin;
        return;
      }
    }
    s = Span{};
    return;
  }
  // function words and pronouns alone name nothing: `As I`, `It's`
  bool content = false;
  for (std::size_t q = k; q < n && at[q].span.end <= s.end && !content; ++q) {
    if (at[q].kind == AK::number) content = true;
    if (at[q].kind != AK::word) continue;
    const std::string_view w = sc.txt(q);
    const bool clitic = w.front() == '\'' || w.rfind("\xE2\x80\x99", 0) == 0;
    content = !clitic && !sc.in(q, detail::wf_concept_stop);
  }
  if (!content) {
    s = Span{};
    return;
  }
  // a discourse word ending it is no part of it: `texas however had the most`
  {
    // (the atom after the phrase's last: phrases are short, a walk from k costs less than a
    // search)
    std::size_t last = k;
    while (last < n && at[last].span.end <= s.end) ++last;
    // (after a content word only: not `Sales of previously`)
    while (last > k + 1 && at[last - 1].span.end == s.end && at[last - 1].kind == AK::word &&
           sc.in(last - 1, detail::wf_discourse) && at[last - 2].kind == AK::word &&
           !(sc.bits(last - 2) & (detail::wf_concept_stop | detail::wf_discourse))) {
      s.end = at[last - 2].span.end;
      --last;
    }
  }
  // a lone lower-case past form right after an auxiliary: a predicate, no noun phrase
  if (at[k].span.end == s.end && at[k].kind == AK::word && !at[k].cap && k > 0 &&
      (sc.bits(k - 1) & aux_bit)) {
    const std::string_view w = sc.txt(k);
    if (w.size() > 4 && w.substr(w.size() - 2) == "ed"sv) s = Span{};
  }
}

}  // namespace

namespace {

// Auxiliaries and common verbs of reported quantities: the end of a clause's subject.
const std::string_view kVerbs[] = {
    "is",         "are",         "was",       "were",      "be",        "been",     "being",
    "has",        "have",        "had",       "will",      "would",     "can",      "could",
    "may",        "might",       "should",    "must",      "shall",     "do",       "does",
    "did",        "said",        "says",      "reached",   "reaches",   "reach",    "hit",
    "hits",       "stood",       "stands",    "totaled",   "totalled",  "totals",   "amounted",
    "amounts",    "cost",        "costs",     "employs",   "employ",    "offers",   "offered",
    "spent",      "spends",      "paid",      "pays",      "sold",      "sells",    "bought",
    "reported",   "reports",     "posted",    "posts",     "recorded",  "records",  "saw",
    "sees",       "expects",     "expected",  "estimated", "estimates", "scored",   "scores",
    "made",       "makes",       "generates", "generated", "earned",    "earns",    "received",
    "receives",   "holds",       "held",      "owns",      "owned",     "got",      "gets",
    "took",       "takes",       "needs",     "needed",    "wants",     "wanted",   "plans",
    "planned",    "launched",    "launches",  "produces",  "produced",  "killed",   "kills",
    "left",       "leaves",      "hired",     "hires",     "cut",       "cuts",     "added",
    "adds",       "shoots",      "runs",      "ran",       "weighs",    "weighed",  "measures",
    "measured",   "lasted",      "lasts",     "contains",  "contained", "includes", "included",
    "trades",     "traded",      "trading",   "closed",    "closes",    "opened",   "opens",
    "ended",      "ends",        "finished",  "finishes",  "remained",  "remains",  "became",
    "becomes",    "stayed",      "stays",     "lists",     "listed",    "sets",     "set",
    "puts",       "put",         "gives",     "gave",      "provides",  "provided", "carries",
    "carried",    "offering",    "worth",     "dispensed", "imposed",   "issued",   "announced",
    "approved",   "pledged",     "committed", "invested",  "investing", "acquired", "raises",
    "lifted",     "lowered",     "narrowed",  "widened",   "surpassed", "exceeded", "topped",
    "averaged",   "averages",    "comes",     "came",      "goes",      "went",     "stands",
    "represents", "represented", "accounts",  "accounted", "shows",     "showed",   "found",
    "finds",      "suggests",    "climbs",    "means",     "meant",     "led",      "leads",
    "returned",   "returns",     "brought",   "brings",    "remain",    "stay",     "exceed",
    "contain",    "employ",      "become",    "represent", "generate",  "receive",  "spend",
    "sell",       "expect",      "produce",   "range",     "ranged",    "ranging"};

// Intransitive news verbs after a counted subject, which they end like kVerbs (`tens of
// thousands of people fled`, `four people died`). Not the transitive ones: after one, the
// concept rules take the subject over the counted object (`Authorities arrested 12 people`).
const std::string_view kIntransitiveVerbs[] = {
    "died", "fled", "seemed", "seems", "appeared", "appears", "arrived", "gathered", "marched"};

const std::string_view kAux[] = {"is",    "are", "was",   "were", "has",   "have",   "had", "will",
                                 "would", "can", "could", "may",  "might", "should", "must"};

// Closed word classes the concept finder looks for, as O(1) sets.
const std::string_view kDeterminers[] = {"the",   "a",    "an",   "its", "their",
                                         "his",   "her",  "our",  "all", "those",
                                         "these", "this", "that", "my",  "your"};
constexpr std::string_view kClauseOpeners[] = {
    "and",  "while",   "but",   "whereas", "as", "that",     "which",  "who", "where",
    "when", "because", "after", "before",  "if", "although", "whilst", "how"};
const std::string_view kPrepositions[] = {"from",   "in",    "of",   "for",    "after",
                                          "with",   "on",    "into", "across", "within",
                                          "during", "among", "to",   "between"};
// Per first letter a-z, bit n: a clause opener of n bytes starts with it (a filter before
// the class lookup in concept_of's walk back to the clause start).
struct OpenerShape {
  std::uint32_t len_bits[26] = {};
};
constexpr OpenerShape make_opener_shape() {
  OpenerShape shape;
  for (std::string_view w : kClauseOpeners) {
    const unsigned char f = detail::ascii_lower(static_cast<unsigned char>(w[0]));
    if (f >= 'a' && f <= 'z' && w.size() < 32) shape.len_bits[f - 'a'] |= 1u << w.size();
  }
  return shape;
}
// (built by the compiler: no guard of a local static at each call)
constexpr OpenerShape kOpenerShape = make_opener_shape();

bool may_be_opener(std::string_view w) {
  if (w.empty() || w.size() >= 32) return false;
  const unsigned char f = detail::ascii_lower(static_cast<unsigned char>(w[0]));
  return f >= 'a' && f <= 'z' && ((kOpenerShape.len_bits[f - 'a'] >> w.size()) & 1u);
}

// introductory adverbs and conjunctions skipped before a clause's subject
const std::string_view kIntroWords[] = {"meanwhile", "however", "also", "then", "so", "still",
                                        "now",       "overall", "yet",  "but",  "and"};
// heads of `the number of …`: the concept is what is counted
const std::string_view kCountHeads[] = {"number", "share", "proportion", "percentage", "amount",
                                        "total",  "count", "toll",       "tally"};
// nouns of a level reached (`to a close of`, `a record high of`): the subject's number
// (not `level`, mostly a measure's own name: `at a significance level of .05`)
const std::string_view kLevelNouns[] = {"close", "high", "low", "peak", "trough", "record"};
// adverbs that stand between a subject and its verb (`Southwest currently has`, `the
// company also posted`); lower-case words in -ly are adverbs too, but for these nouns
const std::string_view kClauseAdverbs[] = {"also", "now",     "still", "already", "once",
                                           "then", "just",    "even",  "never",   "again",
                                           "only", "further", "soon"};
// past participles that are mostly adjectives before a number, as in the labels of
// financial tables (`Shr diluted 42 cts`, `Net adjusted 5.1 mln`)
const std::string_view kAdjectivalParticiples[] = {
    "diluted",    "adjusted", "restated",   "combined",   "consolidated", "annualized",
    "annualised", "audited",  "unaudited",  "estimated",  "expected",     "revised",
    "reported",   "proposed", "authorized", "authorised", "outstanding",  "increased",
    "reduced",    "limited",  "related",    "based"};
// irregular past forms of news verbs (no `-ed` to tell them by), taken for the verb when
// a subject runs into the number without one the lexicon knows: `Supporters drove 300
// miles` (not forms that are nouns or adjectives too: `won`, `lost`, `built`, `shot`)
const std::string_view kIrregularPast[] = {
    "drove", "rode",  "flew",   "swam",  "threw",  "drew",   "ate",      "fought",   "broke",
    "chose", "dug",   "fed",    "hid",   "kept",   "lent",   "met",      "sank",     "slid",
    "spun",  "stole", "struck", "swung", "taught", "tore",   "wore",     "wrote",    "dealt",
    "slept", "sped",  "swept",  "sent",  "caught", "sought", "withdrew", "overtook", "froze",
    "grew",  "fell",  "rose",   "ran",   "began",  "gave",   "took",     "made",     "paid"};
const std::string_view kLyNouns[] = {"family", "supply",  "assembly",  "monopoly",  "ally",
                                     "rally",  "anomaly", "reply",     "butterfly", "jelly",
                                     "belly",  "bully",   "lily",      "poly",      "daily",
                                     "weekly", "monthly", "quarterly", "melee",     "doily"};
// change words that are nouns or adverbs, not verbs (`a 5% increase`, `up 3%`)
const std::string_view kChangeNouns[] = {"up",   "down",     "off",      "higher", "lower",
                                         "cut",  "increase", "decrease", "drop",   "rise",
                                         "fall", "gain",     "decline"};

}  // namespace

WordBits ClaimExtractor::Impl::build_classes() {
  // one table for the word classes the concept finder asks about and the lexicon's word sets,
  // so an atom costs one lookup; keys equal under case folding share a row
  std::vector<std::pair<std::string_view, std::uint64_t>> rows;
  std::unordered_map<std::string, std::size_t> row_of;
  auto add = [&](std::string_view w, std::uint64_t bit) {
    std::string low(w);
    for (char& ch : low)
      ch = static_cast<char>(detail::ascii_lower(static_cast<unsigned char>(ch)));
    auto it = row_of.find(low);
    if (it != row_of.end()) {
      rows[it->second].second |= bit;
      return;
    }
    row_of.emplace(std::move(low), rows.size());
    rows.emplace_back(w, bit);
  };
  for (std::string_view w : kVerbs) add(w, kVerb);
  for (std::string_view w : kIntransitiveVerbs) add(w, kVerb);
  for (const auto& r : detail::change_rows()) {
    bool noun = false;
    for (std::string_view x : kChangeNouns) noun = noun || x == r;
    add(r, noun ? kChange : (kChange | kVerb));
  }
  for (std::string_view w : detail::concept_stop_words()) add(w, kStop);
  for (std::string_view w : detail::month_words()) add(w, kStop);
  for (std::string_view w : detail::weekday_words()) add(w, kStop);
  for (std::string_view w : kClauseOpeners) add(w, kOpener);
  for (std::string_view w : kDeterminers) add(w, kDet);
  for (std::string_view w : kIntroWords) add(w, kIntro);
  for (std::string_view w : kCountHeads) add(w, kCountHead);
  for (std::string_view w : kAux) add(w, kAuxBit);
  for (std::string_view w : kPrepositions) add(w, kPrepositionBit);
  for (std::string_view w : kLevelNouns) add(w, kLevelBit);
  for (std::string_view w : kClauseAdverbs) add(w, kAdverbBit);
  for (std::string_view w : kLyNouns) add(w, kLyNounBit);
  for (std::string_view w : kAdjectivalParticiples) add(w, kAdjectivalBit);
  for (std::string_view w : kIrregularPast) add(w, kIrregularPastBit);
  for (const auto& r : detail::word_flag_rows()) add(r.first, r.second);
  return WordBits(rows);
}

// the memo check inline, the lookup out of line: most calls ask about an atom already seen
CLAIMEX_HOT_INLINE std::uint8_t ClaimExtractor::Impl::word_class(const Scanner& sc,
                                                                 std::size_t i) const {
  // only word atoms have classes (the bits of others are looked up when a set is asked about)
  if (sc.kind(i) != AK::word) return i < sc.size() ? kKnown : 0;
  return static_cast<std::uint8_t>(sc.bits(i));
}

CLAIMEX_HOT_INLINE bool ClaimExtractor::Impl::is_verb(const Scanner& sc, std::size_t i) const {
  return (word_class(sc, i) & kVerb) != 0;
}

void ClaimExtractor::Impl::with_plural_possessor(const Scanner& sc, AtomSpan at,
                                                 std::string_view text, Span& s) const {
  // (most phrases have no mark and a space before them: two bytes tell, no atom search)
  if (s.begin < 3 || s.begin > text.size() || text[s.begin - 1] != ' ' ||
      (text[s.begin - 2] != '\'' && text[s.begin - 2] != '\x99'))
    return;
  const std::size_t k = atom_at(at, s.begin);
  if (k < 2 || k >= at.size() || at[k].span.begin != s.begin || !at[k].space) return;
  const Atom& mark = at[k - 1];
  const std::string_view m = sc.txt(k - 1);
  const std::size_t h = k - 2;  // the possessor's head: `brothers`, `companies`, `Amusements`
  if (mark.kind != AK::quote || mark.space || (m != "'"sv && m != "\xE2\x80\x99"sv) ||
      at[h].kind != AK::word || (sc.txt(h).back() | 0x20) != 's' || sc.txt(h).size() < 3)
    return;
  auto modifier = [&](std::size_t q) {
    return at[q].kind == AK::word && !sc.numword(q) && !is_verb(sc, q) &&
           !(word_class(sc, q) & (kStop | kDet)) && !(sc.bits(q) & kPrepositionBit) &&
           !sc.word_is(q, "against");
  };
  if (!modifier(h)) return;
  // back over names (`National Amusements'`, `U.S. electronic companies'`) and one lower-case
  // word right before the head (`common shareholders'`), none left of a name: a verb before
  // the phrase is no part of it (`would monitor member countries'`, `increase American
  // Savings'`)
  std::size_t f = h;
  bool lower = false, name = at[h].cap;
  while (f > 0 && h - f < 3) {
    std::size_t g = f - 1;
    if (at[g].kind == AK::dash && !at[g].space && g > 0 && !at[f].space) --g;  // `London-based`
    if (!modifier(g) || (word_class(sc, g) & kChange)) break;
    if (!at[g].cap) {
      if (lower || name) break;
      lower = true;
    } else {
      name = true;
    }
    f = g;
  }
  // (a number's unit is no possessor: `six weeks' time`, `three billion francs' worth`)
  if (f > 0 && (at[f - 1].kind == AK::number || sc.numword(f - 1))) return;
  s.begin = at[f].span.begin;
}

// What the number counts or measures: the noun phrase after a count (`1,592 houses`), the
// `of` complement (`20% of Azerbaijan's territory`, `30 years of occupation`), the noun a
// measure modifies (`a 352 μm pixel pitch`), else the subject of its clause (`Nvidia
// advanced 8%`, `the number of Azerbaijani civilians killed … has reached 43`).
Span ClaimExtractor::Impl::concept_of(const Scanner& sc, AtomSpan at, std::size_t s_at,
                                      std::size_t end, const Claim& c, bool lone_one, bool compound,
                                      const Claim* prev, ClauseWalk& walk, Span* owner,
                                      Span* counted_out) const {
  const std::size_t n = at.size();
  // (the accessors inlined: the rule functions are over GCC's size limits for inlining)
  auto word = [&](std::size_t i, const auto& w) CLAIMEX_LAMBDA_INLINE { return sc.word_is(i, w); };
  auto span_of = [&](std::size_t a, std::size_t b) CLAIMEX_LAMBDA_INLINE {
    if (b <= a) return Span{};  // (no atoms name nothing)
    return Span{at[a].span.begin, at[b - 1].span.end};
  };
  auto stop = [&](std::size_t q) { return (word_class(sc, q) & kStop) != 0; };
  // a noun phrase from atom q: words (and glued hyphens, possessive clitics) up to a stop
  auto np_from = [&](std::size_t q, std::size_t max_words, std::size_t& e) -> Span {
    std::size_t words = 0;
    e = q;
    while (e < n && words < max_words) {
      const Atom& t = at[e];
      std::string_view w = sc.txt(e);
      if (t.kind == AK::word) {
        bool clitic = w == "'s"sv || w == "\xE2\x80\x99s"sv || w == "'"sv;
        // (a capital `A` after a capitalised word is a letter, no article: `Class A shares`)
        const bool letter = words > 0 && w == "A"sv && at[e - 1].cap && at[e - 1].kind == AK::word;
        if (!clitic && !letter && stop(e)) break;
        if (words == 0 && clitic) break;
        if (words > 0 && (word_class(sc, e) & (kVerb | kChange)) && !clitic) break;
        if (sc.numword(e) && words == 0) break;
        if (w.size() > 3 && w.substr(w.size() - 2) == "ly"sv && !t.cap && words > 0) break;
        // a participle after a plural noun starts a reduced clause: `adults saying they`,
        // `students studying in Heidelberg` (not a compound: `bank lending`); so does a past
        // form, or it is the verb: `two-thirds of voters backed the measure`
        // (after an irregular plural too: `50 armed men attacked`)
        const bool past = w.size() >= 5 && w.substr(w.size() - 2) == "ed";
        // (and after any noun, a participle with its object's determiner or count after it:
        // `a 6.3 magnitude earthquake causing eleven deaths`)
        // (not a noun in -ing before a table's figures: `Short sterling 94,720 87,619`)
        if (words > 0 && !t.cap && ends_with_ing(w) && e + 2 < n &&
            ((word_class(sc, e + 1) & kDet) ||
             ((at[e + 1].kind == AK::number || sc.numword(e + 1)) && at[e + 2].kind == AK::word &&
              !at[e + 2].cap)))
          break;
        if (words > 0 && !t.cap && (ends_with_ing(w) || past) && e > q &&
            at[e - 1].kind == AK::word &&
            // (`MPs`, `CEOs`: an acronym's plural of three letters)
            (((sc.txt(e - 1).size() > 3 || (sc.txt(e - 1).size() == 3 && at[e - 1].cap)) &&
              sc.txt(e - 1).back() == 's' && sc.txt(e - 1)[sc.txt(e - 1).size() - 2] != 's') ||
             sc.in(e - 1, detail::wf_irregular_plural)))
          break;
        // a past form right after the number, before a particle, a preposition or the
        // clause's end, is the verb of the number as subject: `About 300 gathered outside`,
        // `Nearly 40 died in the attack`, `Two hundred turned out` (not an adjective before
        // its noun: `three injured people`)
        if (words == 0 && !t.cap &&
            (past || (w.size() == 4 && w.substr(2) == "ed"sv && w[1] != 'e')) &&
            (e + 1 >= n ||
             (at[e + 1].kind != AK::word && !(at[e + 1].kind == AK::dash && !at[e + 1].space)) ||
             stop(e + 1) || (sc.bits(e + 1) & kPrepositionBit) ||
             (word_class(sc, e + 1) & kChange) || word(e + 1, "out") || word(e + 1, "off") ||
             word(e + 1, "away") || word(e + 1, "back") || word(e + 1, "outside")))
          break;
        ++words;
        ++e;
        // an age range names the group: `men aged 18 to 34`
        if (words > 1 && w == "aged"sv && e < n && at[e].kind == AK::number) {
          ++e;
          if (e + 1 < n && (word(e, "to") || at[e].kind == AK::dash) &&
              at[e + 1].kind == AK::number)
            e += 2;
          break;
        }
        continue;
      }
      if (t.kind == AK::quote && sc.txt(e) == "'"sv && words > 0 && !t.space) {
        ++e;
        continue;
      }
      if (t.kind == AK::dash && !t.space && e + 1 < n && !at[e + 1].space &&
          at[e + 1].kind == AK::word && words > 0) {
        // the piece after the hyphen is part of the word, whatever it is alone: `start-up`
        e += 2;
        continue;
      }
      break;
    }
    if (words == 0) return Span{};
    return span_of(q, e);
  };
  auto skip_det = [&](std::size_t q) {
    while (q < n && (word_class(sc, q) & kDet)) ++q;
    return q;
  };
  // the `of` complement right after the phrase
  Span of_np{};
  std::size_t of_at = end;
  // (past a conversion in brackets: `8 miles (13 kilometers) of new tunnels`)
  // (or in another currency: `2,380,000 ($21,972) for the CVT`)
  if (end + 2 < n && sc.txt(end) == "("sv &&
      (at[end + 1].kind == AK::number ||
       (at[end + 1].kind == AK::currency && at[end + 2].kind == AK::number))) {
    std::size_t q = end + 2;
    while (q < n && q < end + 8 && sc.txt(q) != ")"sv) ++q;
    if (q < n && sc.txt(q) == ")"sv) of_at = q + 1;
  }
  // (past `worth`: `$5 million worth of shares`)
  if (word(of_at, "worth") && word(of_at + 1, "of")) ++of_at;
  if (word(of_at, "of")) {
    std::size_t e = 0;
    std::size_t q = skip_det(of_at + 1);
    // (past a strength or share: `50 mL of 30% fuming sulfuric acid`)
    if (q + 2 < n && at[q].kind == AK::number && at[q + 1].kind == AK::percent)
      q += 2;
    else if (q + 1 < n && q > of_at + 1 && at[q].kind == AK::number) {
      // (past a count or a year after the article: `half of the 1,200 respondents`, `10 mln
      // dlrs of the 2011 maturity`; not an amount, `of the 50 mln dlrs on offer`)
      Num cnt;
      std::size_t ul = 0;
      if (sc.read_number(q, cnt, false) && cnt.b < n && at[cnt.b].kind == AK::word &&
          at[cnt.b].space && !sc.numword(cnt.b) && sc.unit_at(cnt.b, ul, false) == nullptr)
        q = cnt.b;
    }
    of_np = np_from(q, 5, e);
    // (a unit alone is no `of` complement: `hundreds of miles`)
    std::size_t ul = 0;
    if (of_np.present() && e == q + 1 &&
        (sc.bits(q) & (detail::wf_unit | detail::wf_units_exact_folded)) &&
        sc.unit_at(q, ul, false) != nullptr && ul == 1)
      of_np = Span{};
  }
  // the counted noun: `1,592 houses`, `290 civilian facilities`, `35 sections of the
  // Marten Hills region`; for a measure only as a compound modifier (`a 352 μm pixel pitch`)
  Span counted{};
  bool modifier = compound || (s_at > 0 && (sc.is_a(s_at - 1) || word(s_at - 1, "the")));
  // a singular unit word before a noun makes the measure a modifier: `dual 12.3 inch display
  // screens`, `a 5.2 litre V10 engine` (a plural unit does not: `5 miles north`; nor a
  // dimension adjective ending it: `0.03 millimetre slim`, but `three metre long drives`)
  if (!modifier && c.kind == ClaimKind::measure && end > s_at + 1 && end < n &&
      at[end - 1].kind == AK::word && at[end].kind == AK::word && at[end].space && c.value != 1.0 &&
      !stop(end) && !is_verb(sc, end) && !(sc.bits(end) & kPrepositionBit) &&
      !(sc.in(end, detail::wf_dimension_adjective) &&
        !(end + 1 < n && at[end + 1].kind == AK::word && !stop(end + 1)))) {
    std::string_view u = sc.txt(end - 1);
    // (an abbreviation in a unit of two words is singular too: `a 2,000 sq ft home`)
    modifier = (u.size() >= 4 || (end > s_at + 2 && at[end - 2].kind == AK::word &&
                                  at[end - 2].span.begin >= c.unit_span.begin)) &&
               u.back() != 's' && u.back() != 'S';
  }
  bool counted_of = false;         // (`5 drams of distilled water`: what is measured out)
  std::size_t counted_stop = end;  // (the atom the counted noun phrase stopped at)
  bool change_np = false;          // (`a 5% pay rise`, `a 25% drop in earnings`)
  bool count_adjective = false;    // (the noun after the count is its own, wherever it stands)
  if (!lone_one && (c.kind == ClaimKind::count || modifier)) {
    std::size_t e = 0;
    counted = np_from(end, 4, e);
    // a letter glued to the number names a generation or format, coordinated with another
    // such name before the noun: `3G and 4G networks`, `4K and 8K televisions`
    if (counted.present() && e == end + 1 && !at[end].space && at[end].span.size() <= 2 &&
        e + 3 < n && (word(e, "and") || word(e, "or")) && at[e + 1].kind == AK::number &&
        at[e + 2].kind == AK::word && !at[e + 2].space && at[e + 2].span.size() <= 2 &&
        at[e + 3].kind == AK::word) {
      std::size_t e2 = 0;
      const Span head = np_from(e + 3, 4, e2);
      if (head.present()) {
        counted = head;
        e = e2;
      }
    } else if (counted.present() && e > end + 1 && !at[end].space && at[end].span.size() <= 2 &&
               at[end + 1].kind == AK::word && at[end + 1].space) {
      counted.begin = at[end + 1].span.begin;  // (`4G networks`: the networks)
    }
    counted_stop = e;
    // a change noun ends the phrase it heads (`a 5% pay rise`), and what changed follows
    // it after `in` (`a 25% drop in the region's earnings`)
    // (a compound so named is the concept, not the clause's subject; not an adverb:
    // `5 times higher`, `10 points down`)
    if (counted.present() && e < n && at[e].kind == AK::word &&
        (word_class(sc, e) & (kChange | kVerb)) == kChange && !stop(e) && sc.txt(e).size() > 3 &&
        sc.txt(e).substr(sc.txt(e).size() - 2) != "er"sv && !word(e, "down")) {
      counted.end = at[e].span.end;
      ++e;
      change_np = true;
    }
    if (counted.present() && word(e, "in") && (word_class(sc, e - 1) & kChange)) {
      std::size_t e2 = 0;
      Span what = np_from(skip_det(e + 1), 4, e2);
      if (what.present()) counted.end = what.end;
    }
    // a unit-like word alone counts nothing: `hundreds of miles`, `tens of thousands of
    // dollars` (the noun the phrase is about is looked for as without one)
    std::size_t ul = 0;
    if (counted.present() && e == end + 1 && !word(e, "of") &&
        (sc.bits(end) & (detail::wf_unit | detail::wf_units_exact_folded)) &&
        sc.unit_at(end, ul, false) != nullptr && ul == 1)
      counted = Span{};
    // (a second `of`: `35 sections of the Marten Hills region of Alberta`)
    for (int k = 0; k < 2 && counted.present() && word(e, "of"); ++k) {
      std::size_t e2 = 0;
      Span more = np_from(skip_det(e + 1), 5, e2);
      if (!more.present()) break;
      counted = Span{counted.begin, more.end};
      counted_of = true;
      e = e2;
    }
  }
  if (lone_one && word(end, "of")) {
    counted = of_np;  // `one of the best wireless speakers`
    // (a superlative of `most` names a rank, not a kind: `one of the most influential
    // guitarists` counts guitarists)
    // (past an adverb: `one of the most widely used drugs`)
    const std::size_t q = skip_det(of_at + 1);
    if (word(q, "most") || word(q, "least")) {
      std::size_t r = q + 1;
      while (r < n && r < q + 3 && at[r].kind == AK::word && !at[r].cap && sc.txt(r).size() > 4 &&
             sc.txt(r).substr(sc.txt(r).size() - 2) == "ly"sv)
        ++r;
      std::size_t e = 0;
      const Span head = r + 1 < n && at[r].kind == AK::word ? np_from(r + 1, 4, e) : Span{};
      if (head.present()) counted = head;
    }
  }
  // a partitive count counts the noun of its `of` phrase: `lost 5 of its seats`, `two of the
  // suspects` (not past a pronoun or a number: `5 of them`, `3 of the 10 seats`)
  if (!lone_one && !counted.present() && of_np.present() && c.kind == ClaimKind::count &&
      c.unit.empty() && !c.is_range && of_at == end && word(end, "of") &&
      (word_class(sc, end + 1) & kDet) && end + 2 < n && at[end + 2].kind == AK::word) {
    counted = of_np;
    // past an owner and the whole's count: `3.8 mln of the company's 10.1 mln shares`,
    // `about 195 of the facility's 425 employees` count shares and employees
    std::size_t e = 0;
    if (np_from(end + 2, 5, e).present() && e > end + 2 && e < n &&
        (sc.txt(e - 1) == "'s"sv || sc.txt(e - 1) == "\xE2\x80\x99s"sv)) {
      std::size_t q = e;
      while (q < n && q < e + 4 &&
             (at[q].kind == AK::number || sc.in(q, detail::wf_scale_word) ||
              sc.in(q, detail::wf_qualifier)))
        ++q;
      std::size_t e2 = 0;
      const Span whole = q < n && at[q].kind == AK::word ? np_from(q, 4, e2) : Span{};
      if (whole.present()) counted = whole;
    }
  }
  // a lone `one` before a common noun counts it: `said one aide`, `One analyst said` (not a
  // pronoun's word after it: `one that`, `one more`, `one hit`)
  if (lone_one && c.kind == ClaimKind::count && end + 1 < n && at[end].kind == AK::word &&
      at[end].space && !at[end].cap && sc.txt(end).size() > 2 && !stop(end) &&
      !(word_class(sc, end) & (kVerb | kChange | kDet | kOpener)) &&
      !(sc.bits(end) & kPrepositionBit) && !sc.numword(end) && !sc.in(end, detail::wf_qualifier) &&
      !ends_with_ing(sc.txt(end)) && sc.txt(end).back() != 's') {
    std::size_t e = 0;
    const Span noun = np_from(end, 3, e);
    if (noun.present()) counted = noun;
  }
  // what an amount is the worth of: `50 previous years worth of programming`, `$5 million
  // worth of shares` (the programming's, the shares')
  // (right after the phrase, after its counted noun, or after a modifier no noun phrase
  // opens with)
  std::size_t worth_at = n;
  if (word(end, "worth")) {
    worth_at = end;
  } else if (counted.present()) {
    // (or one word on, past a period word the phrase stops at: `previous years worth`)
    worth_at = word(counted_stop, "worth")       ? counted_stop
               : word(counted_stop + 1, "worth") ? counted_stop + 1
                                                 : n;
  } else if (c.kind == ClaimKind::count && end + 3 < n && at[end].kind == AK::word && stop(end)) {
    worth_at = word(end + 1, "worth") ? end + 1 : word(end + 2, "worth") ? end + 2 : n;
  }
  if (worth_at < n && word(worth_at + 1, "of") && !is_temporal(c.kind)) {
    std::size_t e = 0;
    const Span what = np_from(skip_det(worth_at + 2), 5, e);
    if (what.present()) {
      counted = what;
      count_adjective = true;
    }
  }
  // a count joined to a singular noun is an adjective of the noun after it: `the 12 page
  // document`, `a six-cylinder engine`, `four-, five- and six-cylinder engine options`
  if (!lone_one && c.kind == ClaimKind::count && c.value != 1.0 && end + 2 < n) {
    std::size_t u = n;
    if (at[end].kind == AK::dash && !at[end].space) {
      std::size_t m = end;
      // (a suspended hyphen: on to the series' last member)
      if (sc.txt(m + 1) == ","sv || word(m + 1, "and") || word(m + 1, "or")) {
        std::size_t q = m + 1;
        while (q + 1 < n && q < end + 10 &&
               (sc.txt(q) == ","sv || word(q, "and") || word(q, "or") || at[q].kind == AK::number ||
                sc.numword(q) || at[q].kind == AK::dash) &&
               !(at[q].kind == AK::dash && !at[q + 1].space && at[q + 1].kind == AK::word))
          ++q;
        m = q;
      }
      if (m + 2 < n && at[m].kind == AK::dash && !at[m].space && at[m + 1].kind == AK::word &&
          !at[m + 1].space)
        u = m + 1;
    } else if (at[end].kind == AK::word && at[end].space && !at[end].cap &&
               at[end + 1].kind == AK::word && sc.txt(end).back() != 's' &&
               sc.txt(end + 1).back() != 's') {
      u = end;  // (the last letters first: most counted nouns are plural)
    }
    // (a singular noun: not `rushing`, `people`; after a space, a singular noun after it too,
    // as a plural one is what is counted: `two company executives`, `five new seasons`)
    auto singular = [&](std::size_t q) {
      std::string_view w = sc.txt(q);
      return w.size() >= 3 && (w.back() != 's' || w[w.size() - 2] == 's') && w.back() != 'S' &&
             !ends_with_ing(w) && !sc.in(q, detail::wf_irregular_plural);
    };
    if (u + 1 < n && !at[u].cap && at[u + 1].kind == AK::word && at[u + 1].space && singular(u) &&
        !(word_class(sc, u) & (kStop | kVerb | kChange | kDet)) &&
        !(sc.bits(u) & kPrepositionBit) && !sc.numword(u) && !sc.in(u, detail::wf_qualifier) &&
        !(word_class(sc, u + 1) & (kStop | kVerb | kDet)) && !(sc.bits(u + 1) & kPrepositionBit) &&
        !sc.numword(u + 1) && (u != end || singular(u + 1))) {
      std::size_t e = 0;
      Span head = np_from(u + 1, 5, e);
      if (head.present() && word(e, "of")) {
        std::size_t e2 = 0;
        Span more = np_from(skip_det(e + 1), 5, e2);
        if (more.present()) head.end = more.end;
      }
      if (head.present()) {
        counted = head;
        count_adjective = true;
      }
    }
  }
  if (counted_out && c.kind == ClaimKind::count && counted.present()) *counted_out = counted;
  // the phrase's first atom (qualifier included)
  std::size_t ps = s_at;
  while (ps > 0 && at[ps - 1].span.begin >= c.span.begin) --ps;
  // an amount between a determiner and a noun modifies the noun: `a $5 million fine`, `that
  // $149.99 price point`, `a million dollar house` (not a change: `a 3% increase`); a percent
  // so placed (`a 25% duty`) keeps its owner as concept, as the modifier rule above decides
  bool noun_mod = false;
  if (!counted.present() && !lone_one && c.kind != ClaimKind::count && !is_temporal(c.kind) &&
      end < n && at[end].kind == AK::word && at[end].space && !(word_class(sc, end) & kChange) &&
      (sc.is_a(ps) || (ps > 0 && (sc.is_a(ps - 1) || (word_class(sc, ps - 1) & kDet))) ||
       // (past one modifier after the article or an owner: `a record 169 billion dlrs trade
       // deficit`, `last year's record 169 billion dlrs trade deficit`)
       // (the word after it a noun: not a name, a verb, a preposition or an adverb; not `a
       // record 1.2 mln tonnes costing`, `a level 1.6 pct below`)
       (ps > 1 && c.kind != ClaimKind::duration &&
        (at[ps].kind == AK::number || at[ps].kind == AK::currency) && !at[end].cap &&
        !is_verb(sc, end) && !(sc.bits(end) & kPrepositionBit) && !stop(end) &&
        !sc.in(end, detail::wf_qualifier) && !ends_with_ing(sc.txt(end)) &&
        !(sc.txt(end).size() > 4 && sc.txt(end).substr(sc.txt(end).size() - 2) == "ly"sv) &&
        at[ps - 1].kind == AK::word && !at[ps - 1].cap && !stop(ps - 1) && !is_verb(sc, ps - 1) &&
        !(sc.bits(ps - 1) & kPrepositionBit) && !sc.in(ps - 1, detail::wf_qualifier) &&
        (sc.is_a(ps - 2) || (word_class(sc, ps - 2) & kDet) || sc.txt(ps - 2) == "'s"sv ||
         sc.txt(ps - 2) == "\xE2\x80\x99s"sv)) ||
       // (or after another number that does: `a five-year $700,000 award`)
       (prev && ps > 1 && at[ps - 1].span.end == prev->span.end && [&] {
         const std::size_t k = atom_at(at, prev->span.begin);
         return k > 0 && k < ps && (sc.is_a(k - 1) || (word_class(sc, k - 1) & kDet));
       }()))) {
    std::size_t e = 0;
    counted = np_from(end, 3, e);
    noun_mod = counted.present();
  }
  // a group fronted before the number's clause is what it counts or divides: `Of the 543
  // passengers, 32 were confirmed dead`, `Among voters under 30, 61% backed the plan`
  if (!counted.present() && !of_np.present() && !is_temporal(c.kind) && ps > 2 && ps == s_at &&
      sc.txt(ps - 1) == ","sv) {
    std::size_t q = ps - 1;
    while (q > 0 && ps - 1 - q < 12 && at[q - 1].kind != AK::punct && at[q - 1].kind != AK::quote)
      --q;
    if (q + 2 < ps - 1 && (q == 0 || sc.txt(q - 1) == ";"sv) &&
        (word(q, "of") || word(q, "among") || word(q, "amongst"))) {
      std::size_t b = skip_det(q + 1);
      // (past its own count: `Of the 543 passengers`, not `Of the 2.8 million who voted`)
      std::size_t k = b;
      while (k < ps - 1 &&
             (at[k].kind == AK::number || sc.numword(k) || sc.in(k, detail::wf_scale_word)))
        ++k;
      if (k > b && k < ps - 1 && at[k].kind == AK::word && !stop(k)) b = k;
      if (b < ps - 1) {
        if (owner) *owner = span_of(b, ps - 1);
        return span_of(b, ps - 1);
      }
    }
  }
  // a bare count opening a clause after a conjunction, its verb right after it, counts what
  // the count before it in the sentence counts: `Four people died and 35 were injured`
  if (prev && c.kind == ClaimKind::count && prev->kind == ClaimKind::count &&
      prev->concept.present() && !counted.present() && !of_np.present() && ps > 0 && end < n &&
      ps == s_at && at[end].kind == AK::word && (sc.bits(end) & kAuxBit) &&
      (word(ps - 1, "and") || word(ps - 1, "but") || word(ps - 1, "while") ||
       sc.txt(ps - 1) == ","sv) &&
      prev->span.end <= at[ps - 1].span.begin) {
    if (owner) *owner = prev->owner;
    return prev->concept;
  }
  // a bare count as the object of a verb joined by `and` to the verb of a count before it
  // counts what that count counts: `killed four people and injured 35`, `killing seven
  // riders and injuring three more`
  if (prev && c.kind == ClaimKind::count && prev->kind == ClaimKind::count &&
      prev->counted.present() && !counted.present() && !of_np.present() && ps > 2 && ps == s_at &&
      at[ps - 1].kind == AK::word && !at[ps - 1].cap &&
      (is_verb(sc, ps - 1) || ends_with_ed(sc.txt(ps - 1)) || ends_with_ing(sc.txt(ps - 1))) &&
      word(ps - 2, "and") && prev->span.end <= at[ps - 2].span.begin &&
      (end >= n || at[end].kind == AK::punct || word(end, "more") || word(end, "others") ||
       word(end, "and") || (sc.bits(end) & kPrepositionBit))) {
    if (owner) *owner = prev->owner;
    if (counted_out) *counted_out = prev->counted;
    return prev->concept;
  }
  // a conversion in brackets right after another claim shares its concept: `7 miles (11 km)`
  if (prev && ps > 0 && sc.txt(ps - 1) == "("sv && prev->span.end <= at[ps - 1].span.begin &&
      at[ps - 1].span.begin - prev->span.end <= 2 && !is_temporal(prev->kind)) {
    if (owner) *owner = prev->owner;
    return prev->concept;
  }
  // the point a `vs` compares with the claim right before it shares its concept: `Revs 18.3
  // mln vs 21.1 mln`, `Net loss 352,000 vs loss 568,000`, `Shr 80 cts vs 72 cts` (an earnings
  // table's line)
  if (prev && ps > 1 && prev->concept.present() && !is_temporal(prev->kind)) {
    std::size_t v = ps - 1;
    const bool sign = v > 0 && (word(v, "loss") || word(v, "profit"));
    if (sign) --v;
    if (v > 0 && sc.txt(v) == "."sv && !at[v].space && word(v - 1, "vs")) --v;  // (`vs.`)
    if (word(v, "vs") || word(v, "versus")) {
      const std::size_t pe = atom_at(at, prev->span.end);
      if (pe == v || (pe + 1 == v && sc.txt(pe) == ","sv)) {
        if (owner) *owner = prev->owner;
        // (a loss against a profit is the other's: `Net loss 352,000 vs profit 568,000`)
        const std::size_t ce = atom_at(at, prev->concept.end);
        if (sign && !(ce > 0 && ieq(sc.txt(ce - 1), sc.txt(ps - 1)))) return at[ps - 1].span;
        return prev->concept;
      }
    }
  }
  // the object a change verb moves `by` the number: `boost the driving range by 35 miles`
  // (a qualifier between: `by about 35 miles`; a bare verb form as the head is a noun there:
  // `the driving range by`, not a change or past form: `the economy grew by`)
  std::size_t pb = ps;
  if (pb > 0 && at[pb - 1].kind == AK::word && sc.in(pb - 1, detail::wf_qualifier)) --pb;
  // (a plural noun, not a unit)
  auto plural_noun = [&](std::size_t q) {
    std::string_view w = sc.txt(q);
    std::size_t ul = 0;
    return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' &&
           sc.unit_at(q, ul, false) == nullptr;
  };
  auto noun_head = [&](std::size_t h) {
    if (!is_verb(sc, h)) return true;
    std::string_view w = sc.txt(h);
    return !(word_class(sc, h) & kChange) && !(sc.bits(h) & kAuxBit) && w.size() > 3 &&
           w.back() != 's' && w.substr(w.size() - 2) != "ed"sv;
  };
  if (pb > 3 && word(pb - 1, "by") && at[pb - 2].kind == AK::word && !stop(pb - 2) &&
      noun_head(pb - 2)) {
    std::size_t q = pb - 2;
    while (q > 0 && at[q - 1].kind == AK::word && !stop(q - 1) && !is_verb(sc, q - 1) &&
           !(word_class(sc, q - 1) & kDet) && pb - 2 - q < 3)
      --q;
    if (q > 1 && (word_class(sc, q - 1) & kDet) && at[q - 2].kind == AK::word &&
        !(word_class(sc, q - 2) & kDet) && !(sc.bits(q - 2) & kPrepositionBit)) {
      if (owner && !owner->present()) *owner = span_of(q, pb - 1);
      return span_of(q, pb - 1);
    }
    // or a bare plural object right after an -ing form: `for hiking subscription fees by up
    // to £24`, `raising prices by 5%` (a counted noun stays: `strikes by 33,000 workers`)
    q = pb - 2;
    while (q > 0 && at[q - 1].kind == AK::word && !stop(q - 1) && !is_verb(sc, q - 1) &&
           !ends_with_ing(sc.txt(q - 1)) && pb - 2 - q < 3)
      --q;
    if (!counted.present() && q > 0 && at[q - 1].kind == AK::word && !at[q - 1].cap &&
        ends_with_ing(sc.txt(q - 1)) && plural_noun(pb - 2))
      return span_of(q, pb - 1);
  }
  // what an amount is added to: `adding tens of thousands of dollars to the price of a
  // typical home`, `adds $2,000 to the cost of a car` (a counted noun stays: `added 200 jobs
  // to payrolls`, `added 90,000 tonnes of wheat to its purchases`, as does a measure's owner:
  // `Japan added 600,000 tonnes to its purchases`; a number after `to` is a level: `added 5
  // points to 1,200`)
  if (pb > 0 && !counted.present() && !of_np.present() && !is_temporal(c.kind) &&
      c.kind != ClaimKind::measure &&
      (word(pb - 1, "add") || word(pb - 1, "adds") || word(pb - 1, "added") ||
       word(pb - 1, "adding"))) {
    std::size_t e = end;
    if (word(e, "of")) {
      std::size_t e2 = 0;
      if (np_from(skip_det(e + 1), 3, e2).present()) e = e2;
    }
    if (word(e, "to")) {
      std::size_t e3 = 0;
      Span what = np_from(skip_det(e + 1), 4, e3);
      if (what.present() && word(e3, "of")) {
        std::size_t e4 = 0;
        const Span more = np_from(skip_det(e3 + 1), 4, e4);
        if (more.present()) what.end = more.end;
      }
      if (what.present()) return what;
    }
  }
  // an age in commas after a name is the name's: `Maddon, 66, has used the downtime`
  if ((c.kind == ClaimKind::count || c.kind == ClaimKind::age) && ps == s_at && end == s_at + 1 &&
      ps > 1 && end < n && sc.txt(ps - 1) == ","sv && sc.txt(end) == ","sv &&
      at[ps - 2].kind == AK::word && at[ps - 2].cap && c.value >= 1 && c.value < 130 &&
      c.value == std::floor(c.value)) {
    std::size_t q = ps - 2;
    while (q > 0 && at[q - 1].kind == AK::word && at[q - 1].cap && ps - 2 - q < 4) --q;
    if (!stop(q)) {
      if (owner) *owner = span_of(q, ps - 1);
      return span_of(q, ps - 1);
    }
  }
  // an age bound after a noun is the noun's: `17 players over the age of 21`, `children
  // under the age of five` (after a verb the subject's: `died at the age of 80`)
  if (c.kind == ClaimKind::age) {
    const std::size_t a = word(ps, "age") ? ps : ps > 1 && word(ps - 2, "age") ? ps - 2 : 0;
    if (a > 2 && word(a - 1, "the") &&
        (word(a - 2, "over") || word(a - 2, "under") || word(a - 2, "above") ||
         word(a - 2, "below")) &&
        at[a - 3].kind == AK::word && !stop(a - 3) && !is_verb(sc, a - 3) && !sc.numword(a - 3) &&
        !(word_class(sc, a - 3) & kChange)) {
      // (with an `of` complement: `male residents of the United States over the age of 18`)
      auto head_back = [&](std::size_t h) {
        std::size_t q = h;
        while (q > 0 && at[q - 1].kind == AK::word && !stop(q - 1) && !is_verb(sc, q - 1) &&
               !sc.numword(q - 1) && h - q < 3)
          --q;
        return q;
      };
      std::size_t q = head_back(a - 3);
      const std::size_t of = q > 2 && word(q - 1, "the") ? q - 2 : q - 1;
      if (q > 1 && of > 0 && word(of, "of") && at[of - 1].kind == AK::word && !stop(of - 1) &&
          !is_verb(sc, of - 1))
        q = head_back(of - 1);
      return span_of(q, a - 2);
    }
  }
  // a past participle after a comma right after another number revises that number: `an
  // operating profit of 880 billion yen, revised upward by 40 billion yen` shares its concept
  if (prev && ps > 3 && word(pb - 1, "by") && !is_temporal(prev->kind) && prev->concept.present()) {
    std::size_t q = pb - 1;
    while (q > 0 && pb - 1 - q < 3 && at[q - 1].kind == AK::word && !at[q - 1].cap && !stop(q - 1))
      --q;
    const std::string_view w = sc.txt(q);
    if (q < pb - 1 && q > 1 && sc.txt(q - 1) == ","sv && w.size() > 4 &&
        w.substr(w.size() - 2) == "ed"sv && prev->span.end <= at[q - 1].span.begin &&
        at[q - 1].span.begin - prev->span.end <= 1) {
      if (owner) *owner = prev->owner;
      return prev->concept;
    }
  }
  // a change right after the level it moves (`(16369.03 up 58.06 points)`) shares its
  // concept; after a name and a comma it is the name's (`Unite Group, down 68 p at 1112 p`)
  if (ps > 1 && at[ps - 1].kind == AK::word && (word_class(sc, ps - 1) & kChange)) {
    const std::size_t cw = ps - 1;
    if (prev && !is_temporal(prev->kind) && prev->span.end <= at[cw].span.begin &&
        at[cw].span.begin - prev->span.end <= 1 && prev->concept.present()) {
      if (owner) *owner = prev->owner;
      return prev->concept;
    }
    if (cw > 1 && sc.txt(cw - 1) == ","sv && at[cw - 2].kind == AK::word && at[cw - 2].cap) {
      std::size_t q = cw - 2;
      while (q > 0 && at[q - 1].kind == AK::word && at[q - 1].cap && cw - 2 - q < 5) --q;
      if (!stop(q)) {
        if (owner) *owner = span_of(q, cw - 1);
        return span_of(q, cw - 1);
      }
    }
  }
  // a label before a colon, as in lists and spec sheets: `Total Cost: $72370`, `(base
  // price: $59995)` (the label opens the sentence or a bracket; a capitalised verb form is
  // a noun there)
  if (ps > 1 && sc.txt(ps - 1) == ":"sv && at[ps - 2].kind == AK::word && !stop(ps - 2) &&
      (at[ps - 2].cap || !is_verb(sc, ps - 2))) {
    std::size_t q = ps - 2;
    while (q > 0 && at[q - 1].kind == AK::word && !stop(q - 1) && ps - 2 - q < 3) --q;
    if (q == 0 || sc.txt(q - 1) == "("sv) {
      if (owner) *owner = span_of(q, ps - 1);
      return span_of(q, ps - 1);
    }
  }
  // a name right before the bracket the number opens: `Toronto Stock Exchange (16369.03 up
  // 58.06 points)`
  if (ps > 1 && sc.txt(ps - 1) == "("sv && at[ps - 2].kind == AK::word && at[ps - 2].cap) {
    std::size_t q = ps - 1;
    while (q > 0 && at[q - 1].kind == AK::word && at[q - 1].cap && ps - 1 - q < 6) --q;
    if (q < ps - 1 && !(q == 0 && ps - 1 - q == 1 && stop(0))) {
      if (owner) *owner = span_of(q, ps - 1);
      return span_of(q, ps - 1);
    }
  }
  // adverbs before the verb are no part of a subject: `Southwest currently has`, `net
  // purchases suddenly grew`; nor, when the lexicon knows no verb, a past form right before
  // the number (or its article) is: `Thailand exported 18,367 tonnes`, `The fire burned
  // thousands of acres` (not after an article: `the estimated 5,000`). Returns the new end
  // of the phrase [st, e) that ends before `limit`.
  auto adverb = [&](std::size_t q) {
    if (at[q].kind != AK::word || at[q].cap) return false;
    const std::uint64_t b = sc.bits(q);
    if (b & kAdverbBit) return true;
    const std::string_view w = sc.txt(q);
    return w.size() > 4 && w.substr(w.size() - 2) == "ly"sv && !(b & kLyNounBit);
  };
  auto trim_tail = [&](std::size_t st, std::size_t e, std::size_t limit,
                       bool verb_found) CLAIMEX_LAMBDA_INLINE {
    // (an adverb after an article or a preposition is an adjective: `the likely three`)
    auto trailing_adverbs = [&](std::size_t x) {
      while (x > st + 1 && adverb(x - 1) && !stop(x - 2)) --x;
      return x;
    };
    e = trailing_adverbs(e);
    if (e == st + 1 && adverb(st)) return st;  // an adverb alone names nothing (`firstly`)
    if (!verb_found && e > st + 1 && e < n && at[e - 1].kind == AK::word && !at[e - 1].cap &&
        ((at[e - 1].span.size() > 4 && sc.txt(e - 1).substr(sc.txt(e - 1).size() - 2) == "ed"sv &&
          !(sc.bits(e - 1) & kAdjectivalBit)) ||
         (sc.bits(e - 1) & kIrregularPastBit))) {
      std::size_t b = e - 1;  // (past adverbs: `the previously announced`)
      while (b > st && adverb(b - 1)) --b;
      std::size_t q = e;
      while (q < limit && q < e + 2 && at[q].kind == AK::word &&
             ((word_class(sc, q) & kDet) || sc.in(q, detail::wf_qualifier)))
        ++q;
      // (a month or a day is a noun there too: `exports for January comprised`)
      if (q == limit && b > st && at[b - 1].kind == AK::word &&
          (!stop(b - 1) || (at[b - 1].cap && b - 1 > st)) && !(word_class(sc, b - 1) & kDet))
        e = trailing_adverbs(b);
      else if (q == limit && b == st)
        return st;  // (only adverbs before the verb: `privately placed`)
    }
    return e;
  };
  // the subject of a clause: from its start to its first verb; numbers glued into names
  // (`TA-35`, `S&P 500`) are part of it
  bool count_of = false;
  auto subject_from = [&](std::size_t st, std::size_t limit, bool& verb_found)
                          CLAIMEX_LAMBDA_INLINE -> Span {
    limit = std::min(limit, st + 40);  // bounded window
    std::size_t v = st;
    verb_found = false;
    // a noun before a number's preposition makes the number part of the subject:
    // `employment for women aged 25 to 54 grew`, `China's economy in 2022 grew`
    auto inside_subject = [&](std::size_t num) CLAIMEX_LAMBDA_INLINE {
      // (past `the` and a modifier, not after `of`: `exports in the late 1990s averaged`,
      // `sales in the 13 weeks ended March 1 rose`; not `2.6 million of the 3 million shares`)
      std::size_t p = num;
      if (p > st + 2 && word(p - 2, "the") && at[p - 1].kind == AK::word && !at[p - 1].cap &&
          !stop(p - 1) && !is_verb(sc, p - 1))
        --p;
      if (p > st + 1 && word(p - 1, "the") && p > 1 && !word(p - 2, "of") &&
          (sc.bits(p - 2) & kPrepositionBit))
        --p;
      if (p < st + 2 || !((sc.bits(p - 1) & kPrepositionBit) || word(p - 1, "aged"))) return false;
      num = p;
      for (std::size_t q = st; q + 1 < num; ++q)
        if (at[q].kind == AK::word && !stop(q) && !(sc.bits(q) & kPrepositionBit) && !sc.numword(q))
          return true;
      return false;
    };
    // a word in -s the lexicon does not know, after a name and before a determiner or `one
    // of`, is the name's verb: `Russia suffers one of the highest death tolls`, `Spain
    // unveils a plan`
    auto s_verb_after_name = [&](std::size_t q) CLAIMEX_LAMBDA_INLINE {
      if (q <= st || q + 1 >= n || at[q].kind != AK::word || at[q].cap ||
          at[q - 1].kind != AK::word || !at[q - 1].cap)
        return false;
      // (a word of five letters or more with a vowel: not a table's `Avg shrs`)
      const std::string_view w = sc.txt(q);
      if (w.size() < 5 || w.find_first_of("aeiou") >= w.size() - 1) return false;
      const char p = w[w.size() - 2];
      // (before a number only with `of` after it: a table's label is a noun, `Avg shares
      // 12,801,000`, `Incoming orders 2.86 billion`)
      return w.back() == 's' && p != 's' && p != 'u' && p != 'i' && !stop(q) &&
             ((word_class(sc, q + 1) & kDet && !word(q + 1, "that") && !word(q + 1, "all")) ||
              ((at[q + 1].kind == AK::number || sc.numword(q + 1)) && word(q + 2, "of")));
    };
    // a word in -ed before a one-word name and a number is a verb (`The advisory placed
    // Humberto 785 miles west of Bermuda`), but for a name's own participle (`a firm called
    // Acme`) and one after an adverb (`seasonally adjusted M3 money supply`)
    auto ed_verb_before_name = [&](std::size_t q) CLAIMEX_LAMBDA_INLINE {
      if (q < st || q == 0 || q + 2 >= n || at[q].kind != AK::word || at[q].cap ||
          at[q + 1].kind != AK::word || !at[q + 1].cap || at[q + 2].kind != AK::number ||
          !ends_with_ed(sc.txt(q)) || sc.in(q + 1, detail::wf_month))  // (`orders placed March 4`)
        return false;
      // (or opening the clause after an apposition's comma: `The advisory, released at 8
      // p.m., placed Humberto 75 miles north`)
      if (q == st ? sc.txt(q - 1) != ","sv : at[q - 1].kind != AK::word) return false;
      const std::string_view b = sc.txt(q - 1);
      if (b.size() > 2 && b.substr(b.size() - 2) == "ly"sv) return false;
      return !lx.naming_participles.contains(sc.txt(q));
    };
    while (v < limit) {
      // a verb form right after a determiner is a noun: `the set`, `the cost`, `its report`
      // (and a plural form after a number word: `the five launches will offer`)
      // (nor is a piece after a hyphen: `start-up`)
      // (and an irregular past form after the subject's first word: `Zapata flew at over 100
      // mph`, `Supporters drove 300 miles`)
      if ((is_verb(sc, v) || s_verb_after_name(v) || ed_verb_before_name(v) ||
           (v > st && !at[v].cap && (sc.bits(v) & kIrregularPastBit))) &&
          !(v > st && at[v - 1].kind == AK::dash && !at[v].space) &&
          // (`worth` after `net` is a noun: `the brothers' net worth rose`)
          !(v > st && word(v, "worth") && word(v - 1, "net")) &&
          !(v > 0 && (word_class(sc, v - 1) & kDet) && !word(v - 1, "that") &&
            !word(v - 1, "all") && !(sc.bits(v) & kAuxBit)) &&
          !(v > st && at[v - 1].kind == AK::word && sc.numword(v - 1) && !(sc.bits(v) & kAuxBit) &&
            sc.txt(v).back() == 's') &&
          // (nor is one right before an auxiliary: `the pace of price increases is expected`,
          // `the shares it bought were`)
          // (a reporting verb stays one: `which analysts said was selling`)
          !(v > st && v + 1 < limit && !(sc.bits(v) & (kAuxBit | detail::wf_report_verb)) &&
            (sc.bits(v + 1) & kAuxBit) && !at[v + 1].cap)) {
        // a reporting verb frames the clause the number is in: its subject comes after it
        // (`The company said sales rose 5%`: sales), past `that`
        // (not before `to`: `The company expects to post a profit` keeps its subject)
        if (v > st && v + 2 < limit && (sc.bits(v) & detail::wf_report_verb) &&
            !word(v + 1, "to")) {
          // (past a day after the verb: `NBC reported on Sunday the party had …`)
          std::size_t q = v + 1;
          if (word(q, "on") && sc.in(q + 1, detail::wf_weekday))
            q += 2;
          else if (sc.in(q, detail::wf_weekday) || word(q, "yesterday") || word(q, "today"))
            ++q;
          st = word(q, "that") ? q + 1 : q;
          v = st;
          continue;
        }
        // `saw` before a noun phrase and a change verb frames the change: its subject is
        // the phrase (`The quarter saw online sales jump 40%`, `which saw trade figures for
        // April decrease to`; not a change noun after an article: `saw the sharpest rise`,
        // nor past a conjunction: `saw no likelihood of a recession and were predicting`)
        if ((word(v, "saw") || word(v, "sees") || word(v, "see")) && v + 2 < limit &&
            at[v + 1].kind == AK::word && !(word_class(sc, v + 1) & (kVerb | kChange))) {
          std::size_t w = v + 2;
          while (w < limit && w < v + 10 && at[w].kind == AK::word &&
                 !(word_class(sc, w) & (kChange | kVerb)) && !word(w, "and") && !word(w, "or"))
            ++w;
          const bool article = sc.is_a(v + 1) || word(v + 1, "the");
          if (w < limit && at[w].kind == AK::word && (word_class(sc, w) & kChange) &&
              !(article && !(word_class(sc, w) & kVerb))) {
            st = v + 1;
            v = w;
            verb_found = true;
            break;
          }
        }
        verb_found = true;
        // a participle before the auxiliary belongs to the subject: `the number of
        // civilians killed in clashes has reached 43`
        std::string_view vw = sc.txt(v);
        bool participle = vw.size() > 4 && vw.substr(vw.size() - 2) == "ed"sv;
        if (participle && v > st && !stop(v - 1)) {
          std::size_t w = v + 1;
          while (w < limit && w < v + 6 && !(sc.bits(w) & kAuxBit) && at[w].kind == AK::word) ++w;
          if (w < limit && (sc.bits(w) & kAuxBit)) v = w;
        }
        break;
      }
      // a past form the lexicon lacks before a change particle is the verb: `the index
      // edged down`, `the yield ticked up` (not before a comparative, which may be an
      // adjective: `predicted higher incidence`)
      if (at[v].kind == AK::word && at[v].span.size() > 4 && v > st && v + 1 < limit &&
          !at[v].cap && sc.txt(v).substr(sc.txt(v).size() - 2) == "ed"sv &&
          at[v + 1].kind == AK::word && (word_class(sc, v + 1) & (kChange | kVerb)) == kChange &&
          sc.txt(v + 1).back() != 'r' && !stop(v - 1)) {
        verb_found = true;
        break;
      }
      if (at[v].kind == AK::number && at[v].space &&
          !(v > st && at[v - 1].cap && !sc.in(v - 1, detail::wf_qualifier) && !stop(v - 1)) &&
          // (nor is one closing a name between an article and the verb, however cased:
          // `the sp 500 is poised to drop`; not a decade: `in the late 1970s averaged`)
          !(v > st && v >= 2 && v + 1 < limit && at[v - 1].kind == AK::word &&
            (word_class(sc, v - 2) & kDet) && is_verb(sc, v + 1) && !stop(v - 1) &&
            is_digit(sc.txt(v).back()) && !sc.numword(v - 1)) &&
          !inside_subject(v)) {
        // a number before the subject (`Between 1600 and 1900 world temperatures dropped`),
        // with its percent words (`a 5 per cent penalty of $52,000`)
        std::size_t ul = 0;
        const UnitEntry* u = v + 1 < limit ? sc.unit_at(v + 1, ul, !at[v + 1].space) : nullptr;
        if (!u || u->cls != UnitClass::percent) ul = 0;
        st = v + 1 + ul;
        v = st;
        continue;
      }
      if (at[v].kind == AK::currency || at[v].kind == AK::percent) break;
      ++v;
    }
    std::size_t e = v;
    if (st >= e) return Span{};
    if (count_of) {
      // `the number of civilians killed in clashes` counts `civilians killed`
      for (std::size_t q = st + 1; q < e; ++q)
        if (word(q, "in") || word(q, "at") || word(q, "on") || word(q, "during") ||
            word(q, "since") || word(q, "across") || word(q, "by") || word(q, "from")) {
          e = q;
          break;
        }
    }
    while (e > st && at[e - 1].kind != AK::word && at[e - 1].kind != AK::number) --e;
    while (e > st && at[e - 1].kind == AK::word && stop(e - 1) && sc.txt(e - 1) != "'s"sv &&
           !(e - 1 > st && at[e - 2].kind == AK::dash && !at[e - 1].space))  // `start-up`
      --e;
    while (e > st && at[e - 1].kind != AK::word && at[e - 1].kind != AK::number) --e;
    e = trim_tail(st, e, limit, verb_found);
    if (e > st && e - st <= 12 && !(e - st > 8 && !verb_found)) return span_of(st, e);
    return Span{};
  };
  auto skip_intro = [&](std::size_t st, std::size_t limit) {
    while (st < limit && (word_class(sc, st) & kIntro)) ++st;
    // a fronted phrase before a pronoun subject: `By the middle of 1987 it expects …`
    if (st < limit && (sc.bits(st) & kPrepositionBit))
      for (std::size_t q = st + 1; q < limit && q < st + 10; ++q) {
        if (at[q].kind != AK::word && at[q].kind != AK::number) break;
        if (word(q, "it") || word(q, "he") || word(q, "she") || word(q, "they") || word(q, "we")) {
          st = q;
          break;
        }
      }
    // a phrase of time fronted right before the number, which is its clause's subject: `By
    // noon today over half a million could be affected` (no owner)
    if (st + 1 < limit && limit <= st + 12 &&
        (word(st, "by") || word(st, "until") || word(st, "within") || word(st, "after") ||
         word(st, "before") || word(st, "since"))) {
      bool verb = false;
      for (std::size_t q = st + 1; q < limit && !verb; ++q)
        verb = at[q].kind != AK::word || is_verb(sc, q);
      if (!verb) return limit;
    }
    st = skip_det(st);
    if (st + 1 < limit && (word_class(sc, st) & kCountHead) && word(st + 1, "of")) {
      st = skip_det(st + 2);
      count_of = true;
    }
    return st;
  };
  Span subject{}, first_np{}, label{}, clause_np{};
  bool appositive = false;
  bool subject_position = false;
  {
    std::size_t lim = ps > 30 ? ps - 30 : 0;
    std::size_t cs = ps;
    std::size_t boundary = n;
    while (cs > lim) {
      if (cs == walk.from) {
        // the last walk went on from here: it ended at an opener or punctuation inside this
        // walk's window, or passed none down to its own limit, below this one's
        if (walk.start > lim) {
          cs = walk.start;
          boundary = walk.boundary;
        } else {
          cs = lim;
        }
        break;
      }
      std::size_t p = cs - 1;
      const Atom& t = at[p];
      std::string_view w = sc.txt(p);
      if (t.kind == AK::punct &&
          (w == ","sv || w == ";"sv || w == ":"sv || w == "("sv || w == ")"sv))
        break;
      if (t.kind == AK::dash && t.space) break;
      if (t.kind == AK::quote) break;
      // (a first letter and length no opener has: no lookup of the word)
      if (t.kind == AK::word && may_be_opener(w) && (word_class(sc, p) & kOpener)) {
        boundary = p;
        break;
      }
      --cs;
    }
    walk = ClauseWalk{ps, cs, boundary};
    std::size_t st = skip_intro(cs, ps);
    bool vf = false;
    subject = subject_from(st, ps, vf);
    // a relative pronoun after a noun, then a lower-case word in -s or -ed: the clause's
    // verb, whether the lexicon knows it or not (`a plume that extends hundreds of miles`,
    // `a fund which manages $5 billion`), no noun of the number; its subject is the noun
    bool relative_verb = false;
    if (!vf && boundary < n && st == boundary + 1 && st < ps && boundary > 0 &&
        (word(boundary, "which") || word(boundary, "who") || word(boundary, "that")) &&
        at[st].kind == AK::word && !at[st].cap && !stop(st) && sc.txt(st).size() > 3 &&
        at[boundary - 1].kind == AK::word && !stop(boundary - 1) && !is_verb(sc, boundary - 1)) {
      // (not a noun in -ss, -us, -is: `told Reuters that excess output`; after `that` a
      // common noun only, not a verb or a name: `warned that`, `believing that`, `Reuters
      // that`)
      const std::string_view v = sc.txt(st), a = sc.txt(boundary - 1);
      const char v2 = v[v.size() - 2];
      relative_verb = ((v.back() == 's' && v2 != 's' && v2 != 'u' && v2 != 'i') ||
                       (v.back() == 'd' && v2 == 'e')) &&
                      !(word(boundary, "that") &&
                        (at[boundary - 1].cap ||
                         (a.size() > 2 && a.substr(a.size() - 2) == "ed"sv) || ends_with_ing(a)));
    }
    subject_position = !vf;
    // a participle clause after a comma has the sentence's subject: `The dollar was mixed,
    // easing against the yen to 108.79` (what a count counts still comes first: `killing
    // at least eight people`)
    if (!vf && cs == st && cs > 0 && cs < ps && sc.txt(cs - 1) == ","sv &&
        at[cs].kind == AK::word && !at[cs].cap && ends_with_ing(sc.txt(cs))) {
      // (when the sentence has no subject to find; not the participle alone: `adding to
      // gains from the previous two sessions`)
      if (subject.present() &&
          !(subject.begin == at[cs].span.begin && subject.end == at[cs].span.end))
        clause_np = subject;
      subject = Span{};
    } else if (!vf) {
      first_np = subject;
      subject = Span{};
      // a label right before the number: `Dow +0.2% S&P 500 +0.3%`
      if (c.kind != ClaimKind::count && ps > st) {
        std::size_t q = ps, q0 = ps;
        while (q > st &&
               (at[q - 1].kind == AK::word || (at[q - 1].kind == AK::number && !at[q - 1].space) ||
                (at[q - 1].kind == AK::number && q - 1 > st && at[q - 2].cap) ||
                (at[q - 1].kind == AK::symbol && q - 1 > st)) &&
               !(at[q - 1].kind == AK::word && stop(q - 1)) && q0 - q < 5)
          --q;
        if (q < q0 && at[q].kind == AK::word) {
          // (trim_tail may leave nothing: an adverb alone is no label, `mostly $5`)
          const std::size_t t = trim_tail(q, q0, ps, false);
          if (t > q) label = span_of(q, t);
        }
      }
      if (relative_verb) first_np = label = Span{};
    }
    // an apposition before the clause: `Healthcare, 2018s best performing sector, dropped`
    // (not before `there is/were`, whose count names its own noun: `According to its mayor,
    // John Smith, there were ten passengers`)
    // (nor after a fronted phrase opening the sentence: `Speaking on TV in Yemen, the
    // spokesman said it used ten drones`)
    // (a participle's phrase has no verb of its own before a `that`: not a gerund's subject,
    // `Spending in December fell 0.9 pct, …`, `Banking sources noted that …`)
    auto participle_phrase = [&](std::size_t comma) {
      if (at[0].kind != AK::word || !ends_with_ing(sc.txt(0))) return false;
      for (std::size_t k = 1; k < comma && k < n; ++k) {
        if (word(k, "that")) break;
        if (at[k].kind == AK::word && (is_verb(sc, k) || (!at[k].cap && ends_with_ed(sc.txt(k)))))
          return false;
      }
      return true;
    };
    auto fronted_phrase = [&](std::size_t comma) {
      std::size_t f = comma;
      while (f > 0 && comma - f < 30 && sc.txt(f - 1) != ","sv) --f;
      // (`Among adults, it was 89%` restricts whom the number counts: kept)
      return f == 0 && at[0].kind == AK::word && !word(0, "among") &&
             ((sc.bits(0) & kPrepositionBit) || participle_phrase(comma));
    };
    if (!subject.present() && vf && cs > 0 && cs == st && sc.txt(cs - 1) == ","sv &&
        !word(cs, "there") && !fronted_phrase(cs - 1)) {
      std::size_t q = cs - 1, q0 = cs - 1;
      while (q > 0 && (at[q - 1].kind == AK::word || at[q - 1].kind == AK::number) &&
             !(at[q - 1].kind == AK::word && stop(q - 1)) && q0 - q < 8)
        --q;
      // an apposition led by a determiner may hold function words: `The trust, a major
      // office landlord in New York City, posted a loss of 63 cents` is the trust's
      std::size_t a0 = q;
      while (a0 > 0 && (at[a0 - 1].kind == AK::word || at[a0 - 1].kind == AK::number) &&
             q0 - a0 < 14)
        --a0;
      // (so may a relative clause: `The material, which is made entirely of carbon, reached`)
      if (a0 > 1 && a0 + 1 < q && sc.txt(a0 - 1) == ","sv &&
          ((word_class(sc, a0) & kDet) || word(a0, "which") || word(a0, "who")) &&
          at[a0 - 2].kind == AK::word && !stop(a0 - 2)) {
        // (the head with what is glued into it: `JD.com`)
        std::size_t h = a0 - 2;
        while (h > 0 && ((at[h - 1].kind == AK::word && !stop(h - 1)) || !at[h].space) &&
               a0 - 1 - h < 6)
          --h;
        subject = span_of(h, a0 - 1);
      } else if (q < q0) {
        // and the name before it: `Healthcare, …`
        std::size_t r = q;
        if (r > 1 && sc.txt(r - 1) == ","sv) {
          std::size_t r0 = r - 1;
          while (r0 > 0 && at[r0 - 1].kind == AK::word && !stop(r0 - 1) && r - r0 < 6) --r0;
          if (r0 < r - 1) q = r0;
        }
        subject = span_of(q, q0);
      }
    }
    // a relative clause: `facebook which has more than 2.2 billion users`
    if (!subject.present() && boundary < n && boundary > 0 &&
        (word(boundary, "which") || word(boundary, "who") || word(boundary, "that"))) {
      // (a non-restrictive one after its comma: `China's soymilk market, which was valued`)
      std::size_t b0 = boundary;
      if (b0 > 1 && sc.txt(b0 - 1) == ","sv && !word(boundary, "that")) --b0;
      std::size_t q = b0;
      while (q > 0 && at[q - 1].kind == AK::word && !stop(q - 1) && b0 - q < 6) --q;
      // (not the unit of a number before it: `about 210 MPa, which`)
      if (q < b0 && !(q > 0 && at[q - 1].kind == AK::number && at[q - 1].space))
        subject = span_of(q, b0);
    }
    // else the subject of the sentence (after an introductory phrase and its comma)
    if (!subject.present() && cs > 0) {
      std::size_t s0 = 0;
      // (a determiner starts the subject itself: `The dollar was mixed, easing …`)
      // (or a participle's: `Noting that its share is 313 mln dlrs, Southern said …`)
      const bool stop0 = sc.in(0, detail::wf_concept_stop) || word(0, "since") ||
                         word(0, "among") || word(0, "despite");
      const bool participle0 = !stop0 && at[0].kind == AK::word && ends_with_ing(sc.txt(0));
      if (at[0].kind == AK::word && !(word_class(sc, 0) & kDet) && (stop0 || participle0)) {
        const std::size_t reach = participle0 ? 24 : 14;
        std::size_t q = 1;
        while (q < ps && q < reach && sc.txt(q) != ","sv) ++q;
        if (q < ps && q < reach && (!participle0 || participle_phrase(q))) s0 = q + 1;
      }
      s0 = skip_intro(s0, ps);
      bool vf2 = false;
      // (not into a quotation the sentence opens with, as the number's clause is not its
      // first: `"The timing is off," said one aide`, `"I doubt it," one trader said`)
      Span sub = at[s0].kind == AK::quote ? Span{} : subject_from(s0, ps, vf2);
      // a name with an age in commas before the verb: `Maddon, 66, has used` (the walk
      // took the age for a number before the subject and found none)
      if (vf2 && !sub.present() && s0 + 4 < ps && at[s0].kind == AK::word && at[s0].cap) {
        std::size_t q = s0 + 1;
        while (q < ps && q < s0 + 4 && at[q].kind == AK::word && at[q].cap) ++q;
        if (q + 2 < ps && sc.txt(q) == ","sv && at[q + 1].kind == AK::number &&
            sc.txt(q + 2) == ","sv && !stop(s0))
          sub = span_of(s0, q);
      }
      if (vf2) subject = sub;
      // an appositive after a comma (`…, a 4.2 percent drop`) describes the sentence subject
      if (vf2 && subject_position && sc.txt(cs - 1) == ","sv && sc.is_a(cs) &&
          c.kind != ClaimKind::count)
        appositive = true;
    }
  }
  if (owner) *owner = subject.present() ? subject : first_np;
  // the phrase's preposition: `from five districts`, `after 30 years of occupation`
  bool after_prep = ps > 0 && at[ps - 1].kind == AK::word && (sc.bits(ps - 1) & kPrepositionBit);
  // a level the subject moved to or stands at is the subject's: `the index edged down 0.03%
  // to a close of 1,463.87 points`, `hit a record high of $70`
  if (subject.present() && after_prep && word(ps - 1, "of") && ps > 3 &&
      (sc.bits(ps - 2) & kLevelBit)) {
    std::size_t d = ps - 3;
    while (d > 0 && d + 5 > ps && at[d].kind == AK::word && !(word_class(sc, d) & kDet) &&
           !stop(d) && !is_verb(sc, d))
      --d;
    if (d > 0 && (sc.is_a(d) || word(d, "the")) &&
        (word(d - 1, "to") || word(d - 1, "at") || is_verb(sc, d - 1)))
      return subject;
  }
  // `sales of 5835 units`, `a run of seven games`: the noun before `of` has the number
  // (not a verb's participle: `consisting of two stars` counts stars)
  if (after_prep && word(ps - 1, "of") && ps > 1 && at[ps - 2].kind == AK::word && !stop(ps - 2) &&
      !sc.numword(ps - 2) && !sc.in(ps - 2, detail::wf_qualifier) &&
      !(ends_with_ing(sc.txt(ps - 2)) && !at[ps - 2].cap && counted.present()) &&
      !(word_class(sc, ps - 2) & kCountHead) && c.kind == ClaimKind::count && !counted_of) {
    std::size_t q = ps - 1;
    while (q > 0 && at[q - 1].kind == AK::word && !stop(q - 1) && ps - 1 - q < 4) --q;
    if (q < ps - 1) return span_of(q, ps - 1);
  }
  // a level held by the noun before `with` or `at`: `customers with more than 7.5 million
  // crowns`, `carbon levels at 1200 parts per million` (before `at` a plural noun only, not
  // a verb, adjective or unit: `closed at`, `valued at`, `strongest at`, `cents at`)
  if (ps > 1 && (word(ps - 1, "with") || (word(ps - 1, "at") && plural_noun(ps - 2))) &&
      at[ps - 2].kind == AK::word && !stop(ps - 2) && !is_verb(sc, ps - 2) && !sc.numword(ps - 2) &&
      !sc.in(ps - 2, detail::wf_qualifier) && !is_temporal(c.kind) && c.kind != ClaimKind::count &&
      !counted.present() && !of_np.present() &&
      !(end < n && at[end].kind == AK::word && !stop(end))) {
    std::size_t q = ps - 1;
    while (q > 0 && at[q - 1].kind == AK::word && !stop(q - 1) && ps - 1 - q < 4) --q;
    if (q < ps - 1) {
      if (owner) *owner = span_of(q, ps - 1);
      return span_of(q, ps - 1);
    }
  }
  // a bound right after a plural noun is the noun's: `additional investments over 35 GWh`,
  // `temperatures below -40C` (a verb before it bounds a change: `rose over 5%`; a noun
  // after a preposition leaves the number to the subject)
  if (ps > 1 && ps < s_at && c.qualifier_span.present() &&
      at[ps].span.begin == c.qualifier_span.begin &&
      (c.qualifier == Qualifier::lower_bound || c.qualifier == Qualifier::upper_bound) &&
      at[ps - 1].kind == AK::word && plural_noun(ps - 1) && !stop(ps - 1) && !is_verb(sc, ps - 1) &&
      !(word_class(sc, ps - 1) & kChange) && !sc.numword(ps - 1) &&
      !sc.in(ps - 1, detail::wf_qualifier) && !is_temporal(c.kind) && c.kind != ClaimKind::count &&
      c.kind != ClaimKind::duration && c.kind != ClaimKind::age && !counted.present() &&
      !of_np.present() && !(end < n && at[end].kind == AK::word && !stop(end))) {
    // (a word after an auxiliary or `to` is a verb: `will study new investments`)
    std::size_t q = ps - 1;
    while (q > 0 && at[q - 1].kind == AK::word && !stop(q - 1) && !is_verb(sc, q - 1) &&
           !(q > 1 && ((sc.bits(q - 2) & kAuxBit) || word(q - 2, "to"))) && ps - 1 - q < 3)
      --q;
    // (not a noun after a preposition: `found at concentrations greater than 0.1 ppm`)
    if (!(q > 0 && ((sc.bits(q - 1) & kPrepositionBit) || word(q - 1, "at"))))
      return span_of(q, ps);
  }
  // a range after the noun it spans: `a scale of fines from $250,000 to $1 million`
  // (`from` in the phrase or right before it)
  const std::size_t from_at = word(ps, "from") ? ps : ps > 0 && word(ps - 1, "from") ? ps - 1 : 0;
  if (c.is_range && from_at > 1 && at[from_at - 1].kind == AK::word && plural_noun(from_at - 1) &&
      !stop(from_at - 1) && !is_verb(sc, from_at - 1) && !is_temporal(c.kind)) {
    std::size_t q = from_at;
    while (q > 0 && at[q - 1].kind == AK::word && (!stop(q - 1) || word(q - 1, "of")) &&
           from_at - q < 6)
      --q;
    while (q < from_at && stop(q)) ++q;  // (not from `of`)
    if (q < from_at) return span_of(q, from_at);
  }
  // a bare amount followed by `for` and a noun phrase is that phrase's: `2,380,000 yen
  // ($21,972) for the CVT`, `one per cent for men` (not a period: `5% for the year`; nor
  // after a noun it fills: `a penalty of $52,000 for CN` stays the penalty's)
  if ((!lone_one || c.unit_span.present()) && !counted.present() && !of_np.present() &&
      !is_temporal(c.kind) && c.kind != ClaimKind::duration && c.kind != ClaimKind::age &&
      word(of_at, "for") && !(after_prep && word(ps - 1, "of"))) {
    std::size_t e = 0;
    Span for_np = np_from(skip_det(of_at + 1), 5, e);
    // (a name of two letters may be a letter: the subject names it then)
    if (for_np.size() > 2 && e > of_at + 1 && !lx.time_periods.contains(sc.txt(e - 1))) {
      // a list of them, closed by `and` before punctuation: `for the mini, standard and Pro
      // Max models`
      std::size_t q = e, last = e;
      for (int k = 0; k < 4 && q + 1 < n; ++k) {
        std::size_t r = q;
        if (sc.txt(r) == ","sv) ++r;
        const bool conj = r < n && (word(r, "and") || word(r, "or"));
        if (conj) ++r;
        if (r == q) break;  // (neither a comma nor a conjunction)
        std::size_t e2 = 0;
        if (!np_from(skip_det(r), 5, e2).present()) break;
        q = e2;
        if (conj) {
          if (q >= n || at[q].kind == AK::punct) last = q;
          break;
        }
      }
      if (last > e) for_np.end = at[last - 1].span.end;
      return for_np;
    }
  }
  // a price after `for` is the price of the object before it: `is selling the basic version
  // of the phone for 7,199 yuan`, `Get the ottoman at Joss Main for $149` (the object opens
  // with a determiner after a verb; `of`, `at` and their determiners are inside it, and a
  // number after a word: `iPhone 14 Pro`)
  if (c.kind == ClaimKind::money && ps > 3 && word(ps - 1, "for")) {
    std::size_t q = ps - 1, det = n;
    while (q > 1 && ps - 1 - q < 12) {
      const std::size_t p = q - 1;
      const bool inner = word(p, "of") || word(p, "at");
      if (at[p].kind == AK::word && (word_class(sc, p) & kDet) && !inner) {
        if (!word(p - 1, "of") && !word(p - 1, "at")) {
          det = p;
          break;
        }
      } else if (!(at[p].kind == AK::word && (inner || (!stop(p) && !is_verb(sc, p)))) &&
                 !(at[p].kind == AK::number && at[p - 1].kind == AK::word && !stop(p - 1))) {
        break;
      }
      q = p;
    }
    if (det < n && q == det + 1 && at[q].kind == AK::word && !stop(q) &&
        at[det - 1].kind == AK::word && !(sc.bits(det - 1) & kPrepositionBit) &&
        !(word_class(sc, det - 1) & (kDet | kStop)))
      return span_of(q, ps - 1);
  }
  // the noun an amount is the worth of: `a trust fund worth US$5 million`, `a contract
  // potentially worth 101 mln dlrs`, `the combined economies of the countries worth US$3.4
  // trillion` (not after a verb: `is worth $5`)
  if (ps > 2 && word(ps - 1, "worth") && !is_temporal(c.kind)) {
    std::size_t h = ps - 2;
    if (at[h].kind == AK::word && !at[h].cap && sc.txt(h).size() > 4 &&
        sc.txt(h).substr(sc.txt(h).size() - 2) == "ly"sv)
      --h;  // (past an adverb)
    // (a noun's words, back to a determiner, a verb, or a word after an auxiliary, which is a
    // verb: `could make American Medical stock worth …`)
    auto noun_word = [&](std::size_t q) {
      return at[q].kind == AK::word && !stop(q) && !is_verb(sc, q) && !(sc.bits(q) & kAuxBit) &&
             !(word_class(sc, q) & (kDet | kChange)) && !sc.in(q, detail::wf_qualifier) &&
             !(q > 0 && (sc.bits(q - 1) & kAuxBit));
    };
    if (noun_word(h)) {
      std::size_t q = h;
      while (q > 0 && noun_word(q - 1) && h - q < 3) --q;
      // (on over an `of` phrase to its head)
      std::size_t r = q;
      if (r > 0 && (word_class(sc, r - 1) & kDet)) --r;
      if (r > 2 && word(r - 1, "of") && noun_word(r - 2)) {
        q = r - 2;
        const std::size_t head = q;
        while (q > 0 && noun_word(q - 1) && head - q < 3) --q;
      }
      if (owner && !owner->present()) *owner = span_of(q, h + 1);
      return span_of(q, h + 1);
    }
  }
  // the noun before a comparative bound: `a pixel pitch as high as 352 μm`, `temperatures
  // as low as -40C` (not a verb's: `rose as much as 5%`)
  // (the bound before the phrase or inside it, as its qualifier)
  const std::size_t cmp = ps > 4 && word(ps - 1, "as") && word(ps - 3, "as")             ? ps - 3
                          : ps > 1 && ps + 2 < n && word(ps, "as") && word(ps + 2, "as") ? ps
                                                                                         : 0;
  if (cmp > 0 && at[cmp + 1].kind == AK::word && at[cmp - 1].kind == AK::word && !stop(cmp - 1) &&
      !is_verb(sc, cmp - 1) && !(word_class(sc, cmp - 1) & kChange) && !sc.numword(cmp - 1)) {
    std::size_t q = cmp - 1;
    while (q > 0 && at[q - 1].kind == AK::word && !stop(q - 1) && !is_verb(sc, q - 1) &&
           cmp - 1 - q < 3)
      --q;
    return span_of(q, cmp);
  }
  if (appositive && subject.present()) return subject;
  bool own_noun = subject_position ||
                  (after_prep && (c.kind == ClaimKind::count || c.kind == ClaimKind::duration)) ||
                  (modifier && c.kind == ClaimKind::measure) || noun_mod || count_adjective ||
                  change_np ||
                  // (a count after a reporting verb is its inverted subject: `said one aide`)
                  // (not `added`, which adds amounts: `added 35 points to 7,420`)
                  (c.kind == ClaimKind::count && counted.present() && ps > 0 &&
                   at[ps - 1].kind == AK::word && (sc.bits(ps - 1) & detail::wf_report_verb) &&
                   !word(ps - 1, "added") && !word(ps - 1, "adds") && !word(ps - 1, "adding"));
  if (own_noun) {
    if (counted.present()) return counted;
    if (of_np.present()) return of_np;
    if (label.present()) return label;
    if (first_np.present()) return first_np;
    return subject.present() ? subject : clause_np;
  }
  // a pronoun subject names nothing: the noun whose `of` the number follows does (`It has an
  // MSRP of 2,435,000 yen`)
  if (!counted.present() && !of_np.present() && ps > 2 && word(ps - 1, "of") &&
      at[ps - 2].kind == AK::word && !stop(ps - 2) && !is_verb(sc, ps - 2) &&
      !sc.in(ps - 2, detail::wf_qualifier)) {
    const std::size_t k = atom_at(at, subject.begin);
    if (!subject.present() || (k < ps && at[k].span.end == subject.end && stop(k))) {
      std::size_t q = ps - 2;
      while (q > 0 && at[q - 1].kind == AK::word && !stop(q - 1) && ps - 2 - q < 3) --q;
      return span_of(q, ps - 1);
    }
  }
  if (subject.present()) return subject;
  if (counted.present()) return counted;
  if (of_np.present()) return of_np;
  if (label.present()) return label;
  return first_np.present() ? first_np : clause_np;
}

void ClaimExtractor::Impl::sentence(std::string_view text, AtomSpan at, std::vector<Claim>& out,
                                    std::vector<std::uint64_t>& memo) const {
  Scanner sc(lx, text, at);
  sc.set_memo(memo, classes);
  const std::size_t n = at.size();
  auto txt = [&](std::size_t i) CLAIMEX_LAMBDA_INLINE { return sc.txt(i); };
  // (the accessors inlined: the rule functions are over GCC's size limits for inlining)
  auto word = [&](std::size_t i, const auto& w) CLAIMEX_LAMBDA_INLINE { return sc.word_is(i, w); };
  auto span_of = [&](std::size_t a, std::size_t b) CLAIMEX_LAMBDA_INLINE {
    if (b <= a) return Span{};  // (no atoms name nothing)
    return Span{at[a].span.begin, at[b - 1].span.end};
  };
  auto is_month = [&](std::size_t i) {
    if (i >= n || at[i].kind != AK::word) return false;
    if (!sc.in(i, detail::wf_month)) return false;
    std::string_view s = txt(i);
    if (ieq(s, "may") || ieq(s, "march")) return at[i].cap;
    return true;
  };
  // atom q is a number in digits, a whole one from lo to hi written plainly (`17`, not
  // `17.5`, `1,700` or `-17`): a day of a month, an age
  auto whole_number_in = [&](std::size_t q, double lo, double hi) {
    if (q >= n || at[q].kind != AK::number) return false;
    const DigitRead r = detail::read_digits(txt(q));
    return r.form == DigitForm::plain && !r.separators && !r.decimals && !r.negative &&
           r.value >= lo && r.value <= hi;
  };
  auto is_punct_or_end = [&](std::size_t i) {
    return i >= n || at[i].kind == AK::punct || at[i].kind == AK::quote || at[i].kind == AK::dash;
  };

  std::size_t first_claim = out.size();
  ClauseWalk clause_walk;  // (reused by the concepts of the sentence's claims)
  // the last phrase tidied (see tidy below) and what it became: the claims of a sentence
  // often share an owner
  Span tidied_from{}, tidied_to{};
  std::size_t i = 0;
  std::size_t name_list_end = 0;  // numbers up to here continue a list of names
  while (i < n) {
    // words that cannot start a number phrase (most atoms) are passed over in a tight loop
    // (the sentinel past the last atom is no word)
    while (plain_word(at[i])) ++i;
    if (i >= n) break;
    const Atom& A = at[i];
    // ---- references and labels: `[13]`, `[9,12]`, `(26,29,49)`, `[81–83]`, `Eq. (29)`
    if (A.kind == AK::punct && (txt(i) == "["sv || txt(i) == "("sv) && i + 2 < n &&
        at[i + 1].kind == AK::number) {
      std::string_view close = txt(i) == "["sv ? "]" : ")";
      // equations are numbered by chapter too: `Eqs. (9.2) and (9.10)`
      const bool eq_before = i > 1 && txt(i - 1) == "."sv && !at[i - 1].space && at[i].space &&
                             (word(i - 2, "eq") || word(i - 2, "eqs"));
      std::size_t q = i + 1;
      bool ints = true;
      while (q < n && q < i + 24 && txt(q) != close) {
        std::string_view w = txt(q);
        if (at[q].kind == AK::number) {
          DigitRead r = detail::read_digits(w);
          if (r.form != DigitForm::plain || (r.decimals && !eq_before) || r.separators ||
              r.negative || r.value > 999)
            ints = false;
        } else if (!(w == ","sv || at[q].kind == AK::dash)) {
          ints = false;
        }
        if (!ints) break;
        ++q;
      }
      // `(22)` alone is a citation in brackets `[22]` always; in round brackets only lists
      // or after a reference word (`Eq. (29)`)
      bool list = q > i + 2;
      bool ref_word = i > 0 && (word(i - 1, "eq.") || word(i - 1, "eqs.") || word(i - 1, "ref.") ||
                                word(i - 1, "refs.") || word(i - 1, "equation") ||
                                word(i - 1, "equations") || word(i - 1, "and"));
      // the abbreviation's period cut off as its own atom: `Eq` `.` `(2)`; at the start of a
      // sentence it enumerates (`(2) the fund pays …`) or follows a reference word the
      // sentence was cut after (`… in Eq. (2) we see`)
      if (!ref_word && i > 1 && txt(i - 1) == "."sv && !at[i - 1].space)
        ref_word =
            word(i - 2, "eq") || word(i - 2, "eqs") || word(i - 2, "ref") || word(i - 2, "refs");
      ref_word = ref_word || i == 0;
      if (ints && q < n && txt(q) == close &&
          (close == "]"sv || list || ref_word ||
           (i > 0 && at[i - 1].kind == AK::word && !at[i - 1].cap && at[i].space))) {
        i = q + 1;
        continue;
      }
    }
    // ---- a list's marker opening a line: `1. Unofficial results`, `2) Relative to seats`
    if (i == 0 && A.kind == AK::number && i + 1 < n && !at[1].space &&
        (txt(1) == "."sv || txt(1) == ")"sv) && (i + 2 >= n || (at[2].space && at[2].cap)) &&
        whole_number_in(0, 0, 99)) {
      std::size_t b = A.span.begin;
      while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
      if (b == 0 || text[b - 1] == '\n' || text[b - 1] == '\r') {
        i = 2;
        continue;
      }
    }
    // ---- where a number phrase may start
    bool cand = false;
    if (A.kind == AK::number)
      cand = true;
    else if (A.kind == AK::word && !A.starter)
      cand = false;
    else if (A.kind == AK::word && (word(i, "minus") || word(i, "negative")))
      cand = true;
    else if (A.kind == AK::word && sc.is_a(i)) {
      // `a`/`an` start a number phrase only before a number or ordinal word, a starter (they
      // are no number, vague or ordinal word: no lookups for the most common starter)
      cand = i + 1 < n && at[i + 1].kind == AK::word && at[i + 1].starter;
    } else if (A.kind == AK::word) {
      cand = sc.numword(i) != nullptr;
      if (!cand) {
        std::string_view s = txt(i);
        cand = ieq(s, "half") || ieq(s, "quarter") || sc.in(i, detail::wf_vague) ||
               (sc.ordword(i) && !sc.ordword(i)->plural);
      }
    } else if (A.kind == AK::symbol || A.kind == AK::other) {
      std::size_t fl = 0;
      cand = detail::vulgar_fraction(txt(i), fl) > 0;
    }
    if (!cand) {
      ++i;
      continue;
    }
    // a day named by its ordinal and month is no quantity: `the Fourth of July`, `a Fourth of
    // July rally` (not the fraction a fourth)
    if (A.kind == AK::word) {
      const std::size_t o = sc.is_a(i) ? i + 1 : i;
      if (o + 2 < n && at[o].cap && sc.ordword(o) && word(o + 1, "of") && is_month(o + 2)) {
        i = o + 3;
        continue;
      }
    }

    // ---- currency before (`$`, `US$`, `US $`, `EUR50m`, `Y=`, `Rs.`)
    std::string_view iso;
    Span cur_span{};
    if (i > 0 && (at[i - 1].kind == AK::currency || at[i - 1].kind == AK::symbol ||
                  (at[i - 1].kind == AK::word && (at[i - 1].cap || at[i - 1].span.size() <= 3)))) {
      char buf[32];
      // every key below ends with atom i - 1
      bool may_match = txt(i - 1).empty() || sc.in(i - 1, detail::wf_currency_suffix);
      for (std::size_t len = 3; len >= 1 && iso.empty() && may_match; --len) {
        if (i < len) continue;
        std::size_t s0 = i - len;
        // every key starts with atom s0: one that is no prefix of a code cannot start one
        if (!txt(s0).empty() && !sc.in(s0, detail::wf_currency_prefix)) continue;
        std::string_view k;
        if (!sc.key(s0, len, buf, sizeof buf, k, true)) continue;
        const std::string_view* code = lx.currency_before.find(k);
        if (!code) {
          // case-folded codes in lower-cased text: `us $`, `hk $`
          char low[32];
          if (k.size() < sizeof low) {
            for (std::size_t q = 0; q < k.size(); ++q)
              low[q] = char(detail::ascii_lower(static_cast<unsigned char>(k[q])));
            code = lx.currency_before.find(std::string_view(low, k.size()));
            if (code && k.find('$') == std::string_view::npos) code = nullptr;
          }
        }
        if (!code) continue;
        // a code word must touch the number or be followed by a space and the number only
        // for symbols and upper-case codes (`USD 5`); `R` and `kr` only glued
        std::string_view k0 = txt(s0);
        if ((k == "R"sv || k == "kr"sv || k == "Rp"sv || k == "TL"sv || k == "U.S."sv) &&
            at[i].space)
          continue;
        if (k == "U.S."sv && len == 1) continue;
        if (at[s0].kind == AK::word && !at[s0].cap && k.find('$') == std::string_view::npos &&
            k0 != "zł"sv)
          continue;
        iso = *code;
        cur_span = span_of(s0, i);
      }
    }
    // a code with a scale prefix: `MAUD 60`, `MSEK120`
    double cur_scale = 1;
    if (iso.empty() && i > 0 && at[i - 1].kind == AK::word) {
      if (const detail::ScaledCurrency* sc2 = sc.in(i - 1, detail::wf_currency_scaled_folded)
                                                  ? lx.currency_scaled.find(txt(i - 1))
                                                  : nullptr) {
        iso = sc2->iso;
        cur_scale = sc2->scale;
        cur_span = at[i - 1].span;
      }
    }
    const bool money_ctx = !iso.empty();

    Num num;
    bool ok = false;
    bool negative_word = false;
    std::size_t start = i;
    // `minus 5`, `negative one`, `minus-5`
    if (A.kind == AK::word && (word(i, "minus") || word(i, "negative"))) {
      std::size_t k = i + 1;
      if (k < n && at[k].kind == AK::dash && !at[k].space) ++k;
      if (sc.read_number(k, num, money_ctx) && num.form == DigitForm::plain) {
        ok = true;
        negative_word = true;
        num.a = i;
        num.value = -num.value;
        num.high = num.value;
      }
    }
    // a dash used as a minus sign: `- 20 degrees`, `- 1 4/5` (not between two numbers)
    if (!ok && A.kind == AK::number && i > 0 && at[i - 1].kind == AK::dash &&
        !(i > 1 && (at[i - 2].kind == AK::number || sc.numword(i - 2))) &&
        (i - 1 == 0 || (at[i - 2].kind == AK::word && !at[i - 2].cap) ||
         (at[i - 2].kind == AK::punct && txt(i - 2) != ")"sv && txt(i - 2) != "]"sv)) &&
        at[i - 1].space && txt(i - 1) == "-"sv && !money_ctx) {
      // (after a capitalised word or a bracket the dash sets a label off: `Conservative
      // Party - 365 seats`, `Green Party (E & W) - 1 seat`)
      if (sc.read_number(i, num, money_ctx) && num.form == DigitForm::plain && num.value > 0) {
        ok = true;
        negative_word = true;
        num.a = i - 1;
        num.value = -num.value;
        num.high = num.value;
      }
    }
    // vague plurals: `dozens`, `hundreds of thousands`, `tens of thousands`
    if (!ok && A.kind == AK::word && sc.in(i, detail::wf_vague)) {
      double low = *lx.vague.find(txt(i));
      bool prev_num = i > 0 && (at[i - 1].kind == AK::number || sc.numword(i - 1));
      if (!prev_num) {
        std::size_t e = i + 1;
        double lo = low, hi = low * 10;
        if (ieq(txt(i), "dozens")) hi = 120;
        if (word(e, "of") && e + 1 < n && sc.in(e + 1, detail::wf_vague) &&
            *lx.vague.find(txt(e + 1)) >= 100) {
          double s2 = *lx.vague.find(txt(e + 1));
          lo = low * s2;
          hi = lo * 10;
          e += 2;
        }
        if (ieq(txt(i), "tens") && e == i + 1) {
          ++i;
          continue;  // `tens` alone is not a number
        }
        num = Num{};
        num.a = i;
        num.b = e;
        num.value = lo;
        num.high = hi;
        num.vague = true;
        num.range = true;
        num.words = true;
        ok = true;
      }
    }
    if (!ok) ok = sc.read_number(i, num, money_ctx);
    // a numerator before a spelled ordinal phrase: `one one hundred fifth` = 1/105
    if (ok && num.words && !num.digits && num.b == i + 1 && num.value >= 1 && num.value < 10 &&
        num.b < n && at[num.b].kind == AK::word && at[num.b].space) {
      Num den;
      if (sc.read_number(num.b, den, false) && den.ordinal && den.words && !den.digits &&
          den.b > num.b + 1 && den.value > 2) {
        num.value /= den.value;
        num.high = num.value;
        num.b = den.b;
        num.fraction = true;
        num.pronoun_risk = false;
      }
    }
    // a decimal comma: `5,00`, `1,3`, `1.111,11` (one or two digits after a glued comma,
    // then no more)
    if (ok && num.digits && !num.words && !num.separators && !num.scaled && num.b == i + 1 &&
        num.b + 1 < n && txt(num.b) == ","sv && !at[num.b].space && !at[num.b + 1].space &&
        at[num.b + 1].kind == AK::number &&
        !(num.plain_int && num.int_digits == 4 && num.value >= 1000 && num.value <= 2100) &&
        !(i > 0 && at[i - 1].kind == AK::punct && !at[i].space) &&
        (num.b + 2 >= n || at[num.b + 2].space || at[num.b + 2].kind == AK::punct)) {
      std::string_view fd = txt(num.b + 1);
      bool short_digits = !fd.empty() && fd.size() <= 2;
      for (char ch : fd) short_digits = short_digits && is_digit(ch);
      bool list_after = num.b + 3 < n && txt(num.b + 2) == ","sv && !at[num.b + 2].space &&
                        !at[num.b + 3].space && at[num.b + 3].kind == AK::number;
      DigitRead joined = detail::read_digits(
          text.substr(at[i].span.begin, at[num.b + 1].span.end - at[i].span.begin));
      if (short_digits && !list_after && joined.form == DigitForm::plain) {
        num.value = joined.value;
        num.high = num.value;
        num.b += 2;
        num.plain_int = false;
        num.decimals = true;
        num.separators = joined.separators;
      }
    }
    if (!ok) {
      // ordinals written as words: `first`, `twenty-first`, `the third`
      const detail::OrdinalWord* o = sc.ordword(i);
      if (o && !o->plural && options.ordinals && A.kind == AK::word && !ieq(txt(i), "half") &&
          !ieq(txt(i), "quarter")) {
        bool prev_num = i > 0 && (at[i - 1].kind == AK::number || sc.numword(i - 1));
        // a capitalised one beside another capitalised word inside a sentence is a name's
        // (`Women for America First`, `lead manager First Boston`, `the Second Amendment`):
        // no rank (at the start, a title's rank: `Ninth Meeting of the Research Platform`)
        const bool in_name = A.cap && i > 0 &&
                             ((i > 1 && at[i - 1].kind == AK::word && at[i - 1].cap) ||
                              (i + 1 < n && at[i + 1].kind == AK::word && at[i + 1].cap));
        // `second` after a number is a unit; `a second` is a duration
        if (!prev_num && !in_name && !(ieq(txt(i), "second") && i > 0 && sc.is_a(i - 1))) {
          Claim c;
          c.span = c.number = at[i].span;
          c.value = c.low = c.high = o->value;
          c.kind = ClaimKind::ordinal;
          out.push_back(c);
        }
      }
      ++i;
      continue;
    }
    // `half-staff`, `a half-sister`, `a half-hearted bid`: a compound, no half
    if (num.words && !num.digits && num.fraction && num.b + 1 < n && ieq(txt(num.b - 1), "half") &&
        at[num.b].kind == AK::dash && !at[num.b].space && !at[num.b + 1].space &&
        at[num.b + 1].kind == AK::word && lx.half_compounds.contains(txt(num.b + 1))) {
      i = num.b + 2;
      continue;
    }
    // the same compounds written apart: `lowered to half staff`, `his half brother`
    if (num.words && !num.digits && num.fraction && num.b < n && num.b <= num.a + 2 &&
        ieq(txt(num.b - 1), "half") && at[num.b].kind == AK::word && at[num.b].space &&
        lx.half_compounds.contains(txt(num.b))) {
      i = num.b + 1;
      continue;
    }
    // `a third term`, `a fourth straight title`: an ordinal before what it ranks, no
    // fraction (`a third of`, `by a third`, `a third more`, `a quarter mile`, `nearly a third
    // below`, `a third believed` are fractions)
    if (num.fraction && num.words && !num.digits && num.b == num.a + 2 && sc.is_a(num.a) &&
        num.b < n && at[num.b].kind == AK::word && !at[num.b].cap &&
        !(num.a > 0 && sc.in(num.a - 1, detail::wf_qualifier))) {
      const detail::OrdinalWord* o = sc.ordword(num.a + 1);
      const std::size_t nx = num.b;
      const std::string_view nw = txt(nx);
      std::size_t ul = 0;
      const bool comparative = word(nx, "more") || word(nx, "less") || word(nx, "fewer") ||
                               word(nx, "below") || word(nx, "above") || word(nx, "under") ||
                               word(nx, "over") || word(nx, "lower") || word(nx, "higher");
      const bool verb = (nw.size() > 4 && nw.substr(nw.size() - 2) == "ed"sv) ||
                        (sc.bits(nx) & (detail::wf_concept_stop | detail::wf_report_verb)) != 0;
      if (o && !o->plural && !ieq(txt(num.a + 1), "half") && !ieq(txt(num.a + 1), "quarter") &&
          !comparative && !verb && !word(nx, "per") && !sc.unit_at(nx, ul, false)) {
        if (options.ordinals) {
          Claim c;
          c.span = c.number = at[num.a + 1].span;
          c.value = c.low = c.high = o->value;
          c.kind = ClaimKind::ordinal;
          out.push_back(c);
        }
        i = num.b;
        continue;
      }
    }
    (void)start;
    std::size_t a = num.a, b = num.b;
    if (b <= a) {
      ++i;
      continue;
    }

    // ---- digit forms that are not quantities
    Claim c;
    c.number = span_of(a, b);
    c.span = c.number;
    c.value = c.low = c.high = num.value;
    // a minus glued to digits after another number and a space is a dash: `ef 75 -300mm`
    if (num.digits && !num.words && num.value < 0 && !negative_word && at[a].space && a > 0 &&
        at[a - 1].kind == AK::number && txt(a).size() > 1 && txt(a)[0] == '-') {
      num.value = -num.value;
      num.high = -num.high;
      c.value = c.low = c.high = num.value;
      c.number = Span{at[a].span.begin + 1, c.number.end};
      c.span = c.number;
    }
    c.kind = ClaimKind::count;
    bool emit = true;
    std::size_t end = b;  // atoms consumed by the claim phrase

    auto prev_word_glued = [&]() CLAIMEX_LAMBDA_INLINE {
      // letters directly before the digits (`G20`, `PS5`) or joined by a hyphen
      // (`COVID-19`, `F-35`), unless a currency code or `minus`/`sub`/`mid`
      if (a == 0) return false;
      std::size_t p = a - 1;
      if (at[a].space) return false;
      if (at[p].kind == AK::dash && p > 0 && !at[p].space && at[p - 1].kind == AK::word) {
        std::string_view w = txt(p - 1);
        // digits spoken one by one: `three-nought-four`
        if (num.words && !num.digits && b == a + 1 && sc.numword(p - 1) &&
            sc.numword(p - 1)->cls == detail::NumClass::unit && sc.numword(a) &&
            sc.numword(a)->cls == detail::NumClass::unit)
          return false;
        if (ieq(w, "minus") || ieq(w, "sub") || ieq(w, "mid") || ieq(w, "pre") || ieq(w, "post") ||
            ieq(w, "over") || ieq(w, "under") || ieq(w, "top") || ieq(w, "non") || ieq(w, "near") ||
            ieq(w, "up") || ieq(w, "late") || ieq(w, "early") || ieq(w, "about") ||
            ieq(w, "some") || ieq(w, "almost") || ieq(w, "magnitude"))
          return false;
        // digits spelled one by one: `three-nought-four`
        if (num.words && !num.digits && sc.numword(p - 1)) return false;
        return true;
      }
      // a code of letters and digits before the hyphen: `scp2-173m`
      if (at[p].kind == AK::dash && p > 1 && !at[p].space && at[p - 1].kind == AK::number &&
          !at[p - 1].space && at[p - 2].kind == AK::word)
        return true;
      if (at[p].kind == AK::word && !money_ctx) return true;
      return false;
    };

    // a word of temperature near the number (`temperatures fell to 5C`, `a hot 40 degrees`)
    auto temperature_near = [&](std::size_t from, std::size_t to) {
      std::size_t q0 = from > 30 ? from - 30 : 0, q1 = std::min(n, to + 30);
      for (std::size_t q = q0; q < q1; ++q)
        if (at[q].kind == AK::word && sc.in(q, detail::wf_temperature_cue)) return true;
      return false;
    };

    if (num.form == DigitForm::ordinal) {
      c.kind = ClaimKind::ordinal;
      // `May 4th`, `4th of July` → date
      if ((a > 0 && is_month(a - 1)) || (word(b, "of") && is_month(b + 1))) {
        c.kind = ClaimKind::date;
        if (a > 0 && is_month(a - 1))
          c.span = span_of(a - 1, b);
        else
          c.span = span_of(a, b + 2), end = b + 2;
      }
      if (c.kind == ClaimKind::ordinal && !options.ordinals) emit = false;
      if (prev_word_glued()) emit = false;
    } else if (num.form == DigitForm::decade) {
      c.kind = ClaimKind::year;
    } else if (num.form == DigitForm::date) {
      c.kind = ClaimKind::date;
    } else if (num.form == DigitForm::time || num.form == DigitForm::elapsed) {
      c.kind = ClaimKind::time;
      std::size_t u = 0;
      const UnitEntry* ue = sc.unit_at(b, u, !sc.glued(b));
      const bool of_day = ue && ue->cls == UnitClass::time_of_day;
      if (of_day) {
        end = b + u;
        c.span = span_of(a, end);
      }
      if (num.form == DigitForm::elapsed) {
        // `won in 2:01:39`, `a 3:43.13 mile`: a time elapsed, in seconds; a time of day where
        // a zone or `a.m.` follows or a preposition of the clock comes before (`at 10:30:00`)
        if (of_day || (a > 0 && sc.in(a - 1, detail::wf_clock_prep))) {
          c.value = c.low = c.high = std::floor(num.value / 3600);
        } else {
          c.kind = ClaimKind::duration;
          c.unit = "second";
          c.dimension = "time";
        }
      }
    } else if (num.form == DigitForm::ratio || num.form == DigitForm::invalid) {
      emit = false;
    }
    (void)is_temporal_kind;
    if (c.kind != ClaimKind::count || !emit) {
      if (emit && (!is_temporal(c.kind) || options.dates)) out.push_back(c);
      i = std::max(end, i + 1);
      continue;
    }

    // ---- plain numbers: decide the kind from the context
    // the lone pronoun `one`: `the one you mentioned`, `each one`
    // (not a proportion: `only one in five adults`, `just one out of ten`)
    const bool proportion =
        (word(b, "in") && b + 1 < n && (at[b + 1].kind == AK::number || sc.numword(b + 1))) ||
        (word(b, "out") && word(b + 1, "of"));
    if (num.pronoun_risk && a > 0 && at[a - 1].kind == AK::word &&
        sc.in(a - 1, detail::wf_pronoun_one) && !money_ctx && !word(b, "of") && !proportion &&
        !(b < n && at[b].kind == AK::word && sc.in(b, detail::wf_unit))) {
      ++i;
      continue;
    }
    if (num.pronoun_risk &&
        (word(b, "another") || (b < n && at[b].kind == AK::word && (word(b, "day") && false)))) {
      ++i;
      continue;
    }
    // a list continuing names: `phases 3, 5, and 7`, `lines 16 and 17`
    if (num.digits && !num.words && a < name_list_end) {
      i = b;
      continue;
    }
    // a year glued to a letter is a citation's second or third work of that year (`Smith et
    // al., 2006b`, `Fripiat et al., 2011c`), not billions or cents: those are money (`$2006b`)
    // or written with `bn`
    if (num.digits && !num.words && !money_ctx && num.int_digits == 4 && !num.decimals &&
        !num.separators && a + 1 < n && !at[a + 1].space && at[a + 1].kind == AK::word &&
        txt(a + 1).size() == 1 && txt(a + 1)[0] >= 'a' && txt(a + 1)[0] <= 'h') {
      const double year = num.scaled ? num.value / num.scale_factor : num.value;
      if (year >= 1800 && year <= 2100) {
        i = a + 2;
        continue;
      }
    }
    // a label glued to letters: `3D`, `Fig. 1b`, `2006b`, `35S`, `(ClO4)2`
    if (num.digits && !num.words && b < n && at[b].kind == AK::word && !at[b].space && !money_ctx) {
      std::string_view w = txt(b);
      bool known = lx.units_exact.contains(w) || lx.units.contains(w) ||
                   lx.scale_glued.contains(w) || lx.scale_words.contains(w) ||
                   lx.qualifiers_after.contains(w) || w == "G"sv || w == "s"sv ||
                   (w.size() > 2 && (lx.units.contains(w.substr(0, w.size() - 1))));
      // (after a label the name rule below skips it, and a list of such: `Figures 3A and 3B`)
      if (!known && w.size() == 1 &&
          !(a > 0 && at[a - 1].kind == AK::word && sc.in(a - 1, detail::wf_name_before))) {
        i = b + 1;
        continue;
      }
      // an isotope ratio: `40Ar/39Ar`, `187Os/188Os`, `13C/12C` (element symbols)
      auto element = [&](std::size_t e) {
        if (e >= n || at[e].kind != AK::word || at[e].space) return false;
        std::string_view ew = txt(e);
        return (ew.size() == 1 || (ew.size() == 2 && ew[1] >= 'a' && ew[1] <= 'z')) &&
               is_upper(ew[0]);
      };
      if (element(b) && b + 3 < n && txt(b + 1) == "/"sv && !at[b + 1].space &&
          at[b + 2].kind == AK::number && !at[b + 2].space && element(b + 3)) {
        i = b + 4;
        continue;
      }
      // digits, letters, digits glued: a code (`24703L202`)
      std::size_t cl = 0;
      if (b + 1 < n && !at[b + 1].space && at[b + 1].kind == AK::number &&
          !(sc.unit_at(b, cl, true) && cl >= 2)) {
        i = b + 2;
        continue;
      }
    }
    if (num.digits && a > 0 && !at[a].space && txt(a - 1) == ")"sv) {
      i = b;
      continue;
    }
    // the power of a unit (`4km^3`, `20 J/m^2`, `m^-1`) is part of it, no quantity
    if (num.digits && a > 1 && !at[a].space && txt(a - 1) == "^"sv && !at[a - 1].space &&
        at[a - 2].kind == AK::word) {
      i = b;
      continue;
    }
    if (prev_word_glued()) {
      // skip the whole number run (`COVID-19`, `production-four-door`)
      i = b;
      continue;
    }
    // a split ratio, `a two-for-one stock split`, `3-for-2`: two numbers, no quantity
    if (b + 3 < n && at[b].kind == AK::dash && word(b + 1, "for") && at[b + 2].kind == AK::dash &&
        !at[b].space && !at[b + 1].space && !at[b + 2].space && !at[b + 3].space) {
      Num second;
      if (sc.read_number(b + 3, second, false)) {
        i = second.b;
        continue;
      }
    }
    // a capitalised number word inside a name: `the Kick Six`, `Big Ten`
    if (num.words && !num.digits && at[a].cap && a > 0 && at[a - 1].kind == AK::word &&
        at[a - 1].cap && !sc.in(a - 1, detail::wf_concept_stop) &&
        !sc.in(a - 1, detail::wf_qualifier) && !is_month(a - 1)) {
      i = b;
      continue;
    }

    // a measurement with its uncertainty, `40.333 ± 0.004 days`, `6.3 +/- 0.7 kg`: one claim
    // of the first number, approximate, with the unit written after the uncertainty
    Span plus_minus{};
    if (num.digits && !num.words && b + 1 < n) {
      std::size_t e = b;
      if (txt(b) == "\xC2\xB1"sv)
        e = b + 1;
      else if (b + 3 < n && txt(b) == "+"sv && txt(b + 1) == "/"sv && at[b + 2].kind == AK::dash &&
               !at[b + 1].space && !at[b + 2].space)
        e = b + 3;
      if (e > b && at[e].kind == AK::number) {
        const DigitRead r = detail::read_digits(txt(e));
        if (r.form == DigitForm::plain && !r.negative) {
          plus_minus = span_of(b, e + 1);
          b = end = e + 1;
        }
      }
    }

    // unit, percent, currency or time after the number
    std::size_t u_at = b, u_len = 0;
    std::string_view after_iso;
    bool hyphen_unit = false;
    const UnitEntry* unit = nullptr;
    if (b < n) {
      if (at[b].kind == AK::percent) {
        static const UnitEntry pct{"percent", "ratio", UnitClass::percent};
        unit = &pct;
        u_len = 1;
        // `%` then `points`
      } else if (txt(b).size() == 1 &&
                 (txt(b)[0] == '(' || txt(b)[0] == '[' || txt(b)[0] == '{' || txt(b)[0] == '<') &&
                 b + 2 < n &&
                 (txt(b + 2) == ")"sv || txt(b + 2) == "]"sv || txt(b + 2) == "}"sv ||
                  txt(b + 2) == ">"sv) &&
                 lx.units_exact.find(txt(b + 1)) &&
                 lx.units_exact.find(txt(b + 1))->cls == UnitClass::measure &&
                 txt(b + 1).size() >= 2) {
        // a unit in brackets: `20 (kg)`, `20 [kg]`
        unit = lx.units_exact.find(txt(b + 1));
        u_at = b;
        u_len = 3;
      } else if (at[b].kind == AK::currency && !money_ctx &&
                 (b + 1 >= n || at[b + 1].space || at[b + 1].kind != AK::number)) {
        // a sign after the number: `10 $`, `5 €`, `100₾`
        const std::string_view* code = lx.currency_before.find(txt(b));
        static const UnitEntry money{"XXX", "currency", UnitClass::currency};
        unit = &money;
        u_len = 1;
        after_iso = code ? *code : std::string_view("XXX");
      } else if (at[b].kind == AK::dash && !at[b].space && b + 1 < n && !at[b + 1].space &&
                 at[b + 1].kind == AK::word) {
        unit = sc.unit_at(b + 1, u_len, true);
        if (!unit && txt(b + 1).size() < 8) {
          // a unit written only after a hyphen (`a 30-ct dividend`): its key holds the hyphen
          char key[10] = {'-'};
          const std::string_view w = txt(b + 1);
          for (std::size_t q = 0; q < w.size(); ++q)
            key[q + 1] = static_cast<char>(detail::ascii_lower(static_cast<unsigned char>(w[q])));
          unit = lx.units.find(std::string_view(key, w.size() + 1));
          if (unit) u_len = 1;
        }
        if (unit) {
          u_at = b + 1;
          hyphen_unit = true;
        } else if (num.words || num.digits) {
          // `five-year`, `12-cent`, `3-inch` with the unit word alone
          std::size_t q = 0;
          unit = sc.unit_at(b + 1, q, true);
        }
      } else {
        unit = sc.unit_at(b, u_len, !at[b].space);
        if (!unit && at[b].kind == AK::word && !money_ctx) {
          // a code with a scale prefix after the number: `30 MUSD`
          if (const detail::ScaledCurrency* sc2 = sc.in(b, detail::wf_currency_scaled_folded)
                                                      ? lx.currency_scaled.find(txt(b))
                                                      : nullptr) {
            static const UnitEntry money{"XXX", "currency", UnitClass::currency};
            unit = &money;
            u_len = 1;
            after_iso = sc2->iso;
            cur_scale = sc2->scale;
          }
        }
      }
      // a unit glued to a number after it is no unit: a code (`24703L202`, `24703 m212`), or
      // a currency code that is the next number's (`3 USD50 cards`)
      if (unit && u_at + u_len < n && !at[u_at + u_len].space &&
          at[u_at + u_len].kind == AK::number)
        unit = nullptr;
      // a magnitude scale ends near 10, and one with its own number counts quakes: `over 400
      // magnitude 2+ earthquakes`
      if (unit && unit->norm == "magnitude"sv &&
          (num.value > 10 || (u_at + u_len < n && at[u_at + u_len].kind == AK::number)))
        unit = nullptr;
      // a mark that closes a quotation opened before it in the sentence is no foot or inch
      // sign: `the "Reform Bill 2019"`, `the ‘Class of 2019’` (an odd count of straight
      // marks before it, or an opening curly one after the last closing one; a bounded look)
      auto closes_quote = [&](std::size_t m) {
        const std::string_view mq = txt(m);
        const bool dbl = mq == "\""sv || mq == "\xE2\x80\x9D"sv;
        const bool sgl = mq == "'"sv || mq == "\xE2\x80\x99"sv;
        if (!dbl && !sgl) return false;
        const std::string_view straight = dbl ? "\""sv : "'"sv;
        const std::string_view open = dbl ? "\xE2\x80\x9C"sv : "\xE2\x80\x98"sv;
        const std::string_view close = dbl ? "\xE2\x80\x9D"sv : "\xE2\x80\x99"sv;
        std::size_t straight_n = 0;
        for (std::size_t k = m, stop = m > 48 ? m - 48 : 0; k-- > stop;) {
          if (at[k].kind != AK::quote) continue;
          const std::string_view w = txt(k);
          if (w == straight && (mq == straight)) ++straight_n;
          if (mq != straight && w == close) return false;
          if (mq != straight && w == open) return true;
        }
        return straight_n % 2 == 1;
      };
      // a straight quote after a space only before a dimension word: `a pen 10 " long`
      bool spaced_mark = at[b].space && b + 1 < n && at[b + 1].kind == AK::word &&
                         sc.in(b + 1, detail::wf_dimension_adjective) && !word(b + 1, "in");
      if (!unit && (at[b].kind == AK::quote) && (!at[b].space || spaced_mark) && num.digits) {
        std::string_view q = txt(b);
        static const UnitEntry ft{"ft", "length", UnitClass::measure};
        static const UnitEntry in{"in", "length", UnitClass::measure};
        bool next_ok = (b + 1 >= n || at[b + 1].space) && !closes_quote(b);
        if (next_ok && (q == "'"sv || q == "\xE2\x80\x99"sv || q == "\xE2\x80\xB2"sv)) unit = &ft;
        if (next_ok && (q == "\""sv || q == "\xE2\x80\x9D"sv || q == "\xE2\x80\xB3"sv)) unit = &in;
        if (unit) u_len = 1;
      }
      // a fraction of one percent or point: `half a percentage point`, `a quarter of a
      // percentage point`, `half of one percent`, `a tenth of a percent`
      if (!unit && !money_ctx && num.fraction && num.words && !num.digits && num.value > 0 &&
          num.value < 1) {
        std::size_t k = word(b, "of") ? b + 1 : b;
        std::size_t fl = 0;
        const UnitEntry* fu =
            k + 1 < n && (sc.is_a(k) || word(k, "one")) ? sc.unit_at(k + 1, fl, false) : nullptr;
        if (fu && (fu->cls == UnitClass::percent || fu->cls == UnitClass::percentage_point)) {
          unit = fu;
          u_at = k + 1;
          u_len = fl;
        }
      }
    }
    if (unit && at[u_at].cap && u_at > 0 && u_len == 1) {
      // unit words that are also names when capitalised: `2016 Stone spoke`
      std::string_view us = txt(u_at);
      if (ieq(us, "stone") || ieq(us, "real") || ieq(us, "rand") || ieq(us, "won") ||
          ieq(us, "marks") || ieq(us, "cup") || ieq(us, "bar") || ieq(us, "night") ||
          ieq(us, "crowns") || ieq(us, "ha") || ieq(us, "century"))
        unit = nullptr;
    }
    // a singular period before `ago` after a number other than one starts the period the
    // number is compared with, its own unit left out: `294,000 week ago`, `4 mln year ago`
    if (unit && unit->cls == UnitClass::duration && u_len == 1 && num.value != 1.0 &&
        word(u_at + 1, "ago") && txt(u_at).back() != 's' && txt(u_at).back() != 'S')
      unit = nullptr;
    if (unit) {
      std::string_view us = txt(u_at);
      bool glued_unit = !at[u_at].space;
      // ambiguous short units
      if (us == "in"sv && u_len == 1) {
        std::size_t nx = u_at + 1;
        bool dim = nx >= n || at[nx].kind == AK::punct ||
                   (at[nx].kind == AK::word && sc.in(nx, detail::wf_dimension_adjective) &&
                    !word(nx, "in"));
        if (!dim || !(num.fraction || glued_unit || num.decimals)) {
          if (!(dim && nx < n && at[nx].kind == AK::word)) unit = nullptr;
        }
      } else if (us.size() == 1 && "CFKNJVWBtshglLcpTG"sv.find(us[0]) != std::string_view::npos &&
                 u_len == 1) {
        // single letters only glued and not followed by a word (`13F filing`), or after
        // a space at the end of a phrase (`6 deg c` is a phrase entry)
        std::size_t nx = u_at + 1;
        bool word_after = nx < n && at[nx].kind == AK::word && !word(nx, "and") &&
                          !word(nx, "or") && !word(nx, "to") && !word(nx, "at") && !word(nx, "a") &&
                          !word(nx, "per") && !word(nx, "from") && !word(nx, "in") &&
                          !word(nx, "on");
        bool glued_after = nx < n && !at[nx].space && at[nx].kind != AK::punct &&
                           at[nx].kind != AK::quote && at[nx].kind != AK::dash;
        glued_after = glued_after || (nx < n && !at[nx].space && txt(nx) == "/"sv);
        bool temp_letter = (us == "C"sv || us == "F"sv) && !(word_after && at[nx].cap) &&
                           temperature_near(a, nx);  // `highs of 41 F`, `5C overnight`
        // a capital K alone after a number ending its phrase is kelvin (`heated to 1300 K.`,
        // `between 5 and 300 K`); before a word it names something (`a 10 K race`)
        bool kelvin = us == "K"sv && !glued_unit && !word_after && !money_ctx && num.digits;
        if (!glued_unit && us != "p"sv && us != "c"sv && !temp_letter && !kelvin)
          unit = nullptr;
        else if (glued_after)
          unit = nullptr;  // `14.7C/`, `5Gx`
        else if (glued_unit && is_upper(us[0]) && a > 0 && at[a - 1].kind == AK::word &&
                 sc.in(a - 1, detail::wf_name_before))
          unit = nullptr;  // a model name: `Boeing 777F`
        else if (word_after && (is_upper(us[0]) || at[nx].cap) && !temp_letter)
          unit = nullptr;
        else if (us == "p"sv && !glued_unit &&
                 !(nx >= n || at[nx].kind == AK::punct || word(nx, "at") || word(nx, "a") ||
                   word(nx, "per") || word(nx, "to") || word(nx, "and")))
          unit = nullptr;
        else if (us == "c"sv && !glued_unit)
          unit = nullptr;
      } else if (us == "m"sv && u_len == 1) {
        // `m` after a number: million before a plural noun (`10m people`), else metres
        std::size_t nx = u_at + 1;
        // `the 4m men's relay` is a length
        auto possessive = [&](std::size_t w) {
          if (w + 1 >= n || at[w + 1].space) return false;
          std::string_view cl = txt(w + 1);
          return cl.substr(0, 1) == "'"sv || cl.substr(0, 3) == "\xE2\x80\x99"sv;
        };
        // (metres when spaced, `400 m hurdles`, or before a race: `the 400m hurdles`)
        if (glued_unit && nx < n && at[nx].kind == AK::word && !at[nx].cap &&
            !lx.metre_events.contains(txt(nx)) &&
            ((txt(nx).size() > 3 && txt(nx).back() == 's') ||
             sc.in(nx, detail::wf_irregular_plural)) &&
            !sc.in(nx, detail::wf_concept_stop) && !possessive(nx)) {
          c.value = c.low = c.high = num.value * 1e6;
          num.value *= 1e6;
          num.scaled = true;
          b = u_at + 1;
          end = b;
          c.number = span_of(a, b);
          // and the unit after the scale: `12.3m tonnes of jet fuel`, `5m barrels a day`
          std::size_t nl = 0;
          unit = sc.unit_at(nx, nl, false);
          if (unit && unit->cls != UnitClass::measure) unit = nullptr;
          u_at = unit ? nx : b;
          u_len = unit ? nl : 0;
        }
      } else if (us == "pm"sv || us == "am"sv || us == "PM"sv || us == "AM"sv) {
        if (!(num.plain_int || num.decimals) || num.value > 24) unit = nullptr;
      } else if (unit->cls == UnitClass::time_of_day &&
                 (us == "PT"sv || us == "ET"sv || us == "BST"sv)) {
        if (!num.plain_int) unit = nullptr;
      }
      if (unit && (us == "pm"sv || us == "am"sv) && !glued_unit && u_len == 1) {
        // `6 am` is a time; `5 am` in `I am` never follows a number anyway
      }
    }

    // a vague plural's unit after `of`: `hundreds of miles`, `thousands of acres`, `millions
    // of dollars` (a unit only of a measure, money or time: `dozens of points` stays a count)
    if (!unit && num.vague && !money_ctx && b + 1 < n && word(b, "of")) {
      std::size_t ul = 0;
      const UnitEntry* uo = sc.unit_at(b + 1, ul, false);
      if (uo && (uo->cls == UnitClass::measure || uo->cls == UnitClass::currency ||
                 uo->cls == UnitClass::duration)) {
        unit = uo;
        u_at = b + 1;
        u_len = ul;
      }
    }
    // a capital K glued to a number right after a temperature word or as a conversion of a
    // temperature is kelvin, not thousands (`a temperature of 573K`, `300 °C (573.15K)`)
    auto kelvin_context = [&]() {
      for (std::size_t q = a > 4 ? a - 4 : 0; q < a; ++q)
        if (at[q].kind == AK::word && sc.in(q, detail::wf_temperature_cue)) return true;
      if (out.size() <= first_claim || out.back().dimension != "temperature"sv) return false;
      const std::size_t pe = atom_at(at, out.back().span.end);
      return pe <= a && a - pe <= 3;
    };
    if (num.scaled && !money_ctx && !unit && b == a + 2 && !at[a + 1].space &&
        txt(a + 1) == "K"sv && num.scale_factor == 1e3 && kelvin_context()) {
      unit = lx.units_exact.find(txt(a + 1));
      if (unit) {
        num.value /= 1e3;
        num.scaled = false;
        c.value = c.low = c.high = num.value;
        b = a + 1;
        end = b;
        c.number = span_of(a, b);
        u_at = b;
        u_len = 1;
      }
    }
    // number in a name: `Article 5`, `Boeing 737`, `Section 427`, `Voyager 2`; after a label,
    // a glued letter names a panel (`Figure 3b`, `Fig. 5B`: no scale) and some labels take
    // decimals (`Section 4.1`)
    const bool label_before = num.digits && !num.words && a > 0 && at[a - 1].kind == AK::word &&
                              sc.in(a - 1, detail::wf_name_before);
    // (the letter read as a scale, `3b`, or as a unit, `3c` cents)
    const bool panel = label_before && a + 1 < n && !at[a + 1].space &&
                       at[a + 1].kind == AK::word && txt(a + 1).size() == 1 &&
                       (num.scaled ? b == a + 2 : b == a + 1);
    const bool label_decimal =
        label_before && num.decimals && lx.name_before_decimal.contains(txt(a - 1));
    // a version after a capitalised word: `Democracy 2.0`, `Industry 4.0` (small: a table's
    // `Mar 48.0` is a value)
    const bool dot_zero = num.decimals && num.value < 20 && b == a + 1 && txt(a).size() >= 3 &&
                          txt(a).substr(txt(a).size() - 2) == ".0"sv && a > 0 && at[a - 1].cap;
    // a hyphen typed apart from the label before it reads as a minus: `COVID -19`, `Level -2`
    const bool spaced_hyphen = label_before && num.value < 0 && at[a].space && at[a - 1].cap &&
                               txt(a).size() > 1 && txt(a)[0] == '-';
    if (num.digits && !num.words && (!unit || panel) && !money_ctx && a > 0 &&
        at[a - 1].kind == AK::word && num.form == DigitForm::plain &&
        (!num.decimals || label_decimal || dot_zero) && (!num.scaled || panel) &&
        (num.value >= 0 || spaced_hyphen)) {
      std::string_view pw = txt(a - 1);
      bool name = sc.in(a - 1, detail::wf_name_before) && !word(a - 1, "number") &&
                  !(ieq(pw, "top") && !at[a - 1].cap) && (!num.decimals || label_decimal);
      if (ieq(pw, "number"sv) && b < n && word(b, "of")) name = false;
      if (!name && (at[a - 1].cap || (pw.size() > 1 && is_upper(pw[1]))) && a - 1 > 0) {
        // a capitalised word that is not a function word, month, qualifier or unit
        const std::uint64_t pb = sc.bits(a - 1);
        bool common = (pb & (detail::wf_concept_stop | detail::wf_qualifier)) || is_month(a - 1) ||
                      (pb & (detail::wf_weekday | detail::wf_change | detail::wf_year_prep)) ||
                      sc.numword(a - 1);
        bool after_year = num.int_digits == 4 && num.value >= 1000 && num.value <= 2100;
        // a count after a name, not in it: thousands grouped (`Motors 1,050 dealers`), or of
        // people or times (`told Reuters 30 people`, `called Bob 3 times`)
        bool counts = num.separators ||
                      (b < n && (word(b, "times") || sc.in(b, detail::wf_irregular_plural)));
        if (!common && !after_year && !counts) name = true;
        // (between two capitalised words, a change word before it too: `The Lost 52 Project`)
        if (!name && !after_year && !counts && !is_month(a - 1) && !sc.numword(a - 1) &&
            !(pb & (detail::wf_concept_stop | detail::wf_qualifier | detail::wf_weekday |
                    detail::wf_year_prep)) &&
            b < n && at[b].kind == AK::word && at[b].cap && at[b].space && !is_month(b) &&
            !sc.numword(b) && !(sc.bits(b) & (detail::wf_concept_stop | detail::wf_month)))
          name = true;
      }
      // a model number after a maker's possessive: `Boeing's 787 Dreamliner`, `Porsche's 911
      // Turbo`, `Intel's 486 chip` (three or four digits, not a round hundred or a year, and a
      // name or a singular noun after it; a count takes a plural: `Apple's 270 stores`)
      if (!name && a > 1 && num.plain_int && num.int_digits >= 3 && num.int_digits <= 4 &&
          std::fmod(num.value, 100.0) != 0 && !(num.value >= 1000 && num.value <= 2100) &&
          (pw == "'s"sv || pw == "\xE2\x80\x99s"sv) && at[a - 2].kind == AK::word &&
          at[a - 2].cap && b + 1 < n && at[b].kind == AK::word && at[b].space) {
        const std::string_view nw = txt(b);
        const bool plain =
            !(sc.bits(b) & (detail::wf_concept_stop | detail::wf_month | detail::wf_weekday |
                            detail::wf_irregular_plural | detail::wf_change | detail::wf_qualifier |
                            detail::wf_report_verb));
        bool singular = nw.size() >= 3 && nw.back() != 's' && !is_verb(sc, b);
        // (a lower-case noun may modify the plural counted: `Venezuela's 450 creditor banks`,
        // `Indonesia's 215 state-run companies`)
        // (or a list of them: `Indonesia's 112 state, foreign and private banks`)
        for (std::size_t q = b + 1; singular && !at[b].cap && q < n && q < b + 8; ++q) {
          if ((at[q].kind == AK::dash && !at[q].space) || txt(q) == ","sv || word(q, "and") ||
              word(q, "or"))
            continue;
          if (at[q].kind != AK::word || sc.in(q, detail::wf_concept_stop)) break;
          const std::string_view w = txt(q);
          if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') singular = false;
        }
        if (plain && (at[b].cap || singular)) name = true;
      }
      if (name && !at[a - 1].cap && a - 1 == 0) name = sc.in(a - 1, detail::wf_name_before);
      if (name) {
        // the list goes on: `phases 3, 5, and 7`, `lines 16 and 17`
        std::size_t q = panel && b == a + 1 ? b + 1 : b;
        while (q + 1 < n && (txt(q) == ","sv || word(q, "and") || word(q, "or") || word(q, "to") ||
                             at[q].kind == AK::dash)) {
          std::size_t r2 = q + 1;
          if (r2 < n && word(r2, "and")) ++r2;
          if (r2 < n && at[r2].kind == AK::number) {
            std::size_t e2 = r2 + 1;
            // a panel letter: `Figures 3A and 3B`
            if (e2 < n && !at[e2].space && at[e2].kind == AK::word && txt(e2).size() == 1) ++e2;
            // after a comma only a list's item, not a count: `in Fig. 10, 350 electrons`
            if (txt(q) == ","sv && r2 == q + 1 && e2 < n && at[e2].kind == AK::word &&
                !word(e2, "and") && !word(e2, "or"))
              break;
            q = e2;
            name_list_end = q;
          } else {
            break;
          }
        }
        i = b;
        continue;
      }
    }
    // a small number word after a label names a step, not a quantity: `phase two was planned`,
    // `Stage three of the works`, `in round one` (the labels: the lexicon's name_before_words)
    if (num.words && !num.digits && !num.range && !num.vague && !num.fraction && !unit &&
        !money_ctx && b == a + 1 && a > 0 && at[a - 1].kind == AK::word && num.value >= 1 &&
        num.value <= 20 && num.value == std::floor(num.value) &&
        lx.name_before_words.contains(txt(a - 1))) {
      i = b;
      continue;
    }

    // ---- fractions written `one out of three`, `1 in twenty-one`, `one over three`
    if (!unit && !money_ctx && !num.scaled && !num.fraction && !num.decimals &&
        num.form == DigitForm::plain && (num.value > 0 || (negative_word && num.value < 0)) &&
        b + 1 < n) {
      std::size_t d = 0;
      if (word(b, "out") && word(b + 1, "of"))
        d = b + 2;
      else if (word(b, "in") || word(b, "over"))
        d = b + 1;
      Num den;
      if (d && d < n && sc.read_number(d, den, false) && den.form == DigitForm::plain &&
          !den.scaled && (den.value > std::fabs(num.value) || word(b, "over")) && den.value > 0 &&
          !den.decimals && !den.vague && !(den.plain_int && den.int_digits == 4) &&
          den.value <= 1e6) {
        bool over_ok = !word(b, "over") || den.b >= n || at[den.b].kind == AK::punct;
        std::size_t ul = 0;
        const UnitEntry* du = den.b < n ? sc.unit_at(den.b, ul, false) : nullptr;
        if (over_ok && !du) {
          c.value = c.low = c.high = num.value / den.value;
          c.number = c.span = span_of(a, den.b);
          c.kind = ClaimKind::count;
          b = den.b;
          end = b;
          num.fraction = true;
          num.plain_int = false;
          num.pronoun_risk = false;  // (`one in five adults`: the adults are counted)
        }
      }
    }

    // ---- dates and years
    // a year of an era, whatever its digits: `664 b.c.e.`, `250 CE`, `79 AD`, `AD 79`
    {
      auto era = [&](std::size_t k) {
        if (k >= n || at[k].kind != AK::word) return false;
        std::string_view w = txt(k);
        if (k + 1 < n && txt(k + 1) == "."sv && !at[k + 1].space)  // (a period cut off)
          w = std::string_view(w.data(), w.size() + 1);
        return lx.eras.contains(w) || w == "AD"sv;
      };
      if (num.plain_int && !num.separators && num.value >= 1 && num.value <= 20000 && !money_ctx &&
          (era(b) || (a > 0 && (txt(a - 1) == "AD"sv || ieq(txt(a - 1), "a.d."))))) {
        std::size_t e = b;
        if (era(b)) e = b + 1 < n && txt(b + 1) == "."sv && !at[b + 1].space ? b + 2 : b + 1;
        c.span = span_of(era(b) ? a : a - 1, e);
        c.kind = ClaimKind::year;
        if (options.dates) out.push_back(c);
        i = e;
        continue;
      }
    }
    bool year_like = num.plain_int && num.int_digits == 4 && num.value >= 1000 &&
                     num.value <= 2100 && !money_ctx &&
                     !(unit && unit->cls != UnitClass::time_of_day);
    if (num.plain_int && num.value >= 1 && num.value <= 31 && num.int_digits <= 2 && !money_ctx &&
        !unit) {
      // `Sept. 27`, `October 15, 2020`, `15 October`
      std::size_t ms = 0, me = 0;
      bool date = false;
      if (a > 0 && is_month(a - 1)) {
        date = true;
        ms = a - 1;
        me = b;
      } else if (b < n && is_month(b)) {
        date = true;
        ms = a;
        me = b + 1;
      } else if (word(b, "of") && is_month(b + 1)) {
        date = true;
        ms = a;
        me = b + 2;
      } else {
        // a day range's other day: `from March 15 to 17`, `March 15-17`, `between June 3 and
        // 5`, `from 10 to 15 September`; not a count after the date (`March 15 and 17 people`)
        auto connector = [&](std::size_t q) {
          return q < n &&
                 ((at[q].kind == AK::dash && !at[q].space) || word(q, "to") || word(q, "through") ||
                  word(q, "until") || word(q, "till") || word(q, "and") || word(q, "thru"));
        };
        auto day = [&](std::size_t q) { return whole_number_in(q, 1, 31); };
        const bool after_date =
            a >= 3 && connector(a - 1) && day(a - 2) && is_month(a - 3) &&
            (b >= n || at[b].space || at[b].kind == AK::punct) &&  // (not `7-3/4 pct`)
            (b >= n || at[b].kind != AK::word || at[b].cap || is_month(b) ||
             sc.in(b, detail::wf_concept_stop));
        const bool before_date = connector(b) && day(b + 1) && is_month(b + 2);
        if (after_date || before_date) {
          date = true;
          ms = a;
          me = b;
        }
      }
      if (date) {
        // a year after: `October 15, 2020`, `October 15,2020`, `1 October 2019`
        std::size_t y = me;
        if (y < n && txt(y) == ","sv) ++y;
        if (y < n && at[y].kind == AK::number) {
          DigitRead r = detail::read_digits(txt(y));
          if (r.form == DigitForm::plain && r.int_digits == 4 && !r.separators && !r.decimals)
            me = y + 1;
        }
        c.span = span_of(ms, me);
        c.kind = ClaimKind::date;
        if (options.dates) out.push_back(c);
        i = me;
        continue;
      }
    }
    if (year_like) {
      bool is_year = false;
      std::size_t ye = b;
      bool prep = a > 0 && (sc.in(a - 1, detail::wf_year_prep) || is_month(a - 1) ||
                            at[a - 1].kind == AK::punct);
      if (num.value >= 1900 || prep) is_year = true;
      if (num.value < 1900 && !prep) is_year = false;
      if (unit && unit->cls == UnitClass::time_of_day) {
        // `0401 GMT`
        c.kind = ClaimKind::time;
        c.span = span_of(a, b + u_len);
        if (options.dates) out.push_back(c);
        i = b + u_len;
        continue;
      }
      // `2012–13`, `2014-15`, `2012-2013`: one year span
      if (is_year && ye + 1 < n && at[ye].kind == AK::dash && at[ye + 1].kind == AK::number) {
        DigitRead r = detail::read_digits(txt(ye + 1));
        if (r.form == DigitForm::plain && !r.separators && !r.decimals &&
            (r.int_digits == 2 || (r.int_digits == 4 && r.value > num.value && r.value <= 2100)))
          ye += 2;
      }
      if (is_year) {
        if (a > 0 && is_month(a - 1)) a = a - 1;
        c.span = span_of(a, ye);
        c.kind = ClaimKind::year;
        if (options.dates) out.push_back(c);
        i = ye;
        continue;
      }
    }
    if (unit && unit->cls == UnitClass::time_of_day) {
      // (an hour in words only before `o'clock`: `at ten o'clock`)
      if (num.plain_int || num.decimals ||
          (num.words && !num.digits && !num.fraction && num.value >= 1 && num.value <= 12 &&
           unit->norm == "o'clock"sv)) {
        c.kind = ClaimKind::time;
        c.span = span_of(a, u_at + u_len);
        if (options.dates) out.push_back(c);
        i = u_at + u_len;
        continue;
      }
      unit = nullptr;
    }

    // ---- scores `3-1`, `2:2`, ranges `10-15`, `10 to 15`, `between 3 and 5`, phone numbers
    if (num.plain_int && b + 1 < n && txt(b) == ":"sv && !at[b].space && !at[b + 1].space &&
        at[b + 1].kind == AK::number) {
      i = b + 2;
      continue;
    }
    // a phone number in groups of digits: `0800 123 4567`, `+44 20 7946 0958` (a count never
    // opens with a zero)
    if (num.plain_int && !num.words && b < n && at[b].kind == AK::number && at[b].space &&
        ((txt(a).size() >= 3 && txt(a)[0] == '0') || num.signed_plus)) {
      std::size_t e = b, groups = 1;
      for (; e < n && at[e].kind == AK::number && at[e].space; ++e, ++groups) {
        const DigitRead r = detail::read_digits(txt(e));
        if (r.form != DigitForm::plain || r.decimals || r.separators || r.int_digits < 2 ||
            r.int_digits > 4)
          break;
      }
      if (groups >= 3 || (groups == 2 && !num.signed_plus)) {
        i = e;
        continue;
      }
    }
    // a number that continues a sequence `X to Y to Z` (not a year: `add 1.30 to 1.60 to 1987
    // earnings`)
    auto sequence_number = [&](std::size_t k) {
      if (k >= n || at[k].kind != AK::number) return false;
      const DigitRead r = detail::read_digits(txt(k));
      return !(r.form == DigitForm::plain && r.int_digits == 4 && !r.decimals && !r.separators &&
               r.value >= 1800 && r.value <= 2100);
    };
    bool range = false;
    bool suspended_range = false;  // `8- to 16-meter`
    std::size_t r_end = 0;
    Num hi;
    if (num.digits && b + 1 < n && at[b].kind == AK::dash && at[b + 1].kind == AK::number &&
        !unit && !(at[b].space && at[b + 1].space)) {
      DigitRead r = detail::read_digits(txt(b + 1));
      bool chain = b + 3 < n && at[b + 2].kind == AK::dash && at[b + 3].kind == AK::number;
      if (chain || r.form != DigitForm::plain) {
        // phone numbers, ISBNs, dates written 2020-10-15
        std::size_t e = b;
        while (e + 1 < n && at[e].kind == AK::dash && at[e + 1].kind == AK::number) e += 2;
        i = e;
        continue;
      }
      if (r.value <= num.value && num.plain_int && r.int_digits > 0 && !r.decimals) {
        // a score (`3-1`, `2-2`, a vote `passed 52-48 in the Senate`) unless a unit follows
        // (not `in` before a word: a preposition)
        std::size_t uu = 0;
        const UnitEntry* su = sc.unit_at(b + 2, uu, false);
        const bool in_word = su && word(b + 2, "in") && b + 3 < n && at[b + 3].kind == AK::word;
        if (!su || su->cls == UnitClass::time_of_day || in_word) {
          i = b + 2;
          continue;
        }
      }
      if (sc.read_number(b + 1, hi, money_ctx) && hi.form == DigitForm::plain) {
        range = true;
        r_end = hi.b;
      }
    } else if ((word(b, "to") || word(b, "and") || word(b, "through") || word(b, "thru") ||
                (at.size() > b && at[b].kind == AK::dash) ||
                (num.digits && b + 1 < n && txt(b) == "~"sv && !at[b].space && !at[b + 1].space &&
                 at[b + 1].kind == AK::number)) &&
               b + 1 < n && !unit) {
      // `1 to 1.5 degrees`, `four to five thousand`, `between 20 and 30`, `$62 and $68`
      // (the currency before the low end, glued to its country's letters: `between US$300
      // and 400 billion`)
      const bool glued_currency = a > 2 && money_ctx && at[a - 1].kind == AK::currency &&
                                  at[a - 2].kind == AK::word && !at[a - 1].space;
      bool between =
          a > 0 && (word(a - 1, "between") || (a > 1 && money_ctx && word(a - 2, "between")) ||
                    (glued_currency && word(a - 3, "between")) ||
                    (a > 1 && word(a - 2, "between") && word(a - 1, "the")) ||
                    // `between the ages of 17 and 29`
                    (a > 3 && word(a - 1, "of") && (word(a - 2, "ages") || word(a - 2, "age")) &&
                     word(a - 3, "the") && word(a - 4, "between")));
      std::size_t q = b + 1;
      // a suspended hyphen: `8- to 16-meter`, `10- to 15-year-old`
      const bool suspended = at[b].kind == AK::dash && !at[b].space && num.digits && b + 2 < n &&
                             at[b + 1].space && word(b + 1, "to");
      if (suspended) q = b + 2;
      if (!word(b, "and") || between) {
        if (q < n && at[q].kind == AK::currency) ++q;
        // (or glued to its country's letters: `C$5 and C$10`)
        else if (glued_currency && q + 1 < n && at[q].kind == AK::word &&
                 at[q + 1].kind == AK::currency && !at[q + 1].space)
          q += 2;
        if (word(b, "and") && !between) q = n;
        if (q < n && sc.read_number(q, hi, money_ctx || q > b + 1) && hi.form == DigitForm::plain &&
            !(hi.pronoun_risk) && !hi.vague) {
          // `5 to 10` needs the two ends to be alike; `rose 8.15% to 3.65` is no range
          range = true;
          r_end = hi.b;
          // a change then the level it reached is no range: `Sales rose $3 million to $45
          // million`, `fell by 2 cents to 85 cents` (`from`, `between` set ranges)
          // (the low end complete: its currency, or its unit before `to`; `rose 5 to 10
          // percent` is a range)
          if (word(b, "to") && !between &&
              ((a > 0 && at[a - 1].kind == AK::currency) || b > num.b)) {
            std::size_t p0 = a;
            if (p0 > 0 && at[p0 - 1].kind == AK::currency) --p0;
            if (p0 > 0 && at[p0 - 1].kind == AK::word && sc.in(p0 - 1, detail::wf_qualifier)) --p0;
            if ((p0 > 0 && at[p0 - 1].kind == AK::word && (word_class(sc, p0 - 1) & kChange)) ||
                (p0 > 1 && word(p0 - 1, "by") && at[p0 - 2].kind == AK::word &&
                 (word_class(sc, p0 - 2) & kChange)))
              range = false;
          }
          // a sequence is no range: `from 0.06 to 0.42 to 0.74 ppm`
          if (word(b, "to") &&
              ((r_end + 1 < n && word(r_end, "to") && sequence_number(r_end + 1)) ||
               (a > 1 && word(a - 1, "to") && sequence_number(a - 2))))
            range = false;
          // three or more spelled digits joined by hyphens are read one by one:
          // `three-nought-four`
          if (at[b].kind == AK::dash && num.words && hi.words && !num.digits && !hi.digits &&
              ((hi.b + 1 < n && at[hi.b].kind == AK::dash && !at[hi.b].space &&
                sc.numword(hi.b + 1)) ||
               (a > 1 && at[a - 1].kind == AK::dash && !at[a].space && sc.numword(a - 2))))
            range = false;
          // a spaced dash only between two plain digit numbers, spaced alike and rising:
          // `1000 - 5000`, `1000 – 5000`
          bool spaced_ok = at[b].space && at[b + 1].space && num.digits && !num.words &&
                           hi.digits && !hi.words && hi.value > num.value && q == b + 1;
          if (spaced_ok && hi.b < n) {
            // with a unit only after the high end (`40 - 50 years old`) the reading is
            // ambiguous (Recognizers reads the unit's number alone): two numbers
            std::size_t ul = 0;
            spaced_ok = at[hi.b].kind != AK::percent && !sc.unit_at(hi.b, ul, !at[hi.b].space);
          }
          if (at[b].kind == AK::dash && (at[b].space || at[b + 1].space) && !between &&
              !spaced_ok && !suspended) {
            range = false;
          }
          suspended_range = range && suspended;
          // number words joined by glued dashes: three or more spell digits one by one
          // (`three-nought-four`); two falling ones are a score (`three-nil`, `two-one`)
          if (range && at[b].kind == AK::dash && !at[b].space && !at[b + 1].space && q == b + 1 &&
              num.words && !num.digits && hi.words && !hi.digits) {
            auto glued_word_dash = [&](std::size_t d) {
              return d + 1 < n && at[d].kind == AK::dash && !at[d].space && !at[d + 1].space;
            };
            bool chain = (glued_word_dash(r_end) && sc.numword(r_end + 1)) ||
                         (a > 1 && glued_word_dash(a - 1) && sc.numword(a - 2));
            std::size_t ul = 0;
            if (chain) {
              range = false;
            } else if (hi.value <= num.value && (r_end >= n || (at[r_end].kind != AK::percent &&
                                                                !sc.unit_at(r_end, ul, false)))) {
              i = r_end;
              continue;
            }
          }
        }
      }
    } else if (word(b, "or") && b + 1 < n && !unit && !num.scaled && !num.vague && !num.fraction &&
               !num.decimals && num.value >= 1 && num.value < 100 &&
               num.value == std::floor(num.value)) {
      // `two or three million`, `one or two hundred`: the scale of the second joins the first,
      // a range (a second with no scale is a number of its own: `one or two people`)
      Num h2;
      if (sc.read_number(b + 1, h2, money_ctx) && h2.form == DigitForm::plain && !h2.vague &&
          !h2.fraction && h2.digits == num.digits && h2.b > b + 2) {
        // (`hundred` is no scale word to the reader: its factor here all the same)
        const double factor = h2.scaled ? h2.scale_factor : word(h2.b - 1, "hundred") ? 100 : 0;
        if (factor >= 100 && h2.value / factor > num.value && h2.value / factor < 100) {
          num.value *= factor;
          num.scaled = true;
          hi = h2;
          range = true;
          r_end = h2.b;
        }
      }
    }
    if (range) {
      // scale of the high end applies to the low one: `four to five thousand`, `$3 to $5 billion`
      double lo = num.value, h = hi.value;
      if (hi.scaled && !num.scaled && lo != 0 && lo <= h / hi.scale_factor) {
        lo *= hi.scale_factor;  // `four to five thousand`, `$3 to $5 billion`
      }
      c.is_range = true;
      c.low = lo;
      c.high = h;
      c.value = lo;
      c.number = span_of(a, r_end);
      c.span = c.number;
      b = r_end;
      end = r_end;
      // the unit after the high end
      if (b < n) {
        if (at[b].kind == AK::percent) {
          static const UnitEntry pct{"percent", "ratio", UnitClass::percent};
          unit = &pct;
          u_at = b;
          u_len = 1;
        } else {
          unit = sc.unit_at(b, u_len, !at[b].space);
          u_at = b;
          // the unit after a hyphen: `8- to 16-meter`
          if (!unit && suspended_range && at[b].kind == AK::dash && !at[b].space && b + 1 < n &&
              !at[b + 1].space && at[b + 1].kind == AK::word) {
            unit = sc.unit_at(b + 1, u_len, true);
            u_at = b + 1;
          }
          if (unit && unit->cls == UnitClass::time_of_day) {
            // a range of clock times (`between 0100 and 0415 CST`, `9 to 11 a.m.`): a time,
            // no quantity
            c.kind = ClaimKind::time;
            c.span = join(c.span, span_of(b, b + u_len));
            if (options.dates) out.push_back(c);
            i = b + u_len;
            continue;
          }
          if (unit && txt(u_at) == "in"sv) unit = nullptr;
          if (unit && u_len == 1 && txt(u_at).size() == 1 && at[u_at].space) unit = nullptr;
        }
      }
    } else if (num.vague) {
      c.is_range = true;
      c.low = num.value;
      c.high = num.high;
    }

    // ---- classify
    if (money_ctx) {
      c.kind = ClaimKind::money;
      c.unit = iso;
      c.dimension = "currency";
      c.unit_span = cur_span;
      c.span = join(cur_span, c.span);
      if (cur_scale != 1) {
        c.value *= cur_scale;
        c.low *= cur_scale;
        c.high *= cur_scale;
        num.scaled = true;
      }
      // `$5.4 m` / `€40m` already scaled; a trailing restatement `US$ 5 US`
      if (unit && unit->cls == UnitClass::currency && u_len == 1 && unit->norm == iso) {
        end = u_at + u_len;
        c.span = join(c.span, span_of(u_at, end));
      } else if (unit && (unit->cls == UnitClass::measure || unit->cls == UnitClass::duration) &&
                 false) {
      }
      // `$6 a share`, `$2.11 per gallon` stay money
    } else if (unit) {
      end = u_at + u_len;
      c.unit_span = span_of(u_at, end);
      c.span = join(c.span, c.unit_span);
      c.unit = unit->norm;
      c.dimension = unit->dimension;
      switch (unit->cls) {
        case UnitClass::percent:
          c.kind = ClaimKind::percent;
          break;
        case UnitClass::percentage_point:
          c.kind = ClaimKind::percentage_point;
          break;
        case UnitClass::currency:
          c.kind = ClaimKind::money;
          if (!after_iso.empty()) c.unit = after_iso;
          if (cur_scale != 1) {
            c.value *= cur_scale;
            c.low *= cur_scale;
            c.high *= cur_scale;
            num.scaled = true;
          }
          break;
        case UnitClass::duration:
          c.kind = ClaimKind::duration;
          break;
        case UnitClass::age_suffix:
          c.kind = ClaimKind::age;
          break;
        case UnitClass::measure:
          c.kind = ClaimKind::measure;
          break;
        case UnitClass::time_of_day:
          c.kind = ClaimKind::time;
          break;
      }
      // `20 % points`, `3 percentage points`
      if (c.kind == ClaimKind::percent && end < n && (word(end, "points") || word(end, "point")) &&
          !word(end + 1, "of")) {
        c.kind = ClaimKind::percentage_point;
        c.unit = "percentage_point";
        end += 1;
        c.span = join(c.span, span_of(end - 1, end));
      }
      // durations that are ages: `five years old`, `aged 60`
      if (c.kind == ClaimKind::duration &&
          (word(end, "old") || (word(end, "of") && word(end + 1, "age")))) {
        c.kind = ClaimKind::age;
        std::size_t e2 = word(end, "old") ? end + 1 : end + 2;
        c.span = join(c.span, span_of(end, e2));
        end = e2;
      }
      if (c.kind == ClaimKind::duration && hyphen_unit && end < n && at[end].kind == AK::dash &&
          word(end + 1, "old")) {
        c.kind = ClaimKind::age;
        end += 2;
        c.span = join(c.span, span_of(end - 2, end));
      }
      // `pounds`: sterling after a scale (`20 million pounds`) or beside money words
      if (c.kind == ClaimKind::measure && c.unit == "lb"sv &&
          (ieq(txt(u_at), "pounds") || ieq(txt(u_at), "pound"))) {
        bool money_words = num.scaled || num.vague;  // `20 million pounds`, `millions of pounds`
        std::size_t q0 = a > 30 ? a - 30 : 0, q1 = std::min(n, end + 30);
        for (std::size_t q = q0; q < q1 && !money_words; ++q) {
          std::string_view w = txt(q);
          money_words = ieq(w, "spent") || ieq(w, "spend") || ieq(w, "paid") || ieq(w, "pay") ||
                        ieq(w, "cost") || ieq(w, "costs") || ieq(w, "worth") || ieq(w, "price") ||
                        ieq(w, "profit") || ieq(w, "revenue") || ieq(w, "sterling") ||
                        ieq(w, "sales") || ieq(w, "fine") || ieq(w, "bought") || ieq(w, "sold") ||
                        ieq(w, "salary") || ieq(w, "loan") || ieq(w, "debt");
        }
        if (money_words) {
          c.kind = ClaimKind::money;
          c.unit = "GBP";
        }
      }
      if (c.kind == ClaimKind::money) c.dimension = "currency";
      // a scale after the currency code: `75 USD million`
      if (c.kind == ClaimKind::money && !num.scaled && end < n && at[end].kind == AK::word) {
        const double* scl = lx.scale_words.find(txt(end));
        if (scl && *scl >= 1e3 && txt(end).back() != 's') {
          c.value = c.low = c.high = c.value * *scl;
          num.scaled = true;
          ++end;
          c.span = join(c.span, span_of(end - 1, end));
        }
      }
      // `3 dollars 50 cents`, `15 dollars and 50`, `5 feet 2 inches`, `12 ft 2 in`
      if ((c.kind == ClaimKind::money && c.unit != "cent"sv && c.unit != "GBX"sv) ||
          c.unit == "ft"sv) {
        std::size_t q = end;
        if (word(q, "and")) ++q;
        Num sub;
        if (q < n && q > end - 1 && sc.read_number(q, sub, false) && sub.form == DigitForm::plain &&
            !sub.scaled && !sub.decimals && sub.value > 0 &&
            sub.value < (c.unit == "ft"sv ? 12 : 100)) {
          std::size_t se = sub.b, ul = 0;
          const UnitEntry* su = se < n ? sc.unit_at(se, ul, !at[se].space) : nullptr;
          bool ok_sub = false;
          if (c.unit == "ft"sv) {
            ok_sub = su && su->norm == "in"sv;
          } else if (su && (su->norm == "cent"sv || su->norm == "GBX"sv)) {
            ok_sub = true;
          } else if (!su && (se >= n || at[se].kind == AK::punct || word(se, "and") ||
                             word(se, "or") || word(se, "but") || word(se, "more"))) {
            ok_sub = true;  // `15 dollars and 50`, `15 USD 50 more`
            ul = 0;
          }
          if (ok_sub) {
            double frac = c.unit == "ft"sv ? sub.value / 12 : sub.value / 100;
            c.value = c.low = c.high = c.value + frac;
            end = se + (su ? ul : 0);
            c.span = join(c.span, span_of(q, end));
          }
        }
      }
    } else {
      c.kind = ClaimKind::count;
      // a bare number in a list whose last number has a unit shares it: `1,850 and 1,880 dlrs`,
      // `5, 6 and 7 pct` (the span stays the number's; the unit span is the one written)
      if (!c.is_range && num.digits && !num.words && !num.scaled && !money_ctx && end < n) {
        std::size_t q = end;
        for (int items = 0; items < 6 && q + 1 < n; ++items) {
          const bool comma = txt(q) == ","sv;
          const bool conj = word(q, "and") || word(q, "or");
          if (!comma && !conj) break;
          std::size_t v = q + 1;
          if (comma && (word(v, "and") || word(v, "or"))) ++v;  // the serial comma
          Num nx;
          if (v >= n || at[v].kind != AK::number || !sc.read_number(v, nx, false) ||
              nx.form != DigitForm::plain || nx.words || nx.scaled || nx.b >= n)
            break;
          // a list holds numbers of a size: `1,775,000, or 20 cts a share` restates the first
          // in another unit
          const double small = std::min(std::fabs(c.value), std::fabs(nx.value)),
                       large = std::max(std::fabs(c.value), std::fabs(nx.value));
          if (!(large <= 100 * small)) break;
          if (comma && v == q + 1) {  // another item of the list
            q = nx.b;
            continue;
          }
          std::size_t ul = 0;
          const UnitEntry* lu = sc.unit_at(nx.b, ul, !at[nx.b].space);
          // (not the short ones that are also words or letters: `number 1 and 2 in chess`)
          const std::string_view uw = txt(nx.b);
          if (lu && ul == 1 &&
              (ieq(uw, "in") || (uw.size() == 1 && at[nx.b].kind != AK::percent && uw != "%"sv)))
            lu = nullptr;
          if (lu && (lu->cls == UnitClass::percent || lu->cls == UnitClass::percentage_point ||
                     lu->cls == UnitClass::currency || lu->cls == UnitClass::measure)) {
            c.unit = lu->cls == UnitClass::percentage_point ? "percentage_point"sv : lu->norm;
            c.dimension = lu->dimension;
            c.unit_span = span_of(nx.b, nx.b + ul);
            c.kind = lu->cls == UnitClass::percent            ? ClaimKind::percent
                     : lu->cls == UnitClass::percentage_point ? ClaimKind::percentage_point
                     : lu->cls == UnitClass::currency         ? ClaimKind::money
                                                              : ClaimKind::measure;
          }
          break;
        }
      }
      // a percent word before the number that has no number of its own: `percent of 10`,
      // `per cent of twenty-two`, `per cent sixty`
      if (!c.is_range && a > 0) {
        std::size_t p = word(a - 1, "of") ? a - 1 : a;
        for (std::size_t len = 2; len >= 1; --len) {
          if (p < len) continue;
          std::size_t s0 = p - len, ul = 0;
          // (a word of `per` first: most words before a count are none, no unit lookup)
          if (at[s0].kind != AK::word || !ieq(txt(s0).substr(0, 3), "per") ||
              ieq(txt(s0), "percentage"))
            continue;
          const UnitEntry* pu = sc.unit_at(s0, ul, false);
          if (!pu || ul != len || pu->cls != UnitClass::percent) continue;
          bool own_number = s0 > 0 && (at[s0 - 1].kind == AK::number || sc.numword(s0 - 1) ||
                                       (at[s0 - 1].kind == AK::dash && s0 > 1 &&
                                        (at[s0 - 2].kind == AK::number || sc.numword(s0 - 2))));
          if (own_number) break;
          c.kind = ClaimKind::percent;
          c.unit = pu->norm;
          c.dimension = pu->dimension;
          c.unit_span = span_of(s0, s0 + len);
          c.span = join(c.unit_span, c.span);
          break;
        }
      }
      // `aged 60`, `age 87`, `at the age of 60`, `ages 18-34`, `between the ages of 17 and 29`,
      // `aged between 5 and 11`
      const std::size_t ag = c.is_range && a > 1 && word(a - 1, "between") ? a - 1 : a;
      auto age_word = [&](std::size_t w) {
        return word(w, "aged") || word(w, "age") || word(w, "ages");
      };
      if (ag > 0 && (age_word(ag - 1) || (ag > 1 && word(ag - 1, "of") &&
                                          (word(ag - 2, "age") || word(ag - 2, "ages"))))) {
        c.kind = ClaimKind::age;
        c.unit = "year";
        c.dimension = "time";
        std::size_t s0 = word(ag - 1, "of") ? ag - 2 : ag - 1;
        if (ag == a) c.span = join(span_of(s0, a), c.span);
      }
      // news style gives a person's age in commas after the name: `Maddon, 66, has used`,
      // `Emily Spanton, 39, was arrested` (a whole number of years a person may have)
      if (c.kind == ClaimKind::count && c.unit.empty() && !c.is_range && end == a + 1 && a > 1 &&
          end < n && at[a].kind == AK::number && txt(a - 1) == ","sv && txt(end) == ","sv &&
          at[a - 2].kind == AK::word && at[a - 2].cap && !is_month(a - 2) && c.value >= 1 &&
          c.value < 120 && c.value == std::floor(c.value) &&
          txt(a).find_first_of(".,") == std::string_view::npos) {
        c.kind = ClaimKind::age;
        c.unit = "year";
        c.dimension = "time";
      }
      // two people's ages the same way: `Antoine Quirin and Nicolas Redouane, 40 and 49, met`
      auto whole_age = [&](std::size_t q) { return whole_number_in(q, 1, 119); };
      if (c.kind == ClaimKind::count && c.unit.empty() && !c.is_range && end == a + 1 &&
          whole_age(a) &&
          ((a > 1 && txt(a - 1) == ","sv && at[a - 2].kind == AK::word && at[a - 2].cap &&
            !is_month(a - 2) && word(end, "and") && whole_age(end + 1) && end + 2 < n &&
            txt(end + 2) == ","sv) ||
           (a > 3 && word(a - 1, "and") && whole_age(a - 2) && txt(a - 3) == ","sv &&
            at[a - 4].kind == AK::word && at[a - 4].cap && !is_month(a - 4) && end < n &&
            txt(end) == ","sv))) {
        c.kind = ClaimKind::age;
        c.unit = "year";
        c.dimension = "time";
      }
      // a person's age told by the copula closing the sentence: `He was 82.`, `Cummings, the
      // chairman of the committee, was 68.`, `Maria Lopez is 34.` (the subject a pronoun of a
      // person, or a name of two capitalised words or set off by an apposition; not `The
      // score was 68.`, `Turnout was 68.`)
      if (c.kind == ClaimKind::count && c.unit.empty() && !c.is_range && end == a + 1 && a > 1 &&
          whole_age(a) && (word(a - 1, "was") || word(a - 1, "is")) &&
          (end == n || (end + 1 == n && txt(end) == "."sv))) {
        std::size_t sj = a - 2;
        bool person = word(sj, "he") || word(sj, "she");
        if (!person && txt(sj) == ","sv) {
          // past the apposition to the name before it
          std::size_t q = sj;
          while (q > 0 && sj - q < 24 && txt(q - 1) != ","sv) --q;
          person = q > 1 && q < sj && txt(q - 1) == ","sv && at[q - 2].kind == AK::word &&
                   at[q - 2].cap && !is_month(q - 2) && (q - 2 == 0 || at[q - 3].kind == AK::word);
        } else if (!person) {
          person = sj > 0 && at[sj].kind == AK::word && at[sj].cap && at[sj - 1].kind == AK::word &&
                   at[sj - 1].cap && !is_month(sj) && !(word_class(sc, sj) & kStop) &&
                   !(word_class(sc, sj - 1) & kStop);
        }
        if (person) {
          c.kind = ClaimKind::age;
          c.unit = "year";
          c.dimension = "time";
        }
      }
      // an earthquake's size: `magnitude 6.3`, `a magnitude-7.1 quake`, `a magnitude of 5.8`
      // (the scales end near 10; `an order of magnitude 10 times` is none)
      const std::size_t mg = a > 0 && at[a - 1].kind == AK::dash && !at[a].space ? a - 1 : a;
      const bool mag_of = mg > 2 && word(mg - 1, "of") && word(mg - 2, "magnitude") &&
                          !word(mg - 3, "order") && !word(mg - 3, "orders");
      if (!c.is_range && num.digits && c.value > 0 && c.value <= 10 &&
          ((mg > 0 && word(mg - 1, "magnitude")) || mag_of)) {
        if (const UnitEntry* magnitude = lx.units.find("magnitude")) {
          c.kind = ClaimKind::measure;
          c.unit = magnitude->norm;
          c.dimension = magnitude->dimension;
          c.unit_span = span_of(mag_of ? mg - 2 : mg - 1, mag_of ? mg - 1 : mg);
          c.span = join(c.unit_span, c.span);
        }
      }
    }
    // `temperatures fell below zero`: a point of reference, no number of its own
    if (num.words && !num.digits && c.kind == ClaimKind::count && c.value == 0 && !c.is_range &&
        a > 0 && (word(a - 1, "below") || word(a - 1, "above")) && temperature_near(a, end)) {
      i = end;
      continue;
    }
    // `five degrees below zero`, `5 below zero`: a temperature under zero
    if (!c.is_range && c.value > 0 && word(end, "below") && word(end + 1, "zero") &&
        ((c.kind == ClaimKind::measure &&
          (c.dimension == "angle"sv || c.dimension == "temperature"sv)) ||
         (c.kind == ClaimKind::count && c.unit.empty()))) {
      if (c.kind == ClaimKind::count) c.unit = "degree";
      c.kind = ClaimKind::measure;
      c.dimension = "temperature";
      c.value = c.low = c.high = -c.value;
      c.span = join(c.span, span_of(end, end + 2));
      end += 2;
    }
    if (c.kind == ClaimKind::measure && c.dimension == "angle"sv &&
        (ieq(txt(u_at), "degrees") || ieq(txt(u_at), "degree") || txt(u_at) == "°"sv)) {
      // a plain `degrees`: temperature when the sentence speaks of it
      if (temperature_near(a, end)) c.dimension = "temperature";
    }
    if (plus_minus.present()) c.span = join(c.span, plus_minus);
    // qualifiers after: `or more`, `500+`, `360-ish`
    {
      char buf[32];
      // every key below starts with atom `end`
      bool may_match = txt(end).empty() || sc.in(end, detail::wf_qualifier_after_prefix);
      for (std::size_t len = 2; len >= 1 && may_match; --len) {
        std::string_view k;
        if (!sc.key(end, len, buf, sizeof buf, k, true)) continue;
        const detail::QualifierEntry* q = lx.qualifiers_after.find(k);
        if (!q && len == 2 && at.size() > end && at[end].kind == AK::dash && !at[end].space) {
          q = lx.qualifiers_after.find(k);
        }
        if (q) {
          if ((k == "+"sv) && !sc.glued(end)) continue;
          if (k == "plus"sv && !(end < n)) continue;
          c.qualifier = q->q;
          c.qualifier_span = span_of(end, end + len);
          c.span = join(c.span, c.qualifier_span);
          end += len;
          break;
        }
      }
    }
    // qualifiers before: `some`, `more than`, `at least`, `up to`, `~`, `sub-`
    std::size_t ph = cur_span.present() ? (c.span.begin == cur_span.begin ? 0 : 0) : 0;
    (void)ph;
    std::size_t s_at = a;
    if (money_ctx) {
      // the phrase starts at the currency
      std::size_t q = a;
      while (q > 0 && at[q - 1].span.begin >= cur_span.begin) --q;
      s_at = q;
    }
    if (negative_word) s_at = num.a;
    if (c.kind == ClaimKind::age && c.span.begin < at[s_at].span.begin) {
      while (s_at > 0 && at[s_at - 1].span.begin >= c.span.begin) --s_at;
    }
    bool between_range = false;
    if (c.is_range && s_at > 0 && (word(s_at - 1, "between") || word(s_at - 1, "from"))) {
      between_range = word(s_at - 1, "between");
      c.span = join(span_of(s_at - 1, s_at), c.span);
      s_at -= 1;
    }
    (void)between_range;
    if (c.qualifier == Qualifier::exact) {
      char buf[48];
      std::size_t qs = s_at;
      if (qs > 0 && at[qs - 1].kind == AK::dash && !at[qs - 1].space && !at[qs].space) --qs;
      // every key below ends with atom qs - 1
      bool may_match =
          qs > 0 && (txt(qs - 1).empty() || sc.in(qs - 1, detail::wf_qualifier_suffix));
      for (std::size_t len = 4; len >= 1 && may_match; --len) {
        if (qs < len) continue;
        // a key whose first atom is no prefix of a qualifier is none
        if (!txt(qs - len).empty() && !sc.in(qs - len, detail::wf_qualifier_prefix)) continue;
        std::string_view k;
        if (!sc.key(qs - len, len, buf, sizeof buf, k, true)) continue;
        const detail::QualifierEntry* q = lx.qualifiers.find(k);
        if (!q) continue;
        if (k == "some"sv && c.kind == ClaimKind::count && num.pronoun_risk) continue;
        if ((k == "over"sv || k == "under"sv || k == "above"sv || k == "below"sv) &&
            c.kind == ClaimKind::percent && false)
          continue;
        if (ieq(k, "exactly") || ieq(k, "precisely") || ieq(k, "a total of")) {
          c.qualifier_span = span_of(qs - len, qs);
          break;
        }
        c.qualifier = q->q;
        c.qualifier_span = span_of(qs - len, qs);
        c.span = join(c.qualifier_span, c.span);
        break;
      }
    }
    if (plus_minus.present() && c.qualifier == Qualifier::exact) {
      // (a qualifier before it says more: `about 1010 ± 195 light years`)
      c.qualifier = Qualifier::approximate;
      c.qualifier_span = plus_minus;
    }
    // ---- `from X … to Y` with words between: `from $36,040 at 10.45pm to $34,935`,
    // `from 208 pounds to 193`, `from up to 252 miles to 287 miles`
    if (!c.is_range) {
      std::size_t fs = c.qualifier_span.present() ? s_at : s_at;
      while (fs > 0 && at[fs - 1].span.begin >= c.span.begin) --fs;
      // (and `between X and Y` with the unit said twice: `between 44 mg and 50 mg`)
      // (and `between X and Y` with the unit said twice: `between 44 mg and 50 mg`; a measure
      // to a measure of the same unit alone, `given 44 mg to 50 mg`, unless a change comes
      // before: `rose 5 cents to 75 cents` is a change and a level)
      const bool between = fs > 0 && word(fs - 1, "between") && unit;
      const bool from = fs > 0 && word(fs - 1, "from");
      const bool bare =
          !from && !between && unit && unit->cls == UnitClass::measure && !money_ctx && end < n &&
          word(end, "to") &&
          (fs == 0 || (at[fs - 1].kind == AK::word && !(word_class(sc, fs - 1) & kChange) &&
                       !word(fs - 1, "by") && !word(fs - 1, "to") && !word(fs - 1, "at")));
      if (from || between || bare) {
        std::size_t t = end;
        std::size_t lim = std::min(n, end + (between || bare ? 1 : 8));
        // (a conjunction starts another clause: `from eight mln and the number of … to`)
        while (t < lim && !word(t, "to") && !(at[t].kind == AK::punct && txt(t) != "."sv) &&
               !word(t, "from") && !word(t, "and") && !word(t, "but") && !word(t, "while"))
          ++t;
        if (t < lim && (word(t, "to") || (between && word(t, "and")))) {
          std::size_t y = t + 1;
          bool ycur = false;
          if (y < n && at[y].kind == AK::currency)
            ++y, ycur = true;
          else if (y + 1 < n && at[y].kind == AK::word && at[y + 1].kind == AK::currency &&
                   !at[y + 1].space)
            y += 2, ycur = true;
          Num yn;
          if ((ycur == money_ctx || !ycur) && y < n && sc.read_number(y, yn, money_ctx) &&
              yn.form == DigitForm::plain && !yn.vague && !yn.pronoun_risk) {
            std::size_t ye = yn.b;
            std::size_t ul = 0;
            const UnitEntry* yu = ye < n ? sc.unit_at(ye, ul, !at[ye].space) : nullptr;
            // (a sequence is no range: `from 0.06 to 0.42 to 0.74 ppm`)
            bool same = !(ye + 1 < n && word(ye, "to") && sequence_number(ye + 1));
            if (yu && unit && yu->norm == unit->norm)
              ye += ul;
            else if (yu && yu->cls != UnitClass::time_of_day)
              same = false;
            if (ye < n && at[ye].kind == AK::percent) {
              if (c.kind == ClaimKind::percent)
                ++ye;
              else
                same = false;
            }
            DigitRead yr = detail::read_digits(txt(y));
            bool y_year =
                yn.plain_int && yn.int_digits == 4 && yn.value >= 1900 && yn.value <= 2100 && !yu;
            if (bare && !yu) same = false;
            if (same && !y_year && yr.form != DigitForm::time && yr.form != DigitForm::elapsed) {
              c.is_range = true;
              c.low = c.value;
              c.high = yn.value;
              c.number = Span{c.number.begin, at[yn.b - 1].span.end};
              c.span = join(c.span, span_of(bare ? fs : fs - 1, ye));
              end = ye;
            }
          }
        }
      }
    }
    // ---- two bounds: `at most 100 and at least 20`, `above 1000 and below 1500`
    if (!c.is_range &&
        (c.qualifier == Qualifier::lower_bound || c.qualifier == Qualifier::upper_bound)) {
      std::size_t q = end;
      if (q < n && (word(q, "and") || word(q, "but") || txt(q) == ","sv)) ++q;
      if (q < n && (word(q, "and") || word(q, "but"))) ++q;
      char buf[48];
      for (std::size_t len = 5; len >= 1 && q > end; --len) {
        std::string_view k;
        if (!sc.key(q, len, buf, sizeof buf, k, true)) continue;
        const detail::QualifierEntry* qe = lx.qualifiers.find(k);
        if (!qe || qe->q == c.qualifier ||
            (qe->q != Qualifier::lower_bound && qe->q != Qualifier::upper_bound))
          continue;
        std::size_t y = q + len;
        if (y < n && (word(y, "the"))) ++y;
        Num yn;
        if (y < n && sc.read_number(y, yn, money_ctx) && !yn.vague &&
            (yn.form == DigitForm::plain || yn.form == DigitForm::ordinal)) {
          double lo = std::min(c.value, yn.value), hi2 = std::max(c.value, yn.value);
          double lower_end = c.qualifier == Qualifier::lower_bound ? c.value : yn.value;
          if (lower_end != lo) break;  // `more than 40 and less than 10`: two bounds
          c.is_range = true;
          c.low = lo;
          c.high = hi2;
          c.value = lo;
          end = yn.b;
          c.span = join(c.span, span_of(q, end));
        }
        break;
      }
    }
    // ---- change cues: `rose 3.4%`, `fell by half`, `up 19 cents`, `up from 2.4 million`
    {
      std::size_t q = c.qualifier_span.present() ? s_at : s_at;
      while (q > 0 && at[q - 1].span.begin >= c.span.begin) --q;
      // skip the qualifier and between/from
      std::size_t p = q;
      bool by = false, to = false, from = false;
      if (p > 0 &&
          (word(p - 1, "by") || word(p - 1, "to") || word(p - 1, "from") || word(p - 1, "at"))) {
        by = word(p - 1, "by");
        to = word(p - 1, "to") || word(p - 1, "at");
        from = word(p - 1, "from");
        --p;
      }
      if (p > 0 && at[p - 1].kind == AK::word) {
        // change words carry the kChange class (one memoised lookup per atom)
        const detail::ChangeEntry* ch =
            (word_class(sc, p - 1) & kChange) ? lx.changes.find(txt(p - 1)) : nullptr;
        std::size_t cs = p - 1;
        if (!ch && p > 1 && at[p - 2].kind == AK::word) {
          // `edged up`, `ticked down`, `was up`
          char buf[32];
          std::string_view k;
          if (sc.in(p - 2, detail::wf_change_prefix) && sc.key(p - 2, 2, buf, sizeof buf, k)) {
            ch = lx.changes.find(k);
            if (ch) cs = p - 2;
          }
        }
        if (ch && !(word(p - 1, "off") && !to && !by) && !word(p - 1, "lower") &&
            !word(p - 1, "higher")) {
          c.direction = ch->dir;
          c.change_cue = span_of(cs, q);
          c.is_change = !(to || from);
        }
      } else if (p == q && q > 0 && at[q - 1].kind == AK::word) {
      }
      // `up from 50 per cent`
      if (from && c.direction == Direction::none && p > 0 &&
          (word(p - 1, "up") || word(p - 1, "down"))) {
        c.direction = word(p - 1, "up") ? Direction::up : Direction::down;
        c.change_cue = span_of(p - 1, q);
        c.is_change = false;
      }
      // a sign: `Dow +0.2%`
      if (c.direction == Direction::none && num.signed_plus) {
        c.direction = Direction::up;
        c.is_change = true;
      }
      // `a 75 percent increase`, `a sharp 3 percent drop`
      if (c.direction == Direction::none && end < n && at[end].kind == AK::word) {
        std::string_view w = txt(end);
        const detail::ChangeEntry* ch =
            (word_class(sc, end) & kChange) ? lx.changes.find(w) : nullptr;
        if (ch && (ieq(w, "increase") || ieq(w, "rise") || ieq(w, "gain") || ieq(w, "jump") ||
                   ieq(w, "drop") || ieq(w, "decline") || ieq(w, "decrease") || ieq(w, "fall") ||
                   ieq(w, "cut") || ieq(w, "surge") || ieq(w, "slide") || ieq(w, "dip") ||
                   ieq(w, "plunge") || ieq(w, "up") || ieq(w, "down") || ieq(w, "higher") ||
                   ieq(w, "lower"))) {
          c.direction = ch->dir;
          c.change_cue = at[end].span;
          c.is_change = true;
        }
      }
    }

    // ---- concept
    c.concept = concept_of(sc, at, s_at, end, c, num.pronoun_risk, hyphen_unit,
                           out.size() > first_claim ? &out.back() : nullptr, clause_walk, &c.owner,
                           &c.counted);
    {
      // a phrase found from a clause start may open with its preposition (`on turnover`,
      // `With a cutoff level`): the noun phrase after it is meant; a variable's name before
      // `=` is a label of the value, not what it measures (`x = 0.07 m`)
      auto tidy = [&](Span& s) {
        if (!s.present()) return;
        clean_phrase(sc, at, text, s, kPrepositionBit, kAuxBit);
        if (!s.present()) return;
        const std::size_t k = atom_at(at, s.begin);
        if (k + 1 < n && at[k].span.begin == s.begin && at[k].kind == AK::word &&
            ((sc.bits(k) & kPrepositionBit) || word(k, "at")) && at[k + 1].span.end <= s.end)
          s.begin = at[k + 1].span.begin;
        const offset_t e0 = s.end;
        while (s.size() > 0 && (text[s.end - 1] == '=' || (text[s.end - 1] == ' ' && s.size() > 1)))
          --s.end;
        if (s.end <= s.begin || (s.end < e0 && s.size() <= 2)) s = Span{};  // (`n = 3`)
        if (s.present()) with_plural_possessor(sc, at, text, s);
      };
      // (tidy reads only the span and the sentence: a concept that is the owner, as most
      // are, is tidied once, and a phrase tidied for the claim before is not tidied again)
      auto tidy_once = [&](Span& s) {
        if (!s.present()) return;
        if (s == tidied_from) {
          s = tidied_to;
          return;
        }
        tidied_from = s;
        tidy(s);
        tidied_to = s;
      };
      const bool concept_is_owner = c.concept == c.owner;
      const bool counted_is_concept = c.counted == c.concept;
      tidy_once(c.owner);
      if (concept_is_owner) {
        c.concept = c.owner;
      } else {
        tidy_once(c.concept);
      }
      if (counted_is_concept) {
        c.counted = c.concept;
      } else if (c.counted.present()) {
        tidy(c.counted);
      }
      // a letter or a unit is no concept (`down 68 p at 1112 p`, `0.5 R per day`); with
      // none, an item of a list shares the concept of the claim before it in the sentence
      // (`3 years, 2 months, 14 days`; `5.4 inches, 6.1 inches and 6.7 inches`)
      std::string_view ct = text.substr(c.concept.begin, c.concept.size());
      // (nor is a number or a quantity: `2015`, `224 kW`; a name may open with a digit:
      // `1RS`, `3M`)
      if (c.concept.present() &&
          (ct.size() <= 2 || (ct.size() <= 3 && ct.back() == '.') || ct.front() == '-' ||
           (is_digit(ct.front()) &&
            (ct.find(' ') != std::string_view::npos ||
             ct.find_first_not_of("0123456789.,") == std::string_view::npos)) ||
           (c.unit_span.present() && c.concept.begin >= c.unit_span.begin &&
            c.concept.end <= c.unit_span.end + 1))) {
        c.concept = Span{};
      }
      // nor is a lone past form (or a participle after a comma): a verb or the number's
      // modifier (`and priced at 102 pct`, `up from a revised 9.6 pct`), unless a determiner
      // makes it the noun and the clause's verb follows it (`The deceased were aged nine`) or
      // a count is its object
      auto lone_past = [&](Span s) {
        if (!s.present()) return false;
        // (one lower-case word, told by its bytes before any search: most concepts are
        // several words or a name; the irregular past forms are short: `fell`, `withdrew`)
        const std::string_view w = text.substr(s.begin, s.size());
        const bool ing = ends_with_ing(w), ed = ends_with_ed(w);
        if (!(w[0] >= 'a' && w[0] <= 'z') || (!ing && !ed && w.size() > 8) ||
            std::memchr(w.data(), ' ', w.size()) != nullptr)
          return false;
        const std::size_t k = atom_at(at, s.begin);
        if (k >= n || at[k].kind != AK::word || at[k].span.end != s.end) return false;
        // (a participle opening a clause after a comma: `, adding to gains from the previous
        // two sessions`)
        if (ing) return k > 0 && txt(k - 1) == ","sv;
        if (!ed && !(sc.bits(k) & kIrregularPastBit)) return false;
        // (a count right after it is its object, which the verb names best: `injured
        // sixteen`, `wounded at least 110`)
        const bool before_phrase = k + 1 < n && at[k + 1].span.begin == c.span.begin;
        if (c.kind == ClaimKind::count && before_phrase) return false;
        return !(k > 0 && (word_class(sc, k - 1) & kDet) && !before_phrase &&
                 (k + 1 >= n || at[k + 1].kind != AK::word || (sc.bits(k + 1) & kAuxBit)));
      };
      // (the owner then, not the concept of the claim before: a verb ends no list)
      const bool past_concept = lone_past(c.concept);
      if (past_concept) c.concept = Span{};
      if (lone_past(c.owner)) c.owner = Span{};
      if (!c.concept.present() && !past_concept && out.size() > first_claim) {
        for (std::size_t q = out.size(); q > first_claim; --q) {
          const Claim& pc = out[q - 1];
          // (past dates, and for a change past ranks: `241,300 vehicles in the third quarter,
          // up 54%`)
          if (is_temporal(pc.kind) ||
              (pc.kind == ClaimKind::ordinal && c.direction != Direction::none))
            continue;
          if (pc.concept.present()) c.concept = pc.concept;
          break;
        }
      }
      if (!c.concept.present()) c.concept = c.owner;  // else whose number it is
    }

    // a point of comparison written without the unit of the level before it takes that
    // unit: `rose to 735.0 billion dlrs from 733.5 billion`, `81 cts vs 66 in December`,
    // `5.2 pct against 4.9` (not the base of a percent change: `up 5 pct from 300 shops`,
    // nor a count of its own: `from 300 stores`)
    if (c.kind == ClaimKind::count && c.unit.empty() && num.digits && out.size() > first_claim) {
      const Claim& pc = out.back();
      const bool pct = pc.kind == ClaimKind::percent || pc.kind == ClaimKind::percentage_point;
      if ((pc.kind == ClaimKind::money || pc.kind == ClaimKind::measure || pct) &&
          !pc.unit.empty() && !(pct && pc.is_change)) {
        std::size_t g = atom_at(at, pc.span.end);
        const std::size_t s0 = atom_at(at, c.span.begin);
        // (past a short phrase of time or place set off by a comma: `3.2 million euros for the
        // quarter, up from 2.1 million`)
        if (s0 > g + 2 && s0 - g <= 9) {
          std::size_t k = g;
          while (k < s0 && k < g + 4 && at[k].kind == AK::word && !is_verb(sc, k)) ++k;
          if (k > g && k < s0 && txt(k) == ","sv && (sc.bits(g) & kPrepositionBit)) g = k;
        }
        bool link = false, other = s0 < g || s0 - g > 6;
        for (std::size_t k = g; k < s0 && !other; ++k) {
          if (word(k, "from") || word(k, "against") || word(k, "vs") || word(k, "vs.") ||
              word(k, "versus") || (word(k, "with") && k > g && word(k - 1, "compared")))
            link = true;
          else if (!(word(k, "compared") || word(k, "with") || word(k, "up") || word(k, "down") ||
                     word(k, "a") || word(k, "revised") || txt(k) == ","sv || txt(k) == "."sv ||
                     // `compared with a loss of 800 million`: the same measure named again
                     (link && (word(k, "loss") || word(k, "profit") || word(k, "deficit") ||
                               word(k, "surplus") || word(k, "of") || word(k, "the")))))
            other = true;
        }
        const bool bare =
            end >= n || at[end].kind == AK::punct ||
            (at[end].kind == AK::word && (sc.in(end, detail::wf_concept_stop) ||
                                          sc.in(end, detail::wf_year_prep) || is_month(end)));
        if (link && !other && bare) {
          c.kind = pc.kind;
          c.unit = pc.unit;
          c.dimension = pc.dimension;
        }
      }
    }
    // a conversion in brackets shares the qualifier of the quantity it converts: `more than
    // 100 kilometers (60 miles)`, `just under 296 hp (224 kW / 300 PS)`
    if (c.qualifier == Qualifier::exact && !c.unit.empty() && out.size() > first_claim &&
        out.back().qualifier != Qualifier::exact && !out.back().unit.empty() &&
        !is_temporal(out.back().kind)) {
      const std::size_t g = atom_at(at, out.back().span.end), s0 = atom_at(at, c.span.begin);
      bool bracket = false, other = s0 <= g || s0 - g > 2;
      for (std::size_t k = g; k < s0 && !other; ++k) {
        if (txt(k) == "("sv)
          bracket = true;
        else if (txt(k) == "/"sv)
          bracket = bracket || (g > 0 && k == g && out.size() > first_claim + 1);
        else
          other = true;
      }
      // (after a slash only within the brackets: the claim before was itself a conversion)
      if (bracket && !other) {
        c.qualifier = out.back().qualifier;
        c.qualifier_span = out.back().qualifier_span;
      }
    }
    c.low = c.is_range ? c.low : c.value;
    c.high = c.is_range ? c.high : c.value;
    out.push_back(c);
    i = std::max(end, i + 1);
  }
  if (out.size() > first_claim + 1) respectively(sc, at, out, first_claim);
  (void)is_punct_or_end;
}

// `Screen sizes remain 5.4 inches, 6.1 inches and 6.7 inches for the mini, standard and Pro
// Max models, respectively`, `Revenue and operating profit rose 4% and 9%, respectively`:
// the i-th number of the list is the i-th noun's. The nouns follow the last number (after
// a preposition) or are the coordinated subject of the verb right before the first; the
// counts must agree. A conversion in brackets goes with the number before it. Bounded
// windows around the list, once per sentence.
void ClaimExtractor::Impl::respectively(const Scanner& sc, AtomSpan at, std::vector<Claim>& out,
                                        std::size_t first) const {
  const std::size_t n = at.size();
  auto word = [&](std::size_t i, const auto& w) CLAIMEX_LAMBDA_INLINE { return sc.word_is(i, w); };
  std::size_t last = out.size();
  while (last > first && is_temporal(out[last - 1].kind)) --last;
  if (last < first + 2) return;
  --last;
  // `respectively` a few atoms after the last number
  std::size_t r = atom_at(at, out[last].span.end);
  const std::size_t after = r;
  for (const std::size_t lim = std::min(n, r + 16); r < lim; ++r) {
    if (at[r].kind == AK::punct) {
      const std::string_view w = sc.txt(r);
      if (w == "."sv || w == ";"sv || w == ":"sv) return;
    } else if (word(r, "respectively")) {
      break;
    }
  }
  if (r >= n || !word(r, "respectively")) return;
  // the numbers of the list, back from the last: groups of a number and its conversions
  constexpr std::size_t kMax = 8;
  std::size_t group_of[kMax + 1];  // (first claim of each group, last group first)
  std::size_t groups = 0, j = last;
  group_of[groups++] = j;
  while (j > first && groups <= kMax) {
    const Claim& p = out[j - 1];
    if (is_temporal(p.kind)) break;
    const std::size_t a = atom_at(at, p.span.end), b = atom_at(at, out[j].span.begin);
    if (a > b || b - a > 3) break;
    if (b == a + 1 && sc.txt(a) == "("sv) {
      group_of[groups - 1] = j - 1;  // (a conversion of the number before it)
    } else {
      bool sep = true;
      for (std::size_t q = a; q < b; ++q)
        sep = sep && (sc.txt(q) == ","sv || sc.txt(q) == ")"sv || word(q, "and") || word(q, "or"));
      if (!sep || groups == kMax) break;
      group_of[groups++] = j - 1;
    }
    --j;
  }
  if (groups < 2) return;
  const std::size_t list_begin = atom_at(at, out[group_of[groups - 1]].span.begin);
  // the items of a coordination of noun phrases (words, commas, `and`) in [b, e)
  Span items[kMax];
  auto split = [&](std::size_t b, std::size_t e) {
    std::size_t k = 0, q = b;
    while (q < e) {
      std::size_t w0 = q;
      while (q < e && at[q].kind == AK::word && !word(q, "and") && !word(q, "or") && q - w0 < 5)
        ++q;
      if (q == w0 || k == groups) return std::size_t{0};
      items[k++] = Span{at[w0].span.begin, at[q - 1].span.end};
      if (q < e && sc.txt(q) == ","sv) ++q;
      if (q < e && (word(q, "and") || word(q, "or"))) ++q;
    }
    return k;
  };
  std::size_t found = 0;
  const bool verb_before =
      list_begin > 0 && (is_verb(sc, list_begin - 1) || ends_with_ed(sc.txt(list_begin - 1)) ||
                         (sc.bits(list_begin - 1) & kIrregularPastBit));
  std::size_t q = after;
  // (past a closing bracket and a rate: `450 tonnes a day for …`)
  if (q < r && sc.txt(q) == ")"sv) ++q;
  for (std::size_t k = 0; k < 3 && q < r && at[q].kind == AK::word &&
                          !(sc.bits(q) & kPrepositionBit) && !word(q, "at");
       ++k)
    ++q;
  if (q < r && ((sc.bits(q) & kPrepositionBit) || word(q, "at"))) {
    // after: `… for the mini, standard and Pro Max models, respectively`
    ++q;
    while (q < r && (word_class(sc, q) & kDet)) ++q;
    std::size_t e = r;
    if (e > q && sc.txt(e - 1) == ","sv) --e;
    found = split(q, e);
  } else if (list_begin > 2 && at[list_begin - 1].kind == AK::word &&
             (verb_before ||
              (!at[list_begin - 1].cap && !(word_class(sc, list_begin - 1) & (kDet | kStop)) &&
               !(sc.bits(list_begin - 1) & kPrepositionBit)))) {
    // before: `Revenue and operating profit rose 4% and 9%` (a past form the lexicon lacks
    // is the verb too: `shipped`), or right before the numbers with no verb: `a year of
    // record sales and profits 2.2 billion and 71 million`
    std::size_t e = verb_before ? list_begin - 1 : list_begin, b = e;
    while (b > 0 && e - b < 12 &&
           ((at[b - 1].kind == AK::word && !(word_class(sc, b - 1) & (kDet | kStop | kVerb))) ||
            word(b - 1, "and") || sc.txt(b - 1) == ","sv))
      --b;
    while (b < e && (sc.txt(b) == ","sv || word(b, "and"))) ++b;
    found = split(b, e);
  }
  if (found != groups) return;
  // group g (counted from the last) gets item groups - 1 - g
  for (std::size_t g = 0; g < groups; ++g) {
    const std::size_t from = group_of[g], to = g == 0 ? last + 1 : group_of[g - 1];
    for (std::size_t k = from; k < to; ++k) out[k].concept = items[groups - 1 - g];
  }
}

ClaimExtractor::ClaimExtractor(const ClaimOptions& options)
    : impl_(std::make_shared<const Impl>(options)) {}
ClaimExtractor::~ClaimExtractor() = default;
ClaimExtractor::ClaimExtractor(ClaimExtractor&&) noexcept = default;
ClaimExtractor& ClaimExtractor::operator=(ClaimExtractor&&) noexcept = default;

// ClaimOptions::unit_mentions: each unit the tables name in words (`fahrenheit`, `degrees
// celsius`, `dollars`, `percentage`), or the percent sign, that stands with no number of its
// own, merged into `out` (text order) as a claim with no number and a NaN value. Not time
// units, ages or times of day (`years`, `days`: everywhere in news copy), not the
// case-sensitive symbols (`m`, `MB`: a symbol needs its number), not words of one or two
// letters, and not `unit_mention_stop` (`feet`, `won`, `degrees`). A unit right after a number
// token, or inside a claim's phrase, is no mention (the claim rules had it), nor is one in a
// quote's speaker mention. One pass over
// the tokens with a cursor over the claims, which are in text order.
void add_unit_mentions(const ClaimLexicon& lx, std::string_view text,
                       const std::vector<Token>& toks, const std::vector<Quote>& quotes,
                       std::vector<Claim>& out) {
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  std::vector<Claim> found;
  // a quote's speaker is a name (`Hertz said`): its mention, sorted, passed with a cursor
  std::vector<Span> speakers;
  for (const Quote& q : quotes)
    if (q.speaker.present()) speakers.push_back(q.speaker);
  std::sort(speakers.begin(), speakers.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::size_t si = 0;
  std::size_t ci = 0;  // claims before ci begin before the current phrase's end
  offset_t reach = 0;  // the furthest end of those claims
  char buf[64];
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (t.kind != TokenKind::word && t.kind != TokenKind::percent) continue;
    if (t.span.end > text.size() || t.span.end <= t.span.begin) continue;
    if (i > 0 && toks[i - 1].kind == TokenKind::number) continue;
    const UnitEntry* u = nullptr;
    std::size_t len = 0;
    if (t.kind == TokenKind::percent) {
      if (text.substr(t.span.begin, t.span.size()) == "%"sv) {
        static const UnitEntry kPercent{"percent", "ratio", UnitClass::percent};
        u = &kPercent;
        len = 1;
      }
    } else if (detail::may_start_unit(lx, text.substr(t.span.begin, t.span.size()))) {
      // the longest phrase of up to four tokens the unit table holds, each key a prefix of one
      std::size_t size = 0, max_len = 0;
      for (std::size_t k = i; k < toks.size() && k < i + 4; ++k) {
        const Token& x = toks[k];
        if (x.span.end > text.size() || x.span.end < x.span.begin ||
            (x.kind != TokenKind::word && x.kind != TokenKind::punct && x.kind != TokenKind::dash))
          break;
        const std::size_t sz = x.span.size() + (k > i && x.has(TokenFlag::space_before) ? 1 : 0);
        if (size + sz > sizeof buf) break;
        if (k > i && x.has(TokenFlag::space_before)) buf[size++] = ' ';
        std::memcpy(buf + size, text.data() + x.span.begin, x.span.size());
        size += x.span.size();
        const std::string_view key(buf, size);
        if (!lx.unit_prefixes.contains(key)) break;
        max_len = k - i + 1;
        if (const UnitEntry* e = lx.units.find(key)) u = e, len = max_len;
      }
      if (u && len == 1 &&
          (t.span.size() < 3 ||
           lx.unit_mention_stop.contains(text.substr(t.span.begin, t.span.size()))))
        u = nullptr;
    }
    if (!u || u->cls == UnitClass::duration || u->cls == UnitClass::age_suffix ||
        u->cls == UnitClass::time_of_day)
      continue;
    // a unit word in capitals inside a sentence is a name (`Hertz said`, `Satoshi Sumita`,
    // `Micron's`), in all capitals too unless a currency code (`USD`; not `BHP`)
    if (t.kind == TokenKind::word) {
      const bool starts =
          i == 0 || t.has(TokenFlag::newline_before) || toks[i - 1].kind == TokenKind::open_quote ||
          (toks[i - 1].kind == TokenKind::punct &&
           std::string_view(".!?:").find(text[toks[i - 1].span.begin]) != std::string_view::npos);
      const bool name_next = i + len < toks.size() && toks[i + len].kind == TokenKind::word &&
                             toks[i + len].has(TokenFlag::capitalized);  // (`Hertz Corp`)
      if (t.has(TokenFlag::all_caps) ? u->cls != UnitClass::currency
                                     : t.has(TokenFlag::capitalized) && (!starts || name_next))
        continue;
    }
    const Span span{t.span.begin, toks[i + len - 1].span.end};
    while (ci < out.size() && out[ci].span.begin < span.end)
      reach = std::max(reach, out[ci++].span.end);
    if (reach > span.begin) continue;  // (inside a claim)
    while (si < speakers.size() && speakers[si].end <= span.begin) ++si;
    if (si < speakers.size() && speakers[si].begin < span.end) continue;
    // a unit written before its number is the number's (`rmb 10`, `usd$ 15`, `dollar 22.5
    // million`), unless the number has its own after it (`celsius 101 fahrenheit`)
    if (i + len < toks.size() &&
        (toks[i + len].kind == TokenKind::number || toks[i + len].kind == TokenKind::currency)) {
      const offset_t nb = toks[i + len].span.begin;
      const bool own_unit = ci < out.size() && out[ci].span.begin <= nb && nb < out[ci].span.end &&
                            out[ci].unit_span.begin > nb;
      if (!own_unit) continue;
    }
    // the unit of a rate is its number's: `$50 a barrel`, `30 miles per gallon`, `5 km/h`
    if (i > 0) {
      const std::string_view prev = text.substr(toks[i - 1].span.begin, toks[i - 1].span.size());
      if (ieq(prev, "per") || prev == "/"sv) continue;
      if (i > 1 && reach == toks[i - 2].span.end && (ieq(prev, "a") || ieq(prev, "an"))) continue;
    }
    Claim c;
    c.span = span;
    c.unit_span = span;
    c.value = c.low = c.high = kNaN;
    c.unit = u->norm;
    c.dimension = u->dimension;
    c.kind = u->cls == UnitClass::currency           ? ClaimKind::money
             : u->cls == UnitClass::percent          ? ClaimKind::percent
             : u->cls == UnitClass::percentage_point ? ClaimKind::percentage_point
                                                     : ClaimKind::measure;
    found.push_back(c);
    i += len - 1;
  }
  if (found.empty()) return;
  const std::size_t mid = out.size();
  out.insert(out.end(), found.begin(), found.end());
  std::inplace_merge(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(mid), out.end(),
                     [](const Claim& a, const Claim& b) { return a.span.begin < b.span.begin; });
}

std::vector<Claim> ClaimExtractor::extract(std::string_view text, const std::vector<Token>& tokens,
                                           const Segments& segments,
                                           const std::vector<Quote>& quotes) const {
  std::vector<Claim> out;
  SentenceBuffers& buffers = thread_buffers();
  std::vector<Atom>& atoms = buffers.atoms;
  std::vector<std::uint64_t>& memo = buffers.memo;
  std::vector<std::uint32_t>& times = buffers.times;
  times.clear();
  out.reserve(tokens.size() / 32 + 4);
  const Impl& im = *impl_;
  auto run = [&](std::size_t f, std::size_t l) {
    if (f >= l || l > tokens.size()) return;
    // a sentence without digits, number words or fraction signs has no claim
    AtomSpan at;
    if (!make_atoms(im.lx, text, tokens, f, l, atoms, at, times)) return;
    im.sentence(text, at, out, memo);
  };
  if (!segments.sentences.empty()) {
    std::size_t covered = 0;
    for (const Sentence& s : segments.sentences) {
      std::size_t f = std::min<std::size_t>(s.first_token, tokens.size());
      std::size_t l = std::min<std::size_t>(s.end_token, tokens.size());
      if (f < covered) f = covered;
      run(f, l);
      covered = std::max(covered, l);
    }
  } else {
    // no sentences given: lines of at most 512 tokens keep windows bounded
    std::size_t f = 0;
    for (std::size_t k = 0; k <= tokens.size(); ++k) {
      if (k == tokens.size() || k - f >= 512 ||
          (k > f && tokens[k].has(TokenFlag::newline_before))) {
        run(f, k);
        f = k;
      }
    }
  }
  // numbers past the range of a double (`1e999`) are not claims
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](const Claim& c) {
                             return !std::isfinite(c.value) || !std::isfinite(c.low) ||
                                    !std::isfinite(c.high);
                           }),
            out.end());
  if (im.options.unit_mentions) add_unit_mentions(im.lx, text, tokens, quotes, out);
  // clamp spans, and the source: the quote whose content (or a segment) holds the number
  // (or, for a unit mention, the unit)
  const offset_t tsize = static_cast<offset_t>(std::min<std::size_t>(text.size(), 0xFFFFFFFEu));
  std::size_t qp = 0;
  for (Claim& c : out) {
    auto clamp = [&](Span& s) {
      if (s.begin > tsize) s.begin = tsize;
      if (s.end > tsize) s.end = tsize;
      if (s.end < s.begin) s.end = s.begin;
    };
    // a descending pair (`from 3 million to 2.4 million`, `between 4038 and 2021`) is two
    // points, not a range: keep the first as the value
    if (c.is_range && !(c.low <= c.high)) {
      c.is_range = false;
      c.low = c.high = c.value;
    }
    clamp(c.span);
    clamp(c.number);
    // an abbreviation's full stop that ends the sentence too is the sentence's: `from 25
    // mln.` at the end gives `25 mln` (inside one it stays: `a 12 sq. ft. shed`); the end is
    // the text's, a line break or a capital after spaces
    auto drop_stop = [&](Span& s) {
      if (!(s.end >= s.begin + 2 && text[s.end - 1] == '.' &&
            static_cast<unsigned char>(
                detail::ascii_lower(static_cast<unsigned char>(text[s.end - 2])) - 'a') < 26u))
        return;
      std::size_t k = s.end;
      while (k < tsize && k < s.end + 4 && (text[k] == ' ' || text[k] == '\t')) ++k;
      if (k == tsize || text[k] == '\n' || text[k] == '\r' ||
          (k > s.end && static_cast<unsigned char>(text[k] - 'A') < 26u))
        --s.end;
    };
    drop_stop(c.span);
    drop_stop(c.number);
    drop_stop(c.unit_span);
    // the phrase always holds its number (`25m items`: the scale letter belongs to both)
    if (c.number.present()) {
      c.span.begin = std::min(c.span.begin, c.number.begin);
      c.span.end = std::max(c.span.end, c.number.end);
    }
    clamp(c.unit_span);
    clamp(c.qualifier_span);
    clamp(c.change_cue);
    clamp(c.concept);
    clamp(c.counted);
    if (quotes.empty()) continue;
    const Span num = c.number.present() ? c.number : c.span;
    while (qp < quotes.size() && quotes[qp].content.end <= num.begin) {
      bool seg_later = false;
      for (const Span& s : quotes[qp].segments)
        if (s.end > num.begin) seg_later = true;
      if (seg_later) break;
      ++qp;
    }
    for (std::size_t q = qp; q < quotes.size() && q < qp + 8; ++q) {
      const Quote& Q = quotes[q];
      bool inside = false;
      if (!Q.segments.empty()) {
        for (const Span& s : Q.segments)
          if (s.begin <= num.begin && num.end <= s.end) inside = true;
      } else {
        inside = Q.content.begin <= num.begin && num.end <= Q.content.end;
      }
      if (inside) {
        c.quote = static_cast<std::int32_t>(q);
        c.source = Q.entity.present() ? Q.entity : Q.speaker;
        outside_report(text, Q, c.concept);
        outside_report(text, Q, c.counted);
        outside_report(text, Q, c.owner);
        break;
      }
    }
  }
  detail::link_times(im.lx, text, tokens, segments, times, out, buffers.time_spans);
  // a thread's buffers grown by a huge sentence are let go (after link_times, which reads the
  // time words listed in them)
  if (atoms.capacity() > kKeepAtoms) buffers = SentenceBuffers{};
  return out;
}

std::string_view to_string(ClaimKind kind) noexcept {
  switch (kind) {
    case ClaimKind::count:
      return "count";
    case ClaimKind::percent:
      return "percent";
    case ClaimKind::percentage_point:
      return "percentage_point";
    case ClaimKind::money:
      return "money";
    case ClaimKind::measure:
      return "measure";
    case ClaimKind::duration:
      return "duration";
    case ClaimKind::age:
      return "age";
    case ClaimKind::ordinal:
      return "ordinal";
    case ClaimKind::date:
      return "date";
    case ClaimKind::year:
      return "year";
    case ClaimKind::time:
      return "time";
  }
  return "count";
}

std::string_view to_string(Qualifier q) noexcept {
  switch (q) {
    case Qualifier::exact:
      return "exact";
    case Qualifier::approximate:
      return "approximate";
    case Qualifier::lower_bound:
      return "lower_bound";
    case Qualifier::upper_bound:
      return "upper_bound";
  }
  return "exact";
}

std::string_view to_string(Direction d) noexcept {
  switch (d) {
    case Direction::none:
      return "none";
    case Direction::up:
      return "up";
    case Direction::down:
      return "down";
  }
  return "none";
}

}  // namespace claimex
