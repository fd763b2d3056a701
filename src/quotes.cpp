// Stage 3: quote attribution. Rule-based sieves over tokens, in one pass over the document
// plus bounded windows (a sentence, a paragraph, a few quotes back); no models.
//
// Order of work for one document:
//  1. quote-mark pieces, paragraph by paragraph (an unclosed quote continues into the next
//     paragraph when that one opens with a quote mark);
//  2. a cue for each piece: after it (`"…," X said`, `"…," said X`, `"…" — X`), before it
//     (`X said: "…"`), or between two pieces (`"…," he said, "…"`);
//  3. quotes from pieces: cued groups, then cue-less pieces (inherited speaker, or in a
//     dialogue the speakers' alternation), scare quotes and titles dropped;
//  4. indirect speech sentence by sentence (`X said (that) …`, `…, X said.`, `according to X`,
//     `…, arguing that …`), absorbing cue-less quote marks inside as `mixed`;
//  5. the headline convention (`Claim: Speaker`, `Speaker: Claim`);
//  6. entities: names, aliases, titles, appositions, pronouns and descriptions resolved with a
//     running table of the names seen so far (O(1) lookups keyed by last name).
#include "claimex/quotes.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <utility>

#include "quote_dialogue.hpp"
#include "quote_lexicon.hpp"

namespace claimex {

struct QuoteExtractor::Impl {
  explicit Impl(const QuoteOptions& o) : options(o) {}
  QuoteOptions options;
  detail::QuoteLexicon lex;
};

namespace {

// a lambda called once a loop step, inlined into the loop (GCC leaves large ones out of line)
#if defined(__GNUC__) || defined(__clang__)
#define CLAIMEX_LAMBDA_INLINE __attribute__((always_inline))
#else
#define CLAIMEX_LAMBDA_INLINE
#endif

using detail::CueClass;
using detail::CueForm;
using detail::QuoteWord;
using u32 = std::uint32_t;
constexpr u32 kNone = 0xFFFFFFFFu;
/// How far after a cue (in tokens) the end of its content is looked for: the longest
/// content of a report (a sentence is seldom half as long).
constexpr u32 kContentScan = 256;

/// First index in [i, end) whose bit is set in `bm` (one bit per token), else `end`.
CLAIMEX_HOT_INLINE u32 next_bit(const std::vector<std::uint64_t>& bm, u32 i, u32 end) {
  if (i >= end) return end;
  std::size_t wi = i >> 6;
  std::uint64_t w = bm[wi] & (~std::uint64_t{0} << (i & 63));
  while (!w) {
    if (++wi >= bm.size() || (wi << 6) >= end) return end;
    w = bm[wi];
  }
#if defined(__GNUC__) || defined(__clang__)
  const u32 j = static_cast<u32>((wi << 6) + static_cast<std::size_t>(__builtin_ctzll(w)));
#else
  u32 j = static_cast<u32>(wi << 6);
  while (!(w & 1u)) w >>= 1, ++j;
#endif
  return j < end ? j : end;
}

/// The three bytes at `c` are `and` or `but`.
inline bool and_but(const char* c) {
  return (c[0] == 'a' && c[1] == 'n' && c[2] == 'd') || (c[0] == 'b' && c[1] == 'u' && c[2] == 't');
}

enum Gender : std::uint8_t { g_unknown = 0, g_male = 1, g_female = 2, g_plural = 3 };

enum class MentionKind : std::uint8_t { none, pronoun, name, description, organisation, generic };

/// A speaker mention: tokens [first, last], the name inside it, its kind and gender.
struct Mention {
  u32 first = kNone;
  u32 last = kNone;
  u32 name_first = kNone;  // the name part (entity) inside or next to the mention
  u32 name_last = kNone;
  MentionKind kind = MentionKind::none;
  Gender gender = g_unknown;
  Rule name_rule = Rule::none;  // how name_* was found (named, title, apposition, organisation)
  u32 appos_first = kNone;      // a description in apposition (`, the president of X,`)
  u32 appos_last = kNone;
  bool joined = false;  // two subjects joined by `and` (`he and Mr. Allen`): no one entity
  bool found() const { return first != kNone; }
};

/// One span between quote marks.
struct Piece {
  u32 open = kNone;   // token of the opening mark
  u32 close = kNone;  // token of the closing mark; kNone when unclosed (runs to paragraph end)
  u32 first = 0;      // content tokens [first, end)
  u32 end = 0;
  u32 para = 0;
  u32 words = 0;
  bool continues = false;  // unclosed and the next paragraph opens a quote: one quote
  bool single = false;
  bool used = false;
};

/// A cue found next to a piece.
struct Attribution {
  u32 cue_first = kNone;  // cue tokens [cue_first, cue_last]
  u32 cue_last = kNone;
  std::uint16_t lemma = 0;
  Mention who;
  Rule rule = Rule::none;
  u32 next = kNone;  // first token after the cue clause
  bool found() const { return cue_first != kNone; }
};

/// Resolved entity of a speaker.
struct Entity {
  Span span;
  Rule rule = Rule::none;
  Gender gender = g_unknown;
  bool person = true;
  bool named = true;  // false when span is a description standing for someone unnamed
};

/// A small open-addressing map from a name's last word to the fullest name seen.
class NameTable {
 public:
  /// `first_wins`: of names of as many words under one key, the first put stays (the person
  /// a text names first: `Donald Trump` over a later `Mary Trump`); else the last.
  void reset(std::size_t expected, bool fold = false, bool first_wins = false) {
    fold_ = fold;
    first_wins_ = first_wins;
    std::size_t cap = 16;
    while (cap < expected * 2 + 2) cap <<= 1;
    // the slots of an earlier document (a thread keeps the tables) are all free in the new
    // generation, untouched; the table is sized by the first put: most tables stay empty
    if (++gen_ == 0) {  // generations wrapped around: slots of generation 0 are free
      std::fill(slots_.begin(), slots_.end(), Slot{});
      gen_ = 1;
    }
    live_ = false;
    cap_ = cap;
    mask_ = 0;
    used_ = 0;
  }
  CLAIMEX_HOT_INLINE void put(std::string_view key, Span full, Gender g, std::uint8_t words) {
    if (key.empty() || cap_ == 0) return;
    // the table (the first mask_ + 1 slots) starts small and doubles up to cap_ (most tables
    // of a document hold a few names); "full" is always judged against cap_, so growing
    // changes no result
    if (!live_) start();
    if ((used_ + 1) * 2 > mask_ + 1 && !grow()) return;  // full: keep what we have
    const std::uint64_t h = hash(key);
    std::size_t i = h & mask_;
    while (slots_[i].gen == gen_ && !(slots_[i].hash == h && equal(slots_[i].key, key)))
      i = (i + 1) & mask_;
    Slot& s = slots_[i];
    if (s.gen != gen_) {
      s = Slot{};
      s.gen = gen_;
      s.key = key;
      s.hash = h;
      ++used_;
    }
    // the fullest name wins (Ilham Aliyev over Aliyev), with its gender; another name kept
    // out gives one only where none is known (`Mary Trump` after `Donald Trump` leaves him
    // male; `Mr. Aliyev` makes `Ilham Aliyev` male)
    if (words > s.words || (words == s.words && !first_wins_)) {
      s.full = full;
      s.words = words;
      if (g != g_unknown) s.gender = g;
    } else if (s.gender == g_unknown) {
      s.gender = g;
    }
  }
  const Span* get(std::string_view key, Gender* g = nullptr, std::uint8_t* words = nullptr) const {
    if (key.empty() || !live_) return nullptr;
    const std::uint64_t h = hash(key);
    std::size_t i = h & mask_;
    while (slots_[i].gen == gen_) {
      if (slots_[i].hash == h && equal(slots_[i].key, key)) {
        if (g) *g = slots_[i].gender;
        if (words) *words = slots_[i].words;
        return &slots_[i].full;
      }
      i = (i + 1) & mask_;
    }
    return nullptr;
  }

 private:
  struct Slot {
    std::string_view key;
    std::uint64_t hash = 0;
    Span full;
    Gender gender = g_unknown;
    std::uint8_t words = 0;
    std::uint32_t gen = 0;  // in use when equal to the table's generation
  };
  /// Every byte of `k` (folded by `| 0x20` in a case-blind table: keys equal but for ASCII
  /// case hash alike), the first and last eight as two loads.
  std::uint64_t hash(std::string_view k) const noexcept {
    const char* p = k.data();
    const std::size_t n = k.size();
    const std::uint64_t m = fold_ ? 0x2020202020202020ull : 0;
    std::uint64_t x = 0, y = 0;
    if (n > 0) detail::pack_ends(k, x, y);
    for (std::size_t o = 8; o + 8 < n; o += 8) {  // the middle of a long key
      std::uint64_t z;
      std::memcpy(&z, p + o, 8);
      x = ((x | m) ^ (z | m)) * 0x9E3779B97F4A7C15ull;
    }
    std::uint64_t h = ((x | m) ^ ((y | m) * 0x9E3779B97F4A7C15ull) ^ n) * 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 31);
  }
  /// Keys of equal hashes (most often equal keys): compared a word at a time, inline.
  bool equal(std::string_view a, std::string_view b) const noexcept {
    if (fold_) return detail::lexicon_equal(a, b, true);
    const std::size_t n = a.size();
    if (b.size() != n) return false;
    const char* p = a.data();
    const char* q = b.data();
    if (n >= 8) {  // the last eight bytes, then eight at a time from the start
      std::uint64_t x, y;
      std::memcpy(&x, p + n - 8, 8);
      std::memcpy(&y, q + n - 8, 8);
      if (x != y) return false;
      for (std::size_t o = 0; o + 8 < n; o += 8) {
        std::memcpy(&x, p + o, 8);
        std::memcpy(&y, q + o, 8);
        if (x != y) return false;
      }
      return true;
    }
    if (n >= 4) {  // the first and the last four bytes
      std::uint32_t x0, y0, x1, y1;
      std::memcpy(&x0, p, 4);
      std::memcpy(&y0, q, 4);
      std::memcpy(&x1, p + n - 4, 4);
      std::memcpy(&y1, q + n - 4, 4);
      return x0 == y0 && x1 == y1;
    }
    for (std::size_t k = 0; k < n; ++k)
      if (p[k] != q[k]) return false;
    return true;
  }
  /// The first put of a document: the table is the first 32 slots (or cap_).
  void start() {
    const std::size_t n = std::min<std::size_t>(cap_, 32);
    if (slots_.size() < n) slots_.resize(n);  // new slots are of generation 0: free
    mask_ = n - 1;
    live_ = true;
  }
  /// Doubles the table up to cap_ until one more key fits; false when it is full. The
  /// slots beyond the table are free (an earlier generation's, or new).
  [[gnu::noinline]] bool grow() {
    while ((used_ + 1) * 2 > mask_ + 1) {
      const std::size_t n = mask_ + 1;
      if (n >= cap_) return false;
      if (slots_.size() < 2 * n) slots_.resize(2 * n);
      moved_.assign(slots_.begin(), slots_.begin() + static_cast<std::ptrdiff_t>(n));
      for (std::size_t k = 0; k < n; ++k) slots_[k].gen = 0;
      mask_ = 2 * n - 1;
      for (const Slot& o : moved_) {
        if (o.gen != gen_) continue;
        std::size_t i = o.hash & mask_;
        while (slots_[i].gen == gen_) i = (i + 1) & mask_;
        slots_[i] = o;
      }
    }
    return true;
  }
  std::vector<Slot> slots_;
  std::vector<Slot> moved_;  // grow(): the slots being moved
  std::uint32_t gen_ = 0;    // generation of this document's slots (reset() starts a new one)
  bool live_ = false;        // the table sized for this document (by its first put)
  std::size_t cap_ = 0;
  std::size_t mask_ = 0;
  std::size_t used_ = 0;
  bool fold_ = false;
  bool first_wins_ = false;
};

/// A run of capitalised words and honorifics in one sentence, and the name in it.
struct NameRun {
  u32 first = 0;  // the run [first, last]
  u32 last = 0;
  bool named = false;   // a name [s, e] in it; nothing below is set otherwise
  bool honor = false;   // an honorific before the name
  bool person = false;  // a name with a first name, an honorific or two+ words
  Gender gender = g_unknown;
  u32 s = 0;
  u32 e = 0;
  u32 from = 0;      // the name with its honorific (`Mr. Smith`): [from, e]
  u32 role = kNone;  // the last role word before the name
};

/// A name of two or more words (prescan_names()), for the table of first names.
struct FullName {
  u32 s = 0;  // the name [s, e]
  u32 e = 0;
  Gender gender = g_unknown;
  std::uint8_t words = 0;
};

/// A recent person (speaker or subject) for pronoun resolution.
struct Recent {
  Span name;
  Gender gender = g_unknown;
  bool speaker = false;
  u32 token = 0;
  bool named = true;
  bool subject = false;  // the subject of its sentence (subject_name())
  bool titled = false;   // a role or honorific before the name (`prime minister Kyriakos …`)
};

/// A quote under construction: the quote, its speaker mention, where its cue is.
struct Rec {
  Quote q;
  Mention m;
  Rule srule = Rule::none;
  u32 at = 0;  // cue token (or first content token): resolution runs in this order
  u32 para = 0;
  bool uncued = false;
  bool dropped = false;
  Span ident;  // who speaks: the entity, else the mention (`his wife`), for turn-taking
  Gender gender = g_unknown;
  u32 tok_first = kNone;  // content tokens (dialogue only, for vocatives)
  u32 tok_end = kNone;
};

/// A step of the list of recent persons, kept until the list is first read (Run::recents()):
/// the persons named in the runs before `upto`, or (`upto` kNone) a speaker.
struct RecentEvent {
  u32 upto = kNone;
  Recent speaker;
};

/// The per-token and per-sentence vectors of a Run, which a thread keeps from one document to
/// the next (their capacity, not their contents): most documents then allocate none of them.
struct RunBuffers {
  std::vector<char> pch;
  std::vector<const QuoteWord*> info;
  std::vector<std::uint32_t> wbits;
  std::vector<std::uint64_t> name_at, cue_at, scan_at, mark_at;
  std::vector<std::uint32_t> rest;
  std::vector<u32> sent_of, para_of_sent, close_from;
  std::vector<std::pair<offset_t, u32>> direct_begins;
  std::vector<std::pair<u32, u32>> direct_opens;
  std::vector<std::pair<offset_t, u32>> uncued_begins;
  std::vector<std::uint8_t> title_case, mark;
  std::vector<Piece> pieces;
  std::vector<Rec> recs;
  std::vector<int> direct_cue;
  std::vector<u32> order;
  std::vector<NameRun> runs;
  std::vector<FullName> full_names;
  std::vector<Attribution> after, before;
  std::vector<RecentEvent> recent_log;
  NameTable names, roles, mrs, mr, firsts, counts;
};

/// `std::stable_sort`, by insertion for a few elements (no buffer to allocate); the same order.
template <class It, class Less>
void stable_sort_small(It first, It last, Less less) {
  if (last - first > 24) {
    std::stable_sort(first, last, less);
    return;
  }
  for (It i = first; i != last; ++i) {
    if (i == first || !less(*i, *(i - 1))) continue;
    auto v = std::move(*i);
    It j = i;
    do {
      *j = std::move(*(j - 1));
      --j;
    } while (j != first && less(v, *(j - 1)));
    *j = std::move(v);
  }
}

/// This thread's buffers; a Run takes them (leaving empty ones) and gives them back.
RunBuffers& thread_buffers() {
  thread_local RunBuffers buffers;
  return buffers;
}

/// Documents of more tokens give their buffers up (memory kept by a thread stays small).
constexpr std::size_t kKeepTokens = 1u << 15;

class Run {
 public:
  Run(const QuoteExtractor::Impl& impl, std::string_view text, const std::vector<Token>& toks,
      const Segments& seg)
      : opt_(impl.options),
        lex_(impl.lex),
        text_(text),
        toks_(toks),
        seg_(seg),
        tk_(toks.data()),
        n_(static_cast<u32>(toks.size())),
        buffers_(thread_buffers()),
        title_case_(buffers_.title_case),
        direct_cue_(buffers_.direct_cue),
        order_(buffers_.order),
        runs_(buffers_.runs),
        after_(buffers_.after),
        before_(buffers_.before),
        counts_(buffers_.counts),
        names_(buffers_.names),
        roles_(buffers_.roles),
        mrs_(buffers_.mrs),
        mr_(buffers_.mr),
        firsts_(buffers_.firsts),
        full_name_list_(buffers_.full_names),
        recent_log_(buffers_.recent_log) {
    swap_buffers();
  }
  ~Run() {
    if (toks_.size() > kKeepTokens) {
      buffers_ = RunBuffers{};  // memory kept by a thread stays small
      return;
    }
    // pch_, info_, wbits_ and sent_of_ keep their size: prepare() rewrites them
    name_at_.clear(), cue_at_.clear(), mark_at_.clear(), scan_at_.clear();
    para_of_sent_.clear(), title_case_.clear(), close_from_.clear();
    direct_begins_.clear(), uncued_begins_.clear(), direct_opens_.clear();
    mark_.clear(), pieces_.clear(), recs_.clear(), direct_cue_.clear(), order_.clear();
    runs_.clear(), full_name_list_.clear(), recent_log_.clear();
    swap_buffers();  // the name tables are reset by prepare()
  }
  Run(const Run&) = delete;
  Run& operator=(const Run&) = delete;

  std::vector<Quote> run();

 private:
  /// Takes the vectors of this thread's buffers (leaving empty ones) and gives them back.
  void swap_buffers() noexcept {
    RunBuffers& b = buffers_;
    pch_.swap(b.pch), info_.swap(b.info), wbits_.swap(b.wbits);
    name_at_.swap(b.name_at), cue_at_.swap(b.cue_at);
    scan_at_.swap(b.scan_at), rest_.swap(b.rest);
    mark_at_.swap(b.mark_at), sent_of_.swap(b.sent_of);
    para_of_sent_.swap(b.para_of_sent), mark_.swap(b.mark), close_from_.swap(b.close_from);
    direct_begins_.swap(b.direct_begins), uncued_begins_.swap(b.uncued_begins);
    direct_opens_.swap(b.direct_opens);
    pieces_.swap(b.pieces), recs_.swap(b.recs);
  }

  // ---- token helpers
  u32 ntok() const { return n_; }
  CLAIMEX_HOT_INLINE std::string_view sv(u32 i) const {
    const Span s = tk_[i].span;  // non-empty and inside the text: no clamping
    if (s.begin < s.end && s.end <= text_.size())
      return std::string_view(text_.data() + s.begin, s.end - s.begin);
    return tk_[i].text(text_);
  }
  /// Token `i` is `w` byte for byte (`is(i, "that")`): sv(i) == w, its length compared first;
  /// false past the last token (as punct(), is_dash() and the other tests).
  template <std::size_t N>
  CLAIMEX_HOT_INLINE bool is(u32 i, const char (&w)[N]) const {
    if (i >= n_) return false;
    const Span s = tk_[i].span;
    return s.end - s.begin == N - 1 && s.end <= text_.size() &&
           std::memcmp(text_.data() + s.begin, w, N - 1) == 0;
  }
  TokenKind kind(u32 i) const { return tk_[i].kind; }
  bool is_word(u32 i) const { return i < ntok() && tk_[i].kind == TokenKind::word; }
  bool cap(u32 i) const { return is_word(i) && tk_[i].has(TokenFlag::capitalized); }
  const QuoteWord* info(u32 i) const { return i < ntok() ? info_[i] : nullptr; }
  std::uint32_t bits(u32 i) const {
    // the entry's bits copied per token by prepare() (0 for a word the lexicon does not
    // know): one load, not two in a chain (the second into the lexicon's table)
    return i < ntok() ? wbits_[i] : 0;
  }
  /// Token `i` is a cue form the lexicon knows (`info(i)->lemma != 0`). Every cue form has
  /// qw_bitmap: the words without it are told from their bits, not their entry.
  bool cue_form(u32 i) const { return (bits(i) & detail::qw_bitmap) && info_[i]->lemma != 0; }
  bool has(u32 i, std::uint32_t b) const { return (bits(i) & b) != 0; }
  CLAIMEX_HOT_INLINE bool punct(u32 i, char c) const {
    // a punctuation token of one byte: that byte in pch_ (prepare())
    return i < ntok() && c != '\0' && pch_[i] == c;
  }
  bool is_dash(u32 i) const { return i < ntok() && tk_[i].kind == TokenKind::dash; }
  bool is_open(u32 i) const { return i < ntok() && tk_[i].kind == TokenKind::open_quote; }
  bool is_close(u32 i) const { return i < ntok() && tk_[i].kind == TokenKind::close_quote; }
  bool is_quote_mark(u32 i) const {
    return i < ntok() &&
           (tk_[i].kind == TokenKind::open_quote || tk_[i].kind == TokenKind::close_quote);
  }
  CLAIMEX_HOT_INLINE bool sentence_final(u32 i) const {
    if (i >= ntok()) return false;
    if (tk_[i].kind == TokenKind::ellipsis) return true;
    const char c = pch_[i];  // punct(i, '.') || punct(i, '!') || punct(i, '?')
    return c == '.' || c == '!' || c == '?';
  }
  u32 sent_first(u32 i) const { return seg_.sentences[sent_of_[i]].first_token; }
  u32 sent_end(u32 i) const { return seg_.sentences[sent_of_[i]].end_token; }
  u32 para_of(u32 i) const { return para_of_sent_[sent_of_[i]]; }
  u32 para_first(u32 p) const { return seg_.paragraphs[p].first_token; }
  u32 para_end(u32 p) const { return seg_.paragraphs[p].end_token; }
  /// Word i is an acronym: 2 to 6 capital letters only (`NPR`, `NATO`), not in a run of
  /// capitals (an all-caps headline or shouted line, where a name is written so too).
  bool acronym(u32 i) const {
    if (!is_word(i) || !toks_[i].has(TokenFlag::all_caps) || toks_[i].span.size() > 6) return false;
    for (char c : sv(i))
      if (c < 'A' || c > 'Z') return false;
    auto caps_word = [&](u32 k) {
      return k < ntok() && is_word(k) && toks_[k].has(TokenFlag::all_caps);
    };
    return !(i > 0 && caps_word(i - 1)) && !caps_word(i + 1);
  }
  /// An initial of a name: `J.`, `H.J.` (capital letters, each with its period).
  bool name_initial(u32 i) const {
    if (!is_word(i)) return false;
    const std::string_view w = sv(i);
    if (w.size() < 2 || w.size() % 2 != 0) return false;
    for (std::size_t k = 0; k < w.size(); k += 2)
      if (w[k] < 'A' || w[k] > 'Z' || w[k + 1] != '.') return false;
    return true;
  }
  /// The first name that starts the name in the capitalised words [s, e] after words that
  /// are not one (`Exchequer Nigel Lawson`, `Investor Martin T. Sosnoff`), or s. Not a first
  /// name that ends the words, after words that may be a first name the lexicon lacks
  /// (`Nabil Hasan`, `Lindsey Graham`, `EPA Administrator Lee Thomas`; but after a place:
  /// `from London Lydia came`), nor one after an initial (`J. Hugh Liedtke`).
  u32 first_name_start(u32 s, u32 e) const {
    if (s > e || has(s, detail::qw_first_name)) return s;
    for (u32 k = s + 1; k <= e; ++k) {
      // a word the lexicon cannot know (non-ASCII: `Andrés Manuel López Obrador`) may be a
      // first name: the name starts no later
      if (toks_[k - 1].has(TokenFlag::non_ascii)) return s;
      if (has(k, detail::qw_first_name) && !has(k - 1, detail::qw_first_name))
        return (k < e || has(k - 1, detail::qw_place)) && !name_initial(k - 1) ? k : s;
    }
    return s;
  }
  bool sentence_initial(u32 i) const {
    u32 f = sent_first(i);
    while (f < i && (is_quote_mark(f) || punct(f, '(') || is_dash(f))) ++f;
    return f == i;
  }
  /// A cue verb at token i (not a capitalised word inside a name: `the United States`).
  CLAIMEX_HOT_INLINE const QuoteWord* cue_at(u32 i) const {
    // most tokens are no cue: that test inline, the rest out of line
    if (!cue_form(i)) return nullptr;
    return cue_check(i, info_[i]);
  }
  const QuoteWord* cue_check(u32 i, const QuoteWord* w) const {
    if (!is_word(i) || w->cue == CueClass::noun) return nullptr;
    // `Media reports said`, `Police statements say`: before a finite cue, an -s form is a
    // plural noun, the head of its subject
    if (w->form == CueForm::third && is_word(i + 1) && !toks_[i + 1].has(TokenFlag::capitalized))
      if (const QuoteWord* w2 = info(i + 1);
          w2 && w2->lemma != 0 && w2->cue != CueClass::noun && w2->form != CueForm::ing)
        return nullptr;
    if (toks_[i].has(TokenFlag::capitalized) && !sentence_initial(i) &&
        !toks_[i].has(TokenFlag::all_caps)) {
      // in a Title Case headline only a closing cue counts (`…, Lindsey Graham Says.`)
      if (!title_case(sent_of_[i])) return nullptr;
      const u32 nx = i + 1;
      if (!(nx >= ntok() || nx >= sent_end(i) || sentence_final(nx) || punct(nx, ':')))
        return nullptr;
    }
    return w;
  }
  /// Sentence `s` is a headline in Title Case: three or more words over 3 bytes, at least 80%
  /// of them capitalised. Asked rarely (a capitalised cue inside a sentence, the first
  /// paragraphs): worked out when first asked, once per sentence.
  bool title_case(u32 s) const {
    std::uint8_t& tc = title_case_[s];  // 0 not known yet, 1 no, 2 yes
    if (tc == 0) {
      const Sentence& st = seg_.sentences[s];
      const u32 se = std::min(st.end_token, ntok());
      u32 words = 0, caps = 0;
      for (u32 k = st.first_token; k < se; ++k)
        if (tk_[k].kind == TokenKind::word && tk_[k].span.size() > 3) {
          ++words;
          caps += tk_[k].has(TokenFlag::capitalized);
        }
      tc = words >= 3 && caps * 10 >= words * 8 ? 2 : 1;
    }
    return tc == 2;
  }
  /// An adverb: listed, or a lower-case word in -ly (`stoutly`, `impatiently`).
  /// A lower-case particle inside a name (`von`, `der`, `de`, `bin`): see kNameParticles.
  bool name_particle(u32 i) const {
    if (!is_word(i) || cap(i)) return false;
    // a word the lexicon knows is none but a few (`ten`): most words asked are function words
    // after a name (`the`, `and`), told without comparing bytes
    if (const QuoteWord* w = info_[i]; w && !lex_.particle_entry(w)) return false;
    return detail::name_particle(sv(i));
  }
  /// `and` inside a company's name: before `Co` (`Oppenheimer and Co`, `Sears, Roebuck and
  /// Co`), before a word and `Co` (`Procter and Gamble Co`, `Standard and Poor's Corp`),
  /// between two capital letters (`S and P`) or between a word and itself (`Johnson and
  /// Johnson`); not between two names (`Smith and Jones said`). `&` between two capitalised
  /// words always is (`Procter & Gamble`, `Marks & Spencer`).
  /// Tokens [a, h] are `the` and capitalised words that name no person (`the National
  /// Conference`, `the Times`): with `of` and a capitalised name after them, a body's name.
  bool titled_body(u32 a, u32 h) const {
    if (!is(a, "the") && !is(a, "The")) return false;
    if (h <= a || h > a + 4) return false;
    for (u32 k = a + 1; k <= h; ++k)
      if (!is_word(k) || !cap(k) ||
          has(k, detail::qw_role | detail::qw_honorific | detail::qw_first_name |
                     detail::qw_not_name | detail::qw_pronoun | detail::qw_nationality |
                     detail::qw_place))
        return false;
    return true;
  }
  /// The words before `of` at `j` (from `lo`) are such a body's title after `the`, and the
  /// mention from `the` to its last word `last` is at most nine tokens.
  bool titled_body_before(u32 j, u32 lo, u32 last) const {
    for (u32 k = j - 1; k + 5 > j && k > lo; --k)
      if (is(k - 1, "the") || is(k - 1, "The"))
        return last + 1 - (k - 1) <= 9 && titled_body(k - 1, j - 1);
    return false;
  }
  /// The capitalised words from `k` (before `hi`) are followed by an opening bracket: a
  /// mention going on past them (`the Press Trust of India (PTI) news agency`).
  bool bracket_after_name(u32 k, u32 hi) const {
    while (k < hi && is_word(k) && cap(k)) ++k;
    return k < hi && punct(k, '(');
  }
  /// Token `k` is a single quote mark glued to a word in `s` before it and followed by a
  /// word: an owner's mark (`the United States' Centers`).
  bool plural_owner_mark(u32 k) const {
    return k > 0 && k + 1 < ntok() && (sv(k) == "'" || sv(k) == "\xE2\x80\x99") &&
           !toks_[k].has(TokenFlag::space_before) && is_word(k - 1) && sv(k - 1).back() == 's' &&
           is_word(k + 1) && toks_[k + 1].has(TokenFlag::space_before);
  }
  /// A capitalised plural of an organisation noun: `Services`, `Ministries`.
  bool org_head_plural(u32 k) const {
    const std::string_view w = sv(k);
    if (!is_word(k) || !cap(k) || w.size() < 5 || w.back() != 's' || info(k)) return false;
    const detail::QuoteWord* q = lex_.find(w.substr(0, w.size() - 1));
    if (!q && w.size() > 5 && w.substr(w.size() - 3) == "ies") {
      char buf[32];
      if (w.size() - 2 > sizeof buf) return false;
      std::memcpy(buf, w.data(), w.size() - 3);
      buf[w.size() - 3] = 'y';
      q = lex_.find(std::string_view(buf, w.size() - 2));
    }
    return q && (q->bits & detail::qw_org_head) &&
           !(q->bits & (detail::qw_role | detail::qw_person_noun));
  }
  /// Token `k` is a `for` inside a body's name: after the body's head noun (`Center for
  /// Strategic and International Studies`, `Centers for Disease Control`) or after one to
  /// three capitalised words that open a sentence or follow `the` and name no person
  /// (`Transport for London told`, `the Campaign for Nuclear Disarmament said`).
  bool body_for(u32 k) const {
    if (k == 0 || k + 1 >= ntok() || !is(k, "for") || !is_word(k - 1) || !cap(k - 1) ||
        !is_word(k + 1) || !cap(k + 1) ||
        has(k - 1, detail::qw_role | detail::qw_person_noun | detail::qw_pronoun))
      return false;
    if (has(k - 1, detail::qw_org_head) || org_head_plural(k - 1)) return true;
    u32 p = k - 1;
    for (;;) {
      if (has(p, detail::qw_first_name | detail::qw_honorific | detail::qw_role |
                     detail::qw_person_noun | detail::qw_pronoun | detail::qw_verb |
                     detail::qw_preposition | detail::qw_not_name) ||
          cue_form(p))
        return false;
      if (sentence_initial(p)) return true;
      if (p == 0 || k - p >= 3) break;
      if (is(p - 1, "the") || is(p - 1, "The")) return true;
      // (a body a role speaks for: `a spokesman for Transport for London`)
      if (p >= 2 && is(p - 1, "for") && has(p - 2, detail::qw_role | detail::qw_person_noun))
        return true;
      if (!is_word(p - 1) || !cap(p - 1)) break;
      --p;
    }
    return false;
  }
  bool name_and(u32 i) const {
    if (i == 0 || i + 1 >= ntok() || !cap(i - 1) || !cap(i + 1)) return false;
    if (is(i, "&")) return true;
    if (!is(i, "and")) return false;
    const std::string_view l = sv(i - 1), r = sv(i + 1);
    if (has(i + 1, detail::qw_firm) || (l.size() == 1 && r.size() == 1) || l == r ||
        has(i + 2, detail::qw_firm) || (owner_s(i + 2) && has(i + 3, detail::qw_firm)))
      return true;
    // a body's name whose capitalised words after `and` end in its head noun: `Securities
    // and Exchange Commission`, `Health and Human Services` (not a body before its officer's
    // title: `James Baker and Federal Reserve Board chairman Paul Volcker`)
    // (or in its plural: `Human Services`)
    for (u32 k = i + 1; k < ntok() && k < i + 4 && cap(k) && !has(k, detail::qw_not_name); ++k)
      if (k > i + 1 && (has(k, detail::qw_org_head) || org_head_plural(k)) &&
          !has(k, detail::qw_role | detail::qw_person_noun) &&
          !(k + 1 < ntok() && (cap(k + 1) || has(k + 1, detail::qw_role | detail::qw_person_noun))))
        return true;
    // or whose head and `of` (`for`) come before it: `Ministry of Agriculture and Fisheries`,
    // `Center for Strategic and International Studies`
    for (u32 k = i - 1; k > 1 && k + 3 > i && cap(k) && !has(k, detail::qw_not_name); --k)
      if (((is(k - 1, "of") && cap(k - 2) && has(k - 2, detail::qw_org_head) &&
            !has(k - 2, detail::qw_role | detail::qw_person_noun)) ||
           body_for(k - 1)))
        return true;
    return false;
  }
  /// Token `k` is a common noun in the plural: one the lexicon marks (`officials`), or a
  /// lower-case word it does not know ending in a single `s` (`teachers`).
  bool plural_noun_at(u32 k) const {
    if (!is_word(k)) return false;
    if (has(k, detail::qw_plural) && has(k, detail::qw_person_noun)) return true;
    if (info(k)) return false;
    const std::string_view w = sv(k);
    return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' &&
           w[w.size() - 2] != 'i';
  }
  /// Token `i` is an owner's `'s` (either apostrophe).
  bool owner_s(u32 i) const {
    return i < ntok() && kind(i) == TokenKind::clitic && (is(i, "'s") || is(i, "’s"));
  }
  /// Token `i` marks an owner: `'s`, or the bare apostrophe after a plural (`the Tories'`).
  bool owner_mark(u32 i) const {
    return owner_s(i) || (i < ntok() && kind(i) == TokenKind::apostrophe);
  }
  /// Token `k` names a person (a given name, a name the text gives with a gender) or a place
  /// (`Japan`): its `'s` is an owner's, not a company's name (`Moody's`) nor `has`.
  bool possessor_named(u32 k) const {
    if (!cap(k)) return false;
    if (has(k, detail::qw_place | detail::qw_first_name | detail::qw_nationality)) return true;
    Gender g = g_unknown;
    return names().get(sv(k), &g) != nullptr && (g == g_male || g == g_female);
  }
  /// Tokens [f, l] are a people's adjective (`Dutch`, `South Korean`): nationality words, a
  /// compass point before one.
  bool peoples_words(u32 f, u32 l) const {
    for (u32 k = f; k <= l; ++k)
      if (!has(k, detail::qw_nationality) &&
          !(k < l && (is(k, "South") || is(k, "North") || is(k, "East") || is(k, "West"))))
        return false;
    return true;
  }
  /// `two` to `twelve`, any case: the count in `a mother of two`.
  bool small_number_word(u32 i) const {
    if (!is_word(i) || tk_[i].span.size() > 6) return false;
    static constexpr std::string_view kSmall[] = {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
    for (std::string_view w : kSmall)
      if (detail::lexicon_equal(sv(i), w, true)) return true;
    return false;
  }
  bool adverb_like(u32 i) const {
    if (!is_word(i) || cap(i)) return false;
    if (has(i, detail::qw_adverb)) return true;
    std::string_view w = sv(i);
    return w.size() > 4 && w.substr(w.size() - 2) == "ly" &&
           !has(i, detail::qw_role | detail::qw_person_noun | detail::qw_org_head) &&
           !detail::ly_not_adverb(w);
  }
  /// `spokesman`, `spokeswoman`, `spokesperson`, `spokespeople`: one who speaks for a body.
  bool spokes_word(u32 i) const { return sv(i).substr(0, 6) == "spokes"; }
  /// A lower-case word of five letters or more ending in `ing` (`taxing`, `raising`).
  bool ing_word(u32 i) const {
    if (!is_word(i) || cap(i)) return false;
    const std::string_view w = sv(i);
    return w.size() >= 5 && w.substr(w.size() - 3) == "ing";
  }
  /// A lower-case word of five letters or more ending in `ed` (`issued`, `endorsed`): a past
  /// verb or participle the lexicon does not list.
  bool past_ed(u32 i) const {
    if (!is_word(i) || cap(i)) return false;
    const std::string_view w = sv(i);
    // (a compound is an adjective: `state-owned`, `Calgary-based`)
    return w.size() >= 5 && w.substr(w.size() - 2) == "ed" && w.find('-') == std::string_view::npos;
  }
  /// `w` may be a verb's third-person form in `-s` (`calls`, `makes`; not `-ss`, `-us`, `-is`:
  /// `press`, `status`, `analysis`).
  static bool s_form(std::string_view w) {
    return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' &&
           w[w.size() - 2] != 'i';
  }
  /// The tense of a finite verb at token `v`: 1 present (`is`, `has`, `wants`, `’s`), 2 past
  /// (`was`, `had`, `called`, `went`, and a perfect: `has withheld`, `’s had`), 0 neither
  /// known (a modal, a base form, no verb). `form` is the lexicon's cue form when `v` is a cue.
  int verb_tense(u32 v) const {
    if (!(is_word(v) || kind(v) == TokenKind::clitic) || cap(v)) return 0;
    const std::string_view vw = sv(v);
    auto participle_next = [&]() {
      u32 t = v + 1;
      if (t < ntok() && adverb_like(t)) ++t;
      return t < ntok() &&
             (past_ed(t) || is(t, "been") || is(t, "had") ||
              (has(t, detail::qw_verb) && !has(t, detail::qw_aux) && sv(t).back() != 's'));
    };
    if (vw == "is" || vw == "are" || vw == "am" || vw == "does" || vw == "do") return 1;
    if (vw == "was" || vw == "were" || vw == "had" || vw == "did") return 2;
    if (vw == "has" || vw == "have" || vw == "’s" || vw == "'s" || vw == "’ve" || vw == "'ve")
      return participle_next() ? 2 : 1;
    const QuoteWord* wv = info(v);
    if (wv && wv->lemma != 0 && wv->cue != CueClass::noun) {
      if (wv->form == CueForm::past) return 2;
      if (wv->form == CueForm::third) return 1;
      return 0;
    }
    if (wv && (wv->bits & detail::qw_verb) && !(wv->bits & detail::qw_aux))
      return vw.back() == 's' ? 1 : 2;
    if (!wv && past_ed(v)) return 2;
    return 0;
  }
  /// The words after `and` or `but` (token `k`, inside a report's content [a, k), before
  /// `se`) are a verb of the cue's form with no subject of its own, an adverb maybe before
  /// it: the speaker's second act (`said he makes $41,000 a year and questioned how …`,
  /// `… and questioning how …`). Not a verb of the content's own subject: a pronoun's verb of
  /// the same tense (`said she was tired of it and wanted a change`), one inside a relative
  /// clause (`the aide who succeeded him and helped …`), nor a word coordinated with the word
  /// before `and` (`was arrested and charged`, `farming and mining companies`).
  bool second_verb(u32 a, u32 k, u32 se, CueForm form) const {
    u32 v = k + 1;
    if (v + 1 < se && adverb_like(v) && !is(v, "there")) ++v;
    if (v >= se || !is_word(v) || cap(v) || (mark_[v] & 1)) return false;
    const QuoteWord* wv = info(v);
    const std::string_view vw = sv(v);
    const bool own_cue = wv && wv->lemma != 0 && wv->cue != CueClass::noun && wv->form == form;
    // what follows a verb that takes an object or a clause (not a noun's modifier)
    auto opens_object = [&](u32 t) {
      return t < se && is_word(t) &&
             (has(t, detail::qw_determiner | detail::qw_possessive | detail::qw_pronoun |
                         detail::qw_object | detail::qw_preposition) ||
              adverb_like(t) || is(t, "that") || is(t, "how") || is(t, "why") || is(t, "what"));
    };
    bool verb = false;
    switch (form) {
      case CueForm::past:
        if (past_ed(k - 1) || has(k - 1, detail::qw_verb)) return false;
        if (own_cue || is(v, "was") || is(v, "were") || is(v, "had"))
          verb = true;
        else if (wv && (wv->bits & detail::qw_verb) && !(wv->bits & detail::qw_aux))
          verb = vw.back() != 's';
        else  // (not a participle before its preposition: `centered in`, `based on`)
          verb = !wv && past_ed(v) && opens_object(v + 1) && !has(v + 1, detail::qw_preposition);
        break;
      case CueForm::third:
        if (own_cue || is(v, "is") || is(v, "has"))
          verb = true;
        else if (wv && (wv->bits & detail::qw_verb) && !(wv->bits & detail::qw_aux))
          verb = vw.back() == 's';
        else
          verb = !wv && s_form(vw) && opens_object(v + 1);
        break;
      case CueForm::ing: {
        // a participle after a finite clause: not the content's own verb, unless the content
        // holds one it may go on (`would involve promoting exports and inducing …`)
        if (!(own_cue || ing_word(v)) || !opens_object(v + 1)) return false;
        for (u32 t = a; t < k; ++t)
          if (ing_word(t)) return false;
        return true;
      }
      case CueForm::base:
        return false;
    }
    if (!verb) return false;
    u32 s = a;
    if (s < k && is(s, "that")) ++s;
    if (s < k && adverb_like(s)) ++s;  // `even she found …`
    // (a content that opens with its verb has lost its subject to the cue's: the reading is
    // unsure; a cue inside the content reports a clause of its own, which `and` may go on:
    // `said he believes Obama was born here and was qualified`)
    if (verb_tense(s) != 0) return false;
    for (u32 t = s + 1; t < k; ++t)
      if (is(t, "who") || is(t, "which") || is(t, "that") || cue_at(t)) return false;
    // the content's verb after its pronoun subject (an adverb maybe between): a verb of
    // another tense after `and` is not its (`said he is friendly with them but took issue
    // with …`); one of the same tense may be (`said she was tired of it and wanted a
    // change`). After a noun phrase nothing tells (`said the company is private and had
    // sales of …`, `said Brazil had paid 44 billion dlrs and got 11 billion`)
    if (!(is_word(s) && (has(s, detail::qw_pronoun) || is(s, "it")))) return false;
    u32 t = s + 1;
    if (t + 1 < k && adverb_like(t)) ++t;
    int tense = t < k ? verb_tense(t) : 0;
    if (tense == 0 && t < k && is_word(t) && !cap(t) && !info(t) &&
        (is(s, "he") || is(s, "she") || is(s, "it"))) {
      // (after `he`, `she`, `it`: a word in `-s` the lexicon does not know is a present verb,
      // `he makes $41,000 a year`)
      if (s_form(sv(t))) tense = 1;
    }
    int second = verb_tense(v);
    if (is(v, "has")) second = 2;  // `… but has withheld her endorsement`
    return tense != 0 && second != 0 && tense != second;
  }
  /// A clause of two words, subject and verb, that ends the sentence after a cue: `Police
  /// said he fled.`, `The board said that confidence fell`, `said trading resumed`. After a
  /// subject pronoun (`he`, `they`) a word that is no function or time word; after `it`, a
  /// lower-case noun or a word after `that`, a verb the lexicon knows or one in `-ed`.
  bool two_word_clause(u32 a, bool after_that) const {
    constexpr std::uint32_t kFunction = detail::qw_preposition | detail::qw_determiner |
                                        detail::qw_clause | detail::qw_time | detail::qw_adverb |
                                        detail::qw_negation | detail::qw_object |
                                        detail::qw_possessive | detail::qw_quantity;
    const u32 v = a + 1;
    if (!is_word(a) || !is_word(v) || cap(v) || has(v, kFunction | detail::qw_pronoun) ||
        has(a, kFunction & ~detail::qw_object) || adverb_like(v))
      return false;
    if (has(a, detail::qw_pronoun)) return true;  // `he fled`, `they agreed`
    // (an `-s` form would take an adjective and a plural noun for a clause: `reported
    // unaudited results`, `quoting official statistics`)
    const bool verb_form = has(v, detail::qw_verb | detail::qw_aux) || past_ed(v);
    if (is(a, "it")) return verb_form;  // not `said it twice`
    // a bare noun, or any word after `that`: lower case, no function word (`said
    // yesterday` is a time word), a common noun or a speaker noun
    return verb_form && !cap(a) && (after_that || !info(a) || has(a, detail::qw_person_noun));
  }
  /// A token of [a, b) inside a quote piece (`mark_[k] & 1`): eight tokens a step.
  bool marked(u32 a, u32 b) const {
    const std::uint8_t* const m = mark_.data();
    for (; a + 8 <= b; a += 8) {
      std::uint64_t w;
      std::memcpy(&w, m + a, 8);
      if (w & 0x0101010101010101ull) return true;
    }
    for (; a < b; ++a)
      if (m[a] & 1) return true;
    return false;
  }
  /// Tokens [a, b) quoted after the quote pieces were found (mixed quotes, transcripts).
  void mark_quoted(u32 a, u32 b) {
    names_ready();  // the runs of capitalised words as the quote pieces left them
    for (u32 t = a; t < b; ++t) mark_[t] |= 1;
    if (a < b) quoted_late_ = true;
  }
  /// `to` at `t` before a plain lower-case word (no article, owner, object, number or time
  /// word): an infinitive (`pledged to put`), not a preposition (`said to reporters`).
  bool infinitive_at(u32 t, u32 hi) const {
    return t + 1 < hi && is(t, "to") && is_word(t + 1) && !cap(t + 1) &&
           !has(t + 1, detail::qw_determiner | detail::qw_possessive | detail::qw_object |
                           detail::qw_person_noun | detail::qw_quantity | detail::qw_time |
                           detail::qw_pronoun | detail::qw_preposition);
  }
  /// Cue form `i` opens an idiom, no report: `easier said than done`, `say goodbye to`.
  bool idiom_after_cue(u32 i) const {
    // (and a price or a sum: `shares were last quoted at 591p`, `liquidity, estimated at
    // some 500 mln rupees`)
    return is(i + 1, "than") || is(i + 1, "goodbye") || is(i + 1, "farewell") ||
           (is(i, "quoted") && is(i + 1, "at")) ||
           // (an estimate with its estimator stays: `which organizers estimated at`)
           (is(i, "estimated") && is(i + 1, "at") && i > 0 &&
            (!is_word(i - 1) || has(i - 1, detail::qw_aux)));
  }
  /// Tokens [a, b) hold no verb, auxiliary or cue form: a noun phrase or an adverbial, no
  /// clause.
  bool verbless(u32 a, u32 b) const {
    for (u32 k = a; k < b; ++k)
      if (has(k, detail::qw_verb | detail::qw_aux) || cue_at(k)) return false;
    return true;
  }
  /// The token at `t` (before `hi`), or the one after an apposition set off by a comma from
  /// `t` (`an expert on Russia, would …`): a lower-case verb or auxiliary there, the verb of a
  /// subject before a parenthetical cue; kNone when none.
  u32 verb_after_apposition(u32 t, u32 hi) const {
    auto verb = [&](u32 v) {
      return v < hi && is_word(v) && !cap(v) && !cue_at(v) &&
             has(v, detail::qw_verb | detail::qw_aux) && !has(v, detail::qw_clause);
    };
    if (verb(t)) return t;
    if (!(is(t, "a") || is(t, "an") || is(t, "the") || has(t, detail::qw_role))) return kNone;
    for (u32 k = t + 1; k < hi && k < t + 16; ++k) {
      if (sentence_final(k) || is_quote_mark(k) || punct(k, ';') || punct(k, ':') || is_dash(k) ||
          has(k, detail::qw_verb | detail::qw_aux) || cue_at(k))
        return kNone;
      if (punct(k, ',')) return verb(k + 1) ? k + 1 : kNone;
    }
    return kNone;
  }
  /// Words and numbers in [a, b), counted up to `limit` (the rules compare most counts with
  /// a few words: the count stops there).
  u32 words_in(u32 a, u32 b, u32 limit = kNone) const {
    u32 n = 0;
    for (u32 k = a, e = std::min(b, ntok()); k < e && n < limit; ++k) {
      const TokenKind kd = tk_[k].kind;
      n += static_cast<u32>(kd == TokenKind::word) | static_cast<u32>(kd == TokenKind::number);
    }
    return n;
  }
  Span span_of(u32 a, u32 b) const {  // tokens [a, b] inclusive
    return Span{toks_[a].span.begin, toks_[b].span.end};
  }

  // ---- stages
  const QuoteWord* lookup(const Token& t) const;
  const QuoteWord* word_marks(u32 i, const QuoteWord* w);
  bool platform_follows(u32 i) const;
  void prepare_token(u32 i);
  void prepare();
  void find_pieces();
  Mention subject_back(u32 verb, u32 lo) const;
  Mention joined_subject(Mention m, u32 lo) const;
  Mention appositive_subject(u32 comma, u32 lo, bool nested = false) const;
  bool criticized_for(u32 for_at, u32 sf) const;
  /// A form of `be` right before the past form at `v`, past adverbs and negation, not before
  /// `lo`: the verb is a passive (`he was told`, `has not been charged`, `would be maintained`).
  bool passive_at(u32 v, u32 lo) const {
    for (u32 k = v; k-- > lo;) {
      const std::string_view aux = sv(k);
      if (aux == "was" || aux == "were" || aux == "is" || aux == "are" || aux == "been" ||
          aux == "be" || aux == "being" ||
          (has(k, detail::qw_verb) && has(k, detail::qw_negation)))  // `aren't`
        return true;
      if (!(adverb_like(k) || has(k, detail::qw_negation))) return false;
    }
    return false;
  }
  Mention subject_head(u32 i, u32 lo, u32 verb) const;
  Mention clause_subject(u32 verb, u32 sf) const;
  Mention pronoun_after_comma(u32 conj, u32 lo) const;
  Mention participle_subject(u32 verb, u32 sf) const;
  u32 subject_start(u32 c, u32 verb) const;
  Mention colon_clause_subject(u32 colon, u32 lo) const;
  Mention long_subject_after(u32 a, u32 verb) const;
  Mention and_names(u32 first, u32 and_at, u32 hi) const;
  Mention long_subject(u32 verb, u32 sf) const;
  Mention head_np(u32 p, u32 hi) const;
  u32 clause_start(u32 sf, u32 e) const;
  Mention np_forward(u32 p, u32 hi, bool inverted = false) const;
  Mention role_then_name(const Mention& m, u32 hi) const;
  bool noun_after_cue(u32 k) const;
  void classify(Mention& m) const;
  bool person_before(u32 j, u32 lo) const;
  bool names_body(const Mention& m) const;
  u32 skip_adverbials(u32 p, u32 hi) const;
  bool noun_after_determiner(u32 k, u32 lo) const;
  /// Cue form `k` is one the lexicon marks as mostly a noun (qw_noun_cue: `states`) and is
  /// followed (past adverbials, before `hi`) by neither an end, a comma, `that`, `to` nor a
  /// colon: a noun (`," giving states more power`), no cue.
  bool noun_cue_as_noun(u32 k, u32 hi) const {
    if (!has(k, detail::qw_noun_cue)) return false;
    const u32 nx = adverbials_only(k + 1, hi);
    return !(nx >= hi || sentence_final(nx) || punct(nx, ',') || punct(nx, ':') || is(nx, "that") ||
             is(nx, "to"));
  }
  u32 adverbials_only(u32 p, u32 hi) const;
  bool writer_comment(u32 k) const;
  bool bare_audience(u32 p, u32 hi) const;
  bool place_or_time_tail(u32 k, u32 se) const;
  u32 phrase_before_clause(u32 k, u32 se) const;
  bool acronym_of_function_word(u32 i, const QuoteWord* w) const;
  u32 title_after(u32 i, u32 hi) const;
  bool title_case(u32 a, u32 b) const;
  u32 audience_end(u32 p, u32 hi) const;
  bool premodifiers_only(u32 a, u32 b) const;
  u32 bracket_label_end(u32 pf, u32 pe) const;
  Attribution cue_after(const Piece& pc) const;
  Attribution cue_before(const Piece& pc) const;
  void assemble_direct();
  void indirect();
  void headline(std::vector<Quote>& out);
  void headline_says(std::vector<Quote>& out);
  Quote headline_quote(u32 ca, u32 cb, u32 cue, std::string_view lemma, u32 sa, u32 sb);
  void resolve_all();
  void dialogue();
  void join_continuations();
  u32 clause_before_cue(u32 a, u32 open) const;
  void transcript();
  std::pair<u32, u32> vocative(const Rec& r) const;
  bool cued_direct_inside(u32 a, u32 b) const;
  bool passive_report(u32 i, const QuoteWord* w, u32 sf, u32 se, u32& content_until,
                      Mention& last_who, Rule& last_rule);
  /// Words in [a, b) and whether any token there lies inside a direct quote (`inside`).
  u32 content_words(u32 a, u32 b, bool& inside) const {
    u32 words = 0;
    inside = false;
    for (u32 t = a; t < b; ++t) {
      if (is_word(t)) ++words;
      if (mark_[t] & 1) inside = true;
    }
    return words;
  }
  bool opens_fragment(u32 a, u32 b) const;
  u32 fronted_adverbial(u32 a, u32 se, bool after_that) const;
  /// A lower-case plural noun the lexicon does not know (`strategists`, `proponents`) before
  /// a cue in its base or past form (`strategists say`): a subject of its own.
  bool plural_noun(u32 i, const QuoteWord* cue) const {
    if (!is_word(i) || cap(i) || info(i) || !cue) return false;
    if (cue->form == CueForm::third) return false;
    const std::string_view t = sv(i);
    return t.size() > 4 && t.back() == 's' && t[t.size() - 2] != 's' && t[t.size() - 2] != 'u';
  }
  void absorb_uncued(Span cs);
  /// `w` is a form of the cue lemma `l` (`is_lemma(w, "say")`): the lemma's name compared
  /// with the literal, its length first (most compares stop there; chains of them are common)
  template <std::size_t N>
  CLAIMEX_HOT_INLINE bool is_lemma(const QuoteWord* w, const char (&l)[N]) const {
    if (!w || !w->lemma) return false;
    const std::string_view x = lex_.lemma(w->lemma);
    return x.size() == N - 1 && std::memcmp(x.data(), l, N - 1) == 0;
  }
  Span piece_span(const Piece& pc) const;
  void add(Quote q, const Mention& m, Rule speaker_rule, u32 at, bool uncued);
  /// A report whose content is [a, b), and [a2, b2) after the cue when it is split (`…,
  /// says the study, it rises …`).
  void add_report(u32 cue_first, u32 cue_last, std::string_view lemma, u32 a, u32 b, bool inside,
                  const Mention& who, Rule rule, u32 a2 = kNone, u32 b2 = kNone);
  void register_names(u32 upto);
  void register_now(u32 upto);
  void recents_ready();
  void prescan_names() const;
  bool no_name_word(u32 k, std::uint32_t w) const;
  NameRun name_of_run(u32 first, u32 last) const;
  template <class F>
  void run_scan(u32 from, u32 upto, F&& f) const;
  void split_marked_runs();
  Span kin(const Mention& m);
  Span formal(std::string_view nick) const;
  Entity resolve(const Mention& m, u32 at);
  bool dialogue_mode() const;
  Gender gender_of_name(u32 a, u32 b) const;
  bool subject_name(u32 first, u32 e) const;
  void remember_speaker(const Span& ident, bool named, const Mention& m, u32 at);

  const QuoteOptions& opt_;
  const detail::QuoteLexicon& lex_;
  std::string_view text_;
  const std::vector<Token>& toks_;
  const Segments& seg_;

  const Token* const tk_;  // toks_.data()
  const u32 n_;            // toks_.size()
  std::vector<char> pch_;  // per token: the byte of a one-byte punctuation token, else 0
  std::vector<const QuoteWord*> info_;
  std::vector<std::uint32_t> wbits_;    // per token: info_[i]->bits, 0 for none (bits())
  std::vector<std::uint64_t> name_at_;  // bit per token: a capitalised word or an honorific
  std::vector<std::uint64_t> cue_at_;   // bit per token: one indirect() looks at (its prefilter)
  // bit per token: one that can end an indirect report's content (`,` `;` `and` `but` a cue)
  std::vector<std::uint64_t> scan_at_;
  std::vector<std::uint64_t> mark_at_;  // bit per token: a quote mark (open or close)
  std::vector<u32> rest_;               // prepare(): the tokens its second loop takes
  std::vector<u32> particles_;          // prepare(): `out` after `pointed` (word_marks())
  std::vector<u32> sent_of_;
  std::vector<u32> para_of_sent_;
  std::vector<std::uint8_t> mark_;  // per token: 1 inside a quote piece, 2 used by a cue
  // per token i: the first closing quote mark at or after i (ntok() for none); made when
  // opens_fragment() is first called (most texts never call it), so that each call costs
  // no scan to the close
  mutable std::vector<u32> close_from_;
  // where the content of each cued direct quote begins, in order, and the opening marks
  // just before such a content, each with the quote's cue token: indirect() makes them (the
  // direct quotes are all known by then), for cued_direct_inside()
  std::vector<std::pair<offset_t, u32>> direct_begins_;
  std::vector<std::pair<u32, u32>> direct_opens_;
  // the cue-less direct quotes (where their content begins, their record), in order:
  // indirect() makes it, for absorb_uncued()
  std::vector<std::pair<offset_t, u32>> uncued_begins_;
  std::vector<Piece> pieces_;
  std::vector<Rec> recs_;
  // this thread's buffers: the vectors above are swapped in and out (a member is one load
  // away), those below used in place (less often used)
  RunBuffers& buffers_;
  // per sentence: title_case() (const: the reference's vector is not), once known
  std::vector<std::uint8_t>& title_case_;
  std::vector<int>& direct_cue_;      // indirect(): per sentence, its cued direct quote
  std::vector<u32>& order_;           // resolve_all(): the records in cue order
  std::vector<NameRun>& runs_;        // prescan_names(): the runs of capitalised words
  std::vector<Attribution>& after_;   // assemble_direct(): each piece's cue after it
  std::vector<Attribution>& before_;  // … and before it
  NameTable& counts_;                 // run(): the speakers' last names, counted
  NameTable& names_;
  NameTable& roles_;
  NameTable& mrs_;     // surname → `Mrs. X`
  NameTable& mr_;      // surname → `Mr. X`
  NameTable& firsts_;  // first name → full name: through firsts()
  // The name tables and runs (prescan_names()) are made when first needed: before the first
  // look-up, or before a token is first marked as quoted after the quote pieces (which would
  // change the runs) -- the same tables as made right after find_pieces(). A text with no
  // cue and no quote never needs them.
  mutable bool prescanned_ = false;
  void names_ready() const {
    if (!prescanned_) {
      prescanned_ = true;
      prescan_names();
    }
  }
  NameTable& names() const { return names_ready(), names_; }
  NameTable& roles() const { return names_ready(), roles_; }
  NameTable& mrs() const { return names_ready(), mrs_; }
  NameTable& mr() const { return names_ready(), mr_; }
  // prescan_names(): the names of two or more words, for firsts_ (filled when first asked:
  // most texts never ask)
  std::vector<FullName>& full_name_list_;
  mutable bool firsts_ready_ = false;
  /// The table of first names (`Lydia` → `Lydia Bennet`), filled when first asked: the same
  /// puts in the same order as prescan_names() saw the names.
  const NameTable& firsts() const {
    names_ready();
    if (!firsts_ready_) {
      for (const FullName& f : full_name_list_)
        firsts_.put(sv(f.s), span_of(f.s, f.e), f.gender, f.words);
      firsts_ready_ = true;
    }
    return firsts_;
  }
  std::array<Recent, 12> recent_{};
  std::size_t recent_n_ = 0;
  // register_names() and remember_speaker() in the order called, not yet applied to recent_:
  // recents_ready() applies them before recent_ is read. Most texts never read it (their
  // speakers are named, or organisations): they need neither those steps nor, often, the
  // name tables and runs the steps read (prescan_names()).
  std::vector<RecentEvent>& recent_log_;
  u32 logged_upto_ = 0;  // the largest bound logged (a smaller one is no step)
  // organisations named as speakers, the last 16 (resolve(): `the company`, `Penney`)
  struct OrgSeen {
    Span name;
    u32 first = 0, last = 0;  // its tokens
  };
  std::array<OrgSeen, 16> orgs_{};
  std::size_t orgs_n_ = 0;
  Span named_org(const Mention& m) const;
  /// The fuller name of a body named before whose first `words` words are those from
  /// `first` (none when there is none).
  Span org_with_prefix(u32 first, u32 words) const;
  u32 registered_ = 0;
  std::size_t run_cursor_ = 0;  // register_names(): the first run not behind registered_
  bool dialogue_ = false;
  bool quoted_late_ = false;  // mark_quoted() marked a token
  // a name of two or more words with a gender (prescan_names())
  mutable bool full_names_ = false;
};

// ------------------------------------------------------------------------------------ prepare

/// Stands in `info` for a token first_pass() leaves to Run::prepare_token().
constexpr QuoteWord kPending{};

/// prepare()'s first loop, on its own (its values stay in registers): each ASCII word of 1 to
/// 16 bytes looked up (`info`), capitalised ones set in `name_at`, one-byte punctuation in
/// `pch` (zeros elsewhere, on entry), commas, semicolons, opening marks and dashes in
/// `scan_at`, quote marks in `mark_at`, cue forms in `cue_at` and `scan_at` (as
/// Run::word_marks() sets them). The other tokens (`info` &kPending: clitics, longer or
/// non-ASCII words, words in capitals the lexicon knows, capitalised or 3-byte tokens of other
/// kinds) and the other words that may set a bit are listed in `rest`; returns the end of the
/// list.
[[gnu::noinline]] u32* first_pass(const detail::QuoteLexicon::ShortTable shorts,
                                  const Token* const toks, const u32 n, const std::string_view tx,
                                  const QuoteWord** const info, std::uint32_t* const wbits,
                                  char* const pch, std::uint64_t* const name_at,
                                  std::uint64_t* const scan_at, std::uint64_t* const mark_at,
                                  std::uint64_t* const cue_at, u32* rest) {
  const char* const text = tx.data();
  const std::size_t tsize = tx.size();
  constexpr std::uint16_t kCapital = static_cast<std::uint16_t>(TokenFlag::capitalized);
  constexpr std::uint16_t kNonAscii = static_cast<std::uint16_t>(TokenFlag::non_ascii);
  constexpr std::uint16_t kAllCaps = static_cast<std::uint16_t>(TokenFlag::all_caps);
  for (u32 i = 0; i < n; ++i) {
    const Token& t = toks[i];
    const u32 begin = t.span.begin;
    const u32 len = t.span.end - begin;
    if (t.kind == TokenKind::word && !(t.flags & kNonAscii)) {
      const QuoteWord* w;
      if (len - 1u < 8u && std::size_t{begin} + 8 <= tsize)
        w = shorts.find8(text + begin, len);
      else if (len - 9u < 8u && t.span.end <= tsize)
        w = shorts.find16(text + begin, len);
      else {
        info[i] = &kPending;
        *rest++ = i;
        continue;
      }
      if (w && (t.flags & kAllCaps)) {  // (maybe an acronym: `WHO`, `US`)
        info[i] = &kPending;
        *rest++ = i;
        continue;
      }
      info[i] = w;
      wbits[i] = w ? w->bits : 0;
      if (t.flags & kCapital) name_at[i >> 6] |= std::uint64_t{1} << (i & 63);  // name_runs
      // the words that may set other bits: the lexicon marks them, or it does not know them
      // and they may be `put` or `according` (`According`)
      if (w ? (w->bits & detail::qw_bitmap) != 0
            : (len == 3 && text[begin] == 'p') || (len == 9 && (text[begin] | 0x20) == 'a')) {
        // most are cue forms (`said`), `and` and `but`, set here as Run::word_marks() sets
        // them; honorifics, time words and words the lexicon does not know are left to it
        if (w && len != 9 &&
            !(w->bits & (detail::qw_honorific | detail::qw_preposition | detail::qw_time)) &&
            w->cue != CueClass::platform && w->cue != CueClass::particle) {
          const std::uint64_t bit = std::uint64_t{1} << (i & 63);
          if (w->lemma != 0) cue_at[i >> 6] |= bit, scan_at[i >> 6] |= bit;
          if (len == 3) {
            const char* c = text + begin;
            if (c[0] == 'p' && c[1] == 'u' && c[2] == 't') cue_at[i >> 6] |= bit;
            if (and_but(c)) scan_at[i >> 6] |= bit;
          }
        } else {
          *rest++ = i;
        }
      }
    } else if (t.kind == TokenKind::punct && len == 1 && !(t.flags & kCapital) &&
               t.span.end <= tsize) {
      // a punctuation byte (no capital: a capitalised token is the second loop's, it counts)
      const char c = text[begin];
      info[i] = nullptr;
      wbits[i] = 0;
      pch[i] = c;
      if (c == ',' || c == ';') scan_at[i >> 6] |= std::uint64_t{1} << (i & 63);
    } else if (t.kind != TokenKind::word && t.kind != TokenKind::clitic && len != 3 &&
               !(t.flags & kCapital)) {
      // a quote mark, a dash, a number, a symbol, other punctuation …: no lexicon entry (a
      // token of 3 bytes may set a bit as the rules read its text: `put`, `and`, `but`)
      info[i] = nullptr;
      wbits[i] = 0;
      const std::uint64_t bit = std::uint64_t{1} << (i & 63);
      // quote marks for find_pieces(); an opening mark ends a report's content before a
      // direct quote with its own cue, a dash before a participle cue of its own (`… – saying`)
      if (t.kind == TokenKind::open_quote || t.kind == TokenKind::close_quote)
        mark_at[i >> 6] |= bit;
      if (t.kind == TokenKind::open_quote || t.kind == TokenKind::dash) scan_at[i >> 6] |= bit;
    } else {
      info[i] = &kPending;
      *rest++ = i;
    }
  }
  return rest;
}

/// What the lexicon knows of word or clitic `t`, any length or bytes (prepare() looks most
/// words up inline; this is the rest: non-ASCII, long, or at the very end of the text).
const QuoteWord* Run::lookup(const Token& t) const {
  const std::string_view text = text_;
  const std::size_t tsize = text.size();
  const u32 len = t.span.size();
  const detail::QuoteLexicon::ShortTable shorts = lex_.short_table();
  if (t.has(TokenFlag::non_ascii)) {
    // a negated contraction with a typographic apostrophe (`don’t`, `wasn’t`): looked up as
    // `don't`; other non-ASCII words are not in the lexicon
    if (len - 5u < 8u && t.span.end <= tsize) {
      const char* c = text.data() + t.span.end - 4;
      if (c[0] == '\xE2' && c[1] == '\x80' && c[2] == '\x99' && (c[3] | 0x20) == 't' &&
          (c[-1] | 0x20) == 'n') {
        char buf[16] = {};
        const std::size_t head = len - 4;
        std::memcpy(buf, text.data() + t.span.begin, head);
        buf[head] = '\'';
        buf[head + 1] = 't';
        return head + 2 <= 8 ? shorts.find8(buf, head + 2) : shorts.find16(buf, head + 2);
      }
    }
    return nullptr;
  }
  // words of up to 8 bytes with 8 bytes of text from their start are one load; only ASCII
  // words as long as the longest entry can be in the lexicon
  if (len - 1u < 8u && std::size_t{t.span.begin} + 8 <= tsize)
    return shorts.find8(text.data() + t.span.begin, len);
  if (len - 9u < 8u && t.span.end <= tsize)
    return shorts.find16(text.data() + t.span.begin, len);  // 9 to 16 bytes
  if (len <= lex_.max_length()) {
    // a span inside the text needs no clamping (a reversed one is longer than the longest)
    return t.span.end <= tsize ? lex_.find(std::string_view(text.data() + t.span.begin, len))
                               : lex_.find(t.text(text));
  }
  return nullptr;
}

/// prepare(): the bits of word or clitic `i` that the lexicon marks (`w` with qw_bitmap) or
/// that it does not know (`w` null): only a few words set any.
const QuoteWord* Run::word_marks(u32 i, const QuoteWord* w) {
  const Token& t = tk_[i];
  // a platform cue where no platform, colon or quote follows is no cue (`posted prices`)
  // (a verb's past or -ing form, not after a determiner: `a post on Twitter:` is a noun)
  // (the entries before `i` are made: first_pass() or this loop, in order)
  if (w && w->cue == CueClass::platform &&
      (cap(i) || (w->form != CueForm::past && w->form != CueForm::ing) ||
       (i > 0 && has(i - 1, detail::qw_determiner | detail::qw_possessive)) ||
       !platform_follows(i)))
    return lex_.without_cue(sv(i));
  // a particle cue is one only with its particle after it (`pointed out that …`, `"…," he
  // pointed out`), which then reads as the cue's adverb
  if (w && w->cue == CueClass::particle) {
    if (cap(i) || i + 1 >= ntok() || !is(i + 1, "out")) return nullptr;
    particles_.push_back(i + 1);
    w = lex_.with_particle(sv(i));
  }
  const u32 len = t.span.size();
  const std::size_t wi = i >> 6;
  const std::uint64_t bit = std::uint64_t{1} << (i & 63);
  const char* c = t.span.end <= text_.size() ? text_.data() + t.span.begin : nullptr;
  if (w) {
    if (w->bits & detail::qw_honorific) name_at_[wi] |= bit;
    // the tokens indirect()'s prefilter lets through (keep the two in step): cues,
    // `according`, `put` (the other tokens it lets through do nothing there)
    if (w->lemma != 0) cue_at_[wi] |= bit, scan_at_[wi] |= bit;
    // time words that end an object cue's content (`criticized the plan during a rally`)
    if ((w->bits & (detail::qw_preposition | detail::qw_time)) && len - 4u < 3u && c) {
      const std::string_view tw(c, len);
      if (tw == "before" || tw == "after" || tw == "during" || tw == "last") scan_at_[wi] |= bit;
    }
  }
  if (len == 9 && c && std::memcmp(c + 1, "ccording", 8) == 0 && (c[0] == 'a' || c[0] == 'A'))
    cue_at_[wi] |= bit;  // `according`: the other words of 9 bytes there do nothing
  // `put`, `and`, `but` (words the lexicon does not know, or marks)
  if (len == 3 && c) {
    if (c[0] == 'p' && c[1] == 'u' && c[2] == 't') cue_at_[wi] |= bit;
    if (and_but(c)) scan_at_[wi] |= bit;
  }
  return w;
}

/// After a platform cue at `i`: a colon, a quote mark (after a comma or none), or `on` or
/// `to` and a capitalised name, maybe after an owner (`posted on Twitter`, `posted to his
/// Facebook page`).
bool Run::platform_follows(u32 i) const {
  u32 j = i + 1;
  if (j >= ntok()) return false;
  // (prepare() asks before every token's entries are made: the tokens' text and kind only)
  if (is(j, ":") || is_open(j)) return true;
  if (is(j, ",")) return is_open(j + 1);
  if (!is(j, "on") && !is(j, "to")) return false;
  ++j;
  if (j < ntok() && (is(j, "his") || is(j, "her") || is(j, "their") || is(j, "its"))) ++j;
  return j < ntok() && is_word(j) && cap(j);
}

/// Whether word `i`, in capitals, which the lexicon knows as a function word (`who`, `us`,
/// `it`), is an acronym (`WHO said`, `the US economy`, `the IT department`): a word next to
/// it has lower-case letters (in a headline in capitals it is the word).
bool Run::acronym_of_function_word(u32 i, const QuoteWord* w) const {
  if (!(w->bits &
        (detail::qw_pronoun | detail::qw_clause | detail::qw_determiner | detail::qw_preposition |
         detail::qw_aux | detail::qw_object | detail::qw_negation | detail::qw_possessive)))
    return false;
  auto lower = [&](u32 k) {
    const Token& t = tk_[k];
    return t.kind == TokenKind::word && !t.has(TokenFlag::all_caps) && t.span.size() > 1;
  };
  return (i > 0 && lower(i - 1)) || (i + 1 < ntok() && lower(i + 1));
}

/// prepare(): token `i` when first_pass() did not look it up: its info_, pch_ and bitmap bits.
void Run::prepare_token(u32 i) {
  const Token& t = tk_[i];
  const TokenKind k = t.kind;
  const std::size_t wi = i >> 6;
  const std::uint64_t bit = std::uint64_t{1} << (i & 63);
  const QuoteWord* w = nullptr;
  char pc = '\0';
  if (k == TokenKind::word || k == TokenKind::clitic) {
    w = lookup(t);
    if (w && t.has(TokenFlag::all_caps) && acronym_of_function_word(i, w)) w = nullptr;
    if (k == TokenKind::word && t.has(TokenFlag::capitalized)) name_at_[wi] |= bit;
    // a few words (the lexicon marks them), and the words it does not know
    if (!w || (w->bits & detail::qw_bitmap)) w = word_marks(i, w);
  } else {
    const u32 len = t.span.size();
    if (k == TokenKind::punct && len == 1 && t.span.end <= text_.size()) {
      pc = text_[t.span.begin];
      if (pc == ',' || pc == ';') scan_at_[wi] |= bit;
    }
    if (k == TokenKind::open_quote || k == TokenKind::close_quote) mark_at_[wi] |= bit;
    // an opening mark ends a report's content before a direct quote with its own cue, a dash
    // before a participle cue of its own (`… – saying …`)
    if (k == TokenKind::open_quote || k == TokenKind::dash) scan_at_[wi] |= bit;
    if (len == 3 && t.span.end <= text_.size()) {   // tokens of any kind, as the rules test
      const char* c = text_.data() + t.span.begin;  // their text only (`put`, `and`, `but`)
      if (c[0] == 'p' && c[1] == 'u' && c[2] == 't') cue_at_[wi] |= bit;
      if (and_but(c)) scan_at_[wi] |= bit;
    }
  }
  info_[i] = w;
  wbits_[i] = w ? w->bits : 0;
  pch_[i] = pc;
}

void Run::prepare() {
  const u32 n = ntok();
  const std::size_t nw = (n + 63) / 64;
  // every entry below n is written by the loops below (the vectors come from the thread's
  // buffers, maybe longer, with stale entries above n that nothing reads)
  if (info_.size() < n) info_.resize(n);
  if (wbits_.size() < n) wbits_.resize(n);
  name_at_.assign(nw, 0);
  cue_at_.assign(nw, 0);
  scan_at_.assign(nw, 0);
  mark_at_.assign(nw, 0);
  // Most tokens are ASCII words, looked up with one load (of up to 8 bytes) or two and one
  // probe: the first loop does that and little else, and lists the other tokens and the few
  // words that may set a bit of the bitmaps for the second (no call in the first: its values
  // stay in registers). Through local pointers: a pointer stored into info_ could otherwise
  // alias the vectors' own pointers, which the compiler would reload after every store.
  if (rest_.size() < n) rest_.resize(n);
  pch_.assign(n, '\0');  // set below for the punctuation only
  const u32* const rest_end =
      first_pass(lex_.short_table(), tk_, n, text_, info_.data(), wbits_.data(), pch_.data(),
                 name_at_.data(), scan_at_.data(), mark_at_.data(), cue_at_.data(), rest_.data());
  const u32 nrest = static_cast<u32>(rest_end - rest_.data());
  particles_.clear();
  for (u32 k = 0; k < nrest; ++k) {
    const u32 i = rest_[k];
    if (info_[i] == &kPending) {
      prepare_token(i);
    } else {
      info_[i] = word_marks(i, info_[i]);
      wbits_[i] = info_[i] ? info_[i]->bits : 0;
    }
  }
  for (const u32 i : particles_) wbits_[i] |= detail::qw_adverb;
  // sentence of each token
  const u32 ns = static_cast<u32>(seg_.sentences.size());
  // sentences tiling the tokens (segment()'s contract) write every entry of sent_of_ below n
  // (the vector maybe longer, with stale entries above n that nothing reads); else zeros first
  bool tiled = true;
  u32 covered = 0;
  for (u32 s = 0; s < ns; ++s) {
    tiled &= seg_.sentences[s].first_token == covered;
    covered = seg_.sentences[s].end_token;
  }
  if (tiled && covered == n) {
    if (sent_of_.size() < n) sent_of_.resize(n);
  } else {
    sent_of_.assign(n, 0);
  }
  title_case_.assign(ns, 0);
  for (u32 s = 0; s < ns; ++s) {
    const Sentence& st = seg_.sentences[s];
    const u32 se = std::min(st.end_token, n);
    if (st.first_token >= se) continue;
    // sent_of_[first, se) = s, four entries a store, eight a step; the last four entries
    // stored again by an overlapping store (no loop over the tail)
    u32* const so = sent_of_.data();
    const std::uint64_t two = (std::uint64_t{s} << 32) | s;
    u32 k = st.first_token;
    const std::uint64_t four[2] = {two, two};
    if (se - k >= 4) {
      for (; k + 8 <= se; k += 8) {
        std::memcpy(so + k, four, sizeof four);
        std::memcpy(so + k + 4, four, sizeof four);
      }
      if (k + 4 <= se) std::memcpy(so + k, four, sizeof four);
      std::memcpy(so + se - 4, four, sizeof four);
    } else {
      for (; k < se; ++k) so[k] = s;
    }
  }
  para_of_sent_.assign(ns, 0);
  for (u32 p = 0; p < seg_.paragraphs.size(); ++p) {
    const Paragraph& pg = seg_.paragraphs[p];
    for (u32 s = pg.first_sentence; s < pg.end_sentence && s < para_of_sent_.size(); ++s)
      para_of_sent_[s] = p;
  }
  mark_.assign(n, 0);
  // a table's capacity bounds the keys it takes (the slots are made as keys come): the
  // tokens bound the runs of capitalised words, and so the names (half of them the full
  // names of two words or more), so no table is ever full
  names_.reset(n + 8, false, true);
  roles_.reset(64, true);
  mrs_.reset(64);
  mr_.reset(64);
  firsts_.reset(n / 2 + 8, false, true);
}

// ------------------------------------------------------------------------------- quote pieces

void Run::find_pieces() {
  const u32 np = static_cast<u32>(seg_.paragraphs.size());
  for (u32 p = 0; p < np; ++p) {
    const u32 pf = para_first(p), pe = std::min(para_end(p), ntok());
    u32 open = kNone;
    u32 open_len = 1;
    bool open_single = false;
    auto emit = [&](u32 o, u32 c, u32 end) CLAIMEX_LAMBDA_INLINE {
      Piece pc;
      pc.open = o;
      pc.close = c;
      pc.first = o + open_len;
      pc.end = end;
      pc.para = p;
      pc.single = open_single;
      pc.words = words_in(pc.first, pc.end);
      if (pc.end > pc.first) pieces_.push_back(pc);
    };
    // `''` (two apostrophes, the New York Times' quote mark) counts as one double mark
    auto doubled = [&](u32 i, TokenKind k) {
      return toks_[i].has(TokenFlag::single) && i + 1 < pe && toks_[i + 1].kind == k &&
             toks_[i + 1].has(TokenFlag::single) && !toks_[i + 1].has(TokenFlag::space_before) &&
             toks_[i + 1].span.begin == toks_[i].span.end;
    };
    for (u32 i = pf; i < pe; ++i) {
      i = next_bit(mark_at_, i, pe);  // only quote marks do anything below
      if (i >= pe) break;
      const Token& t = toks_[i];
      if (t.kind == TokenKind::open_quote) {
        const bool two = doubled(i, TokenKind::open_quote);
        const bool single = t.has(TokenFlag::single) && !two;
        if (open == kNone) {
          open = i;
          open_single = single;
          open_len = two ? 2 : 1;
        } else if (!single && open_single) {
          open = i;  // the single mark was not a quote
          open_single = false;
          open_len = two ? 2 : 1;
        } else if (!single && !open_single) {
          emit(open, kNone, i);  // a new quote opens: the previous one was left unclosed
          open = i;
          open_len = two ? 2 : 1;
        }
        if (two) ++i;
      } else if (t.kind == TokenKind::close_quote && open == kNone && !t.has(TokenFlag::single) &&
                 (i == pf || t.has(TokenFlag::newline_before)) && i + 1 < pe &&
                 !toks_[i + 1].has(TokenFlag::space_before) &&
                 (toks_[i + 1].kind == TokenKind::word || toks_[i + 1].kind == TokenKind::number)) {
        // a closing mark typed where a quote opens a paragraph or line (`”Fear. I am …`)
        open = i;
        open_single = false;
        open_len = 1;
      } else if (t.kind == TokenKind::close_quote) {
        const bool two = doubled(i, TokenKind::close_quote);
        const bool single = t.has(TokenFlag::single) && !two;
        if (open != kNone && single == open_single) {
          emit(open, two ? i + 1 : i, i);
          open = kNone;
        }
        if (two) ++i;
      }
    }
    if (open != kNone) {
      emit(open, kNone, pe);
      if (!pieces_.empty() && pieces_.back().open == open && p + 1 < np) {
        u32 nf = para_first(p + 1);
        if (nf < ntok() && is_open(nf) &&
            (toks_[nf].has(TokenFlag::single) && !doubled(nf, TokenKind::open_quote)) ==
                open_single)
          pieces_.back().continues = true;
      }
    }
  }
  for (const Piece& pc : pieces_)
    for (u32 k = pc.open; k < pc.end && k < ntok(); ++k) mark_[k] |= 1;
}

// ----------------------------------------------------------------------------- noun phrases

CLAIMEX_HOT_INLINE Gender Run::gender_of_name(u32 a, u32 b) const {
  for (u32 i = a; i <= b && i < ntok(); ++i) {
    std::uint32_t w = bits(i);
    if (w & (detail::qw_honorific | detail::qw_first_name | detail::qw_role)) {
      if (w & detail::qw_female) return g_female;
      if (w & detail::qw_male) return g_male;
    }
  }
  return g_unknown;
}

/// The capitalised words just before token `j` (after `lo`) name a person: one of them is a
/// first name, or an honorific or role opens them (`Sen. Bernie Sanders`, `Rep. Jim Jordan`).
bool Run::person_before(u32 j, u32 lo) const {
  u32 k = j;
  while (k > lo && j - k < 4 && is_word(k - 1) && cap(k - 1) &&
         !has(k - 1, detail::qw_org_head | detail::qw_not_name | detail::qw_determiner)) {
    if (has(k - 1, detail::qw_first_name | detail::qw_honorific)) return true;
    if (has(k - 1, detail::qw_role)) return k < j;
    --k;
  }
  return false;
}

/// Fills the kind, gender and name part of a mention [first, last].
void Run::classify(Mention& m) const {
  if (!m.found()) return;
  const u32 a = m.first;
  u32 b = m.last;
  // a ticker in angle brackets after the name (`Swissair <SWSZ.Z> said`, wire copy): the name
  // is before it
  if (b > a + 1 && kind(b) == TokenKind::symbol && sv(b) == ">")
    for (u32 k = b; k-- > a + 1 && k + 5 > b;)
      if (kind(k) == TokenKind::symbol && sv(k) == "<") {
        b = k - 1;
        break;
      }
  // (and a third person's object form as a source: `According to him, …`)
  if (a == b && (has(a, detail::qw_pronoun) || is(a, "him") || is(a, "her") || is(a, "them") ||
                 is(a, "Him") || is(a, "Her") || is(a, "Them"))) {
    m.kind = MentionKind::pronoun;
    std::uint32_t w = bits(a);
    m.gender = (w & detail::qw_female)   ? g_female
               : (w & detail::qw_male)   ? g_male
               : (w & detail::qw_plural) ? g_plural
                                         : g_unknown;
    return;
  }
  // the name: the last run of capitalised words that are not roles/honorifics/determiners
  u32 ne = kNone, nb = kNone;
  u32 top = b;
  if (b > a && owner_s(b) && cap(b - 1) && !has(b - 1, detail::qw_pronoun) &&
      !possessor_named(b - 1)) {
    // a company named by a possessive that ends the mention (`Moody's said`)
    ne = nb = b;
    top = b - 1;
  }
  for (u32 i = top + 1; i-- > a;) {
    // a plural common noun is no name, capitalised first in its sentence or after a
    // nationality too (`Analysts said …`, `U.S. Officials said …`); in a name it is a part
    // (`Council of Economic Advisers`, `International Bond Dealers`)
    // (a company name's word inside the run is a part of it: `Petroleum Exporting Countries`)
    bool namey = cap(i) && !has(i, detail::qw_not_name | detail::qw_pronoun) &&
                 !(has(i, detail::qw_plural) && !has(i, detail::qw_first_name) &&
                   (i == a || !cap(i - 1) || has(i - 1, detail::qw_nationality))) &&
                 !(has(i, detail::qw_role) && !has(i, detail::qw_first_name)) &&
                 (!has(i, detail::qw_org_head) ||
                  (ne != kNone && nb == i + 1 && nb < ne && has(i, detail::qw_firm) && i > a) ||
                  (ne != kNone && nb == i + 1 && is(nb, "for")));
    // `Ursula von der Leyen`, `Charles de Gaulle`: particles between capitalised words
    // `Center for Strategic and International Studies`: `for` after a body's head noun (`of`
    // is read by the body rules: titled_body, named_org)
    bool particle =
        ne != kNone && i > a &&
        ((name_particle(i) && (cap(i - 1) || (i - 1 > a && name_particle(i - 1) && cap(i - 2)))) ||
         name_and(i) || (nb == i + 1 && body_for(i)) ||
         // (a number inside a name: `The Lost 52 Project`)
         (nb == i + 1 && kind(i) == TokenKind::number && is_word(i - 1) && cap(i - 1) &&
          !has(i - 1, detail::qw_preposition | detail::qw_determiner | detail::qw_time)));
    if (ne == kNone) {
      if (namey)
        ne = nb = i;
      else if (kind(i) == TokenKind::clitic)
        continue;  // Trump 's campaign → owner, not a name
      else if (i < b && (cap(i) || has(i, detail::qw_role)))
        continue;
      else if (i == b)
        continue;
      else
        break;
    } else if (namey || particle || (nb == i + 1 && name_and(nb))) {
      // (the word before a name's `and` is the name's, whatever else it may be: `A and P`)
      nb = i;
    } else {
      break;
    }
  }
  // `a spokesman for the Dutch roasters`, `the German airline`: a people's adjective before the
  // common noun that ends the mention modifies it; it names no one
  // (a body's common noun after it keeps the phrase a body's: `the Turkish government`)
  // (after a determiner, or before a person's noun: `South American origin`, `his Mexican
  // heritage` are no speakers)
  if (ne != kNone && ne < b && has(ne, detail::qw_nationality) &&
      !has(b, detail::qw_org_head | detail::qw_firm) && !has(a, detail::qw_possessive) &&
      (has(a, detail::qw_determiner) || has(b, detail::qw_person_noun | detail::qw_role))) {
    bool adjective = peoples_words(nb, ne);
    for (u32 k = ne + 1; k <= b && adjective; ++k) adjective = is_word(k) && !cap(k);
    if (adjective) {
      m.kind = MentionKind::description;
      m.gender = g_unknown;
      m.name_first = m.name_last = kNone;
      return;
    }
  }
  // `The president of Azerbaijan said`, `the mayor of Esperanza`: a role of a place or a body
  // describes the role's holder; the place is not the speaker
  if (ne == b && nb != kNone && nb > a + 1) {
    const u32 of_at = nb > a + 2 && is(nb - 1, "the") ? nb - 2 : nb - 1;
    if (of_at > a && is(of_at, "of") && is_word(of_at - 1) && !cap(of_at - 1) &&
        has(of_at - 1, detail::qw_role) && !has(of_at - 1, detail::qw_org_head)) {
      m.kind = MentionKind::description;
      m.gender = g_unknown;
      m.name_first = m.name_last = kNone;
      return;
    }
  }
  // (the kind, gender and name of a part of the mention, which says who it is)
  auto adopt = [&m](const Mention& part) {
    m.kind = part.kind;
    m.gender = part.gender;
    m.name_first = part.name_first;
    m.name_last = part.name_last;
    m.name_rule = part.name_rule;
  };
  // `Regina Ip from the pro-Beijing camp`, `John Smith from the Boston office`: the person
  // before `from` is the one who speaks
  for (u32 f = a + 2; f < b && f < a + 5; ++f) {
    if (!is(f, "from")) continue;
    if (!(cap(f - 1) && cap(a) && !has(a, detail::qw_determiner))) break;
    Mention before = m;
    before.first = a;
    before.last = f - 1;
    before.name_first = before.name_last = before.appos_first = before.appos_last = kNone;
    classify(before);
    if (before.kind != MentionKind::name) break;
    return adopt(before);
  }
  const u32 in_at = nb != kNone && nb > a + 2 && is(nb - 1, "the") ? nb - 2 : nb - 1;
  // (and a person's name before `at` the body: `Analyst John Smith at Goldman Sachs`, `Dr.
  // Steven Wolf at Saint Francis`)
  bool person_at = false;
  if (ne != kNone && nb > a + 2 && in_at > a + 1 && is(in_at, "at") && cap(in_at - 1)) {
    u32 f = in_at - 1;
    while (f > a && is_word(f - 1) && cap(f - 1)) --f;
    for (u32 k = f; k < in_at && !person_at; ++k)
      person_at = has(k, detail::qw_first_name | detail::qw_honorific);
  }
  if (ne != kNone && nb > a + 1 && in_at > a && (is(in_at, "in") || person_at)) {
    // `Foreign banking sources in Manila`, `Analyst Stephen Reitman with Phillips and Drew in
    // London`: the place the speakers are in is none of them; the words before it say who
    Mention before = m;
    before.last = in_at - 1;
    // (and the comma of a place in apposition: `…, both in the United States`)
    while (before.last > a &&
           (punct(before.last, ',') || is(before.last, "both") || is(before.last, "all")))
      --before.last;
    before.name_first = before.name_last = before.appos_first = before.appos_last = kNone;
    classify(before);
    return adopt(before);
  }
  bool org = false;
  for (u32 i = a; i <= b; ++i)
    if (has(i, detail::qw_org_head) && !has(i, detail::qw_role)) org = true;
  // head word: last word of the mention
  // (a company name's plural last word in lower case is a group: `the airlines`, `all
  // partners`)
  const bool head_org = has(b, detail::qw_org_head) && !has(b, detail::qw_person_noun) &&
                        !(has(b, detail::qw_firm) && !cap(b) && sv(b).back() == 's');
  // `Sen. Bernie Sanders of Vermont`, `John Geiger of USGS`, `John C. Eastman of Chapman
  // University School of Law`: a person's name before the first `of` is the name
  bool of_place = false;
  if (b >= a + 2) {
    for (u32 k = a + 1; k < b; ++k) {
      if (!is(k, "of")) continue;
      if (person_before(k, a)) {
        u32 s = k - 1;
        while (s > a && is_word(s - 1) && cap(s - 1) &&
               !has(s - 1, detail::qw_not_name | detail::qw_determiner | detail::qw_honorific) &&
               !(has(s - 1, detail::qw_role) && !has(s - 1, detail::qw_first_name)))
          --s;
        ne = k - 1;
        nb = s;
        of_place = true;
      }
      break;
    }
  }
  if (!of_place && ne != kNone && ne == b && nb > a + 1) {
    // `the Bank of England`, `the University of Chicago`, `the Organization of American
    // States`: a capitalised organisation noun before `of` (`of the`) names the body, not the
    // place after it (`Sanders of Vermont` stays a name)
    // (capitalised role words are part of the name after `of`: `Ministry of Foreign Affairs`)
    u32 ob = nb;
    while (ob > a + 2 && cap(ob - 1) && has(ob - 1, detail::qw_role) &&
           !has(ob - 1, detail::qw_honorific))
      --ob;
    u32 of = ob - 1;
    if (of > a + 1 && is(of, "the")) --of;
    const u32 h = of - 1;
    // (a person's given name inside the run after `of` starts a person's name the body's
    // name runs into: `the Office of Management and Budget James Miller`)
    u32 person = kNone;
    for (u32 k = of + 2; is(of, "of") && k < ne && person == kNone; ++k)
      if (has(k, detail::qw_first_name) && cap(k - 1) && cap(k + 1) && !is(k - 1, "and"))
        person = k;
    if (person != kNone) {
      nb = person;
    } else if (is(of, "of") && is_word(h) && cap(h) &&
               (has(h, detail::qw_org_head) || titled_body(a, h)) &&
               !has(h, detail::qw_role | detail::qw_honorific | detail::qw_first_name |
                           detail::qw_not_name | detail::qw_pronoun | detail::qw_determiner)) {
      u32 s = h;
      while (s > a && is_word(s - 1) && cap(s - 1) &&
             !has(s - 1, detail::qw_determiner | detail::qw_not_name | detail::qw_role |
                             detail::qw_honorific))
        --s;
      m.kind = MentionKind::organisation;
      m.name_first = s;
      m.name_last = ne;
      m.name_rule = Rule::organisation;
      return;
    }
  }
  // `Sen. Bernie Sanders of Vermont`, `Rep. Jim Jordan of Ohio`: a person's name before `of`
  // and a place is the name
  if ((ne != kNone && ne == b && !head_org) || of_place) {
    m.kind = MentionKind::name;
    while (nb < ne && no_name_word(nb, bits(nb))) ++nb;  // (`Calgary-based Dome`)
    // honorifics right before the name are kept when the name is one word (Mrs. Bennet)
    u32 start = nb;
    bool had_role = false;
    for (u32 i = a; i < nb; ++i)
      if (has(i, detail::qw_role) || has(i, detail::qw_honorific)) had_role = true;
    if (nb == ne && nb > a && has(nb - 1, detail::qw_honorific) &&
        (has(nb - 1, detail::qw_male) || has(nb - 1, detail::qw_female))) {
      start = nb - 1;
    } else if (const u32 f = first_name_start(nb, ne); f != nb) {
      // `Chancellor of the Exchequer Nigel Lawson`: the words before the first name are
      // the title's
      nb = start = f;
      had_role = true;
    }
    // letters after the name are no part of it (`Kama Melly QC`)
    while (ne > start + 1 && detail::post_nominal(sv(ne))) --ne;
    m.name_first = start;
    m.name_last = ne;
    m.name_rule = (had_role && start == nb) ? Rule::title : Rule::named;
    m.gender = gender_of_name(a, b);
    return;
  }
  if (head_org || (org && cap(b))) {
    m.kind = MentionKind::organisation;
    u32 s = a;
    while (s < b && has(s, detail::qw_determiner) && !name_and(s + 1)) ++s;  // (`A and W`)
    while (s < b && no_name_word(s, bits(s))) ++s;  // (`Houston-based Conoco Inc`)
    // the body after its owner company's possessive (`Texas Air Corp's Continental
    // Airlines`; not `Moody's Investors Service`, `Thailand's Commerce Ministry`)
    for (u32 k = s + 1; k < b; ++k)
      if (kind(k) == TokenKind::clitic && has(k - 1, detail::qw_firm) && cap(k + 1)) s = k + 1;
    // the body a description speaks for: `a spokesman for American Airlines`, `an analyst at
    // Merrill Lynch Capital Markets`, `a spokesperson for the company` (the one named
    // before); `an analyst at a brokerage firm` names none
    for (u32 k = b; k-- > s + 1;) {
      if (!(is(k, "for") || is(k, "at") || is(k, "with") || is(k, "from") ||
            (is(k, "by") && has(k - 1, detail::qw_document)) ||  // (`a report by the Fed`)
            // (`a statement released by the Supreme Court`, `a survey published in 2017 by …`)
            (is(k, "by") && k > s + 1 && past_ed(k - 1) &&
             has(k - 2, detail::qw_document | detail::qw_org_head)) ||
            (is(k, "by") && k > s + 3 && (is(k - 2, "in") || is(k - 2, "on")) && past_ed(k - 3) &&
             has(k - 4, detail::qw_document | detail::qw_org_head))))
        continue;
      if (cap(k - 1)) break;  // (inside the name: `the Brennan Center for Justice`)
      u32 f = k + 1;
      const bool the = f < b && (is(f, "the") || is(f, "The"));
      if (f < b && has(f, detail::qw_determiner)) ++f;
      // (its name, after the words that describe it: `the state-owned Taiwan Sugar Corp`)
      for (u32 c = f; c <= b; ++c)
        // (a people's adjective before a common noun names none: `a major French bank`)
        if (cap(c) && !(has(c, detail::qw_nationality) && (c + 1 > b || !cap(c + 1)))) {
          f = c;
          break;
        }
      if (!cap(f) && !the) {
        m.kind = MentionKind::description;
        m.name_first = m.name_last = kNone;
        return;
      }
      s = f;
      break;
    }
    // a document speaks for its owner: `Newmont's annual report`, `the company's report`
    u32 e = b;
    if (has(b, detail::qw_document))
      for (u32 k = b; k-- > s + 1;)
        if (owner_s(k)) {
          e = k - 1;
          break;
        }
    m.name_first = s;
    m.name_last = e;
    m.name_rule = Rule::organisation;
    return;
  }
  if (has(b, detail::qw_role) || has(b, detail::qw_female | detail::qw_male)) {
    m.kind = MentionKind::description;
    m.gender = gender_of_name(b, b);
    if (m.gender == g_unknown) {
      std::uint32_t w = bits(b);
      if (w & detail::qw_female)
        m.gender = g_female;
      else if (w & detail::qw_male)
        m.gender = g_male;
    }
    return;
  }
  m.kind = MentionKind::generic;
  if (has(b, detail::qw_plural)) m.gender = g_plural;
}

/// The subject noun phrase ending right before the cue verb at `verb`, not before token `lo`.
Mention Run::subject_back(u32 verb, u32 lo) const {
  Mention m;
  if (verb == 0 || verb <= lo) return m;
  u32 i = verb - 1;
  int skipped = 0;
  // adverbs and auxiliaries between subject and verb: `he also said`, `Aliyev has said`
  auto skip_adverbs = [&] {
    while (
        i > lo && skipped < 4 &&
        ((is_word(i) && !cap(i) &&
          (has(i, detail::qw_aux | detail::qw_negation) || adverb_like(i)) &&
          !has(i, detail::qw_pronoun)) ||
         (kind(i) == TokenKind::clitic && !is(i, "'s") && !is(i, "’s")) ||
         // `he's said` (has); not `Moody's said`, `McDonald's said`: a name's possessive
         // right before the verb names a company
         (kind(i) == TokenKind::clitic && i + 1 == verb &&
          !(i > lo && cap(i - 1) && !has(i - 1, detail::qw_pronoun) && !possessor_named(i - 1))) ||
         // a floating quantifier after the subject: `They all said`, `Smith and Jones both said`
         ((is(i, "all") || is(i, "both") || is(i, "each")) &&
          (cap(i - 1) || punct(i - 1, ')') ||
           (is_word(i - 1) && has(i - 1, detail::qw_pronoun | detail::qw_plural)) ||
           (is_word(i - 1) && !info(i - 1) && sv(i - 1).size() > 3 && sv(i - 1).back() == 's'))))) {
      --i;
      ++skipped;
    }
  };
  skip_adverbs();
  // `Trump at the time said`, `who has in the past described`: a phrase of time after a
  // preposition, then adverbs and auxiliaries again
  if (i > lo + 2 && (is(i, "time") || is(i, "past") || has(i, detail::qw_time)) &&
      (is(i - 1, "the") || is(i - 1, "that") || is(i - 1, "recent")) &&
      (is(i - 2, "at") || is(i - 2, "in") || is(i - 2, "over")) && !sentence_initial(i - 2)) {
    i -= 3;
    skip_adverbs();
  }
  // `Sanders on Tuesday said`, `the senator last week said`
  if (i > lo + 1 && has(i, detail::qw_time) && !has(i, detail::qw_role) &&
      (is(i - 1, "on") || is(i - 1, "last") || is(i - 1, "this")) && !sentence_initial(i - 1))
    i -= 2;
  // `McConnell, …, who in 2010 said`: a year after `in` between subject and verb
  if (i > lo + 1 && kind(i) == TokenKind::number && is(i - 1, "in") && !sentence_initial(i - 1)) {
    const std::string_view y = sv(i);
    if (y.size() == 4 && (y[0] == '1' || y[0] == '2') &&
        y.find_first_not_of("0123456789") == std::string_view::npos)
      i -= 2;
  }
  if (i < lo) return m;
  // a parenthesis right before the verb: `Sen. Bernie Sanders (I-Vt.) said`
  if (punct(i, ')')) {
    u32 j = i;
    int k = 0;
    while (j > lo && !punct(j, '(') && k < 8) --j, ++k;
    if (!punct(j, '(') || j == lo) return m;
    i = j - 1;
  }
  // a source set off by commas between subject and verb: `Witnesses, according to The
  // Telegraph, said …`
  if (punct(i, ',') && i > lo + 4) {
    for (u32 j = i - 1; j > lo && j + 14 > i; --j) {
      if (punct(j, ',')) {
        if (is(j + 1, "according") && is(j + 2, "to")) i = j - 1;
        break;
      }
      if (sentence_final(j) || is_quote_mark(j) || has(j, detail::qw_clause)) break;
    }
  }
  if (has(i, detail::qw_pronoun) && is_word(i)) {
    m.first = m.last = i;
    classify(m);
    return joined_subject(m, lo);
  }
  // apposition between dashes: `Neil Sroka — the group's director — said`
  if (is_dash(i) && i > lo) {
    Mention got = appositive_subject(i, lo);
    if (got.found()) return got;
  }
  // apposition between commas: `Ilham Aliyev, the president of Azerbaijan, said`
  if (punct(i, ',') && i > lo) {
    Mention got = appositive_subject(i, lo);
    if (got.found()) return got;
    // a long or nested apposition (`Christopher Shelton, the president of the union, which
    // endorsed Sanders, said`): the name opening the sentence, followed by a comma
    u32 f = lo;
    while (f < i && (is_quote_mark(f) || is(f, "But") || is(f, "And") || is_dash(f))) ++f;
    // (past a connective: `However, Sen. Tom Harkin, D-Iowa, sponsor of the bill, told`)
    if (f + 2 < i && cap(f) && has(f, detail::qw_adverb) && has(f, detail::qw_not_name) &&
        punct(f + 1, ','))
      f += 2;
    Mention s0 = np_forward(f, i);
    if (s0.found() && s0.last + 1 < i && punct(s0.last + 1, ',') &&
        (s0.kind == MentionKind::name || s0.kind == MentionKind::organisation ||
         s0.kind == MentionKind::description)) {
      // a cue inside a relative clause of the apposition (`Mrs. Clinton, who did not say that
      // …, said`) is not the sentence's
      bool cue_between = false, relative = false;
      for (u32 t = s0.last + 1; t < i; ++t) {
        if (is(t, "who") || is(t, "which") || is(t, "whose") || is(t, "whom")) relative = true;
        if (!relative && cue_at(t) && cue_at(t)->form != CueForm::ing) cue_between = true;
      }
      if (!cue_between) return s0;
    }
    // the subject of the sentence's first verb, the cue a second verb joined by `and` after a
    // clause set off by commas: `He took the hint, and when Mary had finished her song, said
    // aloud, "…"`, `Mr. Collins listened …, and when she ceased speaking, replied thus, "…"`
    // (a person: a pronoun, a role, or a name with a title, a first name or two words; the first
    // verb right after it; after `, and` a subordinate clause or a participle, no subject of
    // its own, `, and his critics, which …, blame`)
    const bool person =
        s0.found() &&
        (s0.kind == MentionKind::pronoun ||
         (s0.kind == MentionKind::description && s0.last < ntok() &&
          has(s0.last, detail::qw_role | detail::qw_person_noun)) ||
         (s0.kind == MentionKind::name &&
          (s0.name_last > s0.name_first || has(s0.name_first, detail::qw_first_name) ||
           (s0.name_first > s0.first && has(s0.name_first - 1, detail::qw_honorific)))));
    if (person && s0.last + 1 < i) {
      const u32 v = s0.last + 1;
      bool and_comma = false;
      for (u32 t = v + 1; t + 2 < i && !and_comma; ++t) {
        if (!is(t, "and") || !punct(t - 1, ',') || (mark_[t] & 1)) continue;
        const u32 x = punct(t + 1, ',') ? t + 2 : t + 1;  // (`, and, without raising his head,`)
        const std::string_view nx = sv(x);
        and_comma =
            x + 1 < i && is_word(x) && !cap(x) &&
            (nx == "when" || nx == "while" || nx == "as" || nx == "though" || nx == "although" ||
             nx == "then" || (has(x, detail::qw_preposition) && !has(x, detail::qw_clause)) ||
             (nx.size() > 5 && nx.substr(nx.size() - 3) == "ing"));
      }
      if (and_comma && is_word(v) && !cap(v) && !(mark_[v] & 1) &&
          (has(v, detail::qw_verb | detail::qw_aux) || cue_at(v) || past_ed(v)))
        return s0;
    }
    return m;
  }
  // a relative clause with no relative word between the noun and the verb: `all the experts
  // I interviewed said`, `the officials we spoke with said` (the noun speaks)
  {
    u32 k = i;  // the relative clause's verb
    if (k > lo + 3 && is_word(k) && has(k, detail::qw_preposition) && !has(k, detail::qw_clause))
      --k;  // (`spoke with`)
    if (k >= lo + 2 && is_word(k) && !cap(k) &&
        (past_ed(k) || has(k, detail::qw_verb) || cue_form(k)) && is_word(k - 1) &&
        has(k - 1, detail::qw_pronoun) && !has(k - 1, detail::qw_object | detail::qw_possessive) &&
        !is(k - 1, "it") && is_word(k - 2) && !cap(k - 2) &&
        (has(k - 2, detail::qw_person_noun | detail::qw_role) || plural_noun_at(k - 2))) {
      const Mention head = subject_head(k - 2, lo, verb);
      if (head.found()) return head;
    }
  }
  const Mention head = subject_head(i, lo, verb);
  // `Smith in a statement to reporters said`, `Trump in a tweet on Sunday said`, `Richard
  // Ferrand in relaying the news to parliament said`: a phrase after `in` set between the
  // subject and the verb holds no speaker; the subject before it speaks
  if (head.found() && head.first >= lo + 2 && is_word(head.first - 1) &&
      has(head.first - 1, detail::qw_preposition) && !has(head.first - 1, detail::qw_clause) &&
      !is(head.first - 1, "of")) {
    u32 k = head.first - 1;
    while (k > lo + 1 && k + 12 > head.first && !is(k, "in") && !is(k, "during") && is_word(k) &&
           !cap(k) && !cue_at(k) &&
           !has(k, detail::qw_clause | detail::qw_aux | detail::qw_pronoun))
      --k;
    if ((is(k, "in") || is(k, "during")) && k > lo && !sentence_initial(k) && is_word(k - 1) &&
        (cap(k - 1) || has(k - 1, detail::qw_role | detail::qw_person_noun) ||
         (has(k - 1, detail::qw_pronoun) && !has(k - 1, detail::qw_object)))) {
      const Mention before = subject_head(k - 1, lo, verb);
      // (the subject opening its clause: not `patients in Zhuhai in China's Guangdong
      // Province`)
      if (before.found() && before.last + 1 == k &&
          (before.first == lo || sentence_initial(before.first) || punct(before.first - 1, ',') ||
           (is_word(before.first - 1) &&
            (has(before.first - 1, detail::qw_clause) ||
             (has(before.first - 1, detail::qw_time) && sentence_initial(before.first - 1))))) &&
          (before.kind == MentionKind::name || before.kind == MentionKind::pronoun ||
           before.kind == MentionKind::organisation ||
           (before.kind == MentionKind::description &&
            has(before.last, detail::qw_role | detail::qw_person_noun))))
        return joined_subject(before, lo);
    }
  }
  return joined_subject(head, lo);
}

/// The subject `m` with a pronoun or a person's name joined to it by `and` before it,
/// opening its clause (`he and Mr. Allen said`, `she and another reporter said`, `Mr. Smith
/// and Mr. Allen said`): both speak, and the mention names no one entity. Capitalised words
/// that are no person's name before `and` belong to the speaker's office or body
/// (`House Ways and Means Committee Chairman Dan Rostenkowski said`): the mention is run back
/// over them and keeps its entity. Else `m` as it is (`Standard and Poor's said`).
Mention Run::joined_subject(Mention m, u32 lo) const {
  if (!m.found() || m.first < lo + 2 || !is(m.first - 1, "and")) return m;
  if (m.kind != MentionKind::pronoun && m.kind != MentionKind::name &&
      m.kind != MentionKind::description)
    return m;
  u32 s = m.first - 2;
  bool office = false;  // the words before `and` are part of an office or body
  if (is_word(s) && has(s, detail::qw_pronoun)) {
    // a subject pronoun (`he and`; not `him and`, `it and`)
    if (has(s, detail::qw_object) || is(s, "it") || is(s, "It") || m.kind == MentionKind::pronoun)
      return m;
  } else {
    // a name of at most four words, titles and initials inside (`Mr. Smith and`)
    u32 f = s + 1;
    while (f > lo && s + 1 - f < 4 && is_word(f - 1) && cap(f - 1) &&
           !has(f - 1, detail::qw_not_name | detail::qw_determiner | detail::qw_clause |
                           detail::qw_preposition | detail::qw_pronoun))
      --f;
    if (f == s + 1) return m;
    Mention left;
    left.first = f;
    left.last = s;
    classify(left);
    // (a person: by title or first name, or a surname named before: `Douglas and
    // Agriculture Minister Colin Moyle`)
    Gender named = g_unknown;
    if (f == s && !names().get(sv(s), &named)) named = g_unknown;
    // (or a body: `Inland Steel Industries and Governor Robert Orr said`)
    const bool person =
        (left.kind == MentionKind::name && (left.gender == g_male || left.gender == g_female ||
                                            named == g_male || named == g_female)) ||
        has(s, detail::qw_org_head);
    if (!person) {
      // (an office: a role before the name, `Energy and Mines Minister Javier Espinosa`)
      bool role = false;
      if (m.kind == MentionKind::name && m.name_first != kNone && m.name_first > m.first)
        for (u32 k = m.first; k < m.name_first; ++k) role = role || has(k, detail::qw_role);
      if (!role) return m;
      office = true;
    }
    s = f;
  }
  // the joined subject opens its clause
  if (s > lo && !(punct(s - 1, ',') || is_quote_mark(s - 1) || is_dash(s - 1) ||
                  (is_word(s - 1) && has(s - 1, detail::qw_clause))))
    return m;
  // (not the end of a list of names: `Chemical Bank, Bankers Trust and Salomon Bros agreed`)
  if (!office && s > lo + 1 && punct(s - 1, ',') && is_word(s - 2) && cap(s - 2)) return m;
  if (office) {
    m.first = s;
    return m;
  }
  Mention both;
  both.first = s;
  both.last = m.last;
  both.kind = MentionKind::generic;
  both.gender = g_plural;
  both.joined = true;
  return both;
}

/// The subject pronoun of the verb phrase that a conjunction at `conj` ends, when a comma
/// sets that clause off (`When X, the manager, was asked …, he laughed and said`): the
/// pronoun right after the comma, a verb after it; none past eight tokens or a quote.
Mention Run::pronoun_after_comma(u32 conj, u32 lo) const {
  Mention m;
  for (u32 t = conj; t-- > lo && t + 9 > conj;) {
    if (is_quote_mark(t) || (mark_[t] & 1) || punct(t, ';') || punct(t, ':')) return m;
    if (!punct(t, ',')) continue;
    const u32 p = t + 1, v = t + 2;
    if (v < conj && is_word(p) && has(p, detail::qw_pronoun) &&
        !has(p, detail::qw_object | detail::qw_possessive) && !is(p, "it") && !is(p, "It") &&
        is_word(v) && !cap(v) && (past_ed(v) || has(v, detail::qw_verb) || adverb_like(v))) {
      m.first = m.last = p;
      classify(m);
    }
    return m;
  }
  return m;
}

/// The subject opening the clause of a cue when the nearer rules found none, within the
/// sentence starting at `sf` (at most 40 tokens back): a quantity or a bare determiner
/// (`Almost half of respondents said`, `Two in three said`, `Some say`), a noun phrase with
/// a long apposition or relative clause (`Senator X, a Republican who has met …, said`), or
/// the subject of a coordinated verb after an opening adverbial (`In an interview, Ms. X
/// rejected the idea and said`).
Mention Run::clause_subject(u32 verb, u32 sf) const {
  Mention m;
  if (verb <= sf || verb > sf + 40) return m;
  // the end of the subject: before auxiliaries, adverbs and `on Tuesday`
  u32 e = verb;
  for (int k = 0; k < 4 && e > sf; ++k) {
    const u32 t = e - 1;
    if (is_word(t) && !cap(t) &&
        (has(t, detail::qw_aux | detail::qw_negation | detail::qw_time) || adverb_like(t))) {
      --e;
    } else if (is_word(t) && has(t, detail::qw_time) && t > sf &&
               (is(t - 1, "on") || is(t - 1, "last"))) {
      e -= 2;
    } else {
      break;
    }
  }
  const u32 c = clause_start(sf, e);
  if (c >= e || (mark_[c] & 1)) return m;
  for (u32 t = c; t < e; ++t)
    if (is_quote_mark(t) || punct(t, ';') || punct(t, ':') || sentence_final(t)) return m;
  // a quantity or a bare determiner standing for people, up to the verb
  const bool quantity_first =
      has(c, detail::qw_quantity) || kind(c) == TokenKind::number ||
      (c + 2 < e && is(c + 1, "in") &&
       (kind(c + 2) == TokenKind::number || has(c + 2, detail::qw_determiner))) ||
      (c + 1 < e && (has(c + 1, detail::qw_quantity) || kind(c + 1) == TokenKind::number ||
                     kind(c + 1) == TokenKind::percent)) ||
      kind(c) == TokenKind::percent;
  const bool bare_det = e == c + 1 && has(c, detail::qw_determiner) && !has(c, detail::qw_clause) &&
                        !is(c, "the") && !is(c, "The") && !is(c, "a") && !is(c, "A");
  // (`Two officials closed the doors and said`: a verb phrase of its own before `and said`;
  // the noun phrase is found below)
  bool own_verb = false;
  if ((quantity_first || bare_det) && e == verb && e > c + 2 &&
      (is(e - 1, "and") || is(e - 1, "but")))
    for (u32 t = c + 1; t + 1 < e && !own_verb; ++t)
      own_verb =
          past_ed(t) && !info(t) && has(t + 1, detail::qw_determiner | detail::qw_possessive);
  if ((quantity_first || bare_det) && !own_verb) {
    if (e - c > 14) return m;
    for (u32 t = c; t < e; ++t)
      if (punct(t, ',') || has(t, detail::qw_verb) || (cue_at(t) && !cap(t))) return m;
    m.first = c;
    m.last = e - 1;
    m.kind = MentionKind::generic;
    m.gender = g_plural;
    return m;
  }
  Mention s0 = head_np(c, e);
  if (!s0.found()) return m;
  const u32 g = s0.last + 1;
  // (the verb, or adverbs before it only: `and then said`, `and also told`)
  bool at_verb = e == verb;
  if (!at_verb && e + 3 > verb) {
    at_verb = true;
    for (u32 t = e; t < verb && at_verb; ++t) at_verb = adverb_like(t);
  }
  if (s0.kind == MentionKind::generic) {
    // `Protest groups say`, `Some advocates for stem cell research said`, `Another Muslim who
    // worshiped here said`: a common noun phrase up to the verb, a short prepositional phrase
    // or a relative clause after it
    if (g == e) return s0;
    // `The officials rushed everyone inside and said`, `Police closed the road and said`: a
    // verb phrase of the same people before the cue
    if (at_verb && g + 1 < e && (is(e - 1, "and") || is(e - 1, "but")) &&
        has(s0.last, detail::qw_person_noun | detail::qw_role) && is_word(g) && !cap(g) &&
        ((past_ed(g) && !(info(g) && (info(g)->bits & detail::qw_aux))) ||
         (cue_form(g) && info(g)->form == CueForm::past))) {
      bool other = false;  // another subject in between, or a clause
      for (u32 t = g + 1; t + 1 < e && !other; ++t)
        other = punct(t, ';') || punct(t, ':') ||
                (has(t, detail::qw_clause) && !is(t, "and") && !is(t, "or")) ||
                ((is(t, "and") || is(t, "but")) && (has(t + 1, detail::qw_pronoun) || cap(t + 1)));
      if (!other) return s0;
    }
    if (!has(c, detail::qw_determiner | detail::qw_possessive) &&
        !has(s0.last, detail::qw_plural) && !(sv(s0.last).size() > 3 && sv(s0.last).back() == 's'))
      return m;
    const bool rel = is(g, "who") || is(g, "that");
    const bool pp = has(g, detail::qw_preposition) && !has(g, detail::qw_clause);
    if (!(rel || pp) || e - g > (rel ? 16u : 8u)) return m;
    for (u32 t = g + 1; t < e; ++t)
      if ((!rel && (has(t, detail::qw_verb | detail::qw_aux) ||
                    (cue_at(t) && !has(t, detail::qw_noun_cue)) ||
                    (has(t, detail::qw_clause) && !is(t, "and") && !is(t, "or")))) ||
          punct(t, ','))
        return m;
    return s0;
  }
  if (g == e) return s0;
  // `X, an apposition …, said`: the gap is set off by commas, or ends with a part set off by
  // dashes (`X, director of Y — which has endorsed Z — said`, `X — a Y — said`)
  bool dash_pair = false;
  if (is_dash(e - 1) && e - 1 > g)
    for (u32 t = g; t + 1 < e && !dash_pair; ++t) dash_pair = is_dash(t);
  if ((punct(g, ',') || is_dash(g)) && (punct(e - 1, ',') || dash_pair)) {
    bool relative = false;
    for (u32 t = g; t < e; ++t) {
      if (is(t, "who") || is(t, "which") || is(t, "whose") || is(t, "whom")) relative = true;
      if (!relative && cue_at(t) && cue_at(t)->form != CueForm::ing) return m;
    }
    return s0;
  }
  // `X rejected the idea … and said`: a verb phrase of the same subject
  if (at_verb && (is(e - 1, "and") || is(e - 1, "but")) && !punct(g, ',') &&
      (s0.kind == MentionKind::name || s0.kind == MentionKind::pronoun ||
       s0.kind == MentionKind::organisation || s0.kind == MentionKind::description)) {
    for (u32 t = g; t + 1 < e; ++t)
      if ((has(t, detail::qw_clause) && (is(t, "and") || is(t, "but")) && t > g &&
           (has(t + 1, detail::qw_pronoun) || cap(t + 1))) ||
          // (or after a comma, a subject pronoun: `…, he laughed and said`)
          (punct(t, ',') && is_word(t + 1) && has(t + 1, detail::qw_pronoun) &&
           !has(t + 1, detail::qw_object | detail::qw_possessive)))
        return m;  // another subject in between
    return s0;
  }
  return m;
}

/// The noun phrase at `p` (np_forward) cut after its head noun when an unknown lower-case
/// word follows a role, person noun or name (`The mayor issued …` → `The mayor`).
Mention Run::head_np(u32 p, u32 hi) const {
  Mention m = np_forward(p, hi);
  if (!m.found()) return m;
  for (u32 t = m.first + 1; t <= m.last; ++t)
    if (is_word(t) && !cap(t) && !info(t) &&
        ((cap(t - 1) && !has(t - 1, detail::qw_determiner | detail::qw_possessive)) ||
         has(t - 1, detail::qw_role | detail::qw_person_noun | detail::qw_org_head)) &&
        // (not a modifier before a role and a name: `former business partner Tony Bobulinski`)
        !(t + 1 <= m.last && has(t + 1, detail::qw_role | detail::qw_person_noun) &&
          t + 2 <= m.last && cap(t + 2))) {
      Mention c;
      c.first = m.first;
      c.last = t - 1;
      classify(c);
      return c;
    }
  return m;
}

/// The subject of cue `verb` after a quote when it opens at `a` and is longer than
/// subject_back() reads back: a name or a person noun, then an apposition or phrases of
/// `of`, `for`, `at`, `on`, `in` (`"…," Gail Martell, chief meteorologist for E.F. Hutton
/// said`, `"…," a spokesman for one of the major Dutch roasters said`). A name set off by a
/// comma is the speaker; a description is whole, its phrases included. None when a verb, a
/// clause word or a quote mark stands between.
/// A name from `first` and up to three capitalised words after the `and` at `and_at` (below
/// `hi`), a firm's or two speakers' (`Gulf and Western`, `Smith and Jones`), as
/// joined_subject() makes such a subject: no one entity. None when the word after `and` ends a
/// company's name (`Goldman Sachs and Co.`).
Mention Run::and_names(u32 first, u32 and_at, u32 hi) const {
  u32 t = and_at + 1;
  if (t >= hi || has(t, detail::qw_firm)) return Mention{};
  while (t < hi && t < and_at + 4 && is_word(t) && cap(t)) ++t;
  if (t == and_at + 1) return Mention{};
  Mention m;
  m.first = first;
  m.last = t - 1;
  m.kind = MentionKind::generic;
  m.gender = g_plural;
  m.joined = true;
  return m;
}

Mention Run::long_subject_after(u32 a, u32 verb) const {
  if (verb > a + 16) return Mention{};
  Mention h = np_forward(a, verb);
  // `one` or `another` alone, or with its phrase: `one said`, `one of the sources said`
  const bool one = is(a, "one") || is(a, "another");
  if (one && (!h.found() || h.last == a)) {
    h = Mention{};
    h.first = h.last = a;
    classify(h);
    h.kind = MentionKind::generic;
  }
  if (!h.found() || h.first != a) return Mention{};
  // (its head: the word before its first phrase or comma)
  u32 head = h.first;
  while (head < h.last && !punct(head + 1, ',') && !has(head + 1, detail::qw_preposition)) ++head;
  // (not a participle after it: `a statement issued by Union Pacific`)
  while (head > h.first && past_ed(head)) --head;
  if (!(one || h.kind == MentionKind::name ||
        has(head, detail::qw_person_noun | detail::qw_role | detail::qw_document |
                      detail::qw_kin_mrs | detail::qw_kin_mr)))
    return Mention{};
  // a person's name ending the subject at `e`: a run of capitals from a given name
  // (`Agriculture, Livestock and Fisheries Under-Secretary Miguel Braceras`)
  auto person_ending = [&](u32 e) {
    u32 r = e;
    while (r > a && cap(r - 1)) --r;
    for (u32 g = r; g < e; ++g)
      if (has(g, detail::qw_first_name) && !has(g, detail::qw_role)) {
        const Mention n = g > a ? np_forward(g, e + 1) : Mention{};
        return n.found() && n.kind == MentionKind::name && n.last == e ? n : Mention{};
      }
    return Mention{};
  };
  // the subject's end: the noun phrase itself reaches the cue (`the chairman of the formation
  // committee, Pat Elmer, said`), or an apposition or phrases follow it, with no verb
  const bool whole = h.last + 1 == verb || (h.last + 2 == verb && punct(h.last + 1, ','));
  u32 e = h.last;
  if (!whole) {
    const u32 nx = h.last + 1;
    const bool apposition = punct(nx, ',');
    // (after a name, an apposition or a phrase; a description may go on with its own words:
    // `a spokesman for one of the major Dutch roasters`)
    // (a firm's name and its possessive before a name, who speaks: `Data Resources' Wyss
    // said`)
    if (h.kind == MentionKind::name && (is(nx, "'") || is(nx, "\xE2\x80\x99")) &&
        !toks_[nx].has(TokenFlag::space_before) && sv(nx - 1).back() == 's' && nx + 1 < verb) {
      const Mention n = np_forward(nx + 1, verb);
      if (n.found() && n.kind == MentionKind::name && n.last + 1 == verb) return n;
    }
    // (two names joined by `and`, a firm's or two speakers': `Gulf and Western said`,
    // `Smith and Jones said`)
    if (h.kind == MentionKind::name && cap(h.first) && is(nx, "and")) {
      const Mention both = and_names(h.first, nx, verb);
      if (both.found() && both.last + 1 == verb) return both;
    }
    // (a description the nationality in it made a name goes on: `a spokesman for one of the
    // major Dutch roasters`)
    if (!apposition && h.kind == MentionKind::name && cap(h.first) &&
        !(is(nx, "of") || is(nx, "for") || is(nx, "at") || is(nx, "on") || is(nx, "in") ||
          is(nx, "with")))
      return Mention{};
    for (u32 t = nx; t < verb; ++t) {
      if (is_quote_mark(t) || sentence_final(t) || punct(t, ';') || punct(t, ':')) return Mention{};
      // (but `and` inside the phrase, `chairman and chief executive`, `Butcher and Singer`,
      // and a participle with its agent, `a statement issued by Union Pacific`)
      // (nor an infinitive: `the Reagan administration to force action, Canadian officials`)
      if (is(t, "to") && t + 1 < verb && is_word(t + 1) && !cap(t + 1) &&
          !has(t + 1, detail::qw_determiner | detail::qw_possessive))
        return Mention{};
      if (is_word(t) && !is(t, "one") && !(is(t, "and") && !punct(t - 1, ',')) &&
          !(past_ed(t) && is(t + 1, "by")) &&
          (has(t, detail::qw_aux | detail::qw_clause | detail::qw_pronoun | detail::qw_negation) ||
           cue_form(t) || past_ed(t)))
        return Mention{};
    }
    e = verb - 1;
    while (e > nx && punct(e, ',')) --e;
    // (a name and its apposition: `Gail Martell, chief meteorologist for E.F. Hutton said`;
    // unless a person's name ends it, below)
    if (apposition && h.kind == MentionKind::name && !person_ending(e).found()) return h;
  }
  // a person's name ending it is the speaker (person_ending()), unless a phrase puts it
  // after the head: `an aide to Agriculture Secretary Richard Lyng` is the
  // aide (not a title of the name's own: `the secretary general of the OECD Jean-Claude Paye`)
  bool phrase = false;
  for (u32 t = head + 1; t < e && !phrase; ++t) phrase = has(t, detail::qw_preposition);
  if (!phrase || (has(head, detail::qw_role) && is(a, "the")))
    if (const Mention n = person_ending(e); n.found()) return n;
  // a name set off at its end is the speaker: `the chairman of the committee, Pat Elmer, said`
  for (u32 c = e; c > a; --c)
    if (punct(c, ',')) {
      const Mention n = np_forward(c + 1, e + 1);
      if (n.found() && n.kind == MentionKind::name && n.last == e) return n;
      break;
    }
  // else the description whole (its kind and name parts are its head's; a people's
  // adjective that read as a name is none: `a Venezuelan energy and mines ministry source`)
  Mention m = h;
  m.last = e;
  if (h.kind == MentionKind::name && e > h.last && h.name_first != kNone) {
    if (peoples_words(h.name_first, h.name_last)) {
      m.kind = MentionKind::description;
      m.gender = g_unknown;
      m.name_first = m.name_last = kNone;
    }
  }
  return m;
}

/// The subject of the clause that ends with `colon` right before a quote (`Mr. Smith shot back:
/// "…"`, `Auerbach went so far as to say: "…"`, `Obama is rolling out a new message: "…"`): in
/// news such a clause speaks through its subject, whatever its verb. The subject opens the
/// clause after the last comma (`Asked whether …, Mr. Smith shot back:`), or the sentence
/// when that part is a participle's (`Trump responded on Twitter, attacking the subpoena:`);
/// it is a name, a pronoun, an organisation or a person noun, and a verb follows it (a word
/// in lower case, no preposition, determiner or clause word). None when the clause holds
/// another quote mark.
Mention Run::colon_clause_subject(u32 colon, u32 lo) const {
  u32 c = colon;
  for (;;) {
    while (c > lo && !punct(c - 1, ',')) {
      if (is_quote_mark(c - 1) || (mark_[c - 1] & 1) || punct(c - 1, ';')) return Mention{};
      --c;
    }
    // (not the comma of a place in a name: `the University of California, Los Angeles`)
    if (c > lo + 1 && cap(c) && cap(c - 2)) {
      --c;
      continue;
    }
    break;
  }
  u32 lead = c;  // (`…, also speaking via Twitter:`)
  while (lead + 1 < colon && adverb_like(lead)) ++lead;
  if (c > lo && ing_word(lead) && !cap(lead)) c = lo;  // a participle's: the sentence's subject
  // (a verb after the comma: the comma closed an apposition of the sentence's subject, `Mayor
  // de Blasio, a member of the party, spoke on MSNBC when he made the announcement:`)
  if (c > lo && c + 1 < colon && is_word(c) && !cap(c) &&
      (past_ed(c) || has(c, detail::qw_verb) ||
       (cue_form(c) && info(c)->cue != CueClass::noun && info(c)->form == CueForm::past)))
    c = lo;
  if (c == lo) c = clause_start(lo, colon);
  for (u32 t = c; t < colon; ++t) {
    if (is_quote_mark(t) || (mark_[t] & 1)) return Mention{};
    // a cue that reports a clause before the colon (`Trump tweeted he was not aware of it:
    // "…"`, `told the press the drugs were only part of the solution:`): the quote goes on
    // with that report, the indirect pass's
    // (not a clause of time after it: `spoke on MSNBC when he made the announcement:`)
    if (cue_form(t) && info(t)->cue != CueClass::noun)
      for (u32 u = t + 1; u < colon; ++u) {
        if (is(u, "when") || is(u, "while") || is(u, "as") || is(u, "after") || is(u, "before"))
          break;
        if (is(u, "that") || has(u, detail::qw_aux) ||
            (has(u, detail::qw_pronoun) && !has(u, detail::qw_object | detail::qw_possessive)))
          return Mention{};
      }
  }
  // (a verb: a past in -ed, a form the lexicon knows as a verb, an auxiliary or a cue, or a
  // word before `back`: `shot back`, `hit back`)
  auto verb_like = [&](u32 k) {
    return k < colon && is_word(k) && !cap(k) &&
           (past_ed(k) || has(k, detail::qw_verb | detail::qw_aux) || cue_form(k) ||
            is(k + 1, "back"));
  };
  // (a document right before the colon speaks for whoever put it out, a body's word too:
  // `The palace issued a statement:`)
  // a document's author after `from` or `by` right before the colon speaks: `issued the
  // following statement from the king:`
  for (u32 f = colon > 3 ? colon - 2 : colon; f > c + 1 && f + 6 > colon; --f)
    if ((is(f, "from") || is(f, "by")) && has(f - 1, detail::qw_document)) {
      const Mention author = np_forward(f + 1, colon);
      if (author.found() && author.last + 1 == colon && author.kind != MentionKind::generic)
        return author;
      break;
    }
  // (a time after it: `issued a statement on Monday:`)
  u32 dk = colon - 1;
  while (dk > c + 2 && dk + 3 > colon && (has(dk, detail::qw_time) || is(dk, "on"))) --dk;
  const bool document = colon > c + 2 && has(dk, detail::qw_document);
  auto person = [&](const Mention& m) {
    return m.found() && m.first == c &&
           (m.kind == MentionKind::name || m.kind == MentionKind::pronoun ||
            m.kind == MentionKind::organisation ||
            has(m.last, detail::qw_person_noun | detail::qw_role) ||
            (document && (m.kind == MentionKind::description || m.kind == MentionKind::generic) &&
             (is(m.first, "The") || is(m.first, "the")) && !has(m.last, detail::qw_document)));
  };
  // the noun phrase opening the clause, and a verb right after it (`Mr. Christie gloated:`)
  Mention who = np_forward(c, colon);
  if (person(who)) {
    u32 v = who.last + 1;
    while (v + 1 < colon && adverb_like(v)) ++v;
    if (verb_like(v)) return who;
  }
  // or the clause's first verb and its subject (`The Slate technology columnist David
  // Auerbach went so far as to say:`)
  for (u32 v = c + 1; v < colon && v < c + 12; ++v) {
    if (!verb_like(v)) continue;
    who = subject_back(v, c);
    return person(who) ? who : Mention{};
  }
  return Mention{};
}

/// The subject opening the clause of a participle cue (`Later in the day, she escalated her
/// attacks, criticizing …`, `Betty Friedan, the feminist leader, compared her …, telling`):
/// a name, pronoun, organisation or description, with its apposition.
/// Where the subject of a clause opening at `c` (its verb at `verb`) starts: past an adverb
/// opening it (`Nearly all legal experts`, `Shortly after noon, …`) and a phrase fronted
/// before it, up to its comma (`Within a day of the vote, Belarusian KGB arrested …`);
/// `verb` when that phrase has no comma before the verb.
u32 Run::subject_start(u32 c, u32 verb) const {
  if (c + 2 < verb && is_word(c) && is_word(c + 1) && !cap(c + 1) &&
      (has(c, detail::qw_adverb) || (sv(c).size() > 4 && sv(c).substr(sv(c).size() - 2) == "ly" &&
                                     !detail::ly_not_adverb(sv(c)))))
    ++c;
  if (c < verb && is_word(c) && has(c, detail::qw_preposition) && !has(c, detail::qw_determiner)) {
    u32 k = c + 1;
    while (k < verb && k < c + 16 && !punct(k, ',') && !(mark_[k] & 1)) ++k;
    if (!(k + 2 < verb && punct(k, ','))) return verb;
    c = k + 1;
  } else if (c < verb && is_word(c) &&
             (has(c, detail::qw_determiner | detail::qw_time) || is(c, "Back") || is(c, "Later") ||
              is(c, "Earlier"))) {
    // a fronted phrase of time set off by a comma, no verb or name in it (`But a few days
    // later, Trump reversed himself, telling …`, `Back in 1999, Mr. Trump expressed …`)
    u32 k = c;
    bool time = false;
    while (k < verb && k < c + 8 && (is_word(k) || kind(k) == TokenKind::number) &&
           !has(k, detail::qw_verb | detail::qw_aux | detail::qw_clause) && !cue_at(k) &&
           (k == c || !cap(k) || has(k, detail::qw_time))) {
      time = time || has(k, detail::qw_time) || is(k, "later") || is(k, "ago") ||
             is(k, "earlier") || is(k, "Back") || is(k, "Later") || is(k, "Earlier");
      ++k;
    }
    if (time && k > c && k + 2 < verb && punct(k, ',')) c = k + 1;
  }
  return c;
}

Mention Run::participle_subject(u32 verb, u32 sf) const {
  Mention m;
  if (verb <= sf + 2 || verb > sf + 60) return m;
  u32 c = clause_start(sf, verb);
  if (c >= verb || (mark_[c] & 1)) return m;
  c = subject_start(c, verb);
  if (c >= verb) return m;
  Mention s0 = head_np(c, verb);
  if (s0.found() && s0.last + 2 < verb && kind(s0.last + 1) == TokenKind::clitic &&
      (is(s0.last + 1, "'s") || is(s0.last + 1, "’s") || is(s0.last + 1, "’") ||
       is(s0.last + 1, "'"))) {
    // an owner opening the subject: `Hillary Clinton's right-hand woman rallied …`
    const Mention owned = head_np(s0.last + 2, verb);
    if (owned.found() && owned.kind != MentionKind::pronoun) {
      s0.last = owned.last;
      classify(s0);
    }
  }
  if (!s0.found() || s0.last + 2 >= verb) return m;
  // (a bare common noun only for people: `Researchers at Imperial College posted findings
  // estimating …`)
  if (s0.kind == MentionKind::generic && !has(c, detail::qw_determiner) &&
      !(s0.first == s0.last && has(s0.last, detail::qw_person_noun) &&
        has(s0.last, detail::qw_plural)))
    return m;
  u32 g = s0.last + 1;
  if (punct(g, '(') && s0.kind == MentionKind::name) {
    // `Rep. Hakeem Jeffries (D-N.Y.) reacted …`: past the party and state after the name
    u32 k = g + 1;
    while (k < verb && k < g + 10 && !punct(k, ')')) ++k;
    if (k + 2 < verb && punct(k, ')')) g = k + 1;
  }
  if (punct(g, ',')) {
    // an apposition: up to the next comma, then a verb; or up to three parts set off by
    // commas (`Sen. Mark Kirk, R-Ill., who faces a tough race, rescinded …`)
    u32 k = g;
    Mention ap;  // the first part
    for (int part = 0;; ++part) {
      u32 j = k + 1;
      while (j < verb && j < k + 17 && !punct(j, ',') && !is_quote_mark(j)) ++j;
      if (!(j + 1 < verb && punct(j, ',') && is_word(j + 1) && !cap(j + 1) && part < 3)) return m;
      if (part == 0 && j > k + 1) ap.first = k + 1, ap.last = j - 1;
      k = j;
      if (!has(k + 1, detail::qw_clause | detail::qw_preposition | detail::qw_determiner)) break;
    }
    g = k + 1;
    // (a capitalised word after `a` describes too: `a Republican, Mark Amodei,`)
    const bool described =
        s0.kind != MentionKind::name || detail::indefinite_determiner(sv(s0.first));
    if (ap.found() && described && s0.kind != MentionKind::pronoun &&
        !has(ap.first, detail::qw_clause | detail::qw_preposition)) {
      // `The candidate, former Secretary of State Hillary Clinton, drew …, saying`: the name
      // in apposition names the speaker (as for a finite cue)
      classify(ap);
      // (not an organisation's short name: `The United Automobile Workers Union, UAW,`)
      if (ap.kind == MentionKind::name &&
          (s0.kind != MentionKind::organisation || ap.last > ap.first)) {
        Mention m2 = ap;
        m2.first = s0.first;
        m2.appos_first = s0.first;
        m2.appos_last = s0.last;
        m2.name_rule = Rule::apposition;
        s0 = m2;
      }
    }
  } else if (is(g, "of") && s0.kind == MentionKind::name && cap(g + 1)) {
    // `Senator Bernie Sanders of Vermont endorsed …`: a place after the name
    u32 k = g + 1;
    while (k < verb && k < g + 5 && (cap(k) || punct(k, '.'))) ++k;
    g = k;
  } else if (s0.kind != MentionKind::name && s0.kind != MentionKind::pronoun &&
             has(s0.last, detail::qw_role | detail::qw_person_noun) &&
             (is(g, "in") || is(g, "inside") || is(g, "at") || is(g, "for") || is(g, "of") ||
              is(g, "with") || is(g, "within") || is(g, "from") || is(g, "on"))) {
    // `An operative inside the campaign tried to …, saying`, `The Pentagon's top adviser on
    // the military campaign went further, arguing`: the place, body or field the person
    // belongs to, a short phrase ending before the first word that looks like a finite verb
    u32 k = g + 1;
    if (k < verb && has(k, detail::qw_determiner | detail::qw_possessive)) ++k;
    const u32 k0 = k;
    for (++k; k < verb && k <= k0 + 3; ++k) {
      if (!is_word(k) || has(k, detail::qw_clause | detail::qw_preposition | detail::qw_pronoun |
                                    detail::qw_determiner))
        break;
      const std::string_view v = sv(k);
      if (!cap(k) && (has(k, detail::qw_verb | detail::qw_aux) || cue_at(k) ||
                      (v.size() > 3 && v.substr(v.size() - 2) == "ed"))) {
        g = k;
        Mention whole = s0;  // (the speaker with the phrase: `An official at the ministry`)
        whole.last = k - 1;
        classify(whole);
        if (whole.found()) s0 = whole;
        break;
      }
    }
  }
  // the verb of the main clause follows the subject
  if (!is_word(g) || cap(g) ||
      has(g, detail::qw_clause | detail::qw_preposition | detail::qw_determiner))
    return m;
  for (u32 t = g; t < verb; ++t) {
    if (!is_quote_mark(t) || (mark_[t] & 1)) continue;
    // the closing mark of a quoted fragment in the clause (`called the plan "a disaster,"
    // adding, "…"`); `''` is two marks
    const u32 u = t > g + 1 && is_close(t - 1) ? t - 1 : t;
    if (is_close(t) && u > g && (mark_[u - 1] & 1)) continue;
    return m;
  }
  // a passive whose subject is no person, with a person as its agent: the agent speaks
  // (`Election implications … were described by Johnson as a "historic mandate", saying he
  // intends …`)
  // (or a name that only modifies the noun after it: `Election implications`)
  u32 aux = g;
  if (s0.kind == MentionKind::name && !has(g, detail::qw_aux | detail::qw_verb) && !cue_at(g) &&
      !past_ed(g)) {
    while (aux < verb && aux < g + 20 && !punct(aux, ',') && !is_quote_mark(aux) &&
           !has(aux, detail::qw_aux | detail::qw_clause))
      ++aux;
    if (aux < verb && aux > g + 1 && has(aux, detail::qw_aux)) s0.kind = MentionKind::generic;
  }
  if (s0.kind != MentionKind::name && s0.kind != MentionKind::pronoun &&
      !has(s0.last, detail::qw_role | detail::qw_person_noun) && aux < verb &&
      has(aux, detail::qw_aux)) {
    for (u32 t = aux + 2; t + 1 < verb && t < aux + 6; ++t) {
      if (!is(t, "by")) continue;
      if (!past_ed(t - 1) && !(cue_at(t - 1) && cue_at(t - 1)->form == CueForm::past)) break;
      const Mention agent = np_forward(t + 1, verb);
      if (agent.found() && agent.kind != MentionKind::generic) return agent;
      break;
    }
  }
  return s0;
}

/// The subject of a finite speech verb when every nearer rule failed: a noun phrase opening
/// the clause whose head part has no verb, followed up to the verb by parts set off by commas
/// or dashes, a relative clause or prepositional phrases (`Several governors, including two
/// Republicans, said`, `Economists at the bank, like many forecasters, say`, `Union leaders
/// who met the minister said`). Returns the head part (a shorter name of the speaker).
Mention Run::long_subject(u32 verb, u32 sf) const {
  Mention m;
  if (verb <= sf + 1 || verb > sf + 48) return m;
  u32 e = verb;
  for (int k = 0; k < 3 && e > sf + 1; ++k) {
    const u32 t = e - 1;
    if (!(is_word(t) && !cap(t) &&
          (has(t, detail::qw_aux | detail::qw_negation) || adverb_like(t))))
      break;
    --e;
  }
  const u32 c = clause_start(sf, e);
  if (c + 2 > e || e > c + 40 || (mark_[c] & 1)) return m;
  if (!(cap(c) || has(c, detail::qw_determiner | detail::qw_quantity | detail::qw_possessive) ||
        kind(c) == TokenKind::number) ||
      has(c, detail::qw_pronoun | detail::qw_clause | detail::qw_preposition) ||
      (sv(c).size() > 4 && sv(c).substr(sv(c).size() - 3) == "ing"))
    return m;
  if (is(e - 1, "and") || is(e - 1, "but") || is(e - 1, "or")) return m;
  // the head part: no verb, auxiliary, cue or clause word of its own
  u32 h = c;
  while (h < e && !punct(h, ',') && !is_dash(h) && !punct(h, '(') &&
         !(is(h, "who") || is(h, "whose") || is(h, "that") || is(h, "which"))) {
    if (is_quote_mark(h) || has(h, detail::qw_verb | detail::qw_aux | detail::qw_negation) ||
        (cue_at(h) && !has(h, detail::qw_noun_cue) && !cap(h)) ||
        (has(h, detail::qw_clause) && !is(h, "and") && !is(h, "of")) ||
        (has(h, detail::qw_pronoun) && h > c))
      return m;
    ++h;
  }
  if (h == c || h - c > 10) return m;
  // (one comma alone between the head part and the verb sets off no part; with a verb of
  // its own in the head part (`The firm lobbied for the group, said lobbyist and strategist
  // Charlie Black`) the subject is after the cue; wire copy has such commas after a subject
  // too: `William Siedenburg of Smith Barney, said`)
  if (h + 1 == e && punct(h, ','))
    for (u32 t = c + 1; t + 1 < h; ++t)
      if (is_word(t) && !cap(t) && !cap(t - 1) && is_word(t - 1) && !info(t) && past_ed(t))
        return m;
  // the rest: no sentence break, no quote; a part opened by a comma or dash closes before the
  // verb
  for (u32 t = h; t < e; ++t)
    if (is_quote_mark(t) || punct(t, ';') || punct(t, ':') || sentence_final(t)) return m;
  if (h < e && (punct(h, ',') || is_dash(h)) && !(punct(e - 1, ',') || is_dash(e - 1))) return m;
  m.first = c;
  m.last = h - 1;
  if (punct(m.last, ')')) return Mention{};
  classify(m);
  if (!m.found()) m.first = c, m.last = h - 1, m.kind = MentionKind::generic;
  return m;
}

/// The subject opening the clause of a cue when the nearer rules found none (see
/// clause_subject); here only the start of that clause: past quote marks, a conjunction, an
/// opening adverbial phrase ending with a comma, and a dateline (`ORLANDO, Fla. (Reuters) -`).
u32 Run::clause_start(u32 sf, u32 e) const {
  u32 c = sf;
  while (c < e && (is_quote_mark(c) || is_dash(c))) ++c;
  for (u32 k = c; k < e && k < c + 12; ++k)
    if (is_dash(k) && k + 1 < e) {
      bool dateline = true;
      for (u32 t = c; t < k; ++t)
        if (is_word(t) && !cap(t)) dateline = false;
      if (dateline) c = k + 1;
      break;
    }
  bool after_conj = false;  // `And until the vote, …`
  if (c < e && cap(c) && has(c, detail::qw_clause) &&
      (is(c, "But") || is(c, "And") || is(c, "Yet") || is(c, "So")))
    ++c, after_conj = true;
  // `When asked about it,`, `After the vote,`: an opening adverbial clause set off by a comma
  const bool adverbial_clause = c < e && (cap(c) || after_conj) && has(c, detail::qw_fronting);
  if (c < e &&
      (adverbial_clause || has(c, detail::qw_preposition | detail::qw_time) || adverb_like(c) ||
       (is_word(c) && info(c) && info(c)->lemma && info(c)->form != CueForm::third) ||
       (is_word(c) && !info(c) && sv(c).size() > 5 && sv(c).substr(sv(c).size() - 3) == "ing" &&
        c + 1 < e && is_word(c + 1) && !cap(c + 1) &&
        !has(c + 1, detail::qw_verb | detail::qw_aux) && !cue_form(c + 1)))) {
    // `In a brief interview,` / `Asked about it,` / `Later,` / `Thanking the crowd,`
    u32 k = c + 1;
    while (k < e && k < c + 12 && !punct(k, ',') && !is_quote_mark(k)) ++k;
    if (k < e && punct(k, ',')) {
      c = k + 1;
      // and the place and time set off after it: `At a rally in Portsmouth, N.H., on
      // Tuesday, …`
      for (int chunk = 0; chunk < 3 && c < e; ++chunk) {
        u32 j = c;
        bool place = cap(j) && !has(j, detail::qw_honorific | detail::qw_role);
        const bool pp = has(j, detail::qw_preposition | detail::qw_time) && !cap(j);
        while (j < e && j < c + 5 && !punct(j, ',') && !is_quote_mark(j)) {
          if (!(cap(j) || punct(j, '.'))) place = false;
          ++j;
        }
        if (j + 1 < e && punct(j, ',') && (place || pp))
          c = j + 1;
        else
          break;
      }
    }
  }
  return c;
}

/// `for` at `for_at` follows a past participle past a time phrase or a parallel `for`
/// phrase: `was criticized on Monday for saying`, `criticized for his role in … and for
/// saying` (the subject of the clause is the gerund's).
bool Run::criticized_for(u32 for_at, u32 sf) const {
  u32 p = for_at;
  // (`on Monday`, `last week`, `this year`, `yesterday`)
  if (p > sf + 2 && has(p - 1, detail::qw_time) && !cap(p - 2) &&
      (is(p - 2, "on") || is(p - 2, "last") || is(p - 2, "this")))
    p -= 2;
  else if (p > sf + 1 && has(p - 1, detail::qw_time) && !cap(p - 1))
    p -= 1;
  if (p > sf + 1 && past_ed(p - 1)) return true;
  // `… and for saying`: the first `for` of the pair, after its participle
  if (p > sf + 3 && is(p - 1, "and")) {
    for (u32 t = p - 2; t > sf + 1 && t + 24 > p; --t) {
      if (sentence_final(t) || is_quote_mark(t) || punct(t, ';')) break;
      if (is(t, "for")) return past_ed(t - 1);
    }
  }
  return false;
}

/// The subject before `, said` when the words between two commas are an apposition.
Mention Run::appositive_subject(u32 i, u32 lo, bool nested) const {
  Mention m;
  {
    u32 j = i - 1;
    int k = 0;
    const bool dash = is_dash(i);  // the apposition opens with what closes it
    auto opener = [&](u32 t) { return dash ? is_dash(t) : punct(t, ','); };
    // (between dashes, which close it plainly, a longer one: `Kall -- co-editor of Debating
    // The Donald, a book analyzing …, -- said`)
    const int reach = dash ? 34 : 22;
    while (j > lo && !opener(j) && !sentence_final(j) && !is_quote_mark(j) && k < reach) --j, ++k;
    if (!opener(j) || j <= lo) return m;
    u32 a0 = j + 1;
    // the apposition must look like one: a determiner, a role, a relative pronoun, a name
    // (or a past participle after the phrase opening the sentence: `The report, published on
    // Monday, said`; not `… in California last week, compared to about 70, said X`)
    const bool past_participle = is_word(a0) && !cap(a0) && sv(a0).size() > 4 &&
                                 sv(a0).substr(sv(a0).size() - 2) == "ed" && a0 + 1 < i &&
                                 has(a0 + 1, detail::qw_preposition | detail::qw_time);
    const bool participial = past_participle || (is_word(a0) && !cap(a0) && sv(a0).size() > 4 &&
                                                 sv(a0).substr(sv(a0).size() - 3) == "ing");
    const bool prep = has(a0, detail::qw_preposition) && !has(a0, detail::qw_clause);
    bool role_inside = false;
    for (u32 t = a0; t < i && !role_inside; ++t) {
      if (has(t, detail::qw_role | detail::qw_person_noun)) role_inside = true;
      // (a compound's last part: `co-editor`, `vice-chairman`)
      const std::string_view tw = sv(t);
      const std::size_t h = tw.rfind('-');
      if (is_word(t) && h != std::string_view::npos && h + 3 < tw.size())
        if (const QuoteWord* hw = lex_.find(tw.substr(h + 1)))
          role_inside = (hw->bits & (detail::qw_role | detail::qw_person_noun)) != 0;
    }
    const bool age = kind(a0) == TokenKind::number && a0 + 1 == i;  // `Suu Kyi, 70, said`
    // (a relative clause after a thing's noun: `The report, which was released on Tuesday,
    // said`)
    if (!(has(a0, detail::qw_determiner | detail::qw_possessive | detail::qw_role) ||
          is(a0, "who") || is(a0, "which") || cap(a0) || participial || prep || role_inside || age))
      return m;
    if (participial || prep) {
      // `Trump, speaking to a veterans group, said` / `Aliyev, in an interview, said`
      // (`The report, published on Monday, said`: a noun phrase opened by a determiner too)
      Mention head = subject_back(j, lo);
      if (!head.found() || (past_participle && head.first != lo) ||
          (head.kind != MentionKind::name && head.kind != MentionKind::pronoun &&
           head.kind != MentionKind::organisation &&
           !(head.first + 1 <= head.last && has(head.first, detail::qw_determiner) &&
             !has(head.first, detail::qw_quantity) && head.first == lo)))
        return Mention{};
      return head;
    }
    // two appositions in a row, the name opening the clause: `Scott Pruitt, the attorney
    // general of Oklahoma, one of the states suing the EPA, said` (one level only)
    if (!nested && j > lo + 2 && punct(j, ',')) {
      const Mention outer = appositive_subject(j, lo, true);
      bool comma_inside = false;  // (`However, Lawrence Cohn`: a connective before the name)
      for (u32 t = outer.first; outer.found() && t <= outer.name_last && t < ntok(); ++t)
        comma_inside = comma_inside || punct(t, ',');
      // (nor a word opening the sentence that names no one the text names in full:
      // `Similarly, President Reagan's budget manager, James Miller, told`)
      std::uint8_t nw = 0;
      const bool lone_opener = outer.found() && outer.name_first == outer.name_last &&
                               outer.name_first != kNone && sentence_initial(outer.name_first) &&
                               !has(outer.name_first, detail::qw_first_name) &&
                               !(names().get(sv(outer.name_first), nullptr, &nw) && nw >= 2);
      if (outer.found() && outer.kind == MentionKind::name && !comma_inside && !lone_opener &&
          outer.name_last != kNone && outer.first <= lo + 1 && outer.appos_first != kNone &&
          outer.name_rule == Rule::apposition &&
          !(outer.first > 0 && is_word(outer.first - 1) &&
            has(outer.first - 1, detail::qw_preposition)))
        return outer;
    }
    Mention head = subject_back(j + 0, lo);  // the phrase before the first comma
    if (!head.found() || head.kind == MentionKind::pronoun) return Mention{};
    // (a relative clause only after the phrase opening the clause: not after a body inside
    // an apposition, `Jeffrey Warren, of the association, which …, said`)
    if (is(a0, "which") && head.first != lo &&
        !(head.first == lo + 1 && (is_quote_mark(lo) || has(lo, detail::qw_clause))))
      return Mention{};
    u32 ap_first = a0;
    if (is_word(a0) && !cap(a0) && !has(a0, detail::qw_determiner | detail::qw_possessive) &&
        head.kind == MentionKind::name && head.first > lo + 2 && punct(head.first - 1, ',')) {
      // `Peter Lin, a Montebello, Calif., physician, told`: a place set off by commas inside
      // the apposition; the apposition opens at the comma before its determiner
      u32 t = head.first - 2;
      while (t > lo && t + 6 > head.first && !punct(t, ',') && !sentence_final(t)) --t;
      if (t > lo && punct(t, ',') && has(t + 1, detail::qw_determiner) && cap(t + 2)) {
        const Mention h2 = subject_back(t, lo);
        if (h2.found() && h2.kind == MentionKind::name) head = h2, ap_first = t + 1;
      }
    }
    Mention ap;
    ap.first = ap_first;
    ap.last = i - 1;
    if (ap.last < ap.first || is(a0, "who") || is(a0, "which")) {
      if (head.kind == MentionKind::generic) return Mention{};
      return head;
    }
    classify(ap);
    if (head.kind == MentionKind::name) {
      // `Ilham Aliyev, the president of Azerbaijan, said`
      head.appos_first = ap.first;
      head.appos_last = ap.last;
      if (ap.kind == MentionKind::description || ap.kind == MentionKind::generic)
        head.name_rule = Rule::apposition;
      return head;
    }
    // (not a name after a preposition inside it, `The senator, a Democrat from Massachusetts,
    // said`, `X Corp, a unit of Y, said`, unless a person's: `The consultant, Ohio State
    // University Professor of Medicine Carl Leier, said`)
    bool prep_in_ap = false;
    if (ap.kind == MentionKind::name && ap.name_first != kNone &&
        !has(ap.name_first, detail::qw_first_name))
      for (u32 t = ap.first; t < ap.name_first && !prep_in_ap; ++t)
        prep_in_ap = has(t, detail::qw_preposition) && !has(t, detail::qw_clause);
    if (ap.kind == MentionKind::name && prep_in_ap) {
      if (head.kind == MentionKind::generic) return Mention{};
      return head;
    }
    if (ap.kind == MentionKind::name) {
      // `a ministry spokeswoman, Leyla Abdullayeva, said`
      Mention m2 = ap;
      m2.first = head.first;
      m2.appos_first = head.first;
      m2.appos_last = head.last;
      m2.name_rule = Rule::apposition;
      return m2;
    }
    if (head.kind == MentionKind::generic) return Mention{};
    return head;
  }
  return m;
}

/// The subject noun phrase whose last word is token `i` (right before the cue `verb`).
Mention Run::subject_head(u32 i, u32 lo, u32 verb) const {
  Mention m;
  // `the 45-year-old mother of two said`: the parent, the count of the children with it
  if (i > lo + 1 && (kind(i) == TokenKind::number || small_number_word(i)) && is(i - 1, "of") &&
      has(i - 2, detail::qw_kin_mrs | detail::qw_kin_mr)) {
    m = subject_head(i - 2, lo, verb);
    if (m.found()) m.last = i;
    return m;
  }
  // `Twenty-four percent said`, `Nearly half say`, `9 percent say`, `Most believe`, `while
  // another says` (not before a base form: `another state aluminum company`)
  const bool another = (is(i, "another") || is(i, "Another")) && verb < ntok() && info(verb) &&
                       info(verb)->form != CueForm::base;
  if (has(i, detail::qw_quantity) || kind(i) == TokenKind::percent || another ||
      (kind(i) == TokenKind::number && i > lo && is(i - 1, "in"))) {  // `six in 10 say`
    u32 f = i;
    while (f > lo && f + 6 > i &&
           (kind(f - 1) == TokenKind::number || has(f - 1, detail::qw_quantity) ||
            is(f - 1, "in") || is(f - 1, "than") || is(f - 1, "more") || adverb_like(f - 1) ||
            is(f - 1, "Nearly") || is(f - 1, "nearly") || is(f - 1, "About") || is(f - 1, "More") ||
            is(f - 1, "Almost") || is(f - 1, "almost") || is(f - 1, "about")))
      --f;
    m.first = f;
    m.last = i;
    m.kind = MentionKind::generic;
    m.gender = g_plural;
    return m;
  }
  if (!is_word(i) && kind(i) != TokenKind::clitic) return m;
  std::uint32_t hb = bits(i);
  if (hb & (detail::qw_preposition | detail::qw_determiner | detail::qw_verb |
            detail::qw_possessive | detail::qw_object | detail::qw_time)) {
    // `Day said` after `Vox Day` was named: a surname that is also a common word
    std::uint8_t nw = 0;
    const bool surname = cap(i) && !(hb & detail::qw_determiner) &&
                         names().get(sv(i), nullptr, &nw) != nullptr && nw >= 2;
    if (!surname &&
        (!(hb & (detail::qw_person_noun | detail::qw_role)) || (hb & detail::qw_determiner)))
      return m;
  }
  if (hb & detail::qw_clause) {
    // relative pronoun: `Republicans who say`: the noun phrase before it
    if ((is(i, "whom") || is(i, "which")) && i > lo + 1 && is(i - 1, "of") &&
        (has(i - 2, detail::qw_quantity | detail::qw_determiner) ||
         kind(i - 2) == TokenKind::number)) {
      // `many of whom say`, `some of whom said`: the quantity stands for the speakers
      m.first = i - 2;
      m.last = i;
      m.kind = MentionKind::generic;
      m.gender = g_plural;
      return m;
    }
    if (is(i, "who") || is(i, "Who")) {
      // `listeners … who said`: the relative pronoun is the mention (its antecedent is
      // resolved like a description: the noun phrase before it)
      m.first = m.last = i;
      m.kind = MentionKind::generic;
      return m;
    }
    return m;
  }
  if (cue_form(i) && info(i)->cue != CueClass::noun && !cap(i) &&
      !(hb & (detail::qw_person_noun | detail::qw_role)) &&
      !(i + 1 == verb && info(i)->form == CueForm::third) &&  // `Media reports said`
      // (a base form after a determiner is a noun: `The report, published …, said`, `the
      // congressional report said`)
      !(info(i)->form == CueForm::base && noun_after_determiner(i, lo)))
    return m;  // two verbs in a row
  u32 last = i, first = i;
  u32 place = kNone;     // `in` before a place: `Jyske Bank in Denmark said`
  bool unnamed = false;  // `sources close to the ministry`
  int n = 1;
  while (first > lo && n < 9) {
    u32 j = first - 1;
    std::uint32_t b = bits(j);
    // (an owner's `'s`, or a plural's apostrophe: `the players' union said`)
    if (kind(j) == TokenKind::clitic || kind(j) == TokenKind::apostrophe) {
      first = j;
      continue;
    }
    // `Rep. X of Florida's 23rd District said`, `of Maryland's seventh Congressional
    // District`: an ordinal after a place's possessive numbers the district it names
    if (cap(first) && j > lo + 1 && kind(j - 1) == TokenKind::clitic && cap(j - 2) &&
        detail::ordinal_token(sv(j))) {
      first = j;
      ++n;
      continue;
    }
    if (!is_word(j)) {
      // `The Lost 52 Project announced`: a number inside a name
      if (kind(j) == TokenKind::number && j > lo && cap(first) && is_word(j - 1) && cap(j - 1) &&
          !has(j - 1, detail::qw_preposition | detail::qw_determiner | detail::qw_clause |
                          detail::qw_time | detail::qw_not_name)) {
        first = j;
        ++n;
        continue;
      }
      // `the 34-year-old said`: an age stands for the person
      if (is_dash(j) && j > lo && kind(j - 1) == TokenKind::number && first == j + 1 &&
          (is(first, "year-old") || is(first, "years-old"))) {
        first = j - 1;
        n += 2;
        continue;
      }
      if (name_and(j) && j > lo) {  // `Procter & Gamble Co said`
        first = j;
        ++n;
        continue;
      }
      // `Donald Trump's campaign`: the clitic was taken; a hyphen in `co-founder`: part of word
      break;
    }
    if (b & (detail::qw_determiner | detail::qw_possessive)) {
      if (is(j, "that") || is(j, "which")) break;
      first = j;
      // `John Geiger of the Geological Survey said`, `Regina Ip from the pro-Beijing camp
      // said`: on to the person (a person's name, or after `from` two capitalised words
      // opening the sentence that name no body or place)
      auto two_words_opening = [&](u32 f) {
        return f > lo + 1 && (f - 2 == lo || sentence_initial(f - 2)) && is_word(f - 1) &&
               is_word(f - 2) && cap(f - 1) && cap(f - 2) &&
               !has(f - 1, detail::qw_org_head | detail::qw_place | detail::qw_not_name |
                               detail::qw_role | detail::qw_nationality) &&
               !has(f - 2, detail::qw_org_head | detail::qw_place | detail::qw_not_name |
                               detail::qw_determiner | detail::qw_nationality);
      };
      // (the name before `from` opens the clause: not `… to block Donald Trump from the GOP
      // nomination say`)
      auto opens_clause = [&](u32 f) {
        u32 p = f;
        while (p > lo && f - p < 5 && is_word(p - 1) && cap(p - 1)) --p;
        return p < f && (p == lo || sentence_initial(p) || punct(p - 1, ','));
      };
      if (is(j, "the") && j > lo + 1 &&
          ((is(j - 1, "of") && person_before(j - 1, lo)) ||
           (is(j - 1, "from") && opens_clause(j - 1) &&
            (person_before(j - 1, lo) || two_words_opening(j - 1))))) {
        first = j - 1;
        n += 2;
        continue;
      }
      // `lawyers for the family said`, `Organizers of the rally said`: on to the people (a
      // plural noun, or `a lawyer for the family`, `an operative inside the campaign`, `an
      // official at the ministry`; before a named organisation, `a spokesman for the Wine
      // Institute`, and after `the spokesman`, the organisation is left to speak)
      // (`Representatives of other industrial countries told`, `leaders of both parties`)
      if ((is(j, "the") || has(j, detail::qw_possessive) || is(j, "other") || is(j, "both") ||
           is(j, "several") || is(j, "many")) &&
          j >= lo + 2 && j + 1 <= i && !cap(j + 1) &&
          (is(j - 1, "for") || is(j - 1, "of") || is(j - 1, "at") || is(j - 1, "in") ||
           is(j - 1, "inside") || is(j - 1, "within") || is(j - 1, "with")) &&
          is_word(j - 2) && (!cap(j - 2) || j - 2 == lo) &&
          ((has(j - 2, detail::qw_person_noun | detail::qw_role) &&
            (has(j - 2, detail::qw_plural) ||
             (j >= lo + 3 &&
              (is(j - 3, "a") || is(j - 3, "A") || is(j - 3, "an") || is(j - 3, "An"))))) ||
           (!info(j - 2) && sv(j - 2).size() > 4 && sv(j - 2).back() == 's' &&
            sv(j - 2)[sv(j - 2).size() - 2] != 's' && sv(j - 2)[sv(j - 2).size() - 2] != 'u'))) {
        first = j - 2;
        n += 3;
        continue;
      }
      // `a person close to the board said`, `sources familiar with the talks said`: unnamed
      // people, no one's name
      if (j >= lo + 3 && j + 1 <= i &&
          ((is(j - 1, "to") && is(j - 2, "close")) ||
           (is(j - 1, "with") && is(j - 2, "familiar"))) &&
          is_word(j - 3) && has(j - 3, detail::qw_person_noun | detail::qw_role)) {
        first = j - 3;
        n += 4;
        unnamed = true;
        continue;
      }
      break;
    }
    // (`Diplomats from Germany said`, `Critics within Serbia have said`: a place after
    // people, as after `in`; a body after `from` is the one they speak for, `An official from
    // TfL`)
    const bool place_word = is(j, "in") || ((is(j, "from") || is(j, "within") || is(j, "across") ||
                                             is(j, "inside") || is(j, "throughout")) &&
                                            has(last, detail::qw_place));
    if (((is(j, "of") || is(j, "for") || is(j, "at") || place_word) && j > lo &&
         has(j - 1, detail::qw_role | detail::qw_org_head | detail::qw_person_noun)) ||
        (j > lo && cap(first) && body_for(j)) ||
        // `Sen. Bernie Sanders of Vermont said`, `Analyst John Smith at Goldman Sachs said`
        // (classify keeps the name)
        ((is(j, "of") || is(j, "at")) && j > lo && cap(first) && person_before(j, lo)) ||
        // `The National Conference of State Legislatures said`
        // (whole within the mention's nine words)
        (is(j, "of") && j > lo + 1 && cap(first) && titled_body_before(j, lo, i)) ||
        (is(j, "like") && j > lo && has(j - 1, detail::qw_person_noun | detail::qw_plural)) ||
        // a place after a body's name: `the College of Wooster in Ohio reported` (one to three
        // capitalised words, the last before the cue)
        (is(j, "in") && j > lo + 1 && is_word(j - 1) && cap(j - 1) && first == j + 1 &&
         i < first + 3 && [&] {
           for (u32 t = first; t <= i; ++t)
             if (!is_word(t) || !cap(t) || has(t, detail::qw_not_name | detail::qw_pronoun))
               return false;
           return true;
         }())) {
      // `critics like Huffman say`: examples of the people who speak
      if (place_word) place = j;
      first = j;
      ++n;
      continue;
    }
    // common plural nouns joined: `teachers and union officials told`, `analysts and traders
    // said` (not names: `Smith and Jones said` stays Jones)
    if ((is(j, "and") || is(j, "or")) && j > lo && n <= 3 && !cap(last) && plural_noun_at(last) &&
        is_word(j - 1) && (!cap(j - 1) || sentence_initial(j - 1)) && plural_noun_at(j - 1)) {
      first = j;
      ++n;
      continue;
    }
    if (name_and(j) && j > lo) {  // `S and P said`, `Oppenheimer and Co said`
      first = j;
      ++n;
      continue;
    }
    if (first == j + 1 && is(first, "&") && cap(j)) {  // `AT&T said` (not `at`)
      first = j;
      ++n;
      continue;
    }
    if (b & (detail::qw_clause | detail::qw_preposition | detail::qw_verb | detail::qw_pronoun |
             detail::qw_object | detail::qw_aux | detail::qw_negation | detail::qw_time))
      break;
    if (cue_form(j) && info(j)->cue != CueClass::noun && !cap(j) &&
        !(b & (detail::qw_role | detail::qw_person_noun)))
      break;
    if (name_particle(j) && j > lo && (cap(j - 1) || name_particle(j - 1))) {
      first = j;  // `Ursula von der Leyen said`
      ++n;
      continue;
    }
    // (the place after `in` is no name the words before it modify: `a spokesman for the firm
    // in New York said`)
    if (!cap(j) && cap(last) && place == kNone &&
        !(b & (detail::qw_role | detail::qw_person_noun | detail::qw_nationality))) {
      // lower-case word before a name: adjectives such as `longtime` are fine, verbs are not;
      // keep it only when a role follows (`longtime Democratic pollster Pat Caddell`)
      bool role_after = false;
      for (u32 k = j + 1; k <= last; ++k)
        if (has(k, detail::qw_role)) role_after = true;
      if (!role_after) break;
    }
    first = j;
    ++n;
  }
  if (first < lo) first = lo;
  while (first < last && kind(first) == TokenKind::clitic) ++first;
  if (first > lo + 1 && is(first - 1, "of") &&
      (has(first - 2, detail::qw_quantity) || kind(first - 2) == TokenKind::percent ||
       kind(first - 2) == TokenKind::number)) {
    // `Almost half of the respondents said`: the quantity opens the subject
    u32 f = first - 2;
    while (f > lo && f + 5 > first &&
           (kind(f - 1) == TokenKind::number || has(f - 1, detail::qw_quantity) ||
            adverb_like(f - 1) || is(f - 1, "Almost") || is(f - 1, "Nearly") ||
            is(f - 1, "About") || is(f - 1, "about") || is(f - 1, "than") || is(f - 1, "More") ||
            is(f - 1, "more")))
      --f;
    m.first = f;
    m.last = last;
    m.kind = MentionKind::generic;
    m.gender = g_plural;
    return m;
  }
  if (first > lo + 1 && is(first - 1, "of") &&
      (is(first - 2, "one") || is(first - 2, "One") || is(first - 2, "each") ||
       is(first - 2, "Each") || is(first - 2, "neither") || is(first - 2, "Neither"))) {
    // `one of the former prosecutors said`: one of them speaks, no one named
    m.first = first - 2;
    m.last = last;
    m.kind = MentionKind::generic;
    return m;
  }
  m.first = first;
  m.last = last;
  if (place != kNone && place > first) {
    // the phrase before `in` is who speaks: its name, not the place's (`Officials in
    // Beijing` names nobody)
    m.last = place - 1;
    classify(m);
    m.last = last;
    return m;
  }
  classify(m);
  if (unnamed && m.first == first && has(first, detail::qw_determiner | detail::qw_person_noun)) {
    m.kind = MentionKind::generic;
    m.name_first = m.name_last = kNone;
  }
  return m;
}

/// The noun phrase starting at `p` (after an inverted cue: `said Ilham Aliyev, the president`).
Mention Run::np_forward(u32 p, u32 hi, bool inverted) const {
  Mention m;
  if (p >= hi || p >= ntok()) return m;
  if (is_word(p) && has(p, detail::qw_pronoun)) {
    m.first = m.last = p;
    classify(m);
    return m;
  }
  u32 i = p;
  int n = 0;
  if (has(i, detail::qw_determiner | detail::qw_possessive) && !has(i, detail::qw_clause)) ++i, ++n;
  u32 last = kNone;
  // words the lexicon does not know from k on (one or two), then a role, then a name:
  // adjectives of the role (`political` of `Rutgers University political scholar Kelly
  // Dittmar`)
  auto role_adjectives = [&](u32 k) {
    u32 r = k;
    while (r < hi && r < k + 2 && is_word(r) && !cap(r) && !info(r)) ++r;
    return r > k && r + 1 < hi && is_word(r) && !cap(r) && has(r, detail::qw_role) &&
           is_word(r + 1) && cap(r + 1) &&
           !has(r + 1, detail::qw_not_name | detail::qw_pronoun | detail::qw_determiner);
  };
  while (i < hi && n < 12) {
    if ((kind(i) == TokenKind::clitic || kind(i) == TokenKind::apostrophe) && last != kNone) {
      // (an owner's text speaks for the owner: `reads Judge Miller's statement`, `according
      // to CNN's projections`; the mention ends at the owner)
      if (owner_mark(i) && cap(last)) {
        u32 j = i + 1;
        while (j < hi && j < i + 3 && is_word(j) && !cap(j) && !info(j)) ++j;
        if (j < hi && is_word(j) && !cap(j) && has(j, detail::qw_document) &&
            (j + 1 >= hi || !is_word(j + 1) || has(j + 1, detail::qw_verb | detail::qw_aux) ||
             cue_at(j + 1)))
          break;
      }
      ++i;
      continue;
    }
    // (an ampersand inside a name: `PG&E's schedule`, `AT&T`)
    if (last != kNone && cap(last) && i + 1 < hi && is(i, "&") && cap(i + 1)) {
      ++i;
      ++n;
      continue;
    }
    if (!is_word(i)) break;
    std::uint32_t b = bits(i);
    // a parent and the count of the children: `the 45-year-old mother of two`
    if (is(i, "of") && last != kNone && has(last, detail::qw_kin_mrs | detail::qw_kin_mr) &&
        i + 1 < hi && (kind(i + 1) == TokenKind::number || small_number_word(i + 1))) {
      last = i + 1;
      i += 2;
      n += 2;
      continue;
    }
    // (a text's source after it too: `a statement from the ministry`, `a report by the Fed`)
    // (and a capitalised name after `the`: `the National Conference of State Legislatures`)
    if (last != kNone &&
        (((is(i, "of") || is(i, "for")) && has(last, detail::qw_role | detail::qw_org_head)) ||
         // (`the Centers for Disease Control and Prevention`)
         (is(i, "for") && body_for(i)) ||
         (is(i, "of") && titled_body(p, last) && i + 1 < hi && cap(i + 1) &&
          !bracket_after_name(i + 1, hi)) ||
         ((is(i, "from") || is(i, "by")) &&
          (has(last, detail::qw_document) || (is(i, "by") && has(last, detail::qw_org_head)) ||
           // (past its participle: `a statement released by Erdogan's office`, `a survey
           // published in 2017 by the Royal Pharmaceutical Society`)
           (last > p && past_ed(last) &&
            has(last - 1, detail::qw_document | detail::qw_org_head))))) &&
        i + 1 < hi && (cap(i + 1) || has(i + 1, detail::qw_determiner))) {
      ++i;
      ++n;
      if (has(i, detail::qw_determiner)) ++i, ++n;
      continue;
    }
    // (a year or a day after a text's participle, before its source: `a survey published in
    // 2017 by the Royal Pharmaceutical Society`)
    if (last != kNone && last > p && past_ed(last) &&
        has(last - 1, detail::qw_document | detail::qw_org_head) && (is(i, "in") || is(i, "on")) &&
        i + 3 < hi && (kind(i + 1) == TokenKind::number || has(i + 1, detail::qw_time)) &&
        is(i + 2, "by") && (cap(i + 3) || has(i + 3, detail::qw_determiner))) {
      i += 3;
      n += 3;
      if (has(i, detail::qw_determiner)) ++i, ++n;
      continue;
    }
    // a body's name with `and` inside: `the Center for Strategic and International Studies`
    if (last != kNone && cap(last) && i + 1 < hi && name_and(i)) {
      ++i;
      ++n;
      continue;
    }
    // two roles of one person: `said lobbyist and GOP strategist Charlie Black`
    if (is(i, "and") && last != kNone && !cap(last) && has(last, detail::qw_role) && i + 2 < hi &&
        is_word(i + 1) && (cap(i + 1) || has(i + 1, detail::qw_role)) &&
        !has(i + 1, detail::qw_determiner | detail::qw_pronoun | detail::qw_clause)) {
      ++i;
      ++n;
      continue;
    }
    // (a modal in capitals ending a name: `Theresa May`, `Yin Myint May, 60, a doctor, said`;
    // not a headline's verb before more capitals, `Clinton May Win`, nor a verb capitalised
    // after an abbreviation, `The U.S. Has also attacked`)
    const bool name_end =
        (b & detail::qw_aux) && cap(i) && last != kNone && cap(last) && !sentence_initial(i) &&
        !(i + 1 < ntok() && is_word(i + 1) && cap(i + 1)) &&
        (!toks_[last].has(TokenFlag::abbreviation) || has(last, detail::qw_honorific));
    if ((b & (detail::qw_clause | detail::qw_preposition | detail::qw_aux | detail::qw_negation |
              detail::qw_verb | detail::qw_pronoun | detail::qw_object)) &&
        !name_end)
      break;
    // a date that modifies the phrase's noun: `a March 14, 2019 NATO press release`
    if ((b & detail::qw_time) && cap(i) && i + 2 < hi && kind(i + 1) == TokenKind::number) {
      u32 k = i + 2;
      if (k + 2 < hi && punct(k, ',') && kind(k + 1) == TokenKind::number) k += 2;
      if (k < hi && is_word(k) && (cap(k) || !info(k))) {
        n += static_cast<int>(k - i);
        i = k;
        continue;
      }
    }
    if ((b & detail::qw_time) && !(b & detail::qw_role)) break;
    if (adverb_like(i) && !(i > 0 && owner_mark(i - 1))) break;  // (`Windsor Locks' first`)
    // `said Ursula von der Leyen`: particles inside the name
    if (last != kNone && name_particle(i) && (cap(last) || name_particle(last)) && i + 1 < hi &&
        (cap(i + 1) || name_particle(i + 1))) {
      last = i;
      ++i;
      ++n;
      continue;
    }
    // after a name only `of`/`for` phrases continue it (`said Lydia stoutly`); after a
    // people's adjective, its noun (`said a spokesman for the Dutch roasters`); after its
    // owner's `'s`, what it owns (`said Labour's shadow chancellor, Rachel Reeves`)
    // (nor a role's adjectives after a body's name: `Rutgers University political scholar
    // Kelly Dittmar`, `Harvard political scientist Jane Smith`)
    if (last != kNone && cap(last) && !cap(i) &&
        !(owner_mark(i - 1) && !past_ed(i) && !cue_form(i)) &&
        !(b & (detail::qw_role | detail::qw_person_noun)) && !role_adjectives(i) &&
        // (a people's adjective before a body's noun, or a word and a body's noun: `Syrian
        // state media`, `Iranian state television`)
        !(has(last, detail::qw_nationality) &&
          ((b & (detail::qw_org_head | detail::qw_firm)) ||
           (i + 1 < hi && is_word(i + 1) && !cap(i + 1) && has(i + 1, detail::qw_org_head)))) &&
        !(inverted && has(last, detail::qw_nationality) &&
          ((b &
            (detail::qw_role | detail::qw_person_noun | detail::qw_org_head | detail::qw_firm)) ||
           sv(i).back() == 's' ||
           (has(p, detail::qw_determiner) && (i + 1 >= hi || !is_word(i + 1))))))
      break;
    // (a base form before a body's head noun is its modifier: `Syrian state media`, `state
    // television`)
    if (cue_form(i) && info(i)->cue != CueClass::noun && !cap(i) &&
        !(b & (detail::qw_role | detail::qw_person_noun)) &&
        !(info(i)->form == CueForm::base && i + 1 < hi && is_word(i + 1) && !cap(i + 1) &&
          has(i + 1, detail::qw_org_head)))
      break;
    // a past verb after the head noun, before its object: `The company issued a statement`,
    // `A senior official endorsed Cruz` (the phrase ends at the noun)
    if (last != kNone && !cap(i) && !info(i) && !cap(last) && i + 1 < hi && past_ed(i) &&
        (has(i + 1, detail::qw_determiner | detail::qw_possessive) || cap(i + 1)))
      break;
    last = i;
    ++i;
    ++n;
  }
  if (last == kNone) return m;
  m.first = p;
  m.last = last;
  classify(m);
  // after an inverted cue, a role, then the name in apposition closing the clause: `said
  // Harvard's president, Larry Bacow.` (see role_then_name())
  if (inverted)
    if (const Mention named = role_then_name(m, hi); named.found()) return named;
  return m;
}

/// Token `k`, right after a cue form in -s, shows that form a noun: an auxiliary or a verb
/// (`estimates were`, `reports showed`), a past form (`notes issued by`, `estimates ranged`),
/// `of`, `for`, `by`, `with`, `due` or a relative word (`reports of`, `comments by Fed
/// officials`, `notes due 1994`, `reports which said`).
bool Run::noun_after_cue(u32 k) const {
  if (!is_word(k) || cap(k)) return false;
  if (has(k, detail::qw_aux) && !has(k, detail::qw_negation)) return true;
  if (has(k, detail::qw_verb) && !cue_form(k)) return true;
  if (is(k, "of") || is(k, "for") || is(k, "by") || is(k, "with") || is(k, "due") ||
      is(k, "which") || is(k, "who") || is(k, "whose"))
    return true;
  const std::string_view w = sv(k);
  return w.size() > 4 && w.substr(w.size() - 2) == "ed" && !cue_form(k) && !info(k);
}

/// A description ending in a role, then a name in apposition closing the clause before
/// `hi`: `Harvard's president, Larry Bacow.`, `the university's chancellor, Pradeep Khosla,
/// who …`: the mention run on to the name, as `Harvard's president, Larry Bacow, said` has it
/// (else none).
Mention Run::role_then_name(const Mention& m, u32 hi) const {
  const u32 last = m.last;
  if (!m.found() || m.kind != MentionKind::description || last + 2 >= hi || !punct(last + 1, ',') ||
      !has(last, detail::qw_role))
    return Mention{};
  u32 e = last + 2;
  while (e < hi && is_word(e) && cap(e) &&
         !has(e, detail::qw_not_name | detail::qw_determiner | detail::qw_pronoun |
                     detail::qw_clause | detail::qw_preposition))
    ++e;
  if (e < last + 3 || e - (last + 2) > 4 || !(e >= hi || punct(e, ',') || sentence_final(e)))
    return Mention{};
  Mention named = m;
  named.last = e - 1;
  classify(named);
  return named.kind == MentionKind::name && named.name_first == last + 2 ? named : Mention{};
}

/// Skips adverbials after a cue (`on Thursday`, `in an interview with NTV`, `to reporters`):
/// returns the first token that is punctuation, a quote mark or a clause opener.
/// Whether the word at `k` (a cue form) is a noun after a determiner or an owner, directly
/// or past one plain lower-case word (`in his report`, `in a news release`), the determiner
/// at `lo` or after.
bool Run::noun_after_determiner(u32 k, u32 lo) const {
  if (k > lo && has(k - 1, detail::qw_determiner | detail::qw_possessive)) return true;
  // a base form after an owner's `'s` (and a plain word) is a noun: `the bank's (latest)
  // report said`
  if (info(k) && info(k)->lemma != 0 && info(k)->form == CueForm::base && k > lo + 1 &&
      (owner_s(k - 1) || (k > lo + 2 && owner_s(k - 2) && is_word(k - 1) && !cap(k - 1) &&
                          !cue_form(k - 1) && !has(k - 1, detail::qw_verb | detail::qw_aux))))
    return true;
  // (past one word, a past form is a verb: `some other analysts said`)
  if (info(k) && info(k)->lemma != 0 && info(k)->form == CueForm::past) return false;
  // a base form after an article and a body's short name is a noun: `A Reuters report said`,
  // `the UN report` (not a plural after `the`: `the Democrats report`)
  if (info(k) && info(k)->form == CueForm::base && k > lo + 1 && is_word(k - 1) && cap(k - 1) &&
      !sentence_initial(k - 1) &&
      (is(k - 2, "a") || is(k - 2, "an") || is(k - 2, "A") || is(k - 2, "An") ||
       ((is(k - 2, "the") || is(k - 2, "The")) && sv(k - 1).back() != 's')))
    return true;
  return k > lo + 1 && has(k - 2, detail::qw_determiner | detail::qw_possessive) &&
         is_word(k - 1) && !cap(k - 1) && !cue_form(k - 1) &&
         !has(k - 1, detail::qw_verb | detail::qw_aux | detail::qw_pronoun | detail::qw_clause);
}

u32 Run::skip_adverbials(u32 p, u32 hi) const {
  u32 i = p;
  int n = 0;
  while (i < hi && n < 24) {
    if (!is_word(i) && kind(i) != TokenKind::number && kind(i) != TokenKind::clitic) break;
    if (has(i, detail::qw_clause) && !is(i, "as")) break;
    ++i;
    ++n;
  }
  return i;
}

/// The first token after the audience of `tell` starting at `p` (before `hi`): an object
/// pronoun or audience noun (`told reporters`), or a short noun phrase opened by a determiner,
/// an owner or a name (`told The Washington Post`, `told Britain's ITV television station`)
/// that ends at a punctuation mark, a clause word, a verb or a preposition; `p` when none.
u32 Run::audience_end(u32 p, u32 hi) const {
  if (p >= hi) return p;
  if (has(p, detail::qw_object | detail::qw_person_noun)) return p + 1;
  if (bare_audience(p, hi)) return p + 1;
  if (!has(p, detail::qw_determiner | detail::qw_possessive) && !cap(p)) return p;
  u32 k = p + 1;
  // (`and` between capitalised words is inside a name: `the Securities and Exchange
  // Commission`, `the Food and Drug Administration`)
  while (
      k < hi && k < p + 8 &&
      (((is_word(k) || kind(k) == TokenKind::clitic) &&
        !has(k, detail::qw_verb | detail::qw_aux | detail::qw_clause | detail::qw_preposition |
                    detail::qw_pronoun | detail::qw_determiner | detail::qw_time) &&
        !cue_at(k)) ||
       (is(k, "and") && cap(k - 1) && k + 1 < hi && cap(k + 1) && !has(k + 1, detail::qw_pronoun))))
    ++k;
  return k;
}

/// Whether the noun at `k` (after `, a`) heads the writer's comment on a report, set off at
/// its end: `…, a claim Yerevan denied`, `…, a charge he rejects`, `…, an allegation that
/// could not be verified`, `…, a figure the ministry disputed`: a noun for a statement, then
/// a relative word or the subject of a relative clause.
bool Run::writer_comment(u32 k) const {
  // (nouns for what someone says or counts; tested only after `, a`)
  static constexpr std::string_view kStatementNouns[] = {
      "claim",   "charge",  "allegation",  "accusation",      "assertion", "contention",
      "figure",  "number",  "estimate",    "statement",       "view",      "position",
      "account", "version", "description", "characterization"};
  const std::string_view w = sv(k);
  if (std::find(std::begin(kStatementNouns), std::end(kStatementNouns), w) ==
      std::end(kStatementNouns))
    return false;
  const u32 n = k + 1;
  return is(n, "that") || is(n, "which") || is(n, "he") || is(n, "she") || is(n, "they") ||
         is(n, "it") || is(n, "we") || (cap(n) && !has(n, detail::qw_not_name)) ||
         has(n, detail::qw_determiner | detail::qw_possessive);
}

/// After a cue with no `that`: when a prepositional phrase of where or how it was said starts
/// at `k` (`at a press conference yesterday morning`, `in an interview with Rolling Stone`, `on
/// Twitter`) and a clause follows it, opened by a subject pronoun, a determiner or an owner,
/// with a verb of its own before any comma (`the gun laws should be changed`, `he was open to
/// it`), the clause's first token; else kNone.
u32 Run::phrase_before_clause(u32 k, u32 se) const {
  // (only where or how it was said: a name, or an event or text where words are given; `in
  // the past`, `in fiscal 1988`, `on arrival` belong to the content, `at least` bounds its
  // number)
  if (!(is(k, "at") || is(k, "in") || is(k, "on") || is(k, "with") || is(k, "during") ||
        is(k, "via") || is(k, "outside")) ||
      k + 1 >= se || is(k + 1, "least") || is(k + 1, "most") || ing_word(k + 1))
    return kNone;
  u32 j = k + 1;
  u32 words = 0;
  bool venue = false;  // a name or an event or text where words are given (`a news conference`)
  for (int part = 0; part < 3 && j < se; ++part) {
    if (has(j, detail::qw_determiner | detail::qw_possessive) && !has(j, detail::qw_clause)) ++j;
    const u32 w0 = words;
    while (j < se && words < 8 &&
           ((is_word(j) &&
             !has(j, detail::qw_verb | detail::qw_aux | detail::qw_clause | detail::qw_pronoun |
                         detail::qw_determiner | detail::qw_possessive | detail::qw_negation |
                         detail::qw_preposition) &&
             !(cue_at(j) && !noun_after_determiner(j, k + 1))) ||
            kind(j) == TokenKind::clitic || kind(j) == TokenKind::number)) {
      venue = venue || cap(j) || has(j, detail::qw_document);
      ++j, ++words;
    }
    if (words == w0) return kNone;  // (a part with no noun)
    // `in an interview with Rolling Stone`, `at a rally in Ohio`: one more phrase
    if (j + 1 < se &&
        (is(j, "with") || is(j, "in") || is(j, "of") || is(j, "for") || is(j, "at")) &&
        (cap(j + 1) || has(j + 1, detail::qw_determiner | detail::qw_possessive))) {
      ++j;
      continue;
    }
    break;
  }
  if (j + 1 >= se || words == 0 || !venue) return kNone;
  const bool subject = (is_word(j) && has(j, detail::qw_pronoun) && !has(j, detail::qw_object)) ||
                       (has(j, detail::qw_determiner | detail::qw_possessive) &&
                        !has(j, detail::qw_clause | detail::qw_pronoun));
  if (!subject) return kNone;
  for (u32 t = j + 1; t < se && t < j + 8; ++t) {
    if (punct(t, ',') || is_quote_mark(t) || sentence_final(t)) return kNone;
    if (has(t, detail::qw_aux | detail::qw_verb) ||
        (cue_at(t) && (info(t)->form == CueForm::past || info(t)->form == CueForm::third)))
      return j;
  }
  return kNone;
}

/// Whether the words from `k` to the sentence's end (`se`) are a phrase of place or time, at
/// most 16 tokens: opened by `at`, `in`, `during`, `after` or `before` (not a gerund), with
/// no verb, auxiliary, pronoun, clause word, negation or cue (`after a speech to the U.S.
/// League of Savings Institutions.`).
bool Run::place_or_time_tail(u32 k, u32 se) const {
  if (!(is(k, "after") || is(k, "before") || is(k, "during") || is(k, "at") || is(k, "in")) ||
      k + 1 >= se || ing_word(k + 1))
    return false;
  u32 e = k + 1;
  while (e < se && e < k + 16 && !sentence_final(e) &&
         (is_word(e) || kind(e) == TokenKind::number || kind(e) == TokenKind::clitic) &&
         !has(e, detail::qw_verb | detail::qw_aux | detail::qw_pronoun | detail::qw_clause |
                     detail::qw_negation) &&
         !cue_at(e))
    ++e;
  return e > k + 1 && (e >= se || sentence_final(e));
}

/// Whether the word at `p` (right after `tell`) is a bare noun the lexicon knows at most as
/// the head of a body's name (`parliament`) followed by a clause opened by a determiner, an owner,
/// a subject pronoun, a name or a number: the audience (`told parliament the budget …`, `told
/// players the season …`).
bool Run::bare_audience(u32 p, u32 hi) const {
  if (!(is_word(p) && !cap(p) && (bits(p) & ~(detail::qw_org_head | detail::qw_plural)) == 0 &&
        !cue_form(p) && !adverb_like(p) && !ing_word(p) && p + 2 < hi))
    return false;
  // (not a degree word: `tell much the same story`)
  const std::string_view w = sv(p);
  if (w == "much" || w == "more" || w == "less" || w == "only" || w == "all" || w == "both")
    return false;
  const u32 c = p + 1;
  if (kind(c) == TokenKind::number) return true;
  return is_word(c) && !is(c, "that") && !is(c, "which") && !has(c, detail::qw_object) &&
         (cap(c) || has(c, detail::qw_determiner | detail::qw_possessive | detail::qw_pronoun));
}

/// Skips only adverbials after a cue (`on Thursday`, `in a statement`, `to reporters`,
/// `Thursday`, `again`), strictly: returns the first token that is not one, so that a cue
/// followed by an object (`mentioned climate change`) is not taken as `…, X said.`
u32 Run::adverbials_only(u32 p, u32 hi) const {
  u32 i = p;
  int n = 0;
  while (i < hi && n < 16) {
    if (adverb_like(i) || (has(i, detail::qw_time) && !has(i, detail::qw_determiner)) ||
        kind(i) == TokenKind::number || has(i, detail::qw_object)) {
      ++i, ++n;
      continue;
    }
    // `this week`, `that night`: a demonstrative before a time word
    if ((is(i, "this") || is(i, "that")) && i + 1 < hi && has(i + 1, detail::qw_time) &&
        !has(i + 1, detail::qw_determiner)) {
      i += 2, n += 2;
      continue;
    }
    if (has(i, detail::qw_preposition) && !has(i, detail::qw_clause)) {
      // a prepositional phrase: the preposition and a short noun phrase
      u32 k = i + 1;
      int m = 0;
      while (k < hi && m < 7 &&
             (is_word(k) || kind(k) == TokenKind::clitic || kind(k) == TokenKind::number) &&
             !has(k, detail::qw_clause | detail::qw_verb | detail::qw_aux | detail::qw_pronoun) &&
             // (a cue word after a determiner is a noun: `in a note`, `in his report`, `in its
             // annual report`)
             !(cue_at(k) && !noun_after_determiner(k, i + 1)))
        ++k, ++m;
      if (m == 0) break;
      n += m + 1;
      i = k;
      continue;
    }
    if (const u32 t = title_after(i, hi); t != kNone) {  // `in his book, "An American Son."`
      n += static_cast<int>(t - i);
      i = t;
      continue;
    }
    break;
  }
  return i;
}

/// The token after a title in quote marks at `i` (or at `i + 1`, after a comma) that follows
/// the work it names or an owner's `'s` (`in his 2012 book, "An American Son."`, `on MSNBC's
/// "Morning Joe."`): capitalised words and function words, closed within eight words; kNone
/// when there is none.
u32 Run::title_after(u32 i, u32 hi) const {
  if (i == 0 || i >= hi) return kNone;
  const u32 b = i - 1;
  const u32 o = punct(i, ',') && i + 1 < hi ? i + 1 : i;
  if (!is_open(o) || !((is_word(b) && detail::work_noun(sv(b))) || owner_s(b))) return kNone;
  u32 words = 0;
  for (u32 t = o + 1; t < hi && t < o + 12; ++t) {
    if (is_quote_mark(t)) return words > 0 && is_close(t) && title_case(o + 1, t) ? t + 1 : kNone;
    if (is_word(t)) {
      if (++words > 8) return kNone;
    } else if (!(punct(t, '.') || punct(t, ',') || punct(t, '!') || punct(t, '?') ||
                 kind(t) == TokenKind::number)) {
      return kNone;
    }
  }
  return kNone;
}

/// The words of tokens [a, b) are written as a title: capitalised, or function words
/// (`An American Son`, `Meet the Press`, `State of the Union`).
bool Run::title_case(u32 a, u32 b) const {
  for (u32 t = a; t < b; ++t)
    if (is_word(t) && !cap(t) &&
        !has(t, detail::qw_determiner | detail::qw_preposition | detail::qw_clause))
      return false;
  return true;
}

// ------------------------------------------------------------------------- cues around pieces

/// True when tokens [a, b) (at most 8) can only modify the name after them, as in
/// `former George W. Bush speechwriter Noam Neusner`, `CrowdStrike co-founder Dmitri
/// Alperovitch`: capitalised words, a determiner first, a possessive `'s`, and lower-case
/// words that are no verb, function word or adverb.
bool Run::premodifiers_only(u32 a, u32 b) const {
  if (b <= a || b - a > 8) return false;
  constexpr std::uint32_t kNot = detail::qw_verb | detail::qw_aux | detail::qw_preposition |
                                 detail::qw_clause | detail::qw_pronoun | detail::qw_object |
                                 detail::qw_negation | detail::qw_time | detail::qw_adverb |
                                 detail::qw_possessive | detail::qw_quantity;
  for (u32 t = a; t < b; ++t) {
    if (owner_s(t) && t > a) continue;
    if (!is_word(t)) return false;
    if (has(t, detail::qw_determiner)) {
      if (t != a) return false;
      continue;
    }
    if (cap(t)) {
      if (has(t, detail::qw_not_name | detail::qw_pronoun)) return false;
      continue;
    }
    if (has(t, kNot) || adverb_like(t)) return false;
    const QuoteWord* w = info(t);
    if (w && w->lemma != 0 && w->cue != CueClass::noun) return false;
  }
  return true;
}

Attribution Run::cue_after(const Piece& pc) const {
  Attribution at;
  if (pc.close == kNone || pc.continues) return at;
  const u32 pe = std::min(para_end(pc.para), ntok());
  u32 i = pc.close + 1;
  if (i < pe && punct(i, ',')) ++i;
  if (i >= pe) {
    // `- Bernie Sanders.` as the next paragraph
    u32 np = pc.para + 1;
    if (np < seg_.paragraphs.size() && is_dash(para_first(np))) {
      u32 f = para_first(np), e = std::min(para_end(np), ntok());
      Mention m = np_forward(f + 1, e);
      if (m.found() && (m.last + 1 == e || (m.last + 2 == e && sentence_final(m.last + 1))) &&
          (m.kind == MentionKind::name || m.kind == MentionKind::organisation)) {
        at.cue_first = at.cue_last = f;
        at.who = m;
        at.rule = Rule::cue_after_quote;
        at.next = e;
      }
    }
    return at;
  }
  // words on a new line are a paragraph of their own (a text with single line breaks between
  // paragraphs), not the cue of the quote that closed the line before
  if (!is_dash(i) && toks_[i].has(TokenFlag::newline_before)) return at;
  // a quote whose content ended a sentence (`."`) is followed by a new sentence: a cue there
  // must close its sentence right away (`"…." Aliyev said.`)
  const bool ended = pc.end > pc.first && sentence_final(pc.end - 1);
  // `"…" — Aliyev`
  if (is_dash(i)) {
    Mention m = np_forward(i + 1, pe);
    if (m.found() && (m.kind == MentionKind::name || m.kind == MentionKind::organisation)) {
      u32 nx = m.last + 1;
      if (nx >= pe || sentence_final(nx) || punct(nx, ',') ||
          toks_[nx].has(TokenFlag::newline_before)) {
        at.cue_first = at.cue_last = i;
        at.who = m;
        at.rule = Rule::cue_after_quote;
        at.next = nx;
        return at;
      }
    }
    return at;
  }
  u32 verb = kNone;
  Mention who;
  if (const QuoteWord* w = cue_at(i); w && w->form != CueForm::ing) {
    // inverted: `said Aliyev`, `said he`, `replied his wife`
    u32 j = i + 1;
    u32 vlast = i;
    who = np_forward(j, pe, true);
    // `said one`, `said another` (one of those just named)
    if (!who.found() && !dialogue_ && (is(j, "one") || is(j, "another")) &&
        (j + 1 >= pe || sentence_final(j + 1) || punct(j + 1, ','))) {
      who.first = who.last = j;
      classify(who);
      who.kind = MentionKind::generic;
    }
    if (!who.found()) {
      // `"…," he said` handled below; `"…," said` alone is not an attribution… unless a
      // subject follows after adverbs: `said, smiling, Elizabeth` is rare; give up
    } else {
      // two names joined by `and`, a firm's or two speakers': `said Procter and Gamble`,
      // `said Smith and Jones, the two analysts`
      if (who.kind == MentionKind::name && cap(who.first) && is(who.last + 1, "and")) {
        const Mention both = and_names(who.first, who.last + 1, pe);
        const u32 t = both.found() ? both.last + 1 : 0;
        if (both.found() && (t >= pe || sentence_final(t) || punct(t, ','))) who = both;
      }
      // `X, who calls Trump a "sociopath," said he doesn't …`, `citing "…," said the
      // candidate could …`: a verb after the noun phrase makes it the subject of a reported
      // clause, not an inverted speaker; the cue is not this quote's
      const u32 nv = who.last + 1;
      if (!ended && nv < pe && is_word(nv) && !cap(nv)) {
        const std::string_view vw = sv(nv);
        const QuoteWord* wv = info(nv);
        if (has(nv, detail::qw_aux | detail::qw_verb | detail::qw_negation) ||
            (wv && wv->lemma != 0 && wv->cue != CueClass::noun && wv->form != CueForm::ing) ||
            (vw.size() > 3 && (vw.substr(vw.size() - 3) == "n't" ||
                               (vw.size() > 5 && vw.substr(vw.size() - 5) == "n\xE2\x80\x99t"))))
          return at;
      }
      verb = i;
      at.cue_last = vlast;
    }
  }
  if (verb == kNone) {
    // subject then verb: `Aliyev said`, `he said`, `the Azerbaijani president told NTV`
    u32 j = i;
    int k = 0;
    bool relative = false;  // inside `, who …,` (`one resident, who asked not to be named, told`)
    while (j < pe && k < 28) {
      if (j > i && punct(j - 1, ',') && (is(j, "who") || is(j, "which"))) relative = true;
      if (relative && punct(j, ',')) relative = false;
      if (punct(j, '(') && j > i) {
        // a short bracket in the subject (`Sen. Marco Rubio (R-Fla.) said`): its full stops
        // end no sentence
        u32 c = j + 1;
        while (c < pe && c < j + 8 && !punct(c, ')') && !is_quote_mark(c)) ++c;
        if (c < pe && punct(c, ')')) {
          k += static_cast<int>(c - j) + 1;
          j = c + 1;
          continue;
        }
        break;
      }
      if (sentence_final(j) || is_quote_mark(j) || punct(j, ';') || punct(j, ':')) break;
      // (a past form between a common noun and `by` is a participle in the subject: `a
      // statement issued by Union Pacific said`; not `Ms. Gao said by telephone`, `he was
      // quoted by Kyodo as saying`)
      if (const QuoteWord* w = cue_at(j);
          w && j > i && !relative && w->form != CueForm::ing && !noun_cue_as_noun(j, pe) &&
          !idiom_after_cue(j) &&
          !(w->form == CueForm::past && j > i + 1 && !cap(j) && !cap(j - 1) &&
            !has(j - 1, detail::qw_aux) && !is_lemma(w, "say") && is(j + 1, "by")) &&
          (!has(j - 1, detail::qw_determiner | detail::qw_possessive | detail::qw_preposition) ||
           (j == i + 1 && (is(i, "one") || is(i, "another"))) ||
           (j > i + 2 && small_number_word(j - 1) && is(j - 2, "of")))) {  // (`mother of two`)
        // (a cue word after a determiner or preposition is a noun: `the state union`)
        Mention m = subject_back(j, i);
        // (not after a subordinating word: `"…," while Sen. Susan Collins suggested they …`
        // is a report of its own)
        if (m.found() && m.first == i + 1 && is_word(i) && has(i, detail::qw_clause) &&
            !is(i, "and") && !is(i, "but") && !is(i, "or"))
          break;
        // (nor after `and` when a cue of its own opens the quote, or the cue after `and` takes
        // a clause of its own: `Smith said "very bad" and Jones said "very good"`, `Smith
        // called it "very bad" and Jones said it was fine` are two reports)
        if (m.found() && m.first == i + 1 && (is(i, "and") || is(i, "but"))) {
          const u32 nx = adverbials_only(j + 1, pe);
          if ((pc.open != kNone && pc.open > 0 &&
               (cue_at(pc.open - 1) ||
                (pc.open > 1 && (punct(pc.open - 1, ',') || punct(pc.open - 1, ':')) &&
                 cue_at(pc.open - 2)))) ||
              !(nx >= pe || sentence_final(nx) || punct(nx, ',')))
            break;
        }
        if (m.found() && (m.first <= i + 1 || (!ended && m.kind == MentionKind::name &&
                                               premodifiers_only(i, m.first)))) {
          verb = j;
          who = m;
          at.cue_last = j;
          break;
        }
        // (a past cue, or `says`: a form in -s after a long noun phrase may be its noun,
        // `an extraordinary meeting of holders of the new notes`)
        if (!dialogue_ && (!m.found() || m.first > i + 1) &&
            (w->form == CueForm::past || is_lemma(w, "say"))) {
          const Mention l = long_subject_after(i, j);
          if (l.found()) {
            verb = j;
            who = l;
            at.cue_last = j;
            break;
          }
        }
        // a base form with no subject is a noun in the subject (`the Indiana state
        // firefighters union, said`): on to the next cue
        if (w->form != CueForm::base) break;
      }
      ++j;
      ++k;
    }
  }
  if (verb == kNone) return at;
  const QuoteWord* w = info(verb);
  // `… "Face the Nation," did not comment on the story`: nothing said
  if (verb > 0 && has(verb - 1, detail::qw_negation) && is_lemma(w, "comment"))
    return Attribution{};
  at.cue_first = verb;
  at.lemma = w->lemma;
  at.who = who;
  at.rule = Rule::cue_after_quote;
  u32 after = std::max(at.cue_last, who.last) + 1;
  u32 nx = skip_adverbials(after, pe);
  if (ended) {
    // `"… ." Aliyev said.`: nothing but adverbials may follow (`He said he had …` after a
    // closed quote is a report of its own); after `told`, its audience (`"…?" Trump told
    // Britain's ITV television station in an interview.`)
    if (is_lemma(w, "tell")) after = audience_end(after, pe);
    const u32 nx2 = adverbials_only(after, pe);
    // (or a clause of time or manner: `"…!" Sessions said as he launched the process.`)
    const bool time_clause =
        nx2 + 1 < pe && (is(nx2, "as") || is(nx2, "while") || is(nx2, "when")) &&
        (has(nx2 + 1, detail::qw_pronoun | detail::qw_determiner | detail::qw_possessive) ||
         cap(nx2 + 1));
    if (!(nx2 >= pe || sentence_final(nx2) || punct(nx2, ',') || time_clause)) return Attribution{};
    // `"… prayers." President Duda remarked, "…"`: after a quote closed by a full stop, a cue
    // whose comma opens a quote introduces that quote
    // (past a phrase set off by commas: `He said, in remarks published by CNN, "…"`)
    if (!dialogue_ && nx2 + 1 < pe && punct(nx2, ',') && punct(pc.end - 1, '.')) {
      u32 q = nx2 + 1;
      if (!is_open(q)) {
        u32 k = q;
        while (k < pe && k < q + 16 && !punct(k, ',') && !sentence_final(k) && !is_quote_mark(k))
          ++k;
        if (k + 1 < pe && punct(k, ',')) q = k + 1;
      }
      if (is_open(q)) return Attribution{};
    }
  }
  // a title in quote marks (`On the broadcast of "Fox News Sunday," Pence said his …`,
  // `on Fox News Channel's "Hannity," Newt Gingrich said if …`): a cue with content of its own
  // after it is not the title's
  if (!ended && !dialogue_ && pc.words >= 1 && pc.words <= 8) {
    // (one word is a title only where a title stands: after a possessive or a preposition;
    // `"No," he said when asked …` is an answer)
    const bool title =
        (pc.words >= 2 ||
         (pc.open > 0 && (owner_s(pc.open - 1) || has(pc.open - 1, detail::qw_preposition)))) &&
        title_case(pc.first, pc.end);
    // (past the audience of `told`: `"However," he told Science News, "…"`)
    const u32 nx2 = adverbials_only(is_lemma(w, "tell") ? audience_end(after, pe) : after, pe);
    if (title && !(nx2 >= pe || sentence_final(nx2) || punct(nx2, ',') || is_quote_mark(nx2)))
      return Attribution{};
  }
  // `"…," he told NTV that …` is indirect speech of its own: the cue is not this quote's (nor
  // after a fragment: `Citing "obligations in Tennessee," his spokeswoman told POLITICO that
  // Gore …`; but `said that morning`)
  if (nx < pe && has(nx, detail::qw_clause) && is(nx, "that") && ended) return Attribution{};
  // a phrase quoted inside an opening clause (`Asked about the "privatization of jobs,"
  // Sanders said private contractors …`): a cue followed by a clause of its own reports that
  // clause, not the phrase
  if (!ended && !dialogue_ && !is_lemma(w, "tell") && pc.open > sent_first(pc.open) &&
      is_word(pc.open - 1) &&
      (has(pc.open - 1, detail::qw_determiner | detail::qw_preposition) || owner_s(pc.open - 1))) {
    const u32 nx2 = adverbials_only(after, pe);
    if (nx2 < pe && is_word(nx2) && !cap(nx2) &&
        !has(nx2, detail::qw_preposition | detail::qw_clause | detail::qw_time) && !cue_at(nx2))
      return Attribution{};
  }
  // a quote that is already the complement of a cue before it (`Trump claimed on Tuesday that
  // "…," one of the prosecutors said the cases were different`): a cue after it followed by
  // a clause of its own reports that clause
  if (!ended && !dialogue_ && pc.open != kNone && pc.open > sent_first(pc.open) &&
      (is(pc.open - 1, "that") || cue_at(pc.open - 1) ||
       (pc.open > sent_first(pc.open) + 1 && punct(pc.open - 1, ',') && cue_at(pc.open - 2)))) {
    bool cued = !is(pc.open - 1, "that");
    for (u32 t = sent_first(pc.open); !cued && t + 1 < pc.open; ++t) cued = cue_at(t) != nullptr;
    const u32 nx2 = adverbials_only(after, pe);
    if (cued && nx2 < pe && is_word(nx2) && !cap(nx2) &&
        !has(nx2, detail::qw_preposition | detail::qw_time) && !is(nx2, "that") && !cue_at(nx2))
      return Attribution{};
  }
  const u32 nt = is_lemma(w, "tell") ? audience_end(after, pe) : after;
  if (!ended && nt + 1 < pe && is(nt, "that") &&
      !has(nt + 1, detail::qw_time | detail::qw_aux | detail::qw_verb))
    return Attribution{};
  // a connective between the quote and the subject opens a clause of its own, whose cue
  // reports what follows it (`"…", however Bonham noted the size of the swing may …`)
  if (!dialogue_) {
    const u32 c0 = pc.close + 1 < pe && punct(pc.close + 1, ',') ? pc.close + 2 : pc.close + 1;
    if (c0 < pe && (is(c0, "however") || is(c0, "but") || is(c0, "although") || is(c0, "though") ||
                    is(c0, "while"))) {
      const u32 nx2 = adverbials_only(nt, pe);
      if (!(nx2 >= pe || sentence_final(nx2) || punct(nx2, ','))) return Attribution{};
    }
  }
  at.next = nx;
  return at;
}

Attribution Run::cue_before(const Piece& pc) const {
  Attribution at;
  // the cue `verb` before the quote and its speaker
  auto found = [&](u32 verb, const Mention& who) {
    at.cue_first = at.cue_last = verb;
    at.lemma = info(verb)->lemma;
    at.who = who;
    at.rule = Rule::cue_before_quote;
    at.next = pc.end;
    return at;
  };
  u32 open = pc.open;
  const u32 pf = para_first(pc.para);
  // a title after the work it names or an owner's `'s`: `said in his 2012 book, "An
  // American Son."`, `on MSNBC's "Morning Joe."`
  if (!dialogue_ && open > pf + 1 && pc.words >= 1 && pc.words <= 8) {
    u32 b = open - 1;
    if (punct(b, ',') && b > pf) --b;
    if (((is_word(b) && detail::work_noun(sv(b))) || owner_s(b)) && title_case(pc.first, pc.end))
      return at;
  }
  u32 i = kNone;
  bool colon = false;
  bool bare = false;  // the mark right after the verb or its `that`: `said that "…`
  if (open > pf) {
    i = open - 1;
    if (punct(i, ':') || punct(i, ',')) {
      colon = punct(i, ':');
      if (i == pf) return at;
      --i;
    } else if (is(i, "that") && i > pf) {
      --i;
      bare = true;
    } else {
      bare = true;
    }
  } else if (pc.para > 0) {
    // previous paragraph ends with a colon: `Caddell continued:`
    u32 pp = pc.para - 1;
    u32 e = std::min(para_end(pp), ntok());
    if (e == 0 || e <= para_first(pp) + 1) return at;
    if (punct(e - 1, '.') && dialogue_ && !(mark_[e - 1] & 1)) {
      // `… till Sir William thus began.` closing the paragraph before a quote
      u32 v = e - 2;
      while (v > para_first(pp) && adverb_like(v)) --v;
      const QuoteWord* w = cue_at(v);
      if (!w || w->form == CueForm::ing || v <= para_first(pp)) return at;
      Mention who = subject_back(v, sent_first(v));
      if (!who.found() || who.kind == MentionKind::generic) return at;
      return found(v, who);
    }
    if (!punct(e - 1, ':')) return at;
    i = e - 2;
    colon = true;
  } else {
    return at;
  }
  if (mark_[i] & 1) return at;  // inside another quote
  const u32 lo = sent_first(i);
  // in news, a clause ending with a colon right before a statement in quote marks speaks
  // through its subject, whatever its verb (`Mr. Smith shot back: "…"`): the colon its cue
  // (the colon as the cue, and its speaker)
  auto by_colon = [&](const Mention& who) {
    at.cue_first = at.cue_last = i + 1;
    at.lemma = 0;
    at.who = who;
    at.rule = Rule::cue_before_quote;
    at.next = pc.end;
    return at;
  };
  auto colon_clause = [&]() {
    if (!colon || dialogue_ || pc.words < 3 || !cap(pc.first)) return at;
    const Mention who = colon_clause_subject(i + 1, lo);
    return who.found() ? by_colon(who) : at;
  };
  // the cue: the verb itself, or a verb a few tokens back (`told NTV:`, `said in a statement:`)
  u32 verb = kNone;
  int k = 0;
  const int reach = (colon || punct(open - 1, ',')) ? 10 : 1;
  bool participle = false;  // a participle cue between (`…, adding, "…"`)
  u32 ing_at = kNone;       // the nearest such participle
  for (u32 j = i + 1; j-- > lo && k < reach; ++k) {
    if (is_quote_mark(j) || sentence_final(j)) break;
    const QuoteWord* w = cue_at(j);
    if (w && w->form == CueForm::ing) {
      participle = true;
      if (ing_at == kNone) ing_at = j;
    }
    if (w && w->form != CueForm::ing) {
      // a name given, not words said: `H1N1 was commonly called "swine flu."`
      if (is_lemma(w, "call") && j > lo) {
        u32 b = j - 1;
        if (b > lo && adverb_like(b)) --b;
        if (is(b, "is") || is(b, "was") || is(b, "are") || is(b, "were") || is(b, "be") ||
            is(b, "been") || is(b, "being"))
          return at;
      }
      // `… with the comments, telling reporters, "…"`: a noun after a determiner or owner,
      // or past one plain word after an owner (`said in its annual report, "…"`) or after a
      // verb's determiner (`sounded a rare note, saying, "…"`; not `the decision read:`)
      u32 d = j - 1;
      if (j > lo + 2 && is_word(j - 1) && !cap(j - 1) && !cue_form(j - 1) &&
          !has(j - 1, detail::qw_determiner | detail::qw_possessive | detail::qw_verb |
                          detail::qw_aux | detail::qw_pronoun | detail::qw_clause) &&
          ((has(j - 2, detail::qw_possessive) && !has(j - 2, detail::qw_object)) ||
           (has(j - 2, detail::qw_determiner) &&
            (past_ed(j - 3) || has(j - 3, detail::qw_verb) || cue_form(j - 3)))))
        d = j - 2;
      // (and after a preposition: `said, in remarks published by CNN, "…"`)
      if (!(!dialogue_ && (w->form == CueForm::base || w->form == CueForm::third) && j > lo &&
            ((has(d, detail::qw_determiner | detail::qw_possessive) &&
              !has(d, detail::qw_object)) ||
             (has(j - 1, detail::qw_preposition) && !has(j - 1, detail::qw_clause))))) {
        verb = j;
        break;
      }
    }
    if (has(j, detail::qw_clause) && !is(j, "as")) break;
    // (a clause of its own between a cue and the quote: `said the report was positive, "…"`
    // is a mixed quote, the indirect pass's)
    // (not `am` of a time: `posting at 12:54 am on Twitter, "…"`)
    if (j + 1 < i && is_word(j) && has(j, detail::qw_aux) && !participle &&
        !(j > lo && kind(j - 1) == TokenKind::number))
      break;
  }
  // `X attacked Y for …, saying, "…"`: a participle set off by commas speaks for the subject
  // of its clause
  // (`telling reporters, "…"`, `telling the crowd, "…"`: past the audience of `tell`)
  if (verb == kNone && !dialogue_ && !bare && i > lo + 2) {
    u32 p = i;
    // (`issued a statement Tuesday saying, "…"`: the text speaks for the subject, as after a
    // comma)
    const bool document =
        i > lo + 3 && (has(i - 1, detail::qw_document) ||
                       (has(i - 1, detail::qw_time) && has(i - 2, detail::qw_document)));
    // (`…, ''A,'' adding, ''B''`: the comma inside the closing mark of a quote before)
    const bool after_quote = is_quote_mark(i - 1) && !is_open(i - 1) && punct(i - 2, ',');
    if (!punct(i - 1, ',') && !document && !after_quote && !(mark_[i] & 1) &&
        (is_word(i) || kind(i) == TokenKind::clitic)) {
      while (p > lo + 2 && p + 3 > i && !punct(p - 1, ',') && !is_quote_mark(p - 1) && !cue_form(p))
        --p;
      const QuoteWord* wt = info(p);
      if (p == i || !wt || wt->lemma == 0 || !is_lemma(wt, "tell")) p = kNone;
    }
    const QuoteWord* w = p != kNone && (punct(p - 1, ',') || after_quote || (document && p == i))
                             ? cue_at(p)
                             : nullptr;
    if (w && w->form == CueForm::ing && w->cue == CueClass::speech) {
      Mention who = participle_subject(p, lo);
      if (!who.found() || who.kind == MentionKind::generic) return at;
      return found(p, who);
    }
  }
  // `Trump took to social media, posting at 12:54 am on Twitter, "…"`: a participle set off
  // by a comma, a phrase of time or place after it, speaks for the subject of its clause
  if (verb == kNone && !dialogue_ && !bare && ing_at != kNone && ing_at > lo + 2 &&
      punct(ing_at - 1, ',') && info(ing_at)->cue == CueClass::speech) {
    const Mention who = participle_subject(ing_at, lo);
    if (who.found() && who.kind != MentionKind::generic) return found(ing_at, who);
  }
  // `Rostenkowski set the tone of the debate by saying, "…"`, `… incurred boos upon saying,
  // "…"`: a participle after `by` or `upon` speaks for the subject of its clause
  if (verb == kNone && !dialogue_ && !bare && ing_at == i && i > lo + 2 &&
      (is(i - 1, "by") || is(i - 1, "upon")) && info(i)->cue == CueClass::speech) {
    const Mention who = participle_subject(i - 1, lo);
    if (who.found() && who.kind != MentionKind::generic) return found(i, who);
  }
  // `Wright wrote in the announcement "…"`: a cue, a phrase of where it was said, and the
  // statement right after it with no comma
  if (verb == kNone && bare && !dialogue_ && i + 1 == open && pc.words >= 3 && cap(pc.first) &&
      i > lo + 1) {
    u32 pp = i;
    while (pp > lo + 1 && pp + 5 > i && is_word(pp) && !has(pp, detail::qw_preposition)) --pp;
    if (pp < i && (is(pp, "in") || is(pp, "on") || is(pp, "via")) && !(mark_[pp] & 1)) {
      const QuoteWord* w = cue_at(pp - 1);
      if (w && (w->form == CueForm::past || w->form == CueForm::third) &&
          w->cue == CueClass::speech)
        verb = pp - 1;
    }
  }
  if (verb == kNone && colon && !dialogue_ && i > pf + 1 && open > pf && i + 2 == open) {
    // (a clause with a subject and a verb first: `Morell praised Mendez on Twitter:` is
    // Morell's)
    if (colon_clause().who.found()) return at;
    // inside a paragraph, a name before the colon introduces the words (`- Philip Bump:
    // "…"`, `… surprise pollster Jane Doe: "…"`, `According to the Post: "…"`, `As Ms. X
    // put it: "…"`); a bare `Name:` opening a paragraph is a transcript's (transcript())
    Mention who;
    if (is(i, "it") && i > lo + 2 && is(i - 1, "put")) {
      who = subject_back(i - 1, lo);
    } else {
      who = subject_back(i + 1, lo);
      // `… surprise pollster Jane Doe:`: not the verb before the name
      if (who.found() && who.first < who.last && is_word(who.first) && !cap(who.first) &&
          !has(who.first, detail::qw_role | detail::qw_determiner | detail::qw_possessive |
                              detail::qw_nationality)) {
        ++who.first;
        classify(who);
      }
    }
    // (not a place that ends an adverbial, `… first recognized in Wuhan, China: "COVID-19"
    // is to replace …`: after a preposition, or after a place and its comma)
    const bool place =
        who.found() && who.first > pf + 1 &&
        ((is(who.first - 1, "in") || is(who.first - 1, "at") || is(who.first - 1, "near")) ||
         (punct(who.first - 1, ',') && cap(who.first - 2) && has(who.last, detail::qw_place)));
    if (who.found() && who.first > pf && !place &&
        (who.kind == MentionKind::name || who.kind == MentionKind::organisation))
      return by_colon(who);
  }
  if (verb == kNone && colon && !dialogue_ && i + 2 == open && i <= pf + 2 && pc.words >= 3) {
    // a person's name opening the paragraph, its words in quote marks (`Clinton: "Our goal
    // is …"` after `Jeb Bush and Hillary Clinton reject …`; a transcript's lines have no
    // marks): a name of two or three words, or one the text names in full
    Mention who;
    who.first = pf;
    who.last = i;
    bool caps = true;
    for (u32 t = pf; t <= i; ++t) caps = caps && cap(t);
    if (caps) classify(who);
    std::uint8_t nw = 0;
    if (caps && who.kind == MentionKind::name &&
        (who.last > who.first || (names().get(sv(who.last), nullptr, &nw) && nw >= 2)))
      return by_colon(who);
  }
  // in news, a clause with its subject and verb, then a comma and a statement in quote marks
  // that closes the sentence, speaks through its subject as before a colon (`Trump, also on
  // Twitter, defended his decision, "As I have stated …"`)
  auto comma_clause = [&]() {
    // (a clause of at most 40 tokens: the look-back stays bounded)
    if (colon || dialogue_ || pc.words < 5 || !cap(pc.first) || open <= pf + 2 ||
        !punct(open - 1, ',') || open > lo + 40)
      return at;
    if (pc.close != kNone) {
      const u32 nx = pc.close + 1;
      if (!(nx >= ntok() || nx >= para_end(pc.para) || sentence_final(nx) ||
            sentence_final(pc.close - 1)))
        return at;
    }
    // (one clause: not `I was on the plane and somebody flagged, "…"`)
    for (u32 t = lo; t + 1 < open; ++t)
      if (is_word(t) && has(t, detail::qw_clause) && !cap(t)) return at;
    const Mention who = colon_clause_subject(open - 1, lo);
    if (!who.found() || !(who.kind == MentionKind::name || who.kind == MentionKind::pronoun ||
                          who.kind == MentionKind::organisation))
      return at;
    return by_colon(who);
  };
  if (verb == kNone && !colon) return comma_clause();
  if (verb == kNone) return colon_clause();  // a bare `Name:` (transcripts) is not a cue
  if (bare) {
    // `Ryan said that "we need more information" about …`: words of the writer after the
    // quote make the clause a mixed quote (the indirect pass takes it)
    if (opens_fragment(open, sent_end(open))) return at;
    // `Ginsburg's comments "shows bias"`, `the statement "…"`: a noun, not a verb;
    // `would continue "to break barriers"`: a base form after an auxiliary is no report
    const QuoteWord* w = info(verb);
    if (verb > lo && (w->form == CueForm::base || w->form == CueForm::third) &&
        (has(verb - 1, detail::qw_possessive | detail::qw_determiner | detail::qw_aux) ||
         is(verb - 1, "to") || owner_s(verb - 1)))
      return at;
  }
  Mention who = subject_back(verb, lo);
  // a restrictive relative clause's cue: `… drafted by Alex Greenwich who said on the floor,
  // "…"` (after a comma, `who` is resolved as the other mentions are)
  if ((!who.found() || (who.first == who.last && is(who.first, "who"))) && !dialogue_ &&
      verb > lo + 1 && is(verb - 1, "who") && !punct(verb - 2, ',')) {
    const u32 r = verb - 1;
    const Mention ante = subject_back(r, lo);
    who = ante.found() && (ante.kind == MentionKind::name ||
                           has(ante.last, detail::qw_person_noun | detail::qw_role))
              ? ante
              : Mention{};
  }
  if (!who.found()) {
    // inverted at sentence start: `Said Aliyev: "…"` / `Added the minister: "…"`
    if (verb == lo || sentence_initial(verb)) who = np_forward(verb + 1, i + 1);
    // `Mrs. Hurst thought the same, and added, "…"`: the subject opening the sentence
    u32 cj = verb - 1;  // in news, `… and repeatedly says, "…"`
    while (!dialogue_ && cj > lo && cj + 3 > verb && adverb_like(cj)) --cj;
    if (!who.found() && verb > lo && (is(cj, "and") || is(cj, "but"))) {
      u32 f = lo;
      while (f < verb && is_quote_mark(f)) ++f;
      if (!dialogue_) f = clause_start(lo, verb);  // past `In the video,`
      Mention s0 = np_forward(f, verb);
      // (a pronoun after the last comma: `When X, the manager, was asked …, he laughed and
      // said, "…"`)
      if (!dialogue_ && (!s0.found() || s0.kind != MentionKind::pronoun))
        if (const Mention p = pronoun_after_comma(cj, lo); p.found()) s0 = p;
      // (or a person's description, and the name set off after it: `The manager, David
      // Clay, called it … and said "…"`)
      if (s0.found() && s0.kind != MentionKind::name && s0.kind != MentionKind::pronoun &&
          has(s0.last, detail::qw_person_noun | detail::qw_role) && punct(s0.last + 1, ',')) {
        const Mention n = np_forward(s0.last + 2, verb);
        s0 = n.found() && n.kind == MentionKind::name && punct(n.last + 1, ',') ? n : Mention{};
      }
      if (s0.found() && (s0.kind == MentionKind::name || s0.kind == MentionKind::pronoun)) who = s0;
      // `In a long interview last year, Lazar said he … and added, "…"`: the subject of the
      // sentence's verb of speech before, when the sentence does not open with it
      const CueForm vf = info(verb)->form;
      for (u32 v = cj; !who.found() && !dialogue_ &&
                       (vf == CueForm::past || vf == CueForm::third) && v-- > lo && v + 40 > cj;) {
        if (is_quote_mark(v) || (mark_[v] & 1)) break;
        const QuoteWord* wv = cue_at(v);
        if (!wv || (wv->form != CueForm::past && wv->form != CueForm::third) ||
            wv->cue == CueClass::noun || detail::direct_cue(wv->cue))
          continue;
        const Mention s1 = subject_back(v, lo);
        if (s1.found() && s1.kind != MentionKind::generic) who = s1;
        break;
      }
    }
    if (!who.found()) return colon_clause();  // `X went so far as to say: "…"`
  }
  // a bare common noun is rarely a speaker, unless a determiner opens it right before
  // `said, "…"` in news (`As a phone rang, the announcer said, "…"`), or `told` and a named
  // audience (`One employee told Palo Alto Weekly, "…"`)
  // (nor is a share of people polled: `14 percent said, "…"`)
  u32 cue_end = verb + 1;
  if (is_lemma(info(verb), "tell"))
    while (cue_end + 1 < open && cue_end < verb + 5 && cap(cue_end)) ++cue_end;
  // (`It said, "…"` in news is a body's, as after a colon: resolve_all() finds it)
  if (who.kind == MentionKind::generic && !colon && !has(who.last, detail::qw_person_noun) &&
      !(!dialogue_ && !bare && punct(open - 1, ',') && who.first == who.last &&
        (is(who.first, "it") || is(who.first, "It"))) &&
      !(!dialogue_ && (is(who.last, "percent") || kind(who.last) == TokenKind::percent)) &&
      !(!dialogue_ && !bare && punct(open - 1, ',') && cue_end == open - 1 &&
        info(verb)->form == CueForm::past &&
        has(who.first, detail::qw_determiner | detail::qw_possessive)))
    return at;
  // `…, Nefzi said, adding, "…"`: the participle is the quote's cue; the verb keeps the
  // words before it (the indirect pass)
  if (!dialogue_ && i == verb + 2 && punct(verb + 1, ',') && punct(open - 1, ',')) {
    const QuoteWord* wi = cue_at(i);
    if (wi && wi->form == CueForm::ing && wi->cue == CueClass::speech) return found(i, who);
  }
  return found(verb, who);
}

// ------------------------------------------------------------------------- names and entities

/// Calls `f(first, last)` for each run of capitalised words and honorifics starting in
/// [from, upto), outside quote pieces, in one sentence and line.
template <class F>
void Run::run_scan(u32 from, u32 upto, F&& f) const {
  u32 i = from;
  while (i < upto) {
    // most tokens: neither capitalised nor an honorific (skipped by the bits of prepare())
    i = next_bit(name_at_, i, upto);
    if (i >= upto) break;
    if (mark_[i] & 1) {
      ++i;
      continue;
    }
    u32 b = i;
    // a capitalised word or an honorific: a word with its bit in name_at_
    auto named = [&](u32 k) {
      return is_word(k) && ((name_at_[k >> 6] >> (k & 63)) & 1u) && !(mark_[k] & 1) &&
             !toks_[k].has(TokenFlag::newline_before) && sent_of_[k] == sent_of_[i];
    };
    for (;;) {
      while (named(b + 1)) ++b;
      // on over one or two particles to a capitalised word: `Ursula von der Leyen`
      u32 p = b + 1;
      if (p < upto && name_particle(p)) {
        if (p + 1 < upto && name_particle(p + 1)) ++p;
        if (p + 1 < upto && named(p + 1) && toks_[p + 1].has(TokenFlag::capitalized)) {
          b = p + 1;
          continue;
        }
      }
      break;
    }
    f(i, b);
    i = b + 1;
  }
}

/// A capitalised word no name opens with, `w` its lexicon bits: a weekday (`on Thursday
/// Schlesinger said`) or a place adjective (`Washington-based Weil`).
bool Run::no_name_word(u32 k, std::uint32_t w) const {
  const std::string_view t = sv(k);
  if (w & detail::qw_time)
    return t.size() >= 6 && (t.substr(t.size() - 3) == "day" || t.substr(t.size() - 3) == "DAY");
  return t.size() > 6 && t.substr(t.size() - 6) == "-based";
}

/// The name in a run of capitalised words (and honorifics) [first, last]: its part [s, e]
/// after function words, roles and honorifics, and what the name tables need to know of it.
/// Inlined: prescan_names() calls it for every run of the text.
CLAIMEX_HOT_INLINE NameRun Run::name_of_run(u32 first, u32 last) const {
  NameRun r;
  r.first = first;
  r.last = last;
  if (first == last && kind(first) == TokenKind::word) {
    // one word (most runs): the steps below with a = s = e = first, without their loops
    const std::uint32_t w = bits(first);
    if (w & (detail::qw_not_name | detail::qw_pronoun | detail::qw_determiner |
             detail::qw_preposition | detail::qw_clause))
      return r;
    if (((w & detail::qw_role) && !(w & detail::qw_first_name)) || (w & detail::qw_honorific))
      return r;
    if (!(w & detail::qw_first_name) && sentence_initial(first)) return r;
    r.named = true;
    r.s = r.e = r.from = first;
    if (w & (detail::qw_first_name | detail::qw_role))
      r.gender = (w & detail::qw_female) ? g_female : (w & detail::qw_male) ? g_male : g_unknown;
    r.person = (w & detail::qw_first_name) && !(w & detail::qw_org_head);
    return r;
  }
  u32 a = first;
  const u32 b = last;
  // a sentence-initial word the lexicon knows as a function word, verb or count is not a
  // name (`Had Elizabeth …`, `Said Lydia`, `Four Navy ships`)
  while (a < b && sentence_initial(a) &&
         ((bits(a) & (detail::qw_aux | detail::qw_verb | detail::qw_adverb | detail::qw_time |
                      detail::qw_negation | detail::qw_object | detail::qw_possessive |
                      detail::qw_quantity)) ||
          cue_form(a) ||
          // `Poor Lydia`, `TILL Elizabeth` (a chapter's first word): a first name or a title
          // after an unknown sentence-initial word starts the name
          (!has(a, detail::qw_first_name | detail::qw_honorific | detail::qw_role) &&
           has(a + 1, detail::qw_first_name | detail::qw_honorific) && !name_initial(a))))
    ++a;
  // strip function words, roles and honorifics on the left: `President Recep Tayyip Erdoğan`
  u32 s = a;
  u32 role = kNone;
  bool honor = false;
  for (u32 k = a; k <= b; ++k) {
    std::uint32_t w = bits(k);
    if ((w & (detail::qw_not_name | detail::qw_pronoun | detail::qw_determiner |
              detail::qw_preposition | detail::qw_clause)) ||
        (k < b && no_name_word(k, w))) {
      s = k + 1;
      role = kNone;
      honor = false;
      continue;
    }
    if (((w & detail::qw_role) && !(w & detail::qw_first_name)) || (w & detail::qw_honorific)) {
      s = k + 1;
      if (w & detail::qw_role) role = k;
      if (w & detail::qw_honorific) honor = true;
    }
  }
  // a first name inside the run starts the name (`from London Lydia came`, `Dearest Jane`)
  s = first_name_start(s, b);
  u32 e = b;
  if (s > e) return r;
  if (kind(e) == TokenKind::clitic) --e;
  if (s > e) return r;
  const u32 words = e - s + 1;
  const bool initial = words == 1 && sentence_initial(s);
  if (initial && !has(s, detail::qw_first_name) && !honor) return r;
  r.named = true;
  r.s = s;
  r.e = e;
  r.role = role;
  r.honor = honor;
  r.gender = gender_of_name(a, e);
  r.from = s;
  if (honor && words == 1 && s > a && has(s - 1, detail::qw_honorific)) r.from = s - 1;
  // a recent person: a name with a first name, an honorific, or two+ words, and no
  // organisation's head noun in it
  r.person = has(s, detail::qw_first_name) || honor || words >= 2;
  // (or a role right before the surname of a person the text has named in full: `Prime
  // Minister Johnson` after `Boris Johnson`)
  if (!r.person && role != kNone && role + 1 == s && full_names_) {
    Gender tg = g_unknown;
    std::uint8_t nw = 0;
    r.person = names_.get(sv(s), &tg, &nw) != nullptr && nw >= 2 && tg != g_unknown;
  }
  for (u32 k = s; k <= e && r.person; ++k)
    if (has(k, detail::qw_org_head)) r.person = false;
  // (nor a place's or a day's: `New York`, `Election Day`, `United States Constitution`; a
  // place's word first may be a first name, `Paulo Serra`)
  if (words >= 2 && !has(s, detail::qw_first_name))
    for (u32 k = s + 1; k <= e && r.person; ++k)
      if (has(k, detail::qw_place) || (k == e && has(k, detail::qw_time))) r.person = false;
  // a name with a particle is a person's only with a first name, honorific or role
  // (`Gerhard de Kock`, `Minister Louw de Graaf`; not `Rio de Janeiro`, `Credit Foncier de France`)
  if (r.person && words >= 3 && !has(s, detail::qw_first_name) && !honor && role == kNone)
    for (u32 k = s + 1; k < e; ++k)
      if (name_particle(k)) {
        r.person = false;
        break;
      }
  return r;
}

/// The runs of capitalised words and the names in them (name_of_run), once for the text:
/// the name tables are filled before the first quote is resolved, and register_names()
/// takes the runs from here as resolution moves through the text.
void Run::prescan_names() const {
  run_scan(0, ntok(), [&](u32 first, u32 last) CLAIMEX_LAMBDA_INLINE {
    const NameRun& r = runs_.emplace_back(name_of_run(first, last));
    if (!r.named) return;
    const u32 s = r.s, e = r.e;
    const u32 words = e - s + 1;
    if (r.from < s) {
      std::string_view h = sv(s - 1);
      if (h == "Mrs." || h == "Mrs") mrs_.put(sv(e), span_of(r.from, e), g_female, 1);
      if (h == "Mr." || h == "Mr") mr_.put(sv(e), span_of(r.from, e), g_male, 1);
    }
    names_.put(sv(e), span_of(r.from, e), r.gender,
               static_cast<std::uint8_t>(std::min<u32>(words, 255)));
    if (words >= 2)
      full_name_list_.push_back(FullName{s, e, r.gender, static_cast<std::uint8_t>(words)});
    full_names_ = full_names_ || (words >= 2 && (r.gender == g_male || r.gender == g_female));
    if (r.role != kNone && words >= 2) roles_.put(sv(r.role), span_of(s, e), r.gender, 1);
    // a lower-case role right before a person's full name (`industry commissioner Albert
    // Muchanga`, `chief executive John Smith`): `the commissioner` later is that person
    if (r.role == kNone && words >= 2 && r.person && first > 0 && r.from == first &&
        is_word(first - 1) && !cap(first - 1) && has(first - 1, detail::qw_role))
      roles_.put(sv(first - 1), span_of(s, e), r.gender, 1);
  });
}

/// Tokens marked as quoted after prescan_names() (mixed quotes, transcripts) split the runs
/// they fall in, as register_names() must see them: those runs are scanned again.
void Run::split_marked_runs() {
  if (!quoted_late_) return;  // most texts (and a late mark made the runs: names_ready())
  std::size_t k = 0;
  while (k < runs_.size() && !marked(runs_[k].first, runs_[k].last + 1)) ++k;
  if (k == runs_.size()) return;
  std::vector<NameRun> split(runs_.begin(), runs_.begin() + static_cast<std::ptrdiff_t>(k));
  for (; k < runs_.size(); ++k) {
    const NameRun& r = runs_[k];
    if (!marked(r.first, r.last + 1))
      split.push_back(r);
    else
      run_scan(r.first, r.last + 1,
               [&](u32 first, u32 last) { split.push_back(name_of_run(first, last)); });
  }
  runs_.swap(split);
}

/// The persons named in runs that start before `upto` become recent persons, in text order.
/// A run the last call's bound cut is taken from that bound on, as a scan from there sees
/// it (the bound is a cue or a quote's first token: it may fall inside a run).
/// The name run [first, e] is the subject of its sentence: only capitalised words and the
/// words of a title before it (no verb, preposition or adverb), back to the sentence start or to
/// the comma of an opening adverbial (`On Tuesday, Greek prime minister Kyriakos Mitsotakis`), and
/// a lower-case word after it (or after its apposition, `Kyriakos Mitsotakis, the Greek prime
/// minister, called …`) that opens no phrase of its own: a verb (`speaking`, `called`), not
/// `in`, `and`, `the` or a possessive `'s`.
bool Run::subject_name(u32 first, u32 e) const {
  const u32 f = sent_first(first);
  for (u32 k = first; k > f; --k) {
    const u32 b = k - 1;
    if (punct(b, ',')) break;
    if (!is_word(b)) return false;
    // lower case: a title's words (`central bank governor`), which end in a role right
    // before the name; not a verb, a preposition or another word that puts the name after a
    // predicate (`met with`, `told`), nor a determiner of a name used as a modifier (`the
    // Gephardt plan`)
    if (!cap(b) && b + 1 == first && !has(b, detail::qw_role | detail::qw_person_noun))
      return false;
    if (!cap(b) &&
        (cue_form(b) || has(b, detail::qw_preposition | detail::qw_clause | detail::qw_verb |
                                   detail::qw_aux | detail::qw_object | detail::qw_pronoun |
                                   detail::qw_adverb | detail::qw_time | detail::qw_negation)))
      return false;
  }
  u32 j = e + 1;
  if (punct(j, ',')) {  // an apposition: to its closing comma, within a few words
    u32 c = j + 1;
    while (c < ntok() && c < j + 14 && !punct(c, ',') && !sentence_final(c)) ++c;
    if (!punct(c, ',')) return false;
    j = c + 1;
  }
  return is_word(j) && !cap(j) &&
         !has(j, detail::qw_preposition | detail::qw_clause | detail::qw_determiner |
                     detail::qw_possessive | detail::qw_pronoun | detail::qw_time);
}

void Run::register_names(u32 upto) {
  upto = std::min(upto, ntok());
  if (upto <= logged_upto_) return;  // (register_now() would return at once)
  logged_upto_ = upto;
  recent_log_.push_back(RecentEvent{upto, Recent{}});
}

/// The steps register_names() and remember_speaker() logged, applied to recent_ in order:
/// the list as it would be had each been applied when called.
void Run::recents_ready() {
  for (std::size_t k = 0; k < recent_log_.size(); ++k) {
    const RecentEvent& ev = recent_log_[k];
    if (ev.upto != kNone) {
      register_now(ev.upto);
    } else {
      recent_[recent_n_ % recent_.size()] = ev.speaker;
      ++recent_n_;
    }
  }
  recent_log_.clear();
}

/// register_names(), applied (recents_ready()).
void Run::register_now(u32 upto) {
  if (upto <= registered_) return;
  names_ready();
  const u32 from = registered_;
  std::size_t k = run_cursor_;
  while (k < runs_.size() && runs_[k].last < from) ++k;
  NameRun cut;
  for (; k < runs_.size() && runs_[k].first < upto; ++k) {
    const NameRun& r = runs_[k].first < from ? (cut = name_of_run(from, runs_[k].last)) : runs_[k];
    if (!r.person && r.first == r.last && is_word(r.first) &&
        !has(r.first, detail::qw_not_name | detail::qw_pronoun | detail::qw_determiner |
                          detail::qw_preposition | detail::qw_clause | detail::qw_role |
                          detail::qw_honorific | detail::qw_org_head)) {
      // a surname alone (`Bloomberg endorsed …`, even first in its sentence) where the
      // text names that person in full (`Michael Bloomberg`), or with `Mr.` or `Mrs.`
      // (`Wickham` after `Mr. Wickham`; the man when the text has both, as a bare surname
      // names him first by English usage, as the dialogue pass ranks them)
      Gender tg = g_unknown;
      std::uint8_t nw = 0;
      const Span* full = full_names_ ? names().get(sv(r.first), &tg, &nw) : nullptr;
      // (a family's name, a woman's in full and `Mr.` with it: `Lydia Wickham` and `Mr.
      // Wickham`; alone, it names the man)
      if (full && tg == g_female && mr().get(sv(r.first))) full = nullptr;
      if (!(full && nw >= 2 && (tg == g_male || tg == g_female))) {
        const Span* m = mr().get(sv(r.first));
        const Span* f = mrs().get(sv(r.first));
        full = m ? m : f;
        tg = m ? g_male : g_female;
      }
      if (full) {
        recent_[recent_n_ % recent_.size()] =
            Recent{*full, tg, false, r.first, true, subject_name(r.first, r.first), false};
        ++recent_n_;
      }
      continue;
    }
    if (!r.named || !r.person) continue;
    const u32 words = r.e - r.s + 1;
    Recent rc{span_of(r.from, r.e),
              r.gender,
              false,
              r.s,
              true,
              subject_name(r.first, r.e),
              r.role != kNone || r.honor || (r.first > 0 && has(r.first - 1, detail::qw_role))};
    std::uint8_t nw = 0;
    Gender tg = g_unknown;
    if (const Span* full = names().get(sv(r.e), &tg, &nw)) {
      if (nw > words && !r.honor) rc.name = *full;
      if (rc.gender == g_unknown) rc.gender = tg;
    }
    recent_[recent_n_ % recent_.size()] = rc;
    ++recent_n_;
  }
  // the next call starts at the run this one's bound cuts, if any: the runs before end
  // before any later bound
  run_cursor_ = k > run_cursor_ && runs_[k - 1].last >= upto ? k - 1 : k;
  registered_ = upto;
}

/// A nickname's formal name as the text gives it (`Lizzy` → `Elizabeth Bennet` when the text
/// names her so), or an empty span.
Span Run::formal(std::string_view nick) const {
  std::string_view f = lex_.formal_name(nick);
  if (f.empty()) return {};
  // the name tables are keyed by the text's spelling: try the capitalised form
  char buf[32];
  if (f.size() >= sizeof(buf)) return {};
  for (std::size_t k = 0; k < f.size(); ++k) buf[k] = f[k];
  buf[0] = static_cast<char>(buf[0] - 'a' + 'A');
  std::string_view key(buf, f.size());
  if (const Span* full = firsts().get(key)) return *full;
  if (const Span* one = names().get(key)) return *one;
  return {};
}

/// `his wife`, `her father`: Mrs./Mr. and the surname of the nearest person of the
/// possessive's gender.
Span Run::kin(const Mention& m) {
  if (m.first == kNone || m.first == m.last) return {};
  const std::uint32_t kb = bits(m.last);
  if (!(kb & (detail::qw_kin_mrs | detail::qw_kin_mr))) return {};
  std::string_view poss = sv(m.first);
  Gender pg = (poss == "his" || poss == "His")   ? g_male
              : (poss == "her" || poss == "Her") ? g_female
                                                 : g_unknown;
  if (pg == g_unknown) return {};
  recents_ready();
  const std::size_t n = std::min(recent_n_, recent_.size());
  for (std::size_t k = 0; k < n; ++k) {
    const Recent& r = recent_[(recent_n_ - 1 - k) % recent_.size()];
    if (!r.named || r.gender != pg) continue;
    std::string_view name = text_of(text_, r.name);
    std::size_t sp = name.rfind(' ');
    std::string_view surname = sp == std::string_view::npos ? name : name.substr(sp + 1);
    if (sp == std::string_view::npos) {  // a first name alone: its full name
      if (const Span* full = firsts().get(name)) {
        std::string_view fn = text_of(text_, *full);
        std::size_t sp2 = fn.rfind(' ');
        surname = sp2 == std::string_view::npos ? fn : fn.substr(sp2 + 1);
      }
    }
    const Span* s = (kb & detail::qw_kin_mrs) ? mrs().get(surname) : mr().get(surname);
    if (s) return *s;
    if (k >= 4) break;
  }
  return {};
}

Entity Run::resolve(const Mention& m, u32 at) {
  Entity e;
  register_names(at);
  switch (m.kind) {
    case MentionKind::none:
      return e;
    case MentionKind::name: {
      Span name = span_of(m.name_first, m.name_last);
      if (m.name_first == m.name_last) {
        if (Span f = formal(sv(m.name_last)); f.present()) {
          e.span = f;
          e.rule = Rule::alias;
          e.gender = gender_of_name(m.first, m.last);
          return e;
        }
      }
      if (m.appos_first != kNone) {
        for (u32 k = m.appos_first; k <= m.appos_last && k < ntok(); ++k)
          if (has(k, detail::qw_role) && !cap(k)) roles().put(sv(k), name, m.gender, 1);
      }
      e.span = name;
      e.rule = m.name_rule;
      e.gender = m.gender;
      std::uint8_t nw = 0;
      Gender g = g_unknown;
      const u32 words = m.name_last - m.name_first + 1;
      if (words == 1 && !names().get(sv(m.name_last))) {
        // one word of a company named before (`Penney` after `J.C. Penney Co Inc`)
        if (Span org = named_org(m); org.present()) {
          e.span = org;
          e.rule = Rule::alias;
          e.person = false;
          return e;
        }
      }
      // the first words of a body's fuller name named before (`Franco Nevada` after `Franco
      // Nevada Mining Corp Ltd`)
      if (words >= 2 && words <= 4)
        if (Span org = org_with_prefix(m.name_first, words); org.present()) {
          e.span = org;
          e.rule = Rule::alias;
          e.person = false;
          return e;
        }
      const bool titled = has(m.name_first, detail::qw_honorific);
      if (const Span* full = names().get(sv(m.name_last), &g, &nw)) {
        // a family's name alone names the man when the text has `Mr.` with it and a woman's
        // full name (`cried Wickham`: Mr. Wickham, not Lydia Wickham; see register_now)
        const Span* man = words == 1 && g == g_female ? mr().get(sv(m.name_last)) : nullptr;
        if (man) {
          full = man;
          g = g_male;
          nw = 2;
        }
        if (nw > words - (titled ? 1u : 0u) && *full != name) {
          // alias to a fuller name, unless an honorific's gender conflicts (Mr vs Miss Bennet)
          bool ok = true;
          if (titled) {
            Gender tg = gender_of_name(m.name_first, m.name_first);
            ok = (g == g_unknown || tg == g_unknown || g == tg) && false;
          }
          if (ok) {
            e.span = *full;
            e.rule = m.name_rule == Rule::apposition ? Rule::apposition : Rule::alias;
          }
        }
        if (e.gender == g_unknown) e.gender = g;
      }
      // one word that opens a person's fuller name named before it: `Liu` after `Liu Hongru`
      // (the family name first), `Hillary` after `Hillary Clinton` (not a company's short
      // name, whose fullest name is often a unit's: `IBM Canada Ltd`, `Chevron Exploration
      // North Sea`; nor an acronym or an initial)
      if (words == 1 && !titled && e.span == name && !toks_[m.name_last].has(TokenFlag::all_caps) &&
          sv(m.name_last).size() > 1) {
        Gender fg = g_unknown;
        std::uint8_t fw = 0;
        const Span* full = firsts().get(sv(m.name_last), &fg, &fw);
        // (named in full before: a unit named after its parent is no person introduced,
        // `GitHub said … GitHub Trust and Safety`)
        if (full && (fw == 2 || fw == 3) && full->end <= tk_[m.name_first].span.begin) {
          const u32 t0 = static_cast<u32>(
              std::partition_point(tk_, tk_ + ntok(),
                                   [&](const Token& t) { return t.span.begin < full->begin; }) -
              tk_);
          constexpr std::uint32_t kNotPerson =
              detail::qw_org_head | detail::qw_firm | detail::qw_place | detail::qw_not_name |
              detail::qw_role | detail::qw_nationality | detail::qw_verb;
          bool person = t0 + fw <= ntok();
          for (u32 k = t0; person && k < t0 + fw; ++k)
            person = cap(k) && !has(k, kNotPerson) && !toks_[k].has(TokenFlag::all_caps);
          if (person) {
            e.span = *full;
            e.rule = Rule::alias;
            if (e.gender == g_unknown) e.gender = fg;
          }
        }
      }
      return e;
    }
    case MentionKind::organisation:
      e.span = span_of(m.name_first, m.name_last);
      e.rule = Rule::organisation;
      e.person = false;
      if (m.name_first != kNone && m.name_last >= m.name_first) {
        bool capital = false;
        for (u32 k = m.name_first; k <= m.name_last && !capital; ++k) capital = cap(k);
        // a common noun (`the company`, `the department`): the organisation it stands for,
        // if one was named before
        if (!capital)
          if (Span org = named_org(m); org.present()) {
            e.span = org;
            e.rule = Rule::description;
          }
      }
      return e;
    case MentionKind::pronoun: {
      if (m.gender == g_plural) {
        return e;
      }
      recents_ready();
      // nearest compatible person: speakers first in news, any recent mention in dialogue
      const std::size_t n = std::min(recent_n_, recent_.size());
      const Recent* best = nullptr;
      bool nearer = false;  // a person of the pronoun's gender passed over, nearer it
      for (std::size_t k = 0; k < n; ++k) {
        const Recent& r = recent_[(recent_n_ - 1 - k) % recent_.size()];
        if (m.gender != g_unknown && r.gender != g_unknown && r.gender != m.gender) continue;
        if (r.gender == g_plural) continue;
        const bool first_compatible = !nearer;
        nearer = nearer || r.gender == m.gender;
        bool salient = false;  // a new paragraph's subject (below)
        if (!dialogue_ && !r.speaker && k + 1 < n) {
          // in news a pronoun subject of a cue is mostly the last speaker; a non-speaker name
          // wins only when it is after the last speaker and no speaker is near
          bool speaker_later = false;
          for (std::size_t k2 = k + 1; k2 < n; ++k2) {
            const Recent& r2 = recent_[(recent_n_ - 1 - k2) % recent_.size()];
            if (r2.speaker &&
                (m.gender == g_unknown || r2.gender == g_unknown || r2.gender == m.gender)) {
              speaker_later = (r.token < r2.token + 400);
              if (r2.token + 400 < r.token) speaker_later = false;
              // a new paragraph's subject after the speaker's (`… Erdoğan said. ¶ Greek
              // prime minister Kyriakos Mitsotakis called the deal "void". "…", he added.`)
              // (not a name inside a quotation, nor in the pronoun's own sentence: `Zoran was
              // founded in 1981, he said`)
              const u32 pr = m.first < ntok() ? m.first : at;
              if (r.subject && first_compatible && m.gender != g_unknown &&
                  (r.gender == m.gender || (r.gender == g_unknown && r.titled)) &&
                  r.token < ntok() && r2.token < ntok() && pr < ntok() &&
                  para_of(r.token) > para_of(r2.token) && sent_of_[r.token] < sent_of_[pr] &&
                  !(mark_[r.token] & 1))
                salient = true, speaker_later = false;
              break;
            }
          }
          if (speaker_later) continue;
        }
        if (!dialogue_ && !r.speaker && !salient && r.gender == g_unknown &&
            m.gender != g_unknown) {
          // a name of no known gender (`New York`, `Volcker`) yields to one of the pronoun's
          // gender named in full among the few before it (`Paul Volcker … in New York … he
          // said`)
          const Recent* same = nullptr;
          for (std::size_t k2 = k + 1; k2 < n && k2 <= k + 3 && !same; ++k2) {
            const Recent& r2 = recent_[(recent_n_ - 1 - k2) % recent_.size()];
            // (one just before it is the same name split: `Gerhard de Kock`)
            if (r2.gender == m.gender && r.token < r2.token + 200 && r.token > r2.token + 3 &&
                text_of(text_, r2.name).find(' ') != std::string_view::npos)
              same = &r2;
          }
          if (same) {
            best = same;
            break;
          }
        }
        // (not a clause's subject, a verb after the name: `while Interior Minister Joachim
        // Brudziński wrote …`)
        auto clause_subject = [&](u32 t) {
          while (t + 1 < ntok() && t < r.token + 6 &&
                 (cap(t + 1) || kind(t + 1) == TokenKind::clitic))
            ++t;
          return t + 1 < ntok() && is_word(t + 1) && !cap(t + 1) &&
                 (has(t + 1, detail::qw_verb | detail::qw_aux) || cue_at(t + 1) || past_ed(t + 1));
        };
        if (!dialogue_ && !r.subject && !r.speaker && m.gender != g_unknown && r.token < ntok() &&
            !clause_subject(r.token)) {
          // the subject of the sentence before a name after it of the same gender (`Bloomberg
          // endorsed his former rival, Joe Biden. "…," he said`): the pronoun goes on with
          // the subject
          const Recent* subj = nullptr;
          for (std::size_t k2 = k + 1; k2 < n && k2 <= k + 3 && !subj; ++k2) {
            const Recent& r2 = recent_[(recent_n_ - 1 - k2) % recent_.size()];
            if (r2.token >= ntok() || sent_of_[r2.token] != sent_of_[r.token]) break;
            // (or a titled subject of no known gender before a bare name of none: `Judge Gray
            // Miller ruled the draft violated the Due Process Clause. He said …`)
            if (r2.subject &&
                (r2.gender == m.gender ||
                 (r2.gender == g_unknown && r2.titled && r.gender == g_unknown && !r.titled)) &&
                !(mark_[r2.token] & 1))
              subj = &r2;
          }
          if (subj) {
            best = subj;
            break;
          }
        }
        best = &r;
        break;
      }
      if (best) {
        e.span = best->name;
        e.rule = Rule::pronoun;
        e.gender = best->gender;
        e.named = best->named;
      }
      return e;
    }
    case MentionKind::description: {
      if (Span k = kin(m); k.present()) {
        e.span = k;
        e.rule = Rule::description;
        e.gender = (bits(m.last) & detail::qw_kin_mrs) ? g_female : g_male;
        return e;
      }
      // `the Azerbaijani president`: the name seen with that role; not `a spokesman`, `one
      // analyst`, `every candidate` (someone of that role, not the one named)
      const bool indefinite = m.first < m.last && detail::indefinite_determiner(sv(m.first));
      // (the role before `of`: `the president of Azerbaijan`)
      u32 head = m.last;
      for (u32 k = m.first + 1; k < m.last && k < ntok(); ++k)
        if (is(k, "of") && has(k - 1, detail::qw_role) && !cap(k - 1)) {
          head = k - 1;
          break;
        }
      // (a person named before the description: the table holds the document's last holder
      // of the role, who may come after it, `The local health minister said … Prime Minister
      // Narendra Modi wrote`; a lede describes first and names after, `The governor of
      // Louisiana … declared … ¶ Governor John Bel Edwards addressed the public`)
      if (const Span* full =
              indefinite || !has(head, detail::qw_role) ? nullptr : roles().get(sv(head));
          full && m.first < ntok() &&
          (full->begin < tk_[m.first].span.begin || para_of(m.first) <= 1)) {
        e.span = *full;
        e.rule = Rule::description;
      }
      return e;
    }
    case MentionKind::generic:
      // `…, Mr. Ekovich, who said …`: the relative pronoun's antecedent before its comma
      if (m.first == m.last && m.first > 1 && (is(m.first, "who") || is(m.first, "Who")) &&
          punct(m.first - 1, ',')) {
        const Mention ante = subject_back(m.first - 1, sent_first(m.first));
        // the antecedent is itself an apposition (`Mark Hay, a professor at GT, who said`):
        // the name it describes
        // (not a group: `from Fields' lawyers, who argued`)
        if (ante.found() && ante.last + 2 == m.first && ante.kind != MentionKind::pronoun &&
            ante.gender != g_plural && !has(ante.last, detail::qw_plural)) {
          const Mention named = subject_back(m.first, sent_first(m.first));
          if (named.found() && named.kind == MentionKind::name && named.appos_first != kNone &&
              named.appos_first <= ante.first && named.appos_last >= ante.last)
            return resolve(named, at);
        }
        if (ante.found() && ante.last + 2 == m.first &&
            (ante.kind == MentionKind::name || ante.kind == MentionKind::description ||
             ante.kind == MentionKind::organisation))
          return resolve(ante, at);
      }
      return e;
  }
  return e;
}

/// The organisation named before that mention `m` stands for: for a common noun (`the
/// department`), the last one whose head is that noun, or, for a business (`the company`,
/// `the firm`), the last company (`… Co Inc`); for one capitalised word (`Penney`), the last
/// one that holds the word. Empty when none.
Span Run::named_org(const Mention& m) const {
  const std::size_t n = std::min(orgs_n_, orgs_.size());
  const u32 head = m.name_last;
  const bool common = !cap(head);
  for (std::size_t k = 0; k < n; ++k) {
    const OrgSeen& o = orgs_[(orgs_n_ - 1 - k) % orgs_.size()];
    if (o.last >= ntok() || o.first > o.last) continue;
    if (common) {
      if (detail::lexicon_equal(sv(o.last), sv(head), true) ||
          (has(head, detail::qw_firm) && has(o.last, detail::qw_firm)))
        return o.name;
      // or the head before its `of` (`the department` after `the California Department of
      // Corrections`, `the ministry` after `the Ministry of Defence`)
      for (u32 t = o.first; t < o.last; ++t)
        if (is(t + 1, "of") && detail::lexicon_equal(sv(t), sv(head), true)) return o.name;
    } else {
      for (u32 t = o.first; t <= o.last; ++t)
        if (sv(t) == sv(head)) return o.name;
    }
  }
  return Span{};
}

Span Run::org_with_prefix(u32 first, u32 words) const {
  const std::size_t n = std::min(orgs_n_, orgs_.size());
  for (std::size_t k = 0; k < n; ++k) {
    const OrgSeen& o = orgs_[(orgs_n_ - 1 - k) % orgs_.size()];
    if (o.last >= ntok() || o.first > o.last || o.last - o.first + 1 <= words) continue;
    if (o.first == first) continue;  // (the same mention)
    bool same = true;
    for (u32 t = 0; t < words && same; ++t) same = sv(o.first + t) == sv(first + t);
    if (same) return o.name;
  }
  return Span{};
}

/// A name mention that names a body, not a person, which `he` and `she` never stand for:
/// an acronym named alone (`NPR`, `CNN`, `OPEC`), a place or a publication (`the United
/// States`, `Japan`, `Peking Review`), or a body named with a particle (`Petroleos de
/// Venezuela`, not `Gerhard de Kock` or `De la Dehesa`).
bool Run::names_body(const Mention& m) const {
  if (m.kind != MentionKind::name || m.name_first == kNone || m.name_last < m.name_first)
    return false;
  const u32 f = m.name_first, l = m.name_last;
  // one word: an acronym, a place, or a country written with periods (`U.S.`, `U.K.`)
  if (f == l)
    return acronym(l) || name_initial(l) ||
           (has(l, detail::qw_place | detail::qw_nationality) && !has(l, detail::qw_first_name));
  if (has(l, detail::qw_place) && !has(f, detail::qw_first_name)) return true;
  // a country's or a people's name in it, and no first name first (`U.S. Treasury`, `American
  // Honda`, `West German`)
  // (or a place's name inside it: `United States Constitution`, `New York Times`)
  // (or a body's head noun: `Institute for International Economics`)
  if (!has(f, detail::qw_first_name | detail::qw_honorific))
    for (u32 k = f; k <= l; ++k)
      if (has(k, detail::qw_nationality | detail::qw_org_head | detail::qw_firm) ||
          (k < l && has(k, detail::qw_place)))
        return true;
  if (f + 2 <= l && !has(f, detail::qw_first_name) && m.name_rule != Rule::title &&
      !detail::name_particle(sv(f)))
    for (u32 k = f + 1; k < l; ++k)
      if (name_particle(k)) return true;
  return false;
}

void Run::remember_speaker(const Span& ident, bool named, const Mention& m, u32 at) {
  if (!ident.present()) return;
  if (m.kind == MentionKind::organisation || m.kind == MentionKind::generic) return;
  if (names_body(m)) return;
  Gender g = m.gender;
  if (g == g_plural) return;
  if (!named && m.kind != MentionKind::description && m.kind != MentionKind::pronoun) return;
  if (!named && g == g_unknown) return;
  Recent r{ident, g, true, at, named};
  // gender from the name table when the mention gave none
  if (g == g_unknown) {
    std::string_view whole = text_of(text_, ident);
    std::size_t sp = whole.rfind(' ');
    std::string_view last = sp == std::string_view::npos ? whole : whole.substr(sp + 1);
    Gender tg = g_unknown;
    if (names().get(last, &tg)) r.gender = tg;
  }
  recent_log_.push_back(RecentEvent{kNone, r});  // (recents_ready())
}

/// An indirect report (mixed when a quoted fragment is inside) of tokens [a, b), cued by tokens
/// [cue_first, cue_last]; the cue is marked as used.
void Run::add_report(u32 cue_first, u32 cue_last, std::string_view lemma, u32 a, u32 b, bool inside,
                     const Mention& who, Rule rule, u32 a2, u32 b2) {
  Quote q;
  q.kind = inside ? QuoteKind::mixed : QuoteKind::indirect;
  q.cue = span_of(cue_first, cue_last);
  q.cue_lemma = lemma;
  q.segments.push_back(span_of(a, b - 1));
  if (a2 != kNone && a2 < b2) q.segments.push_back(span_of(a2, b2 - 1));
  if (inside) absorb_uncued(Span{q.segments.front().begin, q.segments.back().end});
  mark_[cue_first] |= 2;
  add(std::move(q), who, rule, cue_first, false);
}

void Run::add(Quote q, const Mention& m, Rule speaker_rule, u32 at, bool uncued) {
  q.content = Span{q.segments.front().begin, q.segments.back().end};
  Rec& r = recs_.emplace_back();
  r.q = std::move(q);
  r.m = m;
  r.srule = speaker_rule;
  r.at = at;
  r.uncued = uncued;
  r.para = para_of(std::min(at, ntok() - 1));
}

// ----------------------------------------------------------------------------- direct quotes

bool Run::dialogue_mode() const {
  // a conversation: many paragraphs that are nothing but a quote with no cue of its own
  u32 quote_paras = 0, bare = 0;
  for (std::size_t k = 0; k < pieces_.size(); ++k) {
    const Piece& pc = pieces_[k];
    if (pc.open != para_first(pc.para)) continue;
    ++quote_paras;
    u32 pe = std::min(para_end(pc.para), ntok());
    if (pc.close != kNone && pc.close + 1 == pe) ++bare;
  }
  return bare >= 12 && bare * 4 >= quote_paras;
}

Span Run::piece_span(const Piece& pc) const {
  return Span{toks_[pc.first].span.begin, toks_[pc.end - 1].span.end};
}

/// For a paragraph [pf, pe) opened by a label in double brackets (`((Rich Bowen)) …`, `((WN))
/// …`, one to four capitalised words), the second closing bracket; kNone otherwise.
u32 Run::bracket_label_end(u32 pf, u32 pe) const {
  if (pf + 4 >= pe || !punct(pf, '(') || !punct(pf + 1, '(')) return kNone;
  u32 c = pf + 2;
  while (c < pe && c < pf + 6 && cap(c) && !has(c, detail::qw_not_name | detail::qw_pronoun)) ++c;
  if (c == pf + 2 || c + 2 >= pe || !punct(c, ')') || !punct(c + 1, ')')) return kNone;
  if (detail::credit_label(sv(c - 1))) return kNone;
  return c + 1;
}

void Run::transcript() {
  // `PENCE: Well, look, …` — a paragraph opened by a speaker label in capitals and a colon;
  // taken only when the text has two or more such paragraphs (an interview transcript)
  // A label in mixed case (`Matthews: …`, `Luciana Lopez: …`) counts when the same speaker
  // labels two paragraphs or more.
  const u32 np = static_cast<u32>(seg_.paragraphs.size());
  std::vector<u32> labelled;
  std::vector<u32> mixed;  // paragraphs with a mixed-case label
  NameTable seen, repeated;
  seen.reset(16);
  repeated.reset(16);
  for (u32 p = 0; p < np; ++p) {
    u32 pf = para_first(p);
    const u32 pe = std::min(para_end(p), ntok());
    if (pf < pe && is_open(pf)) ++pf;
    // a label opens with `((` or ends with a colon after one to three words: most paragraphs
    // have neither, told by four bytes of pch_
    if (!punct(pf, '(') && !punct(pf + 1, ':') && !punct(pf + 2, ':') && !punct(pf + 3, ':'))
      continue;
    u32 c = pf;
    if (const u32 lb = bracket_label_end(pf, pe); lb != kNone) {
      // `((Rich Bowen)) In many ways, …`, `((WN)) How did …`: a wiki interview's label
      const std::string_view key = sv(lb - 2);
      if (seen.get(key))
        repeated.put(key, span_of(pf + 2, lb - 2), g_unknown, 1);
      else
        seen.put(key, span_of(pf + 2, lb - 2), g_unknown, 1);
      mixed.push_back(p);
      continue;
    }
    while (c < pe && c < pf + 3 && is_word(c) && toks_[c].has(TokenFlag::all_caps)) ++c;
    // (`Image: Jane Doe.`, `PHOTO: …`: a caption or credit line is no turn)
    if (c > pf && detail::credit_label(sv(c - 1))) continue;
    if (c > pf && c < pe && punct(c, ':') && c + 3 < pe) {
      labelled.push_back(p);
      continue;
    }
    c = pf;
    while (c < pe && c < pf + 3 && cap(c) &&
           !has(c, detail::qw_not_name | detail::qw_determiner | detail::qw_pronoun |
                       detail::qw_preposition | detail::qw_time) &&
           !(info(c) && info(c)->lemma))
      ++c;
    if (c == pf || c >= pe || !punct(c, ':') || c + 3 >= pe) continue;
    if (detail::credit_label(sv(c - 1))) continue;
    const std::string_view key = sv(c - 1);
    if (seen.get(key))
      repeated.put(key, span_of(pf, c - 1), g_unknown, 1);
    else
      seen.put(key, span_of(pf, c - 1), g_unknown, 1);
    mixed.push_back(p);
  }
  for (u32 p : mixed) {
    u32 c = para_first(p);
    if (is_open(c)) ++c;
    if (const u32 lb = bracket_label_end(c, std::min(para_end(p), ntok())); lb != kNone)
      c = lb - 1;
    else
      while (!punct(c, ':')) ++c;
    if (repeated.get(sv(c - 1))) labelled.push_back(p);
  }
  std::sort(labelled.begin(), labelled.end());
  if (labelled.size() < 2) return;
  for (u32 p : labelled) {
    u32 pf = para_first(p);
    const u32 pe = std::min(para_end(p), ntok());
    if (is_open(pf)) ++pf;
    u32 c = pf;
    u32 a = kNone;
    if (const u32 lb = bracket_label_end(pf, pe); lb != kNone) {
      // the name inside the brackets, the closing brackets as the cue
      pf += 2;
      c = lb - 1;
      a = lb + 1;
    } else {
      while (!punct(c, ':')) ++c;
      a = c + 1;
    }
    u32 cue = c;
    // (a colon after the brackets is the cue: `((WSS)) : Which …`)
    if (c + 1 < a && a < pe && punct(a, ':')) cue = a++;
    u32 b = pe;
    while (b > a && is_quote_mark(b - 1)) --b;
    if (b <= a) continue;
    Quote q;
    q.kind = QuoteKind::direct;
    q.segments.push_back(span_of(a, b - 1));
    q.cue = span_of(cue, cue);
    q.cue_lemma = ":";
    Mention m;
    m.first = pf;
    m.last = c - 1;
    m.kind = MentionKind::name;
    m.name_first = pf;
    m.name_last = c - 1;
    m.name_rule = Rule::named;
    mark_quoted(para_first(p), pe);
    for (Piece& pc : pieces_)
      if (pc.para == p) pc.used = true;
    add(std::move(q), m, Rule::cue_before_quote, c, false);
  }
}

void Run::assemble_direct() {
  dialogue_ = dialogue_mode();
  if (!dialogue_) transcript();
  const std::size_t n = pieces_.size();
  std::vector<Attribution>& after = after_;
  std::vector<Attribution>& before = before_;
  after.assign(n, Attribution{});
  before.assign(n, Attribution{});
  for (std::size_t k = 0; k < n; ++k) {
    after[k] = cue_after(pieces_[k]);
    if (!after[k].found()) before[k] = cue_before(pieces_[k]);
  }
  for (std::size_t k = 0; k < n; ++k) {
    if (pieces_[k].used) continue;
    // the group [k, last]: a chain of paragraphs that open a quote and do not close it
    std::size_t last = k;
    while (pieces_[last].continues && last + 1 < n && !pieces_[last + 1].used &&
           pieces_[last + 1].para == pieces_[last].para + 1 &&
           pieces_[last + 1].open == para_first(pieces_[last + 1].para))
      ++last;
    Attribution at = after[last];
    if (!at.found()) at = before[k];
    for (std::size_t g = k; g <= last; ++g) pieces_[g].used = true;
    const Piece& first = pieces_[k];
    const Piece& lastp = pieces_[last];
    u32 words = 0;
    for (std::size_t g = k; g <= last; ++g) words += pieces_[g].words;
    // a paragraph that is nothing but a quote is an utterance however short
    const bool whole_para = first.open == para_first(first.para) && lastp.close != kNone &&
                            lastp.close + 1 >= std::min(para_end(lastp.para), ntok());
    if (!at.found() && whole_para && !dialogue_ && words <= 8 && last == k && first.single)
      continue;  // a short line in single quote marks, no cue: a subheading (`'A Tough Call.'`)
    if (!at.found() && !whole_para) {
      // no cue: scare quotes and titles are not statements
      if (words <= static_cast<u32>(std::max(0, opt_.min_uncued_words))) continue;
      bool title_case = true;
      u32 nw = 0;
      for (u32 t = first.first; t < first.end; ++t)
        if (is_word(t) &&
            !has(t, detail::qw_determiner | detail::qw_preposition | detail::qw_clause)) {
          ++nw;
          if (!cap(t)) title_case = false;
        }
      if (title_case && nw <= 8 && lastp.close != kNone && !sentence_final(lastp.end - 1)) continue;
      if (lastp.close == kNone && !lastp.continues && words < 8) continue;
      // in news, a short quote inside a sentence of the writer's is a fragment, not a
      // statement of its own
      if (!dialogue_ && words <= 12 && !sentence_initial(first.open) &&
          first.open != para_first(first.para))
        continue;
    }
    Quote q;
    q.kind = QuoteKind::direct;
    for (std::size_t g = k; g <= last; ++g) {
      // `"(CROSSTALK.)`: a stage direction in a transcript is no words spoken
      const Piece& pg = pieces_[g];
      if (pg.end > pg.first + 1 && punct(pg.first, '(') &&
          (punct(pg.end - 1, ')') || (punct(pg.end - 2, ')') && sentence_final(pg.end - 1))))
        continue;
      q.segments.push_back(piece_span(pg));
    }
    if (q.segments.empty()) continue;
    if (!at.found()) {
      add(std::move(q), Mention{}, Rule::none, first.first, true);
      continue;
    }
    q.cue = span_of(at.cue_first, at.cue_last);
    q.cue_lemma = at.lemma                   ? lex_.lemma(at.lemma)
                  : punct(at.cue_first, ':') ? std::string_view(":")
                                             : std::string_view("—");
    for (u32 t = at.cue_first; t <= at.cue_last; ++t) mark_[t] |= 2;
    if (!dialogue_ && at.rule == Rule::cue_after_quote && last == k &&
        !sentence_initial(first.open)) {
      // `However laudable the goal, the tax ''is a misguided approach,'' Burman said`: the
      // cue attributes the sentence up to the quote, which is mixed speech
      u32 a = sent_first(first.open);
      for (u32 t = first.open; t-- > a;)
        if (is_quote_mark(t) || punct(t, ':') || punct(t, ';')) {
          a = t + 1;
          break;
        }
      u32 words_before = 0;
      for (u32 t = a; t < first.open; ++t)
        if (is_word(t)) ++words_before;
      if (words_before >= 2 && !(mark_[a] & 1)) {
        q.kind = QuoteKind::mixed;
        q.segments.front().begin = toks_[a].span.begin;
        mark_quoted(a, first.open);
      }
    }
    if (!dialogue_ && at.rule == Rule::cue_before_quote && last == k && at.who.found() &&
        first.first < first.end && is_word(first.first) && !cap(first.first)) {
      // `In other words, he said, ''the era of … is over.''`, `No name change, he said, ''hides
      // what it really is''`: a quote that opens in lower case continues the clause the cue
      // interrupts; that clause's words before the cue (no comma inside them) are part of
      // the statement, which is mixed
      // (the cue set off by commas on both sides; not after a phrase of the occasion, `In an
      // interview with Rolling Stone, McCready commented, "he gets …"`)
      const u32 c = std::min(at.who.first, at.cue_first);
      if (c > 0 && punct(c - 1, ',') && at.cue_last + 1 < first.open &&
          punct(first.open - 1, ',')) {
        bool clean = true;
        for (u32 t = at.cue_last + 1; t < first.open && clean; ++t)
          clean = punct(t, ',') || punct(t, ':');
        u32 a = c - 1, words_before = 0;
        bool lower = false;  // (not a name alone: `Theodore Brophy, chairman of GTE said, "…"`)
        while (clean && a > 0 && sent_of_[a - 1] == sent_of_[c - 1]) {
          const u32 t = a - 1;
          if (is_quote_mark(t) || punct(t, ';') || punct(t, ':')) break;
          if (punct(t, ',') || is_dash(t) || cue_at(t) || (mark_[t] & 1)) clean = false;
          if (is_word(t)) ++words_before, lower = lower || !cap(t);
          a = t;
        }
        if (clean && lower && words_before >= 2 && !has(a, detail::qw_preposition)) {
          q.kind = QuoteKind::mixed;
          q.segments.insert(q.segments.begin(), span_of(a, c - 2));
          mark_quoted(a, c - 1);
        }
      }
    }
    if (!dialogue_ && at.rule == Rule::cue_before_quote && last == k && first.close != kNone &&
        first.close + 1 < ntok()) {
      // `…, he said, "we don't know what the answer will be" on how many jobs …`: words of
      // the writer after the quote, in its sentence, make the sentence's rest mixed speech
      // (up to its end; not past a cue, a quote mark or a clause break of the writer's)
      const u32 se = std::min(sent_end(first.close), ntok());
      u32 e = first.close + 1, words_after = 0;
      // (a quote that ends in its own punctuation is a whole utterance: `"Don't you do it,"
      // until gunshots are heard`)
      bool stop =
          e >= se || !is_word(e) || punct(first.close - 1, ',') || sentence_final(first.close - 1);
      for (u32 t = e; t < se && !stop; ++t) {
        if (sentence_final(t)) break;
        if (is_quote_mark(t) || cue_at(t) || punct(t, ';') || punct(t, ':') || is_dash(t) ||
            punct(t, '('))
          stop = true;
        else if (is_word(t))
          ++words_after;
        e = t + 1;
      }
      while (e > first.close + 1 && (punct(e - 1, ',') || sentence_final(e - 1))) --e;
      if (!stop && words_after >= 3) {
        q.kind = QuoteKind::mixed;
        q.segments.back().end = toks_[e - 1].span.end;
        mark_quoted(first.close + 1, e);
      }
    }
    // the split piece after the cue: `"…," he said, "…"`, or `"…," he said. "…"`
    if (at.rule == Rule::cue_after_quote && at.next != kNone && last + 1 < n) {
      u32 nx = at.next;
      const u32 pe = std::min(para_end(lastp.para), ntok());
      std::size_t nk = last + 1;
      // a quoted title in the cue clause (`"…," Perez said on NBC's "Meet the Press." "…"`)
      // belongs to the cue: the split piece is the one after it
      if (!dialogue_ && nk + 1 < n && pieces_[nk].para == lastp.para &&
          pieces_[nk].close != kNone && pieces_[nk].open <= nx + 6 && pieces_[nk].open >= nx &&
          pieces_[nk].words <= 6 && !pieces_[nk].used && pieces_[nk + 1].para == lastp.para) {
        if (title_case(pieces_[nk].first, pieces_[nk].end)) {
          pieces_[nk].used = true;
          nx = pieces_[nk].close + 1;
          ++nk;
        }
      }
      bool comma = nx < pe && (punct(nx, ',') || punct(nx, ':') || punct(nx, ';'));
      bool stop = nx < pe && sentence_final(nx);
      u32 op = (comma || stop) ? nx + 1 : kNone;
      if (nk != last + 1 && pieces_[nk].open == nx) op = nx;  // right after the title
      if (!dialogue_ && pieces_[nk].para == lastp.para && pieces_[nk].open > nx &&
          (pieces_[nk].open < nx + 16 ||
           (sentence_initial(pieces_[nk].open) &&
            sent_of_[pieces_[nk].open] == sent_of_[std::min(nx, ntok() - 1)] + 1)) &&
          !(op != kNone && pieces_[nk].open == op)) {
        // `"…," she said, clapping. "…"` / `"…," Tester said, referring to X, "…"`: the next
        // piece continues the statement unless another cue stands between them
        bool other_cue = false;
        for (u32 t = nx; t + 1 < pieces_[nk].open && !other_cue; ++t)
          // `"…," she said, but Kevin was drifting off, and as X went on about "…"`: a clause
          // of the writer with a subject of its own comes between
          other_cue = (is(t, "but") || is(t, "while") || is(t, "as") || is(t, "when")) &&
                      (has(t + 1, detail::qw_pronoun) || cap(t + 1)) && !(mark_[t] & 1);
        for (u32 t = nx; t < pieces_[nk].open; ++t) {
          const QuoteWord* wt = cue_at(t);
          if (!wt) continue;
          // `…, referencing a super PAC called Future45.`: a dialogue verb not introducing
          // words of its own (no comma or colon after it) is no other cue
          if (detail::direct_cue(wt->cue) && !punct(t + 1, ',') && !punct(t + 1, ':')) continue;
          // `…, reports USA Today.` names the same statement's source
          bool tail = t > nx && punct(t - 1, ',');
          for (u32 k2 = t + 1; tail && k2 < t + 6 && k2 < pieces_[nk].open; ++k2)
            if (sentence_final(k2))
              break;
            else if (!cap(k2) && kind(k2) != TokenKind::clitic)
              tail = false;
          if (!tail) other_cue = true;
        }
        if (!other_cue) {
          op = pieces_[nk].open;
          comma = punct(op - 1, ',');
          stop = !comma;
        }
      }
      // `"A," she said. "B," she said.`: a piece with a cue of its own after the sentence
      // ends is a statement of its own
      const bool own_cue = !dialogue_ && stop && op != kNone && pieces_[nk].open == op &&
                           after[nk].found() && after[nk].rule == Rule::cue_after_quote;
      if (op != kNone && op < pe && pieces_[nk].open == op && !pieces_[nk].used && !own_cue) {
        if (dialogue_) {
          if (comma) {
            // separate utterances in a dialogue; the second keeps the cue
            Quote q2;
            q2.kind = QuoteKind::direct;
            q2.segments.push_back(piece_span(pieces_[nk]));
            q2.cue = q.cue;
            q2.cue_lemma = q.cue_lemma;
            pieces_[nk].used = true;
            add(std::move(q), at.who, at.rule, at.cue_first, false);
            add(std::move(q2), at.who, Rule::cue_inside_split, at.cue_first, false);
            continue;
          }
        } else {
          pieces_[nk].used = true;
          q.segments.push_back(piece_span(pieces_[nk]));
          // and a multi-paragraph continuation of it
          std::size_t c = nk;
          while (pieces_[c].continues && c + 1 < n && pieces_[c + 1].para == pieces_[c].para + 1 &&
                 pieces_[c + 1].open == para_first(pieces_[c + 1].para) && !after[c + 1].found()) {
            // (a paragraph with a cue of its own after its quote is another statement)
            ++c;
            pieces_[c].used = true;
            q.segments.push_back(piece_span(pieces_[c]));
          }
        }
      }
    }
    add(std::move(q), at.who, at.rule, at.cue_first, false);
  }
}

// --------------------------------------------------------------------------- indirect speech

/// True when a cued direct quote starts inside [a, b) (tokens).
bool Run::cued_direct_inside(u32 a, u32 b) const {
  // (a search in the list of such marks: a scan of [a, b), for each cue, would make an
  // endless sentence of cues and quote marks cost quadratic time)
  // (a fragment whose cue is inside [a, b), right before its opening mark, belongs to a
  // phrase of the content: `says Americans are "right to be angry," but hungry for what she
  // calls "real solutions."`; not a quote opened after a comma or colon, `she recalled
  // thinking, "…"`, a report of its own)
  auto it = std::lower_bound(direct_opens_.begin(), direct_opens_.end(), a,
                             [](const std::pair<u32, u32>& d, u32 x) { return d.first < x; });
  for (; it != direct_opens_.end() && it->first < b; ++it) {
    const u32 open = it->first, cue = it->second;
    if (!(mark_[open] & 1)) continue;
    if (cue > a && cue + 1 == open && is_word(cue)) continue;
    return true;
  }
  return false;
}

/// For a direct quote opened at `open` right after its cue and a comma or colon (`…, the
/// mother of three replied, "…"`), the comma, semicolon, dash, `and` or `but` that opens the
/// cue's clause, within content starting at `a`; kNone when there is none near.
u32 Run::clause_before_cue(u32 a, u32 open) const {
  if (!(punct(open - 1, ',') || punct(open - 1, ':')) || !(mark_[open - 2] & 2)) return kNone;
  u32 c = open - 2;
  while (c > a + 2 && c + 24 > open && !punct(c - 1, ',') && !punct(c - 1, ';') &&
         !is_dash(c - 1) && !is(c - 1, "and") && !is(c - 1, "but"))
    --c;
  return c > a + 2 && c + 24 > open ? c - 1 : kNone;
}

/// For content after `that` starting at `a` with an adverbial clause (`if`, `although`,
/// `when`) or phrase (`despite`, `during`, no verb in it), the comma that closes it before a
/// main clause (not a conjunction, a participle cue or a report of its own); kNone otherwise.
u32 Run::fronted_adverbial(u32 a, u32 se, bool after_that) const {
  if (a < se && is(a, "even")) ++a;  // `even if`, `even though`
  if (!after_that || a >= se || !has(a, detail::qw_fronting) || cap(a) || (mark_[a] & 1))
    return kNone;
  const bool clause = has(a, detail::qw_clause);
  for (u32 k = a + 1; k < se && k < a + 30; ++k) {
    if (sentence_final(k) || punct(k, ';') || punct(k, ':') || is_dash(k) || is_quote_mark(k) ||
        (mark_[k] & 1))
      return kNone;
    // a phrase (`despite the vote`) has no verb of its own
    if (!clause && has(k, detail::qw_aux | detail::qw_verb)) return kNone;
    if (!punct(k, ',')) continue;
    if (k < a + 2 || k + 1 >= se || !is_word(k + 1) || has(k + 1, detail::qw_clause)) return kNone;
    const QuoteWord* c = cue_at(k + 1);
    if (c && c->form == CueForm::ing) return kNone;
    // a main clause that is a report of its own (`…, he argued …`, `…, a Chinese official
    // said`): the adverbial is all the content
    for (u32 t = k + 1; t < se && t < k + 6 && !punct(t, ','); ++t) {
      const QuoteWord* ct = cue_at(t);
      if (ct && (ct->form == CueForm::past || ct->form == CueForm::third) && !cap(t)) return kNone;
    }
    return k;
  }
  return kNone;
}

/// True when token `a` opens a quote that closes before `b` with three or more words of the
/// writer after it (the content [a, b) is a mixed quote, not a direct one).
bool Run::opens_fragment(u32 a, u32 b) const {
  if (!is_open(a)) return false;
  if (close_from_.empty()) {
    close_from_.resize(std::size_t{ntok()} + 1);
    u32 next = ntok();
    close_from_[ntok()] = next;
    for (u32 i = ntok(); i-- > 0;) close_from_[i] = next = is_close(i) ? i : next;
  }
  const u32 k = close_from_[a + 1];
  if (k >= b) return false;
  // three words of the writer after it (a scan that stops at the third)
  u32 words = 0;
  for (u32 t = k + 1; t < b && words < 3; ++t)
    if (is_word(t) && !(mark_[t] & 1)) ++words;
  return words >= 3;
}

/// Drops cue-less direct quotes lying inside `cs` (they are part of a mixed quote).
void Run::absorb_uncued(Span cs) {
  // (the quotes beginning inside `cs`, found by a search: a loop over all quotes for each
  // report would make a text of many quotes cost quadratic time)
  auto it = std::lower_bound(uncued_begins_.begin(), uncued_begins_.end(),
                             std::pair<offset_t, u32>{cs.begin, 0});
  for (; it != uncued_begins_.end() && it->first <= std::size_t{cs.end} + 4; ++it) {
    Rec& r = recs_[it->second];
    if (r.q.content.end <= std::size_t{cs.end} + 4) r.dropped = true;
  }
}

/// A report in the passive at cue `i` (`reported` before `by`): `As (first) reported by X,
/// …` (the clause after), `…, as reported by X.` (the clause before), `NP was (first) reported
/// by X.` (the subject). Adds the quote and returns true, or returns false.
bool Run::passive_report(u32 i, const QuoteWord* w, u32 sf, u32 se, u32& content_until,
                         Mention& last_who, Rule& last_rule) {
  u32 k = i;  // past `first`, `originally`, `widely`
  while (k > sf && k + 3 > i && (is(k - 1, "first") || adverb_like(k - 1))) --k;
  if (k <= sf) return false;  // `Reported by …` opening a sentence: no clause to tie it to
  // the agent: a noun phrase up to a comma or the end of the sentence
  u32 np_end = i + 2;
  while (np_end < se && !punct(np_end, ',') && !sentence_final(np_end) && !is_quote_mark(np_end) &&
         np_end < i + 18)
    ++np_end;
  if (np_end == i + 2 || np_end >= i + 18) return false;
  Mention who = np_forward(i + 2, np_end);
  if (!who.found()) {
    who.first = i + 2;
    who.last = np_end - 1;
    classify(who);
  }
  const bool at_end = np_end >= se || sentence_final(np_end);
  const u32 as = k - 1;
  u32 a = kNone, b = kNone;
  if (k > sf && (is(as, "as") || is(as, "As"))) {
    if (sentence_initial(as) ||
        (as > sf && (is(as - 1, "But") || is(as - 1, "And")) && sentence_initial(as - 1))) {
      if (np_end < se && punct(np_end, ',')) a = np_end + 1, b = se;
    } else if (as > sf + 1 && punct(as - 1, ',') && at_end) {
      a = std::max(sf, content_until), b = as - 1;
    }
  } else if (at_end && k > sf + 2 && (is(k - 1, "was") || is(k - 1, "were")) &&
             !(is_lemma(w, "note") || is_lemma(w, "confirm"))) {
    // the subject of the passive, a noun phrase opening the sentence with no verb of its own
    a = clause_start(sf, k - 1);
    b = k - 1;
    for (u32 t = a; t < b; ++t)
      if (!(is_word(t) || kind(t) == TokenKind::clitic || kind(t) == TokenKind::number) ||
          has(t, detail::qw_verb | detail::qw_aux | detail::qw_clause | detail::qw_pronoun) ||
          cue_at(t))
        return false;
  }
  if (a == kNone || a >= b) return false;
  while (b > a && (sentence_final(b - 1) || is_quote_mark(b - 1) || punct(b - 1, ','))) --b;
  while (a < b && is_quote_mark(a)) ++a;
  bool inside = false;
  if (content_words(a, b, inside) < 2 || cued_direct_inside(a, b)) return false;
  add_report(i, i, lex_.lemma(w->lemma), a, b, inside, who, Rule::subject_of_cue);
  content_until = std::max(content_until, b > i ? se : np_end);
  last_who = who;
  last_rule = Rule::subject_of_cue;
  return true;
}

void Run::indirect() {
  const u32 ns = static_cast<u32>(seg_.sentences.size());
  // the cued direct quote of each sentence (by its cue), for `"…," X said, arguing that …`
  std::vector<int>& direct_cue_in_sentence = direct_cue_;
  direct_cue_in_sentence.assign(ns, -1);
  direct_begins_.clear();
  for (std::size_t k = 0; k < recs_.size(); ++k) {
    const Rec& r = recs_[k];
    if ((r.q.kind == QuoteKind::direct || r.q.kind == QuoteKind::mixed) && !r.uncued &&
        r.at < ntok())
      direct_cue_in_sentence[sent_of_[r.at]] = static_cast<int>(k);
    if (r.q.kind == QuoteKind::direct) {
      if (r.uncued)
        uncued_begins_.emplace_back(r.q.content.begin, static_cast<u32>(k));
      else
        direct_begins_.emplace_back(r.q.content.begin, r.at);
    }
  }
  std::sort(direct_begins_.begin(), direct_begins_.end());
  std::sort(uncued_begins_.begin(), uncued_begins_.end());
  // the opening marks that a cued direct quote's content begins right after
  direct_opens_.clear();
  for (u32 k = next_bit(mark_at_, 0, ntok()); k < ntok(); k = next_bit(mark_at_, k + 1, ntok())) {
    if (!is_open(k)) continue;
    const Span t = toks_[k].span;
    const auto it =
        std::upper_bound(direct_begins_.begin(), direct_begins_.end(), t.begin,
                         [](offset_t b, const std::pair<offset_t, u32>& d) { return b < d.first; });
    if (it != direct_begins_.end() && it->first <= std::size_t{t.end} + 4)
      direct_opens_.emplace_back(k, it->second);
  }
  for (u32 s = 0; s < ns; ++s) {
    const Sentence& st = seg_.sentences[s];
    const u32 sf = st.first_token, se = std::min(st.end_token, ntok());
    if (sf >= se) continue;
    // the first token the prefilter below lets through (none: nothing to do)
    const u32 first_cue = next_bit(cue_at_, sf, se);
    if (first_cue >= se) continue;
    u32 content_until = sf;  // tokens before this are already someone's content
    u32 after_source = sf;   // after the last `according to X,` of the sentence
    Mention last_who;
    Rule last_rule = Rule::none;
    for (u32 i = first_cue; i < se; ++i) {
      i = next_bit(cue_at_, i, se);
      if (i >= se) break;
      // only a cue verb or `according` can start anything here: the rest is skipped without
      // string compares (most tokens of a document)
      const QuoteWord* wi = info_[i];
      if ((!wi || wi->lemma == 0) && toks_[i].span.size() != 9 &&
          !(toks_[i].span.size() == 3 && is(i, "put")))
        continue;
      if (mark_[i] & 3) continue;
      if (i < content_until) continue;
      // `did not comment on the report`, `has never commented`: nothing said
      if (i > sf && has(i - 1, detail::qw_negation) && is_lemma(wi, "comment")) continue;
      // `admitted to the American Academy of Arts and Sciences`, `admitted to hospital`: let
      // into a body or a place, nothing said (not `admitted to lying`)
      if (i + 2 < se && is(i + 1, "to") && is_lemma(wi, "admit")) {
        const u32 t = is(i + 2, "the") || is(i + 2, "a") ? i + 3 : i + 2;
        if (t < se && is_word(t) && (cap(t) || has(t, detail::qw_org_head))) continue;
      }
      // a form in -s that is a noun, the head of a phrase: `bank notes in circulation fell`,
      // `Production estimates remained`, `press reports of …`, `notes due 1994`
      // (not after a pronoun, a name or a relative word's subject, whose verb it is: `which
      // he estimates will`, `the Tax Foundation estimates would`, `that the kingdom hopes will`)
      if (wi && wi->form == CueForm::third && !cap(i) && i > sf && i + 1 < se &&
          noun_after_cue(i + 1) && detail::noun_cue_lemma(lex_.lemma(wi->lemma)) &&
          !has(i - 1, detail::qw_pronoun) && !(cap(i - 1) && !sentence_initial(i - 1))) {
        u32 q = i - 1;
        if (q > sf && has(q - 1, detail::qw_determiner | detail::qw_possessive)) --q;
        if (!(q > sf && (is(q - 1, "which") || is(q - 1, "that")))) continue;
      }
      // `As Ms. X put it, …` / `…, as X put it.`: the clause the `as` phrase is set off from
      if (toks_[i].span.size() == 3 && is(i, "put") && i + 1 < se && is(i + 1, "it") &&
          !(mark_[i] & 1) && i > sf + 1) {
        // (commas only around an apposition of the subject, which opens right after `as`:
        // `As Steven M. Rosenthal, a tax lawyer, recently put it, …`)
        u32 as = i;
        bool comma = false;
        while (as > sf && as + (comma ? 20u : 9u) > i && !is(as - 1, "as") && !is(as - 1, "As") &&
               !sentence_final(as - 1) && !is_quote_mark(as - 1)) {
          comma = comma || punct(as - 1, ',');
          --as;
        }
        if (as > sf && (is(as - 1, "as") || is(as - 1, "As")) && as < i) {
          Mention who = subject_back(i, as);
          if (!who.found() || (comma && who.first != as)) continue;
          u32 e = i + 2;  // past `it` and a short adverbial up to the comma
          while (e < se && e < i + 14 && !punct(e, ',') && !sentence_final(e) && !is_quote_mark(e))
            ++e;
          u32 a = kNone, b = kNone;
          if (as - 1 == sf || (as - 1 > sf && sentence_initial(as - 1))) {
            if (e < se && punct(e, ',')) a = e + 1, b = se;
          } else if (as - 1 > sf + 1 && punct(as - 2, ',') && (e >= se || sentence_final(e))) {
            a = std::max(sf, content_until), b = as - 2;
          }
          if (a == kNone) continue;
          while (b > a && (sentence_final(b - 1) || is_quote_mark(b - 1) || punct(b - 1, ','))) --b;
          while (a < b && is_quote_mark(a)) ++a;
          bool inside = false;
          if (content_words(a, b, inside) < 3 || cued_direct_inside(a, b)) continue;
          add_report(i, i + 1, "put", a, b, inside, who, Rule::subject_of_cue);
          content_until = std::max(content_until, b > i ? se : e);
          last_who = who;
          last_rule = Rule::subject_of_cue;
        }
        continue;
      }
      // `according to X`
      if (is_word(i) && (is(i, "according") || is(i, "According")) && i + 1 < se &&
          is(i + 1, "to")) {
        // the source runs over `of`-phrases and apposition up to a comma or the end
        u32 np_end = i + 2;
        // (an owner's mark after a plural is no quote mark: `Windsor Locks' first selectman`;
        // a date's comma before a noun is inside the phrase: `a March 14, 2019 NATO press
        // release`)
        auto date_comma = [&](u32 k) {
          return k > i + 3 && k + 2 < se && kind(k - 1) == TokenKind::number && cap(k - 2) &&
                 has(k - 2, detail::qw_time) && kind(k + 1) == TokenKind::number && is_word(k + 2);
        };
        while (np_end < se && (!punct(np_end, ',') || date_comma(np_end)) &&
               !sentence_final(np_end) && !(is_quote_mark(np_end) && !plural_owner_mark(np_end)) &&
               np_end < i + 32)
          ++np_end;
        if (np_end == i + 2) continue;
        const u32 from = after_source;
        after_source = std::min(np_end + 1, se);
        Mention who = np_forward(i + 2, np_end);
        // (on to a name in apposition: `according to the shareholder, John Paul Decker.`)
        if (const Mention named = role_then_name(who, std::min(se, np_end + 6)); named.found()) {
          who = named;
          np_end = named.last + 1;
          after_source = std::min(np_end + 1, se);
        }
        if (who.found() && who.kind != MentionKind::pronoun) {
          // `according to preliminary reports`, `according to court filings`: no verb of
          // its own here, so a cue form after the words taken is the source's head noun
          u32 e = who.last;
          while (e + 1 < np_end && is_word(e + 1) && !cap(e + 1) && info(e + 1) &&
                 info(e + 1)->lemma != 0)
            ++e;
          if (e != who.last) {
            who = Mention{};
            who.first = i + 2;
            who.last = e;
            classify(who);
          }
        }
        if (!who.found()) {
          // `according to early results of the exit poll`, `according to him`
          who.first = i + 2;
          who.last = std::min(np_end, i + 14) - 1;
          // (up to a time, a date or a relative clause: `reports from the ministry on
          // Friday`, `a report from ABC on March 3 in which …`)
          for (u32 t = i + 3; t <= who.last; ++t)
            if ((has(t, detail::qw_clause) && !name_and(t)) ||
                ((is(t, "on") || is(t, "in") || is(t, "at")) && t + 1 <= who.last &&
                 (has(t + 1, detail::qw_time | detail::qw_clause) ||
                  kind(t + 1) == TokenKind::number) &&
                 // (not before its author: `a report on Wednesday by UpGuard`)
                 !(t + 3 <= who.last && (is(t + 2, "by") || is(t + 2, "from"))))) {
              who.last = t - 1;
              break;
            }
          classify(who);
        }
        u32 a, b, a2 = kNone, b2 = kNone;
        if (sentence_initial(i)) {
          if (np_end >= se || !punct(np_end, ',')) continue;
          a = np_end + 1;
          b = se;
          // past a person's apposition set off by commas: `According to Dr. Tom Frieden,
          // formerly the director of the CDC, the pandemic is …` (no verb in it)
          bool person_name = false;  // (a given name or a title in it: no body's acronym)
          for (u32 t = who.first; who.found() && t <= who.last && !person_name; ++t)
            person_name = has(t, detail::qw_first_name | detail::qw_honorific);
          // (and a body's or a source's, led by `a`: `According to a report by UpGuard, a
          // cybersecurity firm, two databases …`)
          const bool body_appos = !person_name && a + 2 < se && (is(a, "a") || is(a, "an"));
          // (a name of two words or more too: a given name the lexicon lacks, `Sadie Weiner`)
          if (((who.kind == MentionKind::name &&
                (person_name || (who.name_first != kNone && who.name_last > who.name_first))) ||
               body_appos) &&
              a + 2 < se) {
            u32 k = a;
            if (adverb_like(k)) ++k;
            // (a person's noun in it: not `According to Smith, the plan, which …`)
            // (or an owner's name: `According to Sadie Weiner, Hagan's former spokeswoman, …`)
            if ((has(k, detail::qw_determiner | detail::qw_role) && !has(k, detail::qw_clause)) ||
                (is_word(k) && cap(k) && k + 1 < se && owner_s(k + 1))) {
              bool person = false;
              // (an owner's mark after a plural is no quote mark: `the United States'
              // Centers for Disease Control`)
              while (k < se && k < a + 14 && !punct(k, ',') && !sentence_final(k) &&
                     !(is_quote_mark(k) && !plural_owner_mark(k)) && !cue_at(k) &&
                     !has(k, detail::qw_aux | detail::qw_verb) &&
                     !(has(k, detail::qw_clause) && !(is(k, "and") && cap(k - 1) && cap(k + 1)))) {
                person =
                    person || has(k, detail::qw_role | detail::qw_person_noun |
                                         (body_appos ? detail::qw_org_head | detail::qw_firm : 0u));
                ++k;
              }
              // (not the subject's own apposition: `a small firm, Acme, was hacked`)
              if (person && k + 3 < se && punct(k, ',') &&
                  !(body_appos && ((cap(k + 1) && punct(k + 2, ',')) || is(k + 1, "such") ||
                                   has(k + 1, detail::qw_verb | detail::qw_aux |
                                                  detail::qw_preposition | detail::qw_clause))))
                a = k + 1;
            }
          }
        } else {
          // (not back past an earlier source of the sentence: each vouches for its own part,
          // and a run of sources costs linear time)
          a = from;
          b = i;
          // `Witnesses, according to The Telegraph, said …`: a source set between a subject
          // and its cue; the cue's report is the quote (see subject_back)
          // (a base form there other than `say` opens the clause's subject: `Since last
          // November, according to Human Rights Watch, state security forces have killed …`)
          if (np_end + 1 < se && punct(np_end, ',') && cue_at(np_end + 1) &&
              info(np_end + 1)->form != CueForm::ing &&
              (info(np_end + 1)->form != CueForm::base || is_lemma(info(np_end + 1), "say")) &&
              from < i && punct(i - 1, ','))
            continue;
          if (np_end < se && punct(np_end, ',')) {
            // `In addition, according to the department, nine million workers …`
            a2 = np_end + 1;
            b2 = se;
            while (b2 > a2 && (sentence_final(b2 - 1) || is_quote_mark(b2 - 1))) --b2;
            if (b2 < a2 + 3) a2 = b2 = kNone;
          }
          // after the source, an apposition of it (`, a start-up that tracks donations`), a
          // relative clause (`, who are …`) or a concession (`, although …`) is the writer's;
          // a clause that goes on after the apposition is content again (`, another former
          // envoy, was a decision …`)
          if (a2 != kNone) {
            const std::string_view f2 = sv(a2);
            // (and a participle clause: `…, according to preliminary reports, resulting in a
            // minority government`)
            const bool participle_clause = f2.size() > 5 && f2.substr(f2.size() - 3) == "ing" &&
                                           is_word(a2) && !cap(a2) && !info(a2);
            // (and a name alone: `…, according to the shareholder, John Paul Decker.`)
            u32 nm = a2;
            while (nm < b2 && nm < a2 + 5 && is_word(nm) && cap(nm) &&
                   !has(nm, detail::qw_pronoun | detail::qw_determiner | detail::qw_not_name))
              ++nm;
            const bool name_alone = nm == b2 && nm > a2;
            if (f2 == "who" || f2 == "which" || f2 == "whose" || f2 == "whom" || f2 == "although" ||
                f2 == "though" || participle_clause || name_alone) {
              a2 = b2 = kNone;
            } else if (has(a2, detail::qw_determiner | detail::qw_possessive) &&
                       !has(a2, detail::qw_quantity) && kind(a2) != TokenKind::number) {
              u32 k = a2;
              bool verb = false;
              while (k < b2 && k < a2 + 12 && !punct(k, ',')) {
                if (has(k, detail::qw_aux | detail::qw_verb)) verb = true;
                ++k;
              }
              if (!verb) {
                if (k < b2 && punct(k, ',') && k + 3 < b2 && is_word(k + 1) && !cap(k + 1) &&
                    has(k + 1, detail::qw_aux | detail::qw_verb))
                  a2 = k + 1;
                else
                  a2 = b2 = kNone;
              }
            }
          }
        }
        while (b > a && (sentence_final(b - 1) || punct(b - 1, ',') || is_quote_mark(b - 1))) --b;
        // `… specified no cause, but, according to his agent, Hunter had undergone surgery`:
        // a clause the source's is set against is the writer's; the source vouches for the
        // clause after it
        if (a2 != kNone && b > a && (is(b - 1, "but") || is(b - 1, "yet"))) {
          a = a2;
          b = b2;
          a2 = b2 = kNone;
        }
        if (!sentence_initial(i)) {
          // the source vouches for the last clause before it: after a colon or semicolon, a
          // relative clause (`the deal, which would cut its tax rate to 17 percent, according
          // to …`), the phrase of an absolute `with` (`…, with 56 percent of voters viewing him
          // positively, according to …`), each running up to the source
          bool comma_after = false;
          for (u32 k = b; k-- > a + 1;) {
            if (mark_[k] & 1) continue;
            if ((punct(k, ':') || punct(k, ';')) && k + 4 < b) {
              a = k + 1;
              break;
            }
            if (punct(k, ',') && comma_after) break;
            if (punct(k, ',') && k + 4 < b && !(mark_[k + 1] & 1)) {
              comma_after = true;
              const std::string_view nw = sv(k + 1);
              if (nw == "which" || nw == "who" || nw == "whose") {
                a = k + 1;
                break;
              }
              if (nw == "with") {
                a = k + 2;
                break;
              }
            }
          }
        }
        while (a < b && is_quote_mark(a)) ++a;
        if (b <= a || (b - a < 3 && a2 == kNone)) continue;
        if (cued_direct_inside(a, b)) continue;
        bool inside = false;
        for (u32 t = a; t < b; ++t)
          if (mark_[t] & 1) inside = true;
        if (a == sf) {
          // `X told her that …, according to Y`: the report of the report is Y's; the inner
          // one is part of it
          const Span outer = span_of(a, b - 1);
          for (std::size_t qi = recs_.size(); qi-- > 0;) {
            Rec& r = recs_[qi];
            if (r.at < sf) break;
            if (r.q.kind != QuoteKind::direct && !r.dropped && r.at < i &&
                r.q.segments.front().begin >= outer.begin && r.q.segments.back().end <= outer.end)
              r.dropped = true;
          }
        }
        Quote q;
        q.kind = inside ? QuoteKind::mixed : QuoteKind::indirect;
        q.cue = span_of(i, i + 1);
        q.cue_lemma = "according to";
        q.segments.push_back(span_of(a, b - 1));
        if (a2 != kNone) q.segments.push_back(span_of(a2, b2 - 1));
        if (inside) absorb_uncued(q.segments.back());
        add(std::move(q), who, Rule::according_to, i, false);
        content_until = std::max(content_until, a2 != kNone ? se : np_end);
        last_who = who;
        last_rule = Rule::according_to;
        continue;
      }
      const QuoteWord* w = cue_at(i);
      if (!w && info_[i] && info_[i]->cue == CueClass::noun && is_word(i) && !cap(i) &&
          !(mark_[i] & 1))
        w = info_[i];
      if (!w) continue;
      // `As reported by X, …`, `…, as first reported by X.`, `News of the move was first
      // reported by X.`: a report in the passive with its agent after `by`
      if (w->cue == CueClass::speech && w->form == CueForm::past && i + 2 < se && is(i + 1, "by") &&
          !(mark_[i + 1] & 1) &&
          (is_lemma(w, "report") || is_lemma(w, "announce") || is_lemma(w, "reveal") ||
           is_lemma(w, "disclose") || is_lemma(w, "confirm") || is_lemma(w, "note"))) {
        if (passive_report(i, w, sf, se, content_until, last_who, last_rule)) continue;
      }
      // `the facts reported by the government`, `Additional reporting by …`: a participle with
      // its agent after `by` is no report of the words after it
      // (`responded by saying …` is a report: a cue after `by`)
      if ((w->form == CueForm::past || w->form == CueForm::ing) && i + 2 < se && is(i + 1, "by") &&
          !(mark_[i + 1] & 1) && w->cue != CueClass::noun &&
          !(cue_form(i + 2) && info(i + 2)->form == CueForm::ing))
        continue;

      // `spoke about the need for …`, `has spoken out about …`, `spoke emotionally of …`,
      // `spoke during his speech of …`: the topic of the speech is its content
      u32 topic = kNone;
      QuoteWord topic_w;
      if (w->cue == CueClass::direct_only && is_lemma(w, "speak") && !cap(i)) {
        for (u32 k = i + 1; k < se && k < i + 6; ++k) {
          if (is(k, "about") || is(k, "of")) {
            topic = k;
            break;
          }
          if (!(adverb_like(k) || has(k, detail::qw_time) || is(k, "out") || is(k, "during") ||
                is(k, "his") || is(k, "her") || is(k, "speech") || is(k, "remarks")))
            break;
        }
        if (topic == kNone || topic + 1 >= se || !(is_word(topic + 1) || is_open(topic + 1)))
          topic = kNone;
        if (topic != kNone) {
          topic_w = *w;
          topic_w.cue = CueClass::object;
          w = &topic_w;
        }
      } else if (w->cue == CueClass::speech && !cap(i) && w->form != CueForm::base && i + 2 < se &&
                 is_word(i + 2) &&
                 (((is(i + 1, "of") || is(i + 1, "against") || is(i + 1, "about")) &&
                   is_lemma(w, "warn")) ||
                  (is(i + 1, "about") && is_lemma(w, "write")))) {
        // `warned of a growing threat`, `warned against …`, `wrote about …`: the topic of the
        // warning or the writing is its content, as with `spoke about`
        topic = i + 1;
        topic_w = *w;
        topic_w.cue = CueClass::object;
        w = &topic_w;
      } else if (is_lemma(w, "call") && !cap(i) && w->form != CueForm::base && i + 3 < se &&
                 (is(i + 1, "on") || is(i + 1, "upon")) && is_word(i + 2)) {
        // `called on drivers to "…"`, `has called upon Congress to act`: whom it calls on and
        // what to do, as `urged` takes them
        u32 t = i + 2;
        while (t < se && t < i + 10 && !is(t, "to") && !punct(t, ',') && !sentence_final(t) &&
               !is_quote_mark(t))
          ++t;
        if (t + 1 < se && is(t, "to")) {
          topic = i + 1;
          topic_w = *w;
          topic_w.cue = CueClass::object;
          w = &topic_w;
        }
      }
      if (detail::direct_cue(w->cue) || w->cue == CueClass::none) continue;
      // a speech noun with its owner before `that`: `his claim that …`, `Mr. Trump's assertion
      // that …`, `her warning that …`
      // (`his promise to build …`: a promise's infinitive, as its verb's)
      const bool noun_cue =
          i > sf && i + 2 < se &&
          (is(i + 1, "that") ||
           (is(i + 1, "to") && is_lemma(w, "promise") && is_word(i + 2) && !cap(i + 2) &&
            !has(i + 2, detail::qw_determiner | detail::qw_possessive | detail::qw_object))) &&
          w->form != CueForm::past && w->cue != CueClass::object &&
          (has(i - 1, detail::qw_possessive) || owner_s(i - 1));
      if (w->cue == CueClass::noun && !noun_cue) continue;
      // a base or -s form after an owner or a determiner is a noun: `Mr. Trump's comments
      // signal …`, `the approving comments`, `his promises to …`
      if (!noun_cue && (w->form == CueForm::base || w->form == CueForm::third) && i > sf &&
          ((has(i - 1, detail::qw_possessive) && !has(i - 1, detail::qw_object)) ||
           owner_s(i - 1) || is(i - 1, "the") || is(i - 1, "The") || is(i - 1, "a") ||
           is(i - 1, "an") || is(i - 1, "these") || is(i - 1, "those") || is(i - 1, "Those") ||
           is(i - 1, "These")))
        continue;
      if (!noun_cue && (w->form == CueForm::base || w->form == CueForm::third) && i > sf + 1 &&
          (is_lemma(w, "claim") || is_lemma(w, "report") || is_lemma(w, "remark") ||
           is_lemma(w, "comment") || is_lemma(w, "promise") || is_lemma(w, "charge") ||
           is_lemma(w, "estimate") || is_lemma(w, "note") || is_lemma(w, "quote") ||
           is_lemma(w, "tweet") || is_lemma(w, "reply") || is_lemma(w, "dispute"))) {
        // `a new report compares …`, `the central claims of …`, `his more divisive remarks`:
        // adjectives between an article or owner and the word make it a noun
        // (and a body's short name right before it: `a UN report concluded`, `a Reuters
        // report said`, `the Fed report`; not a plural after `the`, `the Democrats report`)
        u32 j = i - 1;
        while (j > sf && j + 3 > i && is_word(j) &&
               (!cap(j) ? (!info(j) || is(j, "more") || is(j, "most") || is(j, "new"))
                        : (j + 1 == i && w->form == CueForm::base && !sentence_initial(j) &&
                           (is(j - 1, "a") || is(j - 1, "an") || is(j - 1, "A") ||
                            is(j - 1, "An") || sv(j).back() != 's'))))
          --j;
        if (j < i - 1 && (is(j, "the") || is(j, "The") || is(j, "a") || is(j, "A") || is(j, "an") ||
                          has(j, detail::qw_possessive) || owner_s(j)))
          continue;
      }
      if (is_lemma(w, "decline") && !(i + 1 < se && is(i + 1, "to"))) continue;
      // `people accused of crimes`, `was accused of …`: the accused, not the accuser, before it
      // (`has been accused of` keeps its report)
      if (is_lemma(w, "accuse") && w->form == CueForm::past && is(i + 1, "of") && i > sf &&
          is_word(i - 1) && !has(i - 1, detail::qw_aux | detail::qw_pronoun) && !adverb_like(i - 1))
        continue;
      // an object cue's past form right after a noun of no person, before `for`, `as` or
      // `in` and the clause's own verb, is the participle of a reduced passive clause (as one
      // before `by` is, above): `The black hole described in the study is located …`; the
      // noun is no speaker (a person's noun is the subject: `whom one insider described as
      // …`, `An eyewitness described for PA Media how …`)
      if (w->form == CueForm::past && w->cue == CueClass::object && i > sf && i + 2 < se &&
          is_word(i - 1) && (!cap(i - 1) || sentence_initial(i - 1)) && !info(i - 1) &&
          !adverb_like(i - 1) && (is(i + 1, "for") || is(i + 1, "as") || is(i + 1, "in")) && [&] {
            for (u32 t = i + 2; t < se && t < i + 16; ++t) {
              if (punct(t, ',') || punct(t, ';') || is_quote_mark(t) || sentence_final(t))
                return false;
              if (is_word(t) && !cap(t) && has(t, detail::qw_aux | detail::qw_verb)) return true;
            }
            return false;
          }())
        continue;
      // after an owner's `'s`, an -ing form is a noun (`NBC's reckoning`), and so is a past
      // form after a person's or a place's (`Japan's alleged failure`, `Johnson's stated
      // intent`); after a company named by its possessive it is the verb (`Moody's said`)
      // (`GM's previously announced move`: an adverb of time between makes it an adjective
      // after any owner; `Scott's said`, `Moody's also cited`: the company's verb)
      if (!noun_cue && i > sf + 1 && owner_s(i - 1) &&
          (w->form == CueForm::ing ||
           (w->form == CueForm::past && !is_lemma(w, "say") && possessor_named(i - 2))))
        continue;
      if (!noun_cue && w->form == CueForm::past && i > sf + 2 && is_word(i - 1) &&
          detail::participle_adverb(sv(i - 1)) &&
          (owner_s(i - 2) || is(i - 2, "the") || is(i - 2, "its") || is(i - 2, "their") ||
           is(i - 2, "an") || is(i - 2, "a")))
        continue;  // (and after an article or `its`: `In its earlier reported first half`)

      // `added to her delegate lead`, `added to the uncertainty`: no report
      if (is_lemma(w, "add") && i + 1 < se && is(i + 1, "to")) continue;
      // `had added about 100 mln stg onto results`, `will add some 140 mln stg`, `added 1.5
      // pct`: an amount (`added 20 people had been arrested` is a report)
      if (is_lemma(w, "add") && i + 2 < se) {
        u32 nb = i + 1;
        if (is(nb, "about") || is(nb, "some") || is(nb, "around") || is(nb, "another") ||
            is(nb, "nearly") || is(nb, "almost") || is(nb, "up"))
          ++nb;
        if (nb + 1 < se && (kind(nb) == TokenKind::number || kind(nb) == TokenKind::percent)) {
          const u32 u = nb + 1;
          if (kind(nb) == TokenKind::percent || is(u, "mln") || is(u, "million") ||
              is(u, "billion") || is(u, "billions") || is(u, "stg") || is(u, "dlrs") ||
              is(u, "dollars") || is(u, "pct") || is(u, "percent") || is(u, "points") ||
              is(u, "cts") || is(u, "cents") || is(u, "pence") || is(u, "yen") || is(u, "marks") ||
              is(u, "francs") || is(u, "tonnes") || is(u, "barrels") || is(u, "bln") ||
              is(u, "per"))
            continue;
        }
      }
      // `add one member to the committee`, `had added the additional week, known as …`: a noun
      // phrase with no verb before `to` or before a comma and a participle is what was added
      // (`added the company would …`, `adding the result augured well` are reports)
      if (is_lemma(w, "add") && i + 1 < se &&
          has(i + 1, detail::qw_determiner | detail::qw_possessive) &&
          !has(i + 1, detail::qw_pronoun)) {
        bool object = false;
        for (u32 k = i + 2; k < se && k < i + 14; ++k) {
          if (has(k, detail::qw_aux | detail::qw_verb) || cue_at(k) ||
              kind(k) == TokenKind::clitic || is_quote_mark(k) || sentence_final(k) ||
              punct(k, ';'))
            break;
          const std::string_view kw = sv(k);
          if (k > i + 2 && is_word(k) && !cap(k) && kw.size() > 3 &&
              (kw.back() == 's' || kw.substr(kw.size() - 2) == "ed"))
            break;  // (a verb the lexicon does not list)
          if (is(k, "to")) {
            object = true;
            break;
          }
          if (punct(k, ',')) {
            object = k + 1 < se && is_word(k + 1) && !cap(k + 1) &&
                     (is(k + 1, "known") || ing_word(k + 1) ||
                      (sv(k + 1).size() > 4 && sv(k + 1).substr(sv(k + 1).size() - 2) == "ed"));
            break;
          }
        }
        if (object) continue;
      }
      // `responded by blocking …`, `did not respond to a request for comment`: an act, no report
      if ((is_lemma(w, "respond") || is_lemma(w, "reply")) && i + 1 < se) {
        u32 nx = i + 1;
        if (nx + 1 < se && adverb_like(nx)) ++nx;
        u32 k = nx + 1;
        if (k + 1 < se && adverb_like(k)) ++k;
        const QuoteWord* by = k < se ? info(k) : nullptr;
        const bool says = by && by->cue == CueClass::speech;  // `responded by saying …`
        if ((is(nx, "by") && !says) || is(nx, "to")) continue;
      }
      // `advising Pfizer as it …`, `who advised Obama on …`: advice needs `that` or `to`
      // `charged a $100,000 fee`, `charged his campaign for rent`: a price, no accusation
      // `a panel charged with recovering …`: a task, no accusation
      if (is_lemma(w, "charge") && i + 2 < se && is(i + 1, "with") && ing_word(i + 2)) continue;
      if (is_lemma(w, "advise") || is_lemma(w, "charge")) {
        bool said = false;
        for (u32 k = i + 1; k < se && k < i + 8 && !said; ++k) {
          if (punct(k, ',') || punct(k, ';')) break;
          said = is(k, "that") || is(k, "to") || is(k, "against") || is(k, "with") ||
                 is_quote_mark(k);  // `charged the officer with murder`
        }
        if (!said) continue;
      }
      // `have written letters for them`, `I write this because …`: writing things, no report
      // (`wrote a letter to X asking …` is one: the letter's request)
      if (is_lemma(w, "write") && i + 2 < se) {
        const u32 o = i + 1;
        if (has(o, detail::qw_document) && !cap(o) && sv(o).back() == 's') continue;
        if (is(o, "this") &&
            (!is_word(o + 1) || has(o + 1, detail::qw_clause | detail::qw_preposition)))
          continue;
      }
      // `Jane Doe reported from Oakland, Calif.`: a byline, no report
      if (is_lemma(w, "report") && i + 1 < se && is(i + 1, "from")) continue;
      if (i + 1 < se && (is(i + 1, "tank") || is(i + 1, "tanks"))) continue;  // think tank
      if (idiom_after_cue(i)) continue;
      // `the final say on`, `a larger say than`: the noun, after an article or an owner and
      // plain words, before a preposition
      if (w->form == CueForm::base && is_lemma(w, "say") && i > sf + 1 && i + 1 < se &&
          has(i + 1, detail::qw_preposition) && !has(i + 1, detail::qw_clause)) {
        u32 j = i - 1;
        while (j > sf && j + 3 > i && is_word(j) && !cap(j) && !info(j)) --j;
        if (j < i - 1 && (is(j, "the") || is(j, "a") || has(j, detail::qw_possessive))) continue;
      }
      if (w->bits & detail::qw_noun_cue) {
        // `the 50 states`, `pledged delegates`: a cue only before `that`, `to` or a colon
        u32 nx = i + 1;
        while (nx < se && nx < i + 3 && adverb_like(nx)) ++nx;
        if (!(nx < se && (is(nx, "that") || is(nx, "to") || punct(nx, ':')))) continue;
        // `Rust Belt states that …`, `the four states that …`, `eight states to …`, `early
        // voting states that …`: a noun after a name, number, determiner or modifier
        // (a plural noun is a base or -s form; a past form there is the verb of its subject:
        // `Smith maintained that …`, and so is any form after a pronoun: `He states that …`)
        if (i > sf && (w->form == CueForm::base || w->form == CueForm::third) &&
            !has(i - 1, detail::qw_pronoun) &&
            (cap(i - 1) || kind(i - 1) == TokenKind::number || is(i - 1, "and") ||
             has(i - 1, detail::qw_determiner | detail::qw_possessive | detail::qw_quantity) ||
             (is_word(i - 1) && sv(i - 1).size() > 4 &&
              sv(i - 1).substr(sv(i - 1).size() - 3) == "ing")))
          continue;
      }
      // a base form after a determiner (and one plain word) before a verb is a noun, the
      // subject's head: `The news report said …`, `The television report showed …`
      // (after an article, `one` or an owner; not after `some`, `many`: `which some investors
      // believe could …` is a clause)
      auto article = [&](u32 t) {
        return is(t, "the") || is(t, "The") || is(t, "a") || is(t, "A") || is(t, "an") ||
               is(t, "An") || is(t, "one") || is(t, "One") || has(t, detail::qw_possessive);
      };
      if (w->form == CueForm::base && !cap(i) && i > sf + 1 && i + 1 < se &&
          noun_after_determiner(i, sf) && (article(i - 1) || article(i - 2)) &&
          (has(i + 1, detail::qw_aux | detail::qw_verb) ||
           (cue_at(i + 1) &&
            (info(i + 1)->form == CueForm::past || info(i + 1)->form == CueForm::third))))
        continue;
      // a past form after a cue's -ing form is an adjective of its object: `Citing alleged
      // violation of …`, `denying reported claims`
      if (w->form == CueForm::past && i > sf && cue_at(i - 1) &&
          cue_at(i - 1)->form == CueForm::ing)
        continue;
      // a past form after an article, an owner or a preposition is an adjective: `the alleged
      // plot`, `their reported remarks`, `over alleged assassination plots`
      if (w->form == CueForm::past && i > sf &&
          (is(i - 1, "the") || is(i - 1, "a") || is(i - 1, "an") || is(i - 1, "The") ||
           ((is(i - 1, "An") || is(i - 1, "A")) && sentence_initial(i - 1)) || is(i - 1, "these") ||
           is(i - 1, "those") || is(i - 1, "its") || is(i - 1, "their") ||
           (has(i - 1, detail::qw_preposition) && !has(i - 1, detail::qw_clause))))
        continue;
      // a noun, not a verb: `Health worries have …`, `Editor's note:`, `his remarks will …`,
      // `Some reports suggest …` (not in a relative clause with a gap: `which Democrats say
      // could be aiding him`)
      const QuoteWord* w_next = i + 1 < se ? cue_at(i + 1) : nullptr;
      if (w->form != CueForm::past && w->form != CueForm::ing && i + 1 < se &&
          (has(i + 1, detail::qw_aux | detail::qw_verb) || punct(i + 1, ':') ||
           (w->form == CueForm::third && w_next && w_next->form == CueForm::base && !cap(i + 1)))) {
        bool gap = false;
        if (!punct(i + 1, ':'))
          for (u32 j = i; j > sf && j + 5 > i;) {
            --j;
            if (is(j, "which") || is(j, "that")) {
              gap = j + 1 < i;
              break;
            }
            if (!is_word(j) || has(j, detail::qw_verb | detail::qw_aux | detail::qw_clause |
                                          detail::qw_preposition))
              break;
          }
        if (!gap) continue;
      }
      Mention who;
      Rule rule = Rule::subject_of_cue;
      const bool progressive = w->form == CueForm::ing && i > sf &&
                               ((has(i - 1, detail::qw_aux) && !has(i - 1, detail::qw_negation)) ||
                                (kind(i - 1) == TokenKind::clitic) ||
                                (i > sf + 1 && adverb_like(i - 1) &&
                                 (has(i - 2, detail::qw_aux) || kind(i - 2) == TokenKind::clitic)));
      const bool participle = w->form == CueForm::ing && !progressive && !noun_cue;
      // `issued a statement saying …`, `a series of tweets early Friday saying …`: the text
      // speaks for the subject of the clause
      const bool document_ing =
          participle && i > sf + 2 && !punct(i - 1, ',') &&
          (has(i - 1, detail::qw_document) ||
           (has(i - 1, detail::qw_time) && has(i - 2, detail::qw_document)) ||
           (has(i - 1, detail::qw_time) && i > sf + 3 && has(i - 3, detail::qw_document)));
      if (document_ing) {
        who = participle_subject(i, sf);
        if (!who.found() && direct_cue_in_sentence[s] >= 0) {
          // `"…," she said at a news conference announcing …`: the quote's speaker
          const Rec& r = recs_[static_cast<std::size_t>(direct_cue_in_sentence[s])];
          if (r.at < i && r.m.found()) {
            who = r.m;
            rule = r.srule;
          }
        }
        if (!who.found()) continue;
      } else if (noun_cue) {
        if (has(i - 1, detail::qw_possessive)) {
          who.first = who.last = i - 1;
          who.kind = MentionKind::pronoun;
          const std::uint32_t pb = bits(i - 1);
          who.gender = (pb & detail::qw_plural)   ? g_plural
                       : (pb & detail::qw_female) ? g_female
                       : (pb & detail::qw_male)   ? g_male
                                                  : g_plural;  // `its`: not a person
        } else {
          if (i < sf + 2) continue;
          who = subject_head(i - 2, sf, i);
          if (!who.found() || who.kind == MentionKind::generic) continue;
        }
      } else if (participle) {
        // `on the spot – saying …`, `told reporters, before insisting …`, `calling it
        // “disqualifying” and asserting that …`: a participle joined to the clause before by a
        // dash, a time word or a conjunction after an earlier participle, as after a comma
        bool linked = false;
        if (i > sf + 2) {
          u32 lk = i - 1;
          if (adverb_like(lk) && lk > sf + 2) --lk;  // `and pointedly saying`
          const std::string_view lw = sv(lk);
          if (is_dash(lk) || (is_quote_mark(lk) && !is_open(lk) && punct(lk - 1, ','))) {
            linked = true;  // `… – saying`, `… "a betrayal of trust," adding`
          } else if (lw == "before" || lw == "after" || lw == "while" || lw == "upon") {
            linked = !sentence_initial(lk);
          } else if (lw == "and" || lw == "but") {
            for (u32 t = lk - 1; t > sf && t + 30 > lk && !linked; --t) {
              const std::string_view tw = sv(t);
              linked = is_word(t) && !cap(t) && tw.size() > 4 &&
                       tw.substr(tw.size() - 3) == "ing" && !has(t, detail::qw_time);
            }
          }
        }
        if (i > sf + 1 && !punct(i - 1, ',') && !linked) {
          // `Trump landed in hot water by saying that …`: the subject of the clause;
          // `with three in 10 saying …`, `62 percent of voters saying …`: the phrase before
          if (is(i - 1, "by")) {
            who = participle_subject(i - 1, sf);
          } else if (is(i - 1, "as") && i > sf + 3 &&
                     (is(i - 2, "quoted") ||
                      (i > sf + 5 && is(i - 4, "quoted") && is(i - 3, "by")) ||
                      (i > sf + 6 && is(i - 5, "quoted") && is(i - 4, "by")))) {
            // `The president was quoted as saying …`, `Putin was quoted by Interfax as saying
            // …`: the subject of the clause said it
            who = participle_subject(i - 1, sf);
          } else if ((is(i - 1, "for") || is(i - 1, "from")) && i > sf + 2 &&
                     (past_ed(i - 2) || is(i - 2, "aside") || is(i - 2, "apart") ||
                      criticized_for(i - 1, sf)) &&
                     w->cue == CueClass::speech) {
            // `apologized for saying …`, `was criticized for saying …`, `aside from saying …`:
            // the subject of the clause said it (not after an object: `criticized Trump for
            // saying`)
            who = participle_subject(i - 1, sf);
          } else if (is_word(i - 1) && !cap(i - 1) && has(i - 1, detail::qw_document) &&
                     !has(i - 1, detail::qw_person_noun)) {
            // `researchers … posted findings estimating …`, `issued a statement saying …`: the
            // text speaks for the subject of the clause
            who = participle_subject(i, sf);
          } else if (has(i - 1, detail::qw_person_noun | detail::qw_quantity) ||
                     kind(i - 1) == TokenKind::number || plural_noun(i - 1, w) ||
                     (cap(i - 1) && !sentence_initial(i - 1))) {
            Mention m0 = subject_back(i, sf);
            // (not the object of `to`: `making a pitch to New York voters saying …` is the
            // subject's; nor a medium after `on`: `posted a message on Twitter blaming Iran`)
            // (nor the object of a verb the participle's own object pronoun points back to:
            // `UpGuard emailed Amazon Web Services informing them of the situation`)
            const bool object_back =
                m0.found() && m0.first > sf + 1 && is_word(m0.first - 1) && !cap(m0.first - 1) &&
                (past_ed(m0.first - 1) || has(m0.first - 1, detail::qw_verb)) &&
                !cue_form(m0.first - 1) && i + 1 < ntok() && is_word(i + 1) &&
                has(i + 1, detail::qw_object) && has(i + 1, detail::qw_pronoun) &&
                !has(i + 1, detail::qw_possessive);
            if (m0.found() && m0.first > sf &&
                (is(m0.first - 1, "to") || is(m0.first - 1, "on") || is(m0.first - 1, "via") ||
                 object_back)) {
              who = participle_subject(i, sf);
              if (who.found()) m0 = Mention{};
            }
            if (m0.found() && m0.kind != MentionKind::pronoun &&
                (m0.kind != MentionKind::generic || has(m0.last, detail::qw_plural) ||
                 has(m0.last, detail::qw_quantity | detail::qw_person_noun) ||
                 kind(m0.last) == TokenKind::number || plural_noun(m0.last, w)))
              who = m0;
          }
          if (!who.found()) continue;
          rule = Rule::subject_of_cue;
        } else if (!(i > sf && punct(i - 1, ',')) && !linked) {
          // `After saying he was nervous …, the man ended up …`, `While saying that …, he
          // continued …`: the subject of the main clause after the comma
          u32 f0 = sf;
          while (f0 < i && is_quote_mark(f0)) ++f0;
          if (f0 + 1 == i &&
              (is(f0, "After") || is(f0, "Before") || is(f0, "While") || is(f0, "Upon"))) {
            u32 k = i + 1;  // (over a quoted fragment: `After saying her foot was "so swollen,"`)
            while (k < se && k < i + 40 && !punct(k, ',') && !sentence_final(k)) ++k;
            u32 after = k + 1;
            if (after < se && is_quote_mark(after) && !is_open(after)) ++after;
            if (after + 1 < se && punct(k, ',')) {
              const Mention s0 = np_forward(after, se);
              if (s0.found() && s0.last + 1 < se && is_word(s0.last + 1) && !cap(s0.last + 1) &&
                  (s0.kind == MentionKind::name || s0.kind == MentionKind::pronoun ||
                   s0.kind == MentionKind::organisation || s0.kind == MentionKind::description ||
                   has(s0.last, detail::qw_person_noun | detail::qw_role)))
                who = s0;
            }
          }
          if (!who.found()) continue;
        }
        if (who.found()) {
        } else if (last_who.found()) {
          who = last_who;
          rule = last_rule;
          // (the report before was a relative clause's, `rebuked critics who say …, saying
          // …`: the participle is the main clause's subject's)
          if (last_who.first == last_who.last &&
              (is(last_who.first, "who") || is(last_who.first, "that"))) {
            const Mention m0 = participle_subject(i, sf);
            if (m0.found() && m0.last < last_who.first) {
              who = m0;
              rule = Rule::subject_of_cue;
            }
          }
        } else {
          // a direct quote earlier in the sentence: its speaker
          const int dk = direct_cue_in_sentence[s];
          if (dk >= 0) {
            const Rec& r = recs_[static_cast<std::size_t>(dk)];
            if (r.at < i && r.m.found()) {
              who = r.m;
              rule = r.srule;
            }
          }
          if (!who.found()) {
            // `Clinton attacked Trump, saying …`: the subject opening the sentence, after an
            // opening adverbial (`Facing mounting criticism, Mr. Trump released …, saying`)
            u32 f0 = sf;
            while (f0 < i && is_quote_mark(f0)) ++f0;
            const u32 f = subject_start(clause_start(sf, i), i);
            Mention s0 = f < i ? np_forward(f, i) : Mention{};
            // (after an adverbial, an owner is no subject: `On the exchange, Jaguar's shares
            // were quoted at 591p, after reporting …`)
            // (nor a name modifying the plural noun after it: `Election implications … were
            // described by Johnson as …, saying`)
            if (s0.found() && s0.last + 1 < i && !punct(s0.last + 1, ',') &&
                (f == f0 || kind(s0.last + 1) != TokenKind::clitic) &&
                !(s0.kind == MentionKind::name && is_word(s0.last + 1) && !cap(s0.last + 1) &&
                  !has(s0.last + 1, detail::qw_aux | detail::qw_verb) &&
                  plural_noun(s0.last + 1, w)) &&
                (s0.kind == MentionKind::name || s0.kind == MentionKind::pronoun ||
                 s0.kind == MentionKind::organisation))
              who = s0;
          }
          if (!who.found() && w->cue != CueClass::cognition) who = participle_subject(i, sf);
          if (!who.found()) continue;
        }
      } else {
        if (w->form == CueForm::base && i > sf && is(i - 1, "to")) {  // `to say`
          // `X went on to say`, `X continued to say`, `Voters were more likely to say`: the
          // subject of the verb before `to`
          u32 v = i - 2;
          if (i < sf + 3) continue;
          if (is(v, "on") && v > sf + 1 && (is(v - 1, "went") || is(v - 1, "goes"))) {
            v = v - 1;
          } else if (is(v, "likely")) {
            while (v > sf + 1 && (is(v - 1, "more") || is(v - 1, "less") || is(v - 1, "most") ||
                                  adverb_like(v - 1)))
              --v;
          } else if (!(is(v, "continued") || is(v, "continues") || is(v, "refused"))) {
            // `X went out of his way to say …`, `X took to Twitter to say …`, `she is expected
            // to argue …`: the subject of the main clause the infinitive belongs to
            if (w->cue != CueClass::speech || !(i + 1 < se && is(i + 1, "that"))) continue;
            // `led her to declare that …`, `forced Stumpf, who …, to admit that …`: the object
            // of an object-control verb
            u32 ctl = kNone;
            for (u32 t = i - 1; t-- > sf && t + 24 > i;) {
              if (has(t, detail::qw_control) && is_word(t) && !cap(t)) {
                ctl = t;
                break;
              }
              if (sentence_final(t) || punct(t, ';') || punct(t, ':') || is_quote_mark(t) ||
                  cue_at(t))
                break;
            }
            if (ctl != kNone) {
              who = np_forward(ctl + 1, i - 1);
              if (!who.found() || (who.last + 2 != i && !punct(who.last + 1, ','))) continue;
            } else if (is_word(v) && !cap(v) &&
                       ((has(v, detail::qw_verb) && !has(v, detail::qw_aux)) ||
                        (sv(v).size() > 4 && sv(v).substr(sv(v).size() - 2) == "ed"))) {
              // `he appeared to suggest that …`, `she's expected to argue that …`
              who = subject_back(v, sf);
            } else {
              who = participle_subject(i - 1, sf);
            }
            if (!who.found()) continue;
          }
          if (!who.found()) who = subject_back(v, sf);
          if (!who.found()) continue;
        } else {
          who = subject_back(i, sf);
          // a common noun right after a preposition is its object, and the cue a noun: `over
          // investor fears about …`, `payments by member states to the EC` (after `of` or
          // `by` a bare singular noun only: `a body of work suggests`, `a study by four
          // economists suggests`)
          // (bare lower-case words, the cue in -s: a plural noun, no verb: `on renewed
          // investor fears about`)
          if (who.found() && who.first > sf && who.last + 3 > who.first &&
              who.kind != MentionKind::name && who.kind != MentionKind::pronoun &&
              w->form == CueForm::third && has(who.first - 1, detail::qw_preposition) &&
              ((!is(who.first - 1, "of") && !is(who.first - 1, "by")) ||
               (who.first == who.last && sv(who.first).back() != 's')) &&
              [&] {
                for (u32 t = who.first; t <= who.last; ++t)
                  if (!is_word(t) || cap(t) ||
                      has(t, detail::qw_determiner | detail::qw_possessive))
                    return false;
                return true;
              }())
            continue;
          // a comma inside a closing quote mark ends an apposition too (`Humphrey, who calls
          // Trump a "sociopath," said …`)
          if (!who.found() && i > sf + 2 && is_close(i - 1) && punct(i - 2, ','))
            who = subject_back(i - 1, sf);
          // `Residents who oppose the pipeline said …`: the object inside a relative clause is
          // not the subject; the head before the clause is
          if (who.found() && who.kind != MentionKind::name && who.kind != MentionKind::pronoun &&
              who.first > sf + 2 && !cap(i)) {
            u32 t = who.first;
            while (t > sf + 1 && t + 8 > who.first && is_word(t - 1) && !is(t - 1, "who") &&
                   !has(t - 1, detail::qw_clause))
              --t;
            if (t > sf + 1 && is(t - 1, "who") && is_word(t - 2) &&
                !has(t - 2, detail::qw_clause)) {
              const Mention head = long_subject(i, sf);
              if (head.found() && head.last + 2 == t && head.kind != MentionKind::pronoun)
                who = head;
            }
          }
        }
        if (!who.found() && (w->cue == CueClass::cognition || w->cue == CueClass::object) &&
            i > sf && !cap(i) &&
            (has(i - 1, detail::qw_quantity) || is(i - 1, "some") || is(i - 1, "Some") ||
             is(i - 1, "few") || is(i - 1, "Few"))) {
          // `Some believe …`, `but few believe …`, `Many fear …`: a quantity stands for people
          who.first = who.last = i - 1;
          who.kind = MentionKind::generic;
          who.gender = g_plural;
        }
        u32 conj = i - 1;  // `… and said`, `… but has said`, `… and also warned`
        while (conj > sf + 1 && conj + 3 > i && is_word(conj) && !cap(conj) &&
               (has(conj, detail::qw_aux | detail::qw_negation) || adverb_like(conj)))
          --conj;
        // (`…, then says …`: a comma and `then` join the verb to the clause before)
        if (!who.found() && i > sf &&
            (is(conj, "and") || is(conj, "but") ||
             (punct(conj, ',') && conj + 1 < i && is(conj + 1, "then")))) {
          if (last_who.found()) {
            who = last_who;  // `X said … and warned that …`: the same subject
          } else {
            // `…, who answered the door and said …`, `… when Rubio thanked Miami and said …`:
            // the subject of the relative or adverbial clause the verb is coordinated in
            for (u32 t = conj; t-- > sf + 1 && t + 24 > conj;) {
              if (mark_[t] & 1) continue;
              if (!is_word(t) || has(t, detail::qw_verb | detail::qw_aux)) {
                // (a subject pronoun opening the clause after its comma: `When X was asked
                // …, he laughed and said …`)
                if (punct(t, ',')) {
                  who = pronoun_after_comma(conj, sf);
                  if (who.found()) break;
                }
                if (punct(t, ',') || punct(t, ';') || punct(t, ':') || is_dash(t) ||
                    punct(t, '(') || punct(t, ')') || is_quote_mark(t))
                  break;
                continue;
              }
              if (cap(t) || !has(t, detail::qw_clause)) continue;
              const std::string_view tw = sv(t);
              if (tw == "who") {
                if (punct(t - 1, ',') || cap(t - 1)) {
                  who.first = who.last = t;
                  who.kind = MentionKind::generic;
                }
                break;
              }
              if (tw == "when" || tw == "after" || tw == "because" || tw == "while" ||
                  tw == "since" || tw == "although" || tw == "though" || tw == "once") {
                const Mention m = np_forward(t + 1, conj);
                if (m.found() && m.last + 2 < conj && is_word(m.last + 1) && !cap(m.last + 1) &&
                    !has(m.last + 1, detail::qw_clause | detail::qw_preposition) &&
                    (m.kind == MentionKind::name || m.kind == MentionKind::pronoun ||
                     m.kind == MentionKind::organisation))
                  who = m;
                break;
              }
              if (tw == "and" || tw == "but" || tw == "or" || tw == "that" || tw == "which")
                continue;
              break;
            }
          }
          if (!who.found() && !last_who.found()) {
            // `Schultz supported Democrats … and said …`: the subject opening the sentence,
            // past an opening phrase (`But on Tuesday, he stood … and urged …`)
            u32 f = clause_start(sf, i);
            while (f < i && (is_quote_mark(f) || has(f, detail::qw_clause))) ++f;
            Mention s0 = np_forward(f, i);
            // (one of a group: `One of these groups opposed … and said`)
            if (f + 2 < i && (is(f, "One") || is(f, "one")) && is(f + 1, "of")) {
              s0 = np_forward(f + 2, i);
              if (s0.found()) {
                s0.first = f;
                s0.kind = MentionKind::generic;
              }
            }
            // (up to its verb: `Grain traders expect a heavy signup and said …`)
            for (u32 t = s0.found() ? s0.first + 1 : i; t <= s0.last && t < i; ++t)
              if (is_word(t) && !cap(t) &&
                  ((cue_at(t) && !has(t, detail::qw_noun_cue) && info(t)->form != CueForm::ing) ||
                   has(t, detail::qw_verb | detail::qw_aux) ||
                   // (a plain word after a plural person noun: its verb, `traders expect`)
                   (has(t - 1, detail::qw_person_noun) && has(t - 1, detail::qw_plural) &&
                    !has(t, detail::qw_preposition | detail::qw_determiner | detail::qw_clause |
                                detail::qw_possessive | detail::qw_person_noun)))) {
                s0.last = t - 1;
                classify(s0);
                break;
              }
            // (a generic subject before a body's name in apposition: `One of these groups,
            // the Syrian Democratic Forces (SDF), opposed the withdrawal and said`)
            const bool generic_body = s0.found() && s0.kind == MentionKind::generic &&
                                      s0.last + 2 < i && punct(s0.last + 1, ',') &&
                                      has(s0.last + 2, detail::qw_determiner);
            if (s0.found() &&
                (s0.kind == MentionKind::name || s0.kind == MentionKind::organisation ||
                 s0.kind == MentionKind::description || generic_body) &&
                s0.last + 2 < i && punct(s0.last + 1, ',') &&
                (has(s0.last + 2, detail::qw_determiner | detail::qw_role) ||
                 kind(s0.last + 2) == TokenKind::number || is(s0.last + 2, "like") ||
                 is(s0.last + 2, "who") ||
                 (is_word(s0.last + 2) && !cap(s0.last + 2) && sv(s0.last + 2).size() > 4 &&
                  sv(s0.last + 2).substr(sv(s0.last + 2).size() - 3) == "ing"))) {
              // `Brian Fallon, a spokesman for X, called on … and said`, `De Blasio, speaking
              // on the radio, called …`, `The senator, who …, voted no and said`: past the
              // apposition, participle or relative clause
              u32 c2 = s0.last + 2;
              while (c2 < i && c2 < s0.last + 14 && !punct(c2, ',')) ++c2;
              if (c2 + 1 < i && punct(c2, ',') && is_word(c2 + 1) && !cap(c2 + 1) &&
                  (has(c2 + 1, detail::qw_verb | detail::qw_aux) ||
                   (sv(c2 + 1).size() > 4 && sv(c2 + 1).substr(sv(c2 + 1).size() - 2) == "ed"))) {
                who = s0;
                if (generic_body) {
                  const Mention ap = np_forward(s0.last + 2, c2);
                  who = ap.found() && (ap.kind == MentionKind::name ||
                                       ap.kind == MentionKind::organisation)
                            ? ap
                            : Mention{};
                }
              }
            }
            // (or people named by a common noun: `Grain traders expect a heavy signup and said
            // …`)
            if (s0.found() && s0.last + 1 < i && !punct(s0.last + 1, ',') &&
                (s0.kind == MentionKind::name || s0.kind == MentionKind::pronoun ||
                 s0.kind == MentionKind::organisation ||
                 ((s0.kind == MentionKind::generic || s0.kind == MentionKind::description) &&
                  (has(s0.last, detail::qw_person_noun | detail::qw_role) ||
                   // (`One of these groups opposed the withdrawal and said`)
                   (s0.last > s0.first + 1 && is(s0.first + 1, "of") && plural_noun_at(s0.last))) &&
                  !has(s0.first, detail::qw_preposition))))
              who = s0;
          }
        }
        // the subject opening the clause, for a speech verb in a finite form
        const bool finite_speech =
            w->cue == CueClass::speech && (w->form == CueForm::past || w->form == CueForm::third ||
                                           (w->form == CueForm::base && i > sf && !cap(i)));
        bool wide = false;
        if (!who.found() && finite_speech && i > sf + 2 &&
            (is(i - 1, "that") || is(i - 1, "which"))) {
          // `released a letter from his doctor that says …`: the text speaks for the subject
          for (u32 t = i - 2; t > sf && t + 10 > i; --t)
            if (has(t, detail::qw_document) && !cap(t)) {
              who = participle_subject(i, sf);
              wide = who.found();
              break;
            }
        }
        if (!who.found() && finite_speech && !punct(i - 1, ',')) {
          who = clause_subject(i, sf);
          wide = who.found();
        }
        if (!who.found() && finite_speech && !punct(i - 1, ',')) {
          // `Large majorities of Republican primary voters in six states said …`: a long
          // noun phrase with no verb, clause word or punctuation of its own opens the clause
          const u32 c = clause_start(sf, i);
          bool np = c + 2 < i && i < c + 20 && !(mark_[c] & 1) &&
                    (cap(c) || has(c, detail::qw_determiner | detail::qw_quantity));
          for (u32 t = c; np && t < i; ++t)
            if (!(is_word(t) || kind(t) == TokenKind::number || kind(t) == TokenKind::percent) ||
                has(t, detail::qw_verb | detail::qw_aux | detail::qw_clause | detail::qw_pronoun |
                           detail::qw_object | detail::qw_negation) ||
                (cue_at(t) && !has(t, detail::qw_noun_cue)))
              np = false;
          if (np) {
            who.first = c;
            who.last = i - 1;
            who.kind = MentionKind::generic;
            who.gender = g_plural;
            wide = true;
          }
        }
        if (!who.found() && i > sf + 1 && punct(i - 1, ',') && !np_forward(i + 1, se).found() &&
            finite_speech) {
          who = clause_subject(i, sf);
          wide = who.found();
        }
        if (!who.found() && finite_speech && is_lemma(w, "say") && !cap(i)) {
          // `Experts on X and Y said …`, `Several governors, including two Republicans, said …`:
          // unless the words after a comma-cue name the speaker (`…, said Jane Morton.`)
          bool inverted = false;
          if (punct(i - 1, ',')) {
            const Mention f = np_forward(i + 1, se, true);
            if (f.found()) {
              const u32 nx = adverbials_only(f.last + 1, se);
              // (not a gerund opening the clause after a base form: `…, say taxing
              // consumption encourages savings, investment …`)
              inverted = (nx >= se || sentence_final(nx) || punct(nx, ',')) &&
                         !(w->form == CueForm::base && ing_word(f.first));
            }
          }
          if (!inverted) {
            who = long_subject(i, sf);
            wide = who.found();
          }
        }
        if (!who.found() && i > sf + 1 && punct(i - 1, ',')) {
          // `…, said Jane Morton, an economist.`: the subject after the verb
          who = np_forward(i + 1, se, true);
          if (!who.found() || who.kind == MentionKind::pronoun) {
            if (!(who.found() && who.kind == MentionKind::pronoun)) continue;
          }
          // `…, declared bankruptcy.`: one bare word that names no people is the object
          if (who.kind == MentionKind::generic && who.first == who.last &&
              !has(who.first, detail::qw_person_noun | detail::qw_org_head) &&
              !plural_noun(who.first, w))
            continue;
          const u32 nx = adverbials_only(who.last + 1, se);
          if (!(nx >= se || sentence_final(nx) || punct(nx, ','))) continue;
          if (w->form == CueForm::base && ing_word(who.first)) continue;
          u32 a2 = std::max(sf, content_until), b2 = i - 1;
          u32 mark0 = kNone;  // the opening mark of a quote the content starts with
          while (a2 < b2 && (is_quote_mark(a2) || is_dash(a2))) {
            if (is_open(a2)) mark0 = a2;
            ++a2;
          }
          if (a2 >= b2 || ((mark_[a2] & 1) && !(mark0 != kNone && opens_fragment(mark0, b2))))
            continue;
          const bool inside = marked(a2, b2);
          if (cued_direct_inside(a2, b2)) continue;
          // a parenthetical cue inside the statement: `Because warmer water is more buoyant,
          // says the study, it rises above cooler water` (the clause after it opens with a
          // subject pronoun: not an apposition, `…, said Jane Morton, an economist`), or the
          // subject before it, its verb after (`Any interpretation of his actions, said
          // Michael Kofman, an expert on Russia, would read this as …`)
          u32 a3 = kNone, b3 = kNone;
          if (nx + 2 < se && punct(nx, ',') && is_word(nx + 1) && !cap(nx + 1) &&
              (has(nx + 1, detail::qw_pronoun) || is(nx + 1, "it"))) {
            a3 = nx + 1;
          } else if (nx + 2 < se && punct(nx, ',')) {
            a3 = verb_after_apposition(nx + 1, se);
            if (a3 != kNone && !verbless(a2, b2)) a3 = kNone;
          }
          if (a3 != kNone) {
            b3 = se;
            while (b3 > a3 && sentence_final(b3 - 1)) --b3;
            if (words_in(a3, b3, 3) < 3) a3 = b3 = kNone;
          }
          if (words_in(a2, b2, 3) + (a3 != kNone ? words_in(a3, b3, 3) : 0) < 3) continue;
          add_report(i, i, lex_.lemma(w->lemma), a2, b2, inside || (a3 != kNone && marked(a3, b3)),
                     who, Rule::subject_of_cue, a3, b3);
          content_until = std::max(content_until, a3 != kNone ? se : nx);
          last_who = who;
          last_rule = Rule::subject_of_cue;
          continue;
        }
        if (!who.found() && finite_speech && !punct(i - 1, ',')) {
          // `…, a source close to him said.`: the words between the last comma and a cue that
          // ends its sentence
          const u32 nx = adverbials_only(i + 1, se);
          u32 k = i;
          while (k > sf && k + 10 > i && !punct(k - 1, ',') && !is_quote_mark(k - 1) &&
                 !sentence_final(k - 1) && !has(k - 1, detail::qw_verb | detail::qw_clause) &&
                 !cue_at(k - 1))
            --k;
          // (or a bare noun for people: `…, lawyers for the family said.`)
          if ((nx >= se || sentence_final(nx)) && k > sf + 1 && k < i && punct(k - 1, ',') &&
              (has(k, detail::qw_determiner | detail::qw_possessive) || cap(k) ||
               (is_word(k) && has(k, detail::qw_person_noun | detail::qw_role) &&
                !has(k, detail::qw_object)))) {
            who = np_forward(k, i);
            if (!who.found()) {
              who.first = k;
              who.last = i - 1;
              classify(who);
            }
            who.first = k;
            who.last = std::max(who.last, i - 1);
            while (who.last > who.first && (adverb_like(who.last) || has(who.last, detail::qw_aux)))
              --who.last;
            wide = true;
          }
        }
        if (!who.found()) continue;
        // `There are states that …`: the expletive is no speaker
        if (who.first == who.last && (is(who.first, "There") || is(who.first, "there"))) continue;
        if (who.kind == MentionKind::generic && who.first > sf &&
            kind(who.first - 1) == TokenKind::number)
          --who.first;       // `1,409 teachers said`
        bool owned = false;  // `Ivana Trump's brief said`, `the group's statement said`
        for (u32 t = who.first; t < who.last && !owned; ++t) owned = owner_s(t);
        if (who.kind == MentionKind::generic && !wide && !owned && !who.joined &&
            !has(who.first, detail::qw_determiner | detail::qw_possessive) &&
            !(who.first < who.last && has(who.first, detail::qw_person_noun) &&
              (is(who.first + 1, "for") || is(who.first + 1, "of") || is(who.first + 1, "close") ||
               is(who.first + 1, "familiar"))) &&
            !has(who.last, detail::qw_person_noun | detail::qw_org_head | detail::qw_plural) &&
            !is(who.last, "it") && !is(who.last, "It") && !is(who.last, "who") &&
            !has(who.last, detail::qw_quantity) && kind(who.last) != TokenKind::percent &&
            kind(who.last) != TokenKind::number && !plural_noun(who.last, w)) {
          // a bare lower-case word is rarely a speaker (`faces charges that …`), unless it
          // ends a quantity opening the clause (`Almost half of respondents said`)
          if (!finite_speech) continue;
          who = clause_subject(i, sf);
          // `Activists who want to ban abortion said …`: the head before a relative clause
          if ((!who.found() || who.kind != MentionKind::generic) && !cap(i)) {
            who = long_subject(i, sf);
            if (who.found() && who.kind == MentionKind::pronoun) who = Mention{};
          }
          if (!who.found()) continue;
          wide = true;
        }
        if (w->form == CueForm::past) {
          // a form of `be` right before the verb (past adverbs and negation), not one inside
          // an apposition (`X, whose roots are in …, said`)
          if (passive_at(i, who.last + 1)) continue;  // `he was told`, `has not been charged`
        }
        if (w->form == CueForm::base && who.kind == MentionKind::name && !(who.last + 1 < i) &&
            who.first > sf && is_word(who.first - 1) && !cap(who.first - 1) &&
            !has(who.first - 1, detail::qw_clause | detail::qw_preposition | detail::qw_determiner |
                                    detail::qw_adverb))
          continue;  // `help Mr. Putin maintain …`: a bare base form after a name is no report
      }
      // `As The Washington Post reported, …` / `But as Clyburn noted, …` / `…, as Comey
      // noted.`: the clause the `as` phrase is set off from
      if (!participle && !noun_cue && topic == kNone && who.found() && who.first > sf &&
          (w->form == CueForm::past || w->form == CueForm::third) &&
          (is(who.first - 1, "as") || is(who.first - 1, "As")) &&
          !(who.first > sf + 1 && (is(who.first - 2, "such") || is(who.first - 2, "well")))) {
        const u32 as = who.first - 1;
        const u32 nx = adverbials_only(i + 1, se);
        u32 a = kNone, b = kNone;
        const bool opens = as == sf || sentence_initial(as) || punct(as - 1, ',') ||
                           is(as - 1, "But") || is(as - 1, "And") || is(as - 1, "but") ||
                           is(as - 1, "and");
        if (opens && nx < se && punct(nx, ',')) {
          a = nx + 1, b = se;
        } else if (as > sf + 1 && punct(as - 1, ',') && (nx >= se || sentence_final(nx))) {
          a = std::max(sf, content_until), b = as - 1;
        }
        if (a != kNone) {
          while (b > a && (sentence_final(b - 1) || is_quote_mark(b - 1) || punct(b - 1, ',') ||
                           punct(b - 1, ')')))
            --b;
          while (a < b && is_quote_mark(a)) ++a;
          bool inside = false;
          if (content_words(a, b, inside) >= 3 && !cued_direct_inside(a, b)) {
            add_report(i, i, lex_.lemma(w->lemma), a, b, inside, who, rule);
            content_until = std::max(content_until, b > i ? se : nx);
            last_who = who;
            last_rule = rule;
            continue;
          }
        }
      }
      // `In a speech last July, he said:` closing a paragraph, the next paragraph unquoted:
      // that paragraph is the content
      if (!participle && !noun_cue && i + 2 < ntok() && punct(i + 1, ':') &&
          i + 2 >= para_end(para_of(i)) && para_of(i) + 1 < seg_.paragraphs.size()) {
        const u32 pn = para_of(i) + 1;
        const u32 a = para_first(pn), e = std::min(para_end(pn), ntok());
        u32 b = e, words = 0;
        bool marks = false;
        for (u32 t = a; t < e; ++t) {
          if (is_word(t)) ++words;
          if (mark_[t] & 1) marks = true;
        }
        while (b > a && (sentence_final(b - 1) || is_quote_mark(b - 1))) --b;
        if (!marks && words >= 5 && b > a) {
          Quote q;
          q.kind = QuoteKind::indirect;
          q.cue = span_of(i, i);
          q.cue_lemma = lex_.lemma(w->lemma);
          q.segments.push_back(span_of(a, b - 1));
          mark_quoted(a, e);
          mark_[i] |= 2;
          add(std::move(q), who, rule, i, false);
          last_who = who;
          last_rule = rule;
          continue;
        }
      }
      // forward content
      u32 p = topic != kNone ? topic + 1 : i + 1;
      if (topic == kNone &&
          (is_lemma(w, "tell") || is_lemma(w, "inform") || is_lemma(w, "remind") ||
           is_lemma(w, "assure") || is_lemma(w, "warn") || is_lemma(w, "notify"))) {
        // the audience: `told NTV`, `told reporters`, `told The Washington Post`, a
        // programme's title in quote marks (`told "Good Morning America" on Monday …`)
        u32 title_end = p;
        if (p + 2 < se && is_open(p)) {
          u32 k = p + 1;
          // (short words between capitalised ones: `"Meet the Press"`, `"Face the Nation"`)
          while (k < se && k < p + 8 && is_word(k) &&
                 (cap(k) || (k > p + 1 && sv(k).size() <= 3 && k + 1 < se && cap(k + 1))))
            ++k;
          if (k > p + 1 && k < se && is_quote_mark(k) && !is_open(k)) title_end = k + 1;
        }
        if (title_end > p) {
          p = title_end;
        } else if (p < se && (has(p, detail::qw_object) || has(p, detail::qw_person_noun) ||
                              bare_audience(p, se))) {
          ++p;
        } else {
          // (`told our correspondent`; a second determiner opens the content: `told the press
          // the officers had …`)
          const u32 q0 = p;
          const bool det = p < se && has(p, detail::qw_determiner | detail::qw_possessive);
          if (det) ++p;
          // (`and` inside a name: `told the Securities and Exchange Commission he …`)
          while (p < se &&
                 (cap(p) || kind(p) == TokenKind::clitic ||
                  (is(p, "and") && p > q0 && cap(p - 1) && p + 1 < se && cap(p + 1) &&
                   !has(p + 1, detail::qw_pronoun))) &&
                 p < q0 + 7)
            ++p;
          while (p < se && is_word(p) && !cap(p) &&
                 !has(p, detail::qw_clause | detail::qw_preposition | detail::qw_pronoun) &&
                 !is(p, "it") &&
                 !(p > q0 + 1 && has(p, detail::qw_determiner | detail::qw_possessive)) &&
                 p < q0 + 4 && det)
            ++p;
          // an owner's noun is an audience only before a clause (`told his aides he …`), not
          // as the object (`telling their family stories`)
          // (it is at the end of a clause whose content comes before its subject: `This is
          // not about me, Obama told his closest advisers.`)
          if (det && has(q0, detail::qw_possessive) && !has(q0, detail::qw_determiner) &&
              !(p < se &&
                (has(p, detail::qw_determiner | detail::qw_possessive | detail::qw_pronoun) ||
                 is(p, "that") || cap(p) || is_quote_mark(p) || punct(p, ','))) &&
              !(who.found() && who.first > sf + 1 && punct(who.first - 1, ',') &&
                (adverbials_only(p, se) >= se || sentence_final(adverbials_only(p, se)))))
            p = q0;
        }
        // a noun phrase right before a verb is the content's subject, not the audience
        // (`Experts warn the drought could last`; `warned the EC it would …` has one)
        // (after names, the last one is the subject: `told Reuters MITI asked …`, `told the
        // Feed Association EEP should …`)
        // (after an event, the words after it: `told a news conference sales are …`)
        for (u32 t = i + 2; t < p; ++t)
          if (is_word(t) && !cap(t) && has(t, detail::qw_aux | detail::qw_verb) &&
              !has(t, detail::qw_pronoun) && !(cap(t - 1) && cap(t + 1))) {  // (`Jornal do Brasil`)
            p = t;  // (the audience's words ran past the verb: `warned the drought could`)
            break;
          }
        if (p > i + 1 && p < se && !has(i + 1, detail::qw_object) && is_word(p) && !cap(p) &&
            has(p, detail::qw_aux | detail::qw_verb) && !has(p, detail::qw_pronoun)) {
          u32 event = kNone;
          for (u32 t = i + 1; t + 1 < p; ++t)
            if (has(t, detail::qw_document) && !cap(t)) event = t;
          p = p > i + 2 && cap(p - 1) && cap(p - 2) ? p - 1 : event != kNone ? event + 1 : i + 1;
        }
        // the audience's name after `of` or `in`: `told a meeting of the Minerals Research
        // Organisation in Milton Keynes he …`, `told the House of Commons assets of …`
        for (int part = 0; part < 3 && p + 1 < se && (is(p, "of") || is(p, "in")); ++part) {
          u32 q = p + 1;
          if (has(q, detail::qw_determiner) && q + 1 < se) ++q;
          const u32 q0 = q;
          while (q < se && q < q0 + 6 && cap(q) && !has(q, detail::qw_pronoun)) ++q;
          // (not an owner: `telling them of Japan's plan` is what was told)
          if (q == q0 || q >= se || kind(q) == TokenKind::clitic) break;
          // the name ends the audience when a clause, a quote or another part follows it
          // (past time words: `… Division last night "there is …"`); else the name's words
          // may go on (`of West German tax advisers`)
          u32 r = q;
          while (r < se && r < q + 3 && is_word(r) && !cap(r) && has(r, detail::qw_time)) ++r;
          if (!(r < se &&
                (is_quote_mark(r) || is(r, "of") || is(r, "in") || is(r, "that") ||
                 (is_word(r) && has(r, detail::qw_pronoun) && !has(r, detail::qw_object)) ||
                 (has(r, detail::qw_determiner | detail::qw_possessive) &&
                  !has(r, detail::qw_clause)))))
            break;
          p = q;
        }
        // a longer audience before `that`: `told The Post and Courier newspaper of Charleston
        // on Saturday that …`, `is telling customers at a popular Manchester, New Hampshire,
        // breakfast spot that …`
        for (u32 k = p; k < se && k < p + 14; ++k) {
          if (sentence_final(k) || is_quote_mark(k) || (mark_[k] & 1) || punct(k, ';') ||
              punct(k, ':') || has(k, detail::qw_verb | detail::qw_aux | detail::qw_pronoun) ||
              cue_at(k))
            break;
          if (is(k, "that") && is_word(k)) {
            if (k > p && !punct(k - 1, ',') && !has(k - 1, detail::qw_determiner)) p = k;
            break;
          }
        }
      }
      // adverbials then `that`
      u32 that = kNone;
      bool relative_that = false;
      for (u32 k = p; k < se && k < p + 12; ++k) {
        if (sentence_final(k) || is_quote_mark(k) || punct(k, ';')) break;
        if (punct(k, ',') && !(k + 1 < se && is(k + 1, "that"))) {
          // `said Sunday in Madison, Wisconsin, that …`: a place name set off by commas
          u32 c2 = k + 1;
          while (c2 < se && c2 < k + 5 && (cap(c2) || punct(c2, '.'))) ++c2;
          if (c2 > k + 1 && c2 + 1 < se && punct(c2, ',') && is(c2 + 1, "that")) {
            k = c2;
            continue;
          }
          // `said, however, that …`, `said, among other things, that …`, `said, in an
          // interview, that …`: adverbials set off by commas right after the cue
          if (k == p && !is(k + 1, "and") && !is(k + 1, "but")) {
            c2 = k + 1;
            while (c2 < se && c2 < k + 13 && !punct(c2, ',') && !sentence_final(c2) &&
                   !is_quote_mark(c2))
              ++c2;
            if (c2 > k + 1 && c2 < k + 9 && c2 + 1 < se && punct(c2, ',') && is(c2 + 1, "that") &&
                adverbials_only(k + 1, c2) >= c2) {
              k = c2;
              continue;
            }
            // `said, win or lose in the primary, he would stay …`: a parenthetical, then a
            // clause opened by its subject pronoun (the parenthetical is the statement's)
            bool verbless = c2 > k + 1 && c2 + 2 < se && punct(c2, ',');
            for (u32 t = k + 1; t < c2 && verbless; ++t)
              verbless = (kind(t) == TokenKind::clitic && cap(t - 1)) ||  // `Tuesday's`
                         (!has(t, detail::qw_verb | detail::qw_aux | detail::qw_pronoun) &&
                          !cue_at(t) && !(mark_[t] & 1));
            if (verbless && is_word(c2 + 1) && has(c2 + 1, detail::qw_pronoun) &&
                !has(c2 + 1, detail::qw_object | detail::qw_possessive) &&
                (has(c2 + 2, detail::qw_aux | detail::qw_verb) ||
                 kind(c2 + 2) == TokenKind::clitic)) {
              // (after a belief's verb the phrase is the thinker's aside: `I think, to me,
              // I'm …`)
              // (an adverbial is the writer's: `said, however, he could not …`)
              that = w->cue == CueClass::speech && adverbials_only(k + 1, c2) < c2 ? k : c2;
              break;
            }
          }
          break;
        }
        // (`that's` is a subject and its verb: `they might have said that's absurd`)
        if (is(k, "that") && is_word(k) && owner_s(k + 1)) break;
        if (is(k, "that") && is_word(k)) {
          // a `that` right after a common noun and before a verb opens a relative clause of
          // the noun, not the content (`agreed on a line that would make …`, `spoke about a
          // plan that would cut taxes`): the content is the noun phrase (below)
          if (w->cue != CueClass::object && k > p && k + 1 < se && is_word(k - 1) && !cap(k - 1) &&
              !has(k - 1, detail::qw_time | detail::qw_clause | detail::qw_preposition |
                              detail::qw_pronoun | detail::qw_object | detail::qw_person_noun |
                              detail::qw_role | detail::qw_adverb) &&
              has(k + 1, detail::qw_aux | detail::qw_verb)) {
            relative_that = true;
            break;
          }
          // an object cue's object comes first: `described the crowd as shocked that …`; a
          // noun phrase opening the words before `that` makes it a word of the content (`reported
          // it obtained 72 emails that Carter sent`, `said its decision follows a complaint
          // that …`), a phrase of place, time or manner does not (`said in a speech to the
          // Texas house that …`)
          if ((w->cue != CueClass::object || k == p) &&
              (w->cue == CueClass::object || k == p || punct(p, ',') ||
               has(p, detail::qw_preposition | detail::qw_time) || adverb_like(p) ||
               adverbials_only(p, k) >= k))
            that = k;
          break;
        }
        // (`and` inside a name: `said in a filing with the Securities and Exchange Commission
        // that …`)
        if (has(k, detail::qw_clause | detail::qw_verb | detail::qw_pronoun | detail::qw_aux) &&
            !is(k, "as") && !(is(k, "and") && k > p && cap(k - 1) && k + 1 < se && cap(k + 1)))
          break;
        // (a cue word after a determiner is a noun: `said in its annual report that …`)
        if (cue_at(k) && !noun_after_determiner(k, p)) break;
      }
      u32 a;
      if (relative_that) {
        // the noun phrase with its relative clause is what was said about (`agreed on a line
        // that would …` → `a line that would …`)
        a = p;
        if (a < se && has(a, detail::qw_preposition)) ++a;
      } else if (that != kNone) {
        a = that + 1;
        if (a < se && punct(a, ',')) ++a;  // `said that, if elected, he would …`
      } else {
        // skip short adverbials: `on Thursday`, `in an interview`, `Thursday`
        u32 k = p;
        int steps = 0;
        while (k < se && steps < 6) {
          // (not a time word owning the next noun: `said Thursday's accident was …`, `said
          // last year's deficit …`)
          // (nor the subject of `there is`: `said there were 12 victims`)
          if (((has(k, detail::qw_time) && !has(k, detail::qw_determiner)) ||
               (has(k, detail::qw_adverb) && !cap(k))) &&
              !(k + 1 < se && kind(k + 1) == TokenKind::clitic) &&
              !(k + 1 < se && is(k, "there") && has(k + 1, detail::qw_aux)) &&
              !(k + 2 < se && has(k + 1, detail::qw_time) && kind(k + 2) == TokenKind::clitic)) {
            ++k;
            ++steps;
            continue;
          }
          // `late on Tuesday`, `early Tuesday`, `earlier this month`, `this week`
          if ((is(k, "late") || is(k, "early") || is(k, "earlier") || is(k, "later")) &&
              k + 1 < se &&
              (has(k + 1, detail::qw_time) || is(k + 1, "on") || is(k + 1, "in") ||
               is(k + 1, "this") || is(k + 1, "last"))) {
            ++k;
            ++steps;
            continue;
          }
          if (is(k, "this") && k + 1 < se && has(k + 1, detail::qw_time) &&
              !(k + 2 < se && kind(k + 2) == TokenKind::clitic)) {
            k += 2;
            steps += 2;
            continue;
          }
          if ((is(k, "on") || is(k, "in") || is(k, "at") || is(k, "during")) && k + 1 < se &&
              (has(k + 1, detail::qw_time) ||
               (has(k + 1, detail::qw_determiner) && k + 2 < se &&
                (is(k + 2, "statement") || is(k + 2, "interview"))))) {
            k += has(k + 1, detail::qw_determiner) ? 3 : 2;
            steps += 2;
            continue;
          }
          // `said at a press conference yesterday the laws …`, `said in an interview with
          // Rolling Stone he was …`: a phrase of place or manner, then the clause
          if (const u32 e = phrase_before_clause(k, se); e != kNone) {
            k = e;
            steps += 2;
            continue;
          }
          // `…, Proxmire told reporters after a speech to the League.`: adverbials to the
          // sentence's end are no content (the content is before)
          if ((is_lemma(w, "say") || is_lemma(w, "tell")) && place_or_time_tail(k, se)) k = se;
          break;
        }
        a = k;
        // `said on Saturday, about 20 buildings collapsed`: a comma after the adverbials
        // (the subject opening the sentence: not a participle of a phrase before, `Under the
        // settlement announced today, …`, `to fund the package announced last week, …`)
        if (k > p && k + 2 < se && punct(k, ',') && is_word(k + 1) && !ing_word(k + 1) &&
            !has(k + 1, detail::qw_clause) && !cue_at(k + 1) && who.found() && who.first == sf &&
            (!has(k + 1, detail::qw_preposition) ||
             (k + 2 < se &&
              (kind(k + 2) == TokenKind::number || kind(k + 2) == TokenKind::percent))))
          a = k + 1;
      }
      // the content's end: at most kContentScan tokens on (a cue in an endless "sentence", a
      // list or text with no stops, would otherwise look through the rest of it, each cue
      // again)
      const u32 scan_end = a < se && se - a > kContentScan ? a + kContentScan : se;
      u32 b = scan_end;
      // a cue inside a clause opened by a subordinator (`While X said that A, B …`)
      bool subordinate = false;
      {
        u32 f = sf;
        while (f < i && is_quote_mark(f)) ++f;
        const std::string_view fw = sv(f);
        if (f < i && i < f + 40 && cap(f) &&
            (fw == "While" || fw == "Although" || fw == "Though" || fw == "Because" ||
             fw == "After" || fw == "Before" || fw == "Upon" || fw == "When" || fw == "Since" ||
             fw == "If" || fw == "Whereas" || fw == "Unless")) {
          subordinate = true;
          for (u32 t = f; t < i; ++t)
            if (punct(t, ',')) subordinate = false;
        }
      }
      const bool object_cue = w->cue == CueClass::object;
      // an adverbial clause or phrase opening the content, set off by a comma before its main
      // clause (`said that if elected, she would …`, `added that, despite the vote, the party
      // …`): that comma is inside the content, and so is a cue of the main clause
      const u32 fronted_end = object_cue ? kNone : fronted_adverbial(a, se, that != kNone);
      // the content ends before a participle cue of its own (`, adding that`)
      // or before a report of its own: `; the center puts …`, `… and said …`,
      // `…, though she acknowledged …`
      for (u32 k = a; k < scan_end; ++k) {
        // only a token with a bit in scan_at_ (prepare()) can end the content: the rest skipped
        // a word of bits at a time (a new condition below on other tokens must add them there)
        k = next_bit(scan_at_, k, scan_end);
        if (k >= scan_end) break;
        if (fronted_end != kNone && k <= fronted_end) continue;
        if (punct(k, ';') && k > a + 2) {
          b = k;
          break;
        }
        if ((mark_[k] & 1) && is_open(k) && k > a + 4) {
          // `…, and when pressed, the mother of three replied, "…"`: a direct quote with its
          // own cue; the content ends at the clause before that cue
          const u32 c = clause_before_cue(a, k);
          if (c != kNone) {
            b = c;
            break;
          }
        }
        if (subordinate && punct(k, ',') && k > a + 1 && k + 1 < se && is_quote_mark(k + 1) &&
            !is_open(k + 1)) {
          b = k;  // `After saying her foot was "so swollen," she …`: the comma inside the mark
          break;
        }
        if (mark_[k] & 1) continue;
        if (punct(k, ',') && k > a + 2 && k + 2 < se && is(k + 1, "according") && is(k + 2, "to")) {
          b = k;  // `X told her that …, according to an account she gave`: the source's
          break;
        }
        if (punct(k, ',') && k > a + 2 && k + 2 < se && is(k + 1, "compared") &&
            is_lemma(w, "say") && (is(k + 2, "with") || is(k + 2, "to"))) {
          // `… 52 percent said Mr. X would be better, compared with 41 percent for …`: the
          // writer's comparison of answers to a poll
          b = k;
          break;
        }
        if (punct(k, ',') && k > a + 2 && k + 3 < se && !(mark_[k + 1] & 1) &&
            (is(k + 1, "a") || is(k + 1, "an")) && writer_comment(k + 2)) {
          b = k;  // `…, a claim Yerevan denied`: the writer's word on what was said
          break;
        }
        if (punct(k, ',') && k > a + 2 && k + 2 < se && !(mark_[k + 1] & 1) &&
            (is(k + 1, "while") || is(k + 1, "whereas"))) {
          b = k;  // `…, while 95 members favored Clinton`: the writer's contrast
          break;
        }
        if (punct(k, ',') && k > a + 2 && k + 2 < se && !(mark_[k + 1] & 1) &&
            (is(k + 1, "but") || is(k + 1, "and") || is(k + 1, "while") || is(k + 1, "whereas")) &&
            has(k + 2, detail::qw_pronoun)) {
          b = k;  // `…, and he railed against …`, `…, but they …`: a clause of the writer
          break;
        }
        if (punct(k, ',') && k > a && k + 3 < se && !(mark_[k + 1] & 1) &&
            (is(k + 1, "but") || is(k + 1, "and")) &&
            (has(k + 2, detail::qw_determiner | detail::qw_possessive) || cap(k + 2))) {
          // `declined to comment, but a person close to the board said …`: a report of its
          // own, its subject a noun phrase (prepositions inside), then a finite speech verb
          u32 t = k + 2;
          while (t < se && t < k + 12 && (is_word(t) || kind(t) == TokenKind::clitic) &&
                 !(mark_[t] & 1) && !cue_at(t) &&
                 !has(t, detail::qw_verb | detail::qw_aux | detail::qw_clause | detail::qw_pronoun |
                             detail::qw_negation))
            ++t;
          const QuoteWord* wt = t < se ? cue_at(t) : nullptr;
          if (t > k + 3 && wt && wt->cue == CueClass::speech && !cap(t) &&
              (wt->form == CueForm::past || wt->form == CueForm::third) &&
              !noun_after_determiner(t, k + 2)) {
            b = k;
            break;
          }
        }
        if (punct(k, ',') && k > a + 2 && k + 2 < se && w->form == CueForm::past &&
            !(mark_[k + 1] & 1) && (is(k + 1, "but") || is(k + 1, "and"))) {
          // `said the talks had stalled, but lamented …`, `…, and has championed …`: a second
          // verb of the speaker in the past, after a comma, is the writer's report
          u32 v = k + 2;
          if (v + 1 < se && (adverb_like(v) || is(v, "has") || is(v, "had"))) ++v;
          const QuoteWord* wv = info(v);
          const std::string_view vw = sv(v);
          if (is_word(v) && !cap(v) && !(mark_[v] & 1) &&
              ((wv && wv->lemma != 0 && wv->form == CueForm::past && wv->cue != CueClass::noun) ||
               (wv && (wv->bits & detail::qw_verb) && !(wv->bits & detail::qw_aux) &&
                vw.back() != 's') ||
               (!wv && vw.size() > 5 && vw.substr(vw.size() - 2) == "ed"))) {
            b = k;
            break;
          }
        }
        if (punct(k, ',') && k > a + 3 && k + 3 < se && is(k + 1, "and") && !(mark_[k + 1] & 1) &&
            (w->form == CueForm::past || w->form == CueForm::third)) {
          // `…, and the city has already sued …`, `…, and Emanuel released …`: a clause of the
          // writer with a subject of its own (a short noun phrase, then a finite verb)
          u32 t = k + 2;
          const bool opens = has(t, detail::qw_determiner | detail::qw_possessive) || cap(t);
          u32 n = 0;
          auto past_ed = [&](u32 x) {
            const std::string_view xv = sv(x);
            return !info(x) && !cap(x) && xv.size() > 4 && xv.substr(xv.size() - 2) == "ed";
          };
          while (opens && t < se && n < 5 && is_word(t) &&
                 !has(t, detail::qw_verb | detail::qw_aux | detail::qw_clause |
                             detail::qw_preposition) &&
                 !cue_at(t) && !(n > 0 && past_ed(t)))
            ++t, ++n;
          if (opens && n > 0 && t < se && is_word(t) && !cap(t) &&
              (has(t, detail::qw_aux | detail::qw_verb) ||
               (cue_at(t) && cue_at(t)->form == CueForm::past) || past_ed(t))) {
            b = k;
            break;
          }
        }
        if (w->cue == CueClass::object && k > a && (is(k, "and") || is(k, "but")) && k + 1 < se &&
            is_word(k + 1) && !cap(k + 1) && !(mark_[k + 1] & 1)) {
          // `… criticized Singer and challenged him to a debate`: the object of an object cue
          // ends before a second verb phrase of the subject
          const std::string_view nw = sv(k + 1);
          const QuoteWord* w2 = info(k + 1);
          // (a past form that is no cue, right before a plain lower-case word, is an
          // adjective of the object's second noun: `cited its improved earnings outlook and
          // continued strong cash flow`, `a leveraged balance sheet and reduced access`)
          const bool adjective =
              is(k, "and") && (!w2 || w2->lemma == 0 || w2->cue == CueClass::direct_only) &&
              k + 2 < se && is_word(k + 2) && !cap(k + 2) && !(mark_[k + 2] & 1) &&
              !is(k + 2, "to") && !adverb_like(k + 2) &&
              !has(k + 2, detail::qw_determiner | detail::qw_possessive | detail::qw_pronoun |
                              detail::qw_object | detail::qw_preposition | detail::qw_clause |
                              detail::qw_aux | detail::qw_verb | detail::qw_time);
          if (!adjective && ((w2 && w2->lemma != 0 && w2->form == CueForm::past) ||
                             (has(k + 1, detail::qw_verb) && !has(k + 1, detail::qw_aux)) ||
                             (!w2 && nw.size() > 5 && nw.substr(nw.size() - 2) == "ed"))) {
            b = k;
            break;
          }
        }
        if (!object_cue && k > a + 2 && k + 1 < se && (is(k, "and") || is(k, "but")) &&
            !(mark_[k + 1] & 1) && second_verb(a, k, se, w->form)) {
          // `said he is friendly with them but took issue with …`, `said he makes $41,000 a
          // year and questioned how …`, `saying … and questioning how …`: a verb of the cue's
          // form with no subject of its own is the speaker's second act, not the content's
          b = k;
          break;
        }
        // (an object cue's content ends at a dash: `called on President Obama to retaliate
        // against Russia -- meddling the congressman said is designed …`)
        // (not a pair of dashes around an aside: `flowed through -- and was sometimes set
        // back by -- landmark court rulings`)
        // (a dash set off by spaces; not one inside `13-bank`, `15–25 million`)
        auto spaced_dash = [&](u32 t) {
          return is_dash(t) && tk_[t].has(TokenFlag::space_before) && t + 1 < ntok() &&
                 tk_[t + 1].has(TokenFlag::space_before);
        };
        // (the aside's closing dash looked for within a bounded window: linear time)
        if (object_cue && k > a + 2 && spaced_dash(k) && !(mark_[k] & 1) && [&] {
              for (u32 t = k + 1; t < se && t < k + 40; ++t)
                if (spaced_dash(t)) return false;
              return true;
            }()) {
          b = k;
          break;
        }
        if (object_cue && k > a + 1 && info(k) && !cap(k) &&
            (is(k, "before") || is(k, "after") || is(k, "during") ||
             // (not an owner's time after a preposition: `for the failure of last week's
             // talks`)
             (is(k, "last") && k + 1 < se && has(k + 1, detail::qw_time) &&
              !(k + 2 < se && kind(k + 2) == TokenKind::clitic && is(k - 1, "of")))) &&
            !(sv(k - 1).size() > 4 && sv(k - 1).substr(sv(k - 1).size() - 2) == "ed")) {
          // `criticized the plan during a rally`: the writer's time, unless it belongs to a
          // verb inside the object (`the accord adopted after two weeks of talks`)
          b = k;
          break;
        }
        if (punct(k, ',') && subordinate && k > a + 1) {
          b = k;  // `While Ramos said that A, he appears …`: the main clause is the writer's
          break;
        }
        if (punct(k, ',') && k + 1 < se && k > a &&
            (is(k + 1, "which") || is(k + 1, "who") || is(k + 1, "whom") || is(k + 1, "whose"))) {
          // a relative clause set off inside the reported clause's subject, its verb after the
          // closing comma (`argued the pipeline, which is widely supported, "would not …"`,
          // `said the leader, who was elected in May, will resign`): the content goes on
          u32 t = k + 2;
          while (t < se && t < k + 30 && !punct(t, ',') && !is_dash(t) && !sentence_final(t) &&
                 !punct(t, ';') && !(is_quote_mark(t) && !(mark_[t] & 1)))
            ++t;
          u32 nv = t + 1;
          if (nv < se && is_open(nv)) ++nv;
          if (t < se && t + 1 < se && punct(t, ',') && is_word(nv) && !cap(nv) &&
              (has(nv, detail::qw_aux | detail::qw_verb) ||
               // (a speech verb with its own content after it: `said the source, whom they
               // did not name, said the ban …`; not the attribution closing the sentence, `…,
               // the statement, which …, said.`)
               (cue_form(nv) && info(nv)->cue == detail::CueClass::speech && nv + 1 < se &&
                is_word(nv + 1)) ||
               (sv(nv).size() > 3 && sv(nv).substr(sv(nv).size() - 3) == "n't"))) {
            k = t;
            continue;
          }
          // a non-restrictive relative clause is the writer's (`…, which votes in March`)
          // (after a subject of one or two words, `said that Walker, who …,`: its verb is
          // further on)
          if (k > a + 2) {
            b = k;
            break;
          }
        }
        if (punct(k, ',') && k > a + 3 && k + 3 < se && !(mark_[k + 1] & 1) &&
            (is(k + 1, "a") || is(k + 1, "an") || is(k + 1, "the"))) {
          // `…, a swipe at the protesters`, `…, a move that could …`, `…, the first such
          // ruling`: a noun phrase set off after the clause, summing it up or describing its
          // last noun, is the writer's; not an item of a list (`and`, `or` first), not an
          // apposition inside the subject (a verb after its closing comma), not a clause
          u32 t = k + 2, end = k + 2;
          bool writer = false, decided = false;
          for (; t < se && t < k + 40; ++t) {
            if (punct(t, ',') || punct(t, ';') || punct(t, ':') || is_dash(t) ||
                sentence_final(t) || punct(t, '(') || is_quote_mark(t))
              break;
            if (decided || !is_word(t)) continue;
            const std::string_view tw = sv(t);
            if (tw == "and" || tw == "or" || tw == "but" ||
                has(t, detail::qw_aux | detail::qw_verb) || cue_at(t)) {
              decided = true;  // a list or a clause
              writer = false;
            } else if (tw == "that" || tw == "who" || tw == "which" || tw == "whose" ||
                       (has(t, detail::qw_preposition) && !has(t, detail::qw_clause))) {
              decided = writer = true;
            }
          }
          end = t;
          if (!decided) writer = end >= se || sentence_final(end);  // `…, the latest in a series.`
          if (writer && end < se && !sentence_final(end)) {
            // an apposition inside the subject: a verb after its closing comma
            u32 nv = end + 1;
            if (punct(end, ',') && nv < se && is_word(nv) && !cap(nv) &&
                (has(nv, detail::qw_aux | detail::qw_verb | detail::qw_adverb) ||
                 (sv(nv).size() > 3 && sv(nv).substr(sv(nv).size() - 2) == "ed")))
              writer = false;
            if (!punct(end, ',')) writer = false;
            // an item of a list: `…, the closure of loopholes, and …`, `…, a wall, a …`
            if (nv < se &&
                (is(nv, "and") || is(nv, "or") || is(nv, "a") || is(nv, "an") || is(nv, "the")))
              writer = false;
          }
          if (writer) {
            b = k;
            break;
          }
        }
        if (punct(k, ',') && k + 1 < se) {
          const QuoteWord* w2 = cue_at(k + 1);
          if (w2 && w2->form == CueForm::ing && !detail::direct_cue(w2->cue)) {
            b = k;
            break;
          }
          // `…, before insisting that …`: a participle report of its own
          if (!w2 && k > a + 2 && k + 2 < se && info(k + 1) &&
              (is(k + 1, "before") || is(k + 1, "after") || is(k + 1, "while") ||
               is(k + 1, "upon"))) {
            const QuoteWord* w3 = cue_at(k + 2);
            if (w3 && w3->form == CueForm::ing && !detail::direct_cue(w3->cue)) {
              b = k;
              break;
            }
          }
        }
        if (is_dash(k) && k > a + 2 && k + 1 < se) {
          const QuoteWord* w2 = cue_at(k + 1);  // `… – saying …`
          if (w2 && w2->form == CueForm::ing && !detail::direct_cue(w2->cue)) {
            b = k;
            break;
          }
        }
        if (k > a + 2) {
          const QuoteWord* w2 = cue_at(k);
          if (!w2 || detail::direct_cue(w2->cue)) continue;
          // `…, he didn't think …` inside the content: a negated belief is no report of its own
          if (w2->cue == CueClass::cognition && has(k - 1, detail::qw_negation)) continue;
          // a past form after `be` is a passive, no report (`said the existing economic and
          // social system would be maintained until 2050`)
          if (w2->form == CueForm::past && passive_at(k, a)) continue;
          // `… as a "breach of trust," adding …`: the comma inside the closing mark
          if (w2->form == CueForm::ing && is_quote_mark(k - 1) && !is_open(k - 1) &&
              punct(k - 2, ',')) {
            b = k - 1;
            break;
          }
          // `… and his rubble comment was …`: a noun before a verb, no cue
          if ((w2->form == CueForm::base || w2->form == CueForm::third) && k + 1 < se &&
              has(k + 1, detail::qw_aux | detail::qw_verb))
            continue;
          // `… and called …`, `criticizing … and promising …`: a second verb of the speaker
          // has the form of the cue (not `violated federal and state law`)
          const bool same_form =
              (w2->form == CueForm::ing || w2->form == CueForm::base) ? w2->form == w->form : true;
          u32 cj = k - 1;  // `… and repeatedly says`, `… and has said`
          while (cj > a + 2 && cj + 3 > k &&
                 (adverb_like(cj) || has(cj, detail::qw_aux | detail::qw_negation)))
            --cj;
          if ((is(cj, "and") || is(cj, "but")) && same_form) {
            b = cj;
            break;
          }
          if (w2->form == CueForm::ing) continue;
          const Mention m2 = subject_back(k, a);
          if (m2.found() && m2.first > a && (fronted_end == kNone || m2.first > fronted_end + 1)) {
            const u32 c = m2.first - 1;
            std::string_view cw = sv(c);
            // (`said both he and Rubio promised …`: `and` joins the subject of the content)
            const bool joined_subject =
                (cw == "and" || cw == "or") && c <= a + 2 && c > a && !is(a, "to") &&
                (has(c - 1, detail::qw_pronoun) || cap(c - 1) ||
                 (c == a + 2 && has(a, detail::qw_determiner) && !has(a, detail::qw_possessive)));
            if (joined_subject) continue;
            // (the comma inside a closing mark: `claimed that "… far less," one of the
            // prosecutors said …`)
            if (c > a + 1 && is_quote_mark(c) && !is_open(c) && punct(c - 1, ',')) {
              b = c + 1;
              break;
            }
            if (punct(c, ',') || punct(c, ';') || is_dash(c) || cw == "and" || cw == "but" ||
                cw == "though" || cw == "although" || cw == "while" || cw == "because") {
              b = (cw == "though" || cw == "although" || cw == "while" || cw == "because") &&
                          c > a && punct(c - 1, ',')
                      ? c - 1
                      : c;
              break;
            }
          }
        }
      }
      // (and a conjunction left before a break: `… and the IMF and, he hoped, …`, `… this
      // year and according to the ministry …`)
      while (b > a && (sentence_final(b - 1) || punct(b - 1, ',') || punct(b - 1, ':') ||
                       (b > a + 2 && b < se && !punct(b, ',') &&
                        (is(b - 1, "and") || is(b - 1, "or") || is(b - 1, "but")))))
        --b;
      const u32 words = words_in(a, b, 4);  // compared with 4 at most
      const bool relative = who.found() && who.first == who.last && is(who.first, "who");
      if (relative) {
        // `who criticized fellow Democrats in 2011 for …`: an object cue needs its object
        if (w->cue == CueClass::object && !is_word(i + 1)) continue;
        for (u32 k = a; k < b; ++k)
          if (punct(k, ',')) {
            b = k;  // `Those who said the economy was their top issue, …`
            break;
          }
      }
      if (a < b && (is(a, "so") || is(a, "yes") || is(a, "no")) &&
          (a + 1 >= b || has(a + 1, detail::qw_preposition | detail::qw_clause | detail::qw_time) ||
           punct(a + 1, ',')))
        b = a + 1;  // `half said so in the earlier poll`, `75 percent said yes`
      // `who said and did the same things`: a second verb, not content
      if (a == i + 1 && a < b && (is(a, "and") || is(a, "or"))) continue;
      const bool one_word = b == a + 1 && (is(a, "so") || is(a, "yes") || is(a, "no"));
      // `Jeff Flake said he would.`, `They said she could not.`: an elliptic clause
      const bool elliptic = (b == a + 2 || (b == a + 3 && has(a + 2, detail::qw_negation))) &&
                            has(a, detail::qw_pronoun) && has(a + 1, detail::qw_aux) &&
                            (b >= se || sentence_final(b));
      // (right after a speech or thought verb, or its `that`: not an object cue's object,
      // `told political leaders`, nor what follows an adverbial, `said in a statement
      // accompanying results`)
      const bool short_clause =
          b == a + 2 && (b >= se || sentence_final(b)) &&
          (w->cue == CueClass::speech || w->cue == CueClass::cognition) && !is_lemma(w, "tell") &&
          (a == i + 1 || (that == i + 1 && a == i + 2)) && two_word_clause(a, that != kNone);
      const u32 min_words = one_word                                               ? 1u
                            : (elliptic || short_clause || is_lemma(w, "decline")) ? 2u
                                                                                   : 3u;
      // `She said, if elected, she would …`: a comma after a cue whose subject opens the
      // sentence, and no cue of the writer's after it
      if (a + 1 < b && punct(a, ',') && that == kNone && !participle && !noun_cue && who.found() &&
          who.first <= sf + 1 && !cue_at(a + 1) && words >= 4 &&
          has(a + 1, detail::qw_clause | detail::qw_pronoun | detail::qw_determiner))
        ++a;
      // a relative clause with a gap: `the policy, which officials said will take effect in
      // May, …`: the content runs from the relative word to the end of its clause
      u32 rel_from = kNone;
      u32 rel = who.found() && who.first > sf ? who.first - 1 : kNone;
      if (rel != kNone && rel > sf && adverb_like(rel)) --rel;  // `which even critics say`
      u32 verb_at = a;  // `which they say often leads to …`
      if (verb_at + 1 < b && adverb_like(verb_at)) ++verb_at;
      if (!participle && !noun_cue && that == kNone && a < b && rel != kNone &&
          ((has(verb_at, detail::qw_aux | detail::qw_verb) && !has(verb_at, detail::qw_negation)) ||
           (is_word(verb_at) && !cap(verb_at) && !info(verb_at) && w->cue != CueClass::object &&
            sv(verb_at).size() > 3 &&
            (sv(verb_at).substr(sv(verb_at).size() - 2) == "ed" ||
             (sv(verb_at).back() == 's' && sv(verb_at)[sv(verb_at).size() - 2] != 's' &&
              sv(verb_at)[sv(verb_at).size() - 2] != 'u')))) &&
          (is(rel, "which") || is(rel, "that") || is(rel, "who"))) {
        rel_from = rel;
        for (u32 k = a + 1; k < b; ++k)
          if ((punct(k, ',') || punct(k, ')') || is_dash(k)) && !(mark_[k] & 1)) {
            b = k;
            break;
          }
      }
      // `saying: "…"`: the content starts after the colon
      if (a + 1 < b && punct(a, ':') && is_open(a + 1)) ++a;
      // (a dash right after a cue whose subject follows a comma closes a parenthetical cue:
      // `…, Clinton allies believe — backers she will need`)
      bool forward_ok =
          a < b && words >= min_words && !punct(a, ',') && !sentence_final(a) &&
          !(is_dash(a) && who.found() && who.first > sf + 1 && punct(who.first - 1, ','));
      bool rel_as = false;
      if (w->cue == CueClass::object && that == kNone && a + 1 < b && is(a, "as") && who.found() &&
          who.first > sf &&
          (is(who.first - 1, "whom") || is(who.first - 1, "which") || is(who.first - 1, "what") ||
           is(who.first - 1, "that"))) {
        // `the marchers, whom he described as "peaceful," for …`, `what she described as a
        // "piece of history"`: the cue and its `as` phrase up to a comma, a dash or a closing
        // quote mark (annotators differ on taking the relative clause's first words too)
        u32 e = a + 1;
        while (e < b && !sentence_final(e) && !(is_quote_mark(e) && !is_open(e) && e > a + 1) &&
               !((punct(e, ',') || punct(e, ';') || punct(e, ':') || punct(e, ')') || is_dash(e)) &&
                 !(mark_[e] & 1)))
          ++e;
        if (words_in(a + 1, e, 1) >= 1) {
          rel_from = i;
          b = e;
          forward_ok = rel_as = true;
        }
      }
      if (forward_ok && !rel_as && that == kNone &&
          (is(a, "as") || is(a, "while") || is(a, "because"))) {
        // `… Senator Sessions said as he launched the process.`: an adverbial clause of the
        // writer, unless a main clause follows it after a comma (`when polls closed, …`)
        bool comma = false;
        for (u32 k = a + 1; k < b && !comma; ++k) comma = punct(k, ',') && !(mark_[k] & 1);
        if (!comma) forward_ok = false;
      }
      // `promised to push for …`, `agreed to take …`: an infinitive after a cue of promising,
      // agreeing or claiming is its content, not an adverbial `to` phrase
      const bool infinitive =
          that == kNone && infinitive_at(a, b) &&
          (is_lemma(w, "promise") || is_lemma(w, "agree") || is_lemma(w, "claim"));
      // (`at least` and `at most` open a quantity: `reported at least six planes …`)
      // (nor `about`, `around`, `over`, `under` before a number: `said about 20 buildings …`)
      const bool at_least =
          (is(a, "at") && a + 1 < b && (is(a + 1, "least") || is(a + 1, "most"))) ||
          ((is(a, "about") || is(a, "around") || is(a, "over") || is(a, "under")) && a + 2 < b &&
           (kind(a + 1) == TokenKind::number || kind(a + 1) == TokenKind::percent));
      // `He also wrote for other artists, including …`, `She writes for the Guardian`:
      // writing for someone, no report
      if (forward_ok && that == kNone && is(a, "for") && is_lemma(w, "write")) continue;
      if (forward_ok && that == kNone && has(a, detail::qw_preposition) &&
          !has(a, detail::qw_clause) && w->cue != CueClass::object && !infinitive && !at_least)
        forward_ok = adverbials_only(a, se) < b;  // `said at a Washington event this month.`
      Quote q;
      q.kind = QuoteKind::indirect;
      q.cue = span_of(i, i);
      q.cue_lemma = lex_.lemma(w->lemma);
      if (forward_ok) {
        // a cued direct quote inside: this cue is that quote's, not indirect speech
        if (cued_direct_inside(a, b)) continue;
        const bool inside = marked(a, b);
        if (inside) q.kind = QuoteKind::mixed;
        q.segments.push_back(span_of(rel_from != kNone ? rel_from : a, b - 1));
        if (inside) absorb_uncued(q.segments.back());
        mark_[i] |= 2;
        add(std::move(q), who, rule, i, false);
        content_until = b;
        last_who = who;
        last_rule = rule;
        continue;
      }
      if (participle || noun_cue) continue;
      // content before: `…, X said.` / `…, said X.` / `The plan, X said, will fail.`
      u32 c = who.first;
      if (c > sf + 1 && !punct(c - 1, ',')) {
        // `…, the news site RTL Info reported.`: a common noun phrase before the name
        u32 k = c;
        while (k > sf + 1 && k + 4 > c && is_word(k - 1) && !cap(k - 1) &&
               !has(k - 1, detail::qw_verb | detail::qw_aux | detail::qw_clause |
                               detail::qw_preposition | detail::qw_pronoun) &&
               !cue_at(k - 1) && !has(k, detail::qw_determiner))
          --k;
        if (k < c && punct(k - 1, ',') && has(k, detail::qw_determiner | detail::qw_possessive)) {
          c = k;
          who.first = k;
        } else if (who.last + 1 == i) {
          // `The plan, an inside source said, is …`, `…, a source close to the campaign
          // said.`: a longer phrase set off by a comma, with prepositions, whose head opens it
          k = c;
          while (k > sf + 1 && k + 8 > c && is_word(k - 1) &&
                 !has(k - 1, detail::qw_verb | detail::qw_aux | detail::qw_clause |
                                 detail::qw_pronoun | detail::qw_negation) &&
                 !cue_at(k - 1) && !(mark_[k - 1] & 1))
            --k;
          if (k < c && k + 1 < c && punct(k - 1, ',') && is_word(k) && !cap(k) &&
              (has(k, detail::qw_determiner) || has(k, detail::qw_person_noun))) {
            Mention np;
            np.first = k;
            np.last = i - 1;
            classify(np);
            if (np.kind == MentionKind::description || np.kind == MentionKind::generic ||
                np.kind == MentionKind::organisation) {
              who = np;
              c = k;
            }
          }
        }
      }
      if (!(c > sf + 1 && punct(c - 1, ','))) continue;
      u32 after_np = std::max(i, who.last) + 1;
      if (is_lemma(w, "tell") && after_np == i + 1 && after_np < se) {
        // `…, a school spokesman told The Wall Street Journal.`: past the audience
        u32 k = after_np;
        if (has(k, detail::qw_object | detail::qw_person_noun)) {
          ++k;
        } else if (has(k, detail::qw_determiner | detail::qw_possessive) &&
                   !has(k, detail::qw_time)) {
          // `told a Senate panel`, `told the court`, `told The Wall Street Journal`, `told his
          // closest advisers`: a short noun phrase with no verb or clause word of its own
          ++k;
          while (k < se && k < after_np + 6 &&
                 ((is_word(k) &&
                   !has(k, detail::qw_verb | detail::qw_aux | detail::qw_clause |
                               detail::qw_preposition | detail::qw_pronoun | detail::qw_time |
                               detail::qw_determiner) &&
                   !cue_at(k)) ||
                  kind(k) == TokenKind::clitic))
            ++k;
        } else {
          while (k < se && k < after_np + 6 && (cap(k) || kind(k) == TokenKind::clitic)) ++k;
        }
        after_np = k;
      }
      // an infinitive after the cue is its content, not an adverbial (`Reflecting his
      // father's brashness, he pledged to put New York … in play`): no content before
      if (infinitive_at(after_np, se)) continue;
      u32 nx = adverbials_only(after_np, se);
      // (a longer phrase of place or time: `…, Subroto said in an earlier speech to
      // management trainees at Pertamina Oil Company.`)
      if (nx < se && !sentence_final(nx) && place_or_time_tail(after_np, se)) nx = se;
      // a dash after the cue sets off the writer's words (`…, Clinton allies believe — backers
      // she will need`): the content is before
      const bool at_end = nx >= se || sentence_final(nx) || (nx > i && is_dash(nx));
      const bool paren = nx < se && punct(nx, ',');
      if (!(at_end || paren)) continue;
      // (not a verb joined to another before a quotation it introduces: `…, he laughed and
      // said, "We'll see."`; `In cases of abortion, it said, "…"` is one report)
      if (paren && nx + 1 < se && is_quote_mark(nx + 1) && is_open(nx + 1) && i > 0 &&
          (is(i - 1, "and") || is(i - 1, "but")))
        continue;
      u32 a2 = std::max(sf, content_until), b2 = c - 1;
      if (at_end && nx < se && is_dash(nx)) {
        // `… — that won't happen, they believe — but …`: a parenthetical cue between dashes
        // speaks for the words after the opening dash
        for (u32 k = b2; k-- > a2 + 1;)
          if (is_dash(k) && !(mark_[k] & 1)) {
            if (words_in(k + 1, b2, 3) >= 3) a2 = k + 1;
            break;
          }
      }
      u32 mark0 = kNone;  // the opening mark of a quote the content starts with
      while (a2 < b2 && (is_quote_mark(a2) || is_dash(a2))) {
        if (is_open(a2)) mark0 = a2;
        ++a2;
      }
      // a direct quote has its own cue rules, unless words of the writer follow it (`"A big
      // truck" plowed through the barriers, he said`: mixed)
      if (a2 >= b2 || ((mark_[a2] & 1) && !(mark0 != kNone && opens_fragment(mark0, b2)))) continue;
      u32 wds = words_in(a2, b2, 3);
      // `And so, he said, while …`, `Rather, he said, continued …`: a lead-in of one or two
      // words before a parenthetical cue; the clause after it is the statement
      const bool lead_in = wds < 3;
      bool inside = marked(a2, b2);
      if (paren && wds < 3) {
        // `Climate change, Mr. Obama often says, is …`: the words after count too
        for (u32 k = nx + 1; k < se && wds < 3; ++k)
          if (is_word(k)) ++wds;
      }
      if (wds < 3) continue;
      if (cued_direct_inside(a2, b2)) continue;
      if (inside) q.kind = QuoteKind::mixed;
      q.segments.push_back(span_of(a2, b2 - 1));
      if (paren && nx + 1 < se) {
        u32 a3 = nx + 1, b3 = se;
        while (b3 > a3 && (sentence_final(b3 - 1) || is_quote_mark(b3 - 1))) --b3;
        // a trailing clause of the reporter (`, as fighting … continues`) is not content
        // (`, as fighting … continues`, `, although …`); `and`, `since`, `until` go on
        const std::string_view w3 = sv(a3);
        const bool reporter = (has(a3, detail::qw_clause) && w3 != "and" && w3 != "since" &&
                               w3 != "until" && w3 != "because" && w3 != "but" && w3 != "so") ||
                              cue_at(a3) != nullptr;
        // (after words with no verb, the clause is the statement's whatever opens it: `In the
        // early 1990s, Ms. Ripert said, when she was earning $24,000 a year, a boss …`)
        if (b3 > a3 + 2 && (!reporter || lead_in || (verbless(a2, b2) && !cue_at(a3))))
          q.segments.push_back(span_of(a3, b3 - 1));
      }
      if (inside) absorb_uncued(Span{q.segments.front().begin, q.segments.back().end});
      mark_[i] |= 2;
      add(std::move(q), who, rule, i, false);
      content_until = std::max(content_until, nx);
      last_who = who;
      last_rule = rule;
    }
  }
}

// ---------------------------------------------------------------------------------- headline

void Run::headline(std::vector<Quote>& out) {
  const u32 np = static_cast<u32>(seg_.paragraphs.size());
  for (u32 p = 0; p < np && p < 3; ++p) {
    const u32 pf = para_first(p), pe = std::min(para_end(p), ntok());
    if (pe <= pf || pe - pf > 40) continue;
    // the one colon of the paragraph (none when two or more): by the punctuation bytes
    u32 colon = kNone;
    const char* const pc = pch_.data();
    if (const void* c1 = std::memchr(pc + pf, ':', pe - pf)) {
      colon = static_cast<u32>(static_cast<const char*>(c1) - pc);
      if (std::memchr(pc + colon + 1, ':', pe - colon - 1)) colon = kNone;
    }
    if (colon == kNone || (mark_[colon] & 1)) continue;
    u32 e = pe;
    while (e > colon + 1 && (sentence_final(e - 1) || is_quote_mark(e - 1))) --e;
    auto all_cap = [&](u32 a, u32 b) {
      if (b <= a || b - a > 5) return false;
      for (u32 i = a; i < b; ++i)
        if (!(cap(i) || kind(i) == TokenKind::clitic || is_dash(i) ||
              has(i, detail::qw_honorific) ||
              (i + 1 == b && i > a && cap(i - 1) &&
               has(i, detail::qw_org_head | detail::qw_person_noun | detail::qw_document))))
          return false;  // `Clinton camp`, `WSJ editorial`: a name and its body or document
      return true;
    };
    // the `to`/`at` after the speaker's words before the colon, with capitalised words after it
    auto to_at = [&](u32 a, u32 b) -> u32 {
      for (u32 i = a + 1; i + 1 < b && i < a + 5; ++i) {
        if (!is(i, "to") && !is(i, "at")) continue;
        for (u32 t = i + 1; t < b; ++t)
          if (!cap(t)) return kNone;
        return i;
      }
      return kNone;
    };
    auto known = [&](u32 first, u32 last) {
      // the speaker is a person or organisation named elsewhere in the text: a name of two
      // words or more, or someone quoted in it
      if (has(first, detail::qw_determiner)) return false;
      // `Delegate Update: …`, `Monday's Morning Email: …`: a section's label
      if (detail::section_label(sv(last))) return false;
      // `Poll: …`, `Report: …`, `Insiders: …`: a source noun alone
      if (first == last && has(first, detail::qw_org_head | detail::qw_person_noun) &&
          !has(first, detail::qw_role))
        return true;
      // `WSJ editorial: …`, `IG report: …`: a name and the speaking body or document
      if (first + 1 == last && cap(first) && !has(first, detail::qw_role) &&
          has(last, detail::qw_org_head | detail::qw_person_noun | detail::qw_document))
        return true;
      std::uint8_t nw = 0;
      if (names().get(sv(last), nullptr, &nw) && nw >= 2) return true;
      // one word that the article uses again as a name inside a sentence (`AP: …` and
      // later `told the AP`): not a label such as `Breaking` or `Watch`
      if (first == last) {
        for (u32 i = pe; i < ntok(); ++i)
          if (sv(i) == sv(first) && sent_first(i) != i) return true;
      }
      for (const Quote& q : out)
        if (q.speaker.present() &&
            text_of(text_, q.speaker).find(sv(last)) != std::string_view::npos)
          return true;
      return false;
    };
    u32 sa = kNone, sb = kNone, ca = kNone, cb = kNone;
    if (all_cap(colon + 1, e) && colon - pf >= 3 && known(colon + 1, e - 1)) {
      sa = colon + 1, sb = e, ca = pf, cb = colon;
    } else if (all_cap(pf, colon) && e - colon - 1 >= 3 && known(pf, colon - 1)) {
      sa = pf, sb = colon, ca = colon + 1, cb = e;
    } else if (u32 at = to_at(pf, colon);
               at != kNone && all_cap(pf, at) && e - colon - 1 >= 3 && known(pf, at - 1)) {
      // `Clinton to Planned Parenthood: …`, `Former AG Mukasey at RNC: …`: the speaker and
      // the audience or venue
      sa = pf, sb = at, ca = colon + 1, cb = e;
    } else {
      continue;
    }
    while (ca < cb && is_quote_mark(ca)) ++ca;
    while (cb > ca && (is_quote_mark(cb - 1) || sentence_final(cb - 1))) --cb;
    if (cb <= ca) continue;
    // `Said Poynter: "…"`, `Added Smith: "…"`: a cue before the colon already attributed the
    // quote after it
    bool cued = false;
    for (u32 t = std::min(sa, ca); t < colon && !cued; ++t) cued = (mark_[t] & 2) != 0;
    if (cued) continue;
    out.push_back(headline_quote(ca, cb, colon, ":", sa, sb));
    return;
  }
}

/// The headline quote of words [ca, cb) with its cue token and speaker words [sa, sb): the
/// speaker counts as a name when it is not recognised as a person or organisation mention.
Quote Run::headline_quote(u32 ca, u32 cb, u32 cue, std::string_view lemma, u32 sa, u32 sb) {
  Quote q;
  q.kind = QuoteKind::headline;
  q.content = span_of(ca, cb - 1);
  q.segments.push_back(q.content);
  q.cue = span_of(cue, cue);
  q.cue_lemma = lemma;
  Mention m;
  m.first = sa;
  m.last = sb - 1;
  classify(m);
  if (m.kind != MentionKind::name && m.kind != MentionKind::organisation) {
    m.kind = MentionKind::name;
    m.name_first = sa;
    m.name_last = sb - 1;
    m.name_rule = Rule::named;
  }
  q.speaker = span_of(m.first, m.last);
  q.speaker_rule = Rule::headline_colon;
  Entity en = resolve(m, ntok());
  if (en.span.present()) {
    q.entity = en.span;
    q.entity_rule = en.rule;
  }
  return q;
}

/// A headline in Title Case with its cue in the middle: `Obama Says Museum Will Tell of
/// Suffering`, `Cruz Claims Victory Is Near`: the words before the cue speak the words after.
void Run::headline_says(std::vector<Quote>& out) {
  const u32 np = static_cast<u32>(seg_.paragraphs.size());
  // any short paragraph: the headline, and the headlines of related stories further down
  for (u32 p = 0; p < np; ++p) {
    u32 pf = para_first(p);
    const u32 pe = std::min(para_end(p), ntok());
    if (pe <= pf || pe - pf > 30) continue;
    const u32 sentence = sent_of_[pf];
    while (pf < pe && is_quote_mark(pf)) ++pf;
    auto capital_cue = [&](u32 k) {
      const QuoteWord* w = info(k);
      return w && w->lemma && cap(k) && !(mark_[k] & 3);
    };
    // a capitalised cue among the first words (most paragraphs have none), then Title Case;
    // only the cue words' bits of cue_at_ are visited
    if (pe < pf + 5) continue;
    const u32 lim = std::min(pf + 14, pe - 3);
    u32 first_cue = next_bit(cue_at_, pf + 1, lim);
    while (first_cue < lim && !capital_cue(first_cue))
      first_cue = next_bit(cue_at_, first_cue + 1, lim);
    if (first_cue >= lim || !title_case(sentence)) continue;
    for (u32 k = first_cue; k < lim; k = next_bit(cue_at_, k + 1, lim)) {
      if (!capital_cue(k)) continue;
      const QuoteWord* w = info(k);
      if (w->cue != CueClass::speech && w->cue != CueClass::cognition) break;
      if (w->form != CueForm::third && w->form != CueForm::past) break;
      if (is_lemma(w, "tell") || is_lemma(w, "inform") || is_lemma(w, "remind") ||
          is_lemma(w, "warn") || is_lemma(w, "assure") || is_lemma(w, "notify"))
        break;  // an audience follows
      if ((is_lemma(w, "respond") || is_lemma(w, "reply")) &&
          (is(k + 1, "To") || is(k + 1, "to") || is(k + 1, "By") || is(k + 1, "by")))
        break;  // `Responds To …`: an act, as in a sentence
      // the names before the cue (past a capitalised adverb: `Al Sharpton Just Said …`), from
      // the paragraph's start or after an opening phrase set off by a colon, comma or dash
      // (`Wow: X Said …`, `After the Speech, X Said …`)
      u32 ne = k;
      while (ne > pf + 1 && cap(ne - 1) && has(ne - 1, detail::qw_adverb)) --ne;
      u32 s0 = ne;
      while (s0 > pf && s0 + 6 > ne &&
             (cap(s0 - 1) || kind(s0 - 1) == TokenKind::clitic || punct(s0 - 1, '.')) &&
             !(mark_[s0 - 1] & 1))
        --s0;
      const bool names =
          s0 < ne && (s0 == pf || ((punct(s0 - 1, ':') || punct(s0 - 1, ',') || is_dash(s0 - 1)) &&
                                   !(mark_[s0 - 1] & 1) && s0 > pf + 1));
      u32 e = pe;
      while (e > k + 1 && (sentence_final(e - 1) || is_quote_mark(e - 1))) --e;
      u32 words = 0;
      bool taken = false;
      for (u32 t = k + 1; t < e; ++t) {
        if (is_word(t)) ++words;
        if (mark_[t] & 2) taken = true;
      }
      if (!names || words < 3 || taken) break;
      for (const Quote& q : out)
        if (q.content.begin < toks_[e - 1].span.end && toks_[k + 1].span.begin < q.content.end)
          taken = true;
      if (taken) break;
      out.push_back(headline_quote(k + 1, e, k, lex_.lemma(w->lemma), s0, ne));
      break;
    }
  }
}

// ------------------------------------------------------------------------------- resolution

/// A name used to address someone inside a quote (`My dear Mr. Bennet,`, `…, Lizzy?`):
/// returns the name's tokens [first, last] or {kNone, kNone}.
std::pair<u32, u32> Run::vocative(const Rec& r) const {
  const std::pair<u32, u32> none{kNone, kNone};
  if (r.tok_first == kNone) return none;
  for (u32 k = r.tok_first; k < r.tok_end && k < ntok(); ++k) {
    if (!cap(k) && !has(k, detail::qw_honorific)) continue;
    const bool opens =
        k == r.tok_first || punct(k - 1, ',') || has(k - 1, detail::qw_vocative) || is_open(k - 1);
    u32 e = k;
    while (e + 1 < r.tok_end && (cap(e + 1) || has(e + 1, detail::qw_honorific)) && e < k + 3) ++e;
    const bool closes = e + 1 >= r.tok_end || punct(e + 1, ',') || punct(e + 1, '!') ||
                        punct(e + 1, '?') || punct(e + 1, '.') || is_close(e + 1);
    if (!opens || !closes) {
      k = e;
      continue;
    }
    if (has(e, detail::qw_not_name | detail::qw_pronoun | detail::qw_role) &&
        !has(e, detail::qw_first_name))
      continue;
    const bool titled = has(k, detail::qw_honorific) && k < e;
    if (titled || has(k, detail::qw_first_name) || names().get(sv(e)) != nullptr) return {k, e};
    k = e;
  }
  return none;
}

void Run::resolve_all() {
  std::vector<u32>& order = order_;
  order.clear();
  for (u32 k = 0; k < recs_.size(); ++k)
    if (!recs_[k].dropped) order.push_back(k);
  stable_sort_small(order.begin(), order.end(),
                    [&](u32 x, u32 y) { return recs_[x].at < recs_[y].at; });
  // content token ranges (for vocatives): tokens are in text order, binary search
  auto token_at = [&](offset_t off) {
    std::size_t lo = 0, hi = toks_.size();
    while (lo < hi) {
      std::size_t mid = (lo + hi) / 2;
      if (toks_[mid].span.begin < off)
        lo = mid + 1;
      else
        hi = mid;
    }
    return static_cast<u32>(lo);
  };
  if (dialogue_)
    for (u32 k : order) {
      Rec& r = recs_[k];
      if (r.q.kind != QuoteKind::direct) continue;
      r.tok_first = token_at(r.q.content.begin);
      r.tok_end = token_at(r.q.content.end);
    }
  // the two parties of the conversation: the last speaker and the one before (or the one
  // the last speaker addressed)
  struct Party {
    Span speaker, entity, ident;
    Rule entity_rule = Rule::none;
    Gender gender = g_unknown;
    Mention m;
    bool valid = false;
  };
  Party last, other;
  u32 last_direct_para = kNone;
  u32 last_para = kNone;
  // `Acme Corp said … ¶ It said …`: the organisation that spoke last, when the last speaker
  // was one (a person or a group speaking since clears it), and its paragraph
  Span last_org{};
  u32 last_org_para = 0;
  // the body the last spokesman spoke for (`A Swissair spokesman said … The spokesman said`)
  Span last_spokes{};
  u32 last_spokes_para = 0;
  auto same = [&](const Party& a, const Party& b) {
    if (!a.valid || !b.valid) return false;
    if (text_of(text_, a.ident) == text_of(text_, b.ident)) return true;
    // an unnamed speaker (`his lady`, `she`) and a named one of the same gender: in a
    // conversation, most likely the same person
    return dialogue_ && a.gender == b.gender && a.gender != g_unknown &&
           (!a.entity.present() || !b.entity.present());
  };
  auto set_speaker = [&](const Party& p) {
    if (last.valid && !same(last, p)) other = last;
    last = p;
  };
  auto party_of = [&](const Rec& r) {
    Party p;
    p.speaker = r.q.speaker;
    p.entity = r.q.entity;
    p.ident = r.ident;
    p.entity_rule = r.q.entity_rule;
    p.gender = r.gender;
    p.m = r.m;
    p.valid = true;
    return p;
  };
  // the person a quote addresses by name, as a party
  auto addressee = [&](const Rec& r) {
    Party p;
    std::pair<u32, u32> v = vocative(r);
    if (v.first == kNone) return p;
    Mention m;
    m.first = v.first;
    m.last = v.second;
    classify(m);
    if (m.kind != MentionKind::name) return p;
    Span name = span_of(m.name_first, m.name_last);
    std::uint8_t nw = 0;
    Gender g = m.gender;
    const bool titled = has(m.name_first, detail::qw_honorific);
    if (!titled)
      if (const Span* full = names().get(sv(m.name_last), &g, &nw))
        if (nw > m.name_last - m.name_first + 1) name = *full;
    if (!titled && m.name_first == m.name_last)
      if (Span f = formal(sv(m.name_last)); f.present()) name = f;
    p.speaker = span_of(m.first, m.last);
    p.entity = name;
    p.ident = name;
    p.entity_rule = Rule::named;
    p.gender = m.gender != g_unknown ? m.gender : g;
    p.m = m;
    p.valid = true;
    return p;
  };
  for (u32 k : order) {
    Rec& r = recs_[k];
    Quote& q = r.q;
    const bool new_scene = dialogue_ && last_para != kNone && r.para > last_para + 3;
    if (new_scene) {
      last = Party{};
      other = Party{};
    }
    if (!r.uncued && r.m.found()) {
      q.speaker = span_of(r.m.first, r.m.last);
      q.speaker_rule = r.srule;
      Entity e;
      bool done = false;
      if (dialogue_ && r.m.kind == MentionKind::pronoun && r.m.gender != g_unknown &&
          r.m.gender != g_plural) {
        // a person named earlier in the same paragraph (`Lydia declared herself satisfied.
        // "Oh! …," she added`)
        register_names(r.at);
        recents_ready();
        const u32 pf = para_first(r.para);
        const std::size_t nr = std::min(recent_n_, recent_.size());
        for (std::size_t k2 = 0; k2 < nr; ++k2) {
          const Recent& rc = recent_[(recent_n_ - 1 - k2) % recent_.size()];
          if (rc.token < pf) break;
          if (rc.token >= r.at || !rc.named || rc.speaker) continue;
          if (rc.gender != r.m.gender) continue;
          e.span = rc.name;
          e.rule = Rule::pronoun;
          e.gender = rc.gender;
          r.ident = rc.name;
          done = true;
          break;
        }
      }
      if (!done && dialogue_ && r.m.kind == MentionKind::pronoun && r.m.gender != g_unknown &&
          r.m.gender != g_plural) {
        // `replied he`: the one party of the conversation of that gender
        const Party* pick = nullptr;
        int matches = 0;
        for (const Party* x : {&last, &other}) {
          if (!x->valid || x->gender != r.m.gender) continue;
          if (!pick || !same(*pick, *x)) ++matches;
          pick = x;
        }
        if (matches == 1 && pick->entity.present()) {
          e.span = pick->entity;
          e.rule = Rule::pronoun;
          e.gender = pick->gender;
          r.ident = pick->ident;
          done = true;
          register_names(r.at);
        }
      }
      // `It said …`: the organisation that spoke last, in this paragraph or the two before
      const bool it = !dialogue_ && r.m.first == r.m.last && r.m.first < ntok() &&
                      (is(r.m.first, "it") || is(r.m.first, "It"));
      if (!done && it && last_org.present() && r.para <= last_org_para + 2) {
        e.span = last_org;
        e.rule = Rule::pronoun;
        e.named = true;
        r.ident = last_org;
        done = true;
      }
      if (!done) {
        e = resolve(r.m, r.at);
        r.ident = e.span.present() ? e.span : q.speaker;
        if (!e.named && e.span.present()) e.span = Span{};
      }
      // a spokesman speaks for a body: the one named before the word (`A Swissair
      // spokesman`, `a State Department spokeswoman`), the one a business noun stands for (`a
      // company spokesman`), or, for `the spokesman`, the last spokesman's or the last
      // organisation that spoke
      const bool spokes = !dialogue_ && r.m.kind == MentionKind::description && r.m.last < ntok() &&
                          r.m.first < r.m.last && spokes_word(r.m.last);
      bool spokes_body = false;  // (the body, not the person: `he` does not stand for it)
      if (spokes && !e.span.present()) {
        u32 f = r.m.first + 1;
        while (f < r.m.last && !cap(f)) ++f;
        bool body = f < r.m.last, people = true;
        // (a people's adjective alone is no body's name: `a Dutch spokesman`; one in a
        // name is, `An American Motors spokesman`)
        for (u32 t = f; t < r.m.last && body; ++t) {
          body = cap(t) && !has(t, detail::qw_role | detail::qw_honorific | detail::qw_pronoun);
          people = people && has(t, detail::qw_nationality);
        }
        body = body && !people;
        if (body) {
          e.span = span_of(f, r.m.last - 1);
          e.rule = Rule::description;
        } else if (r.m.last == r.m.first + 1 && (is(r.m.first, "the") || is(r.m.first, "The"))) {
          if (last_spokes.present() && r.para <= last_spokes_para + 3) {
            e.span = last_spokes;
            e.rule = Rule::description;
          } else if (last_org.present() && r.para <= last_org_para + 2) {
            e.span = last_org;
            e.rule = Rule::description;
          }
        } else if (r.m.last == r.m.first + 2 && has(r.m.first + 1, detail::qw_firm) &&
                   !cap(r.m.first + 1) && last_org.present() && r.para <= last_org_para + 2) {
          e.span = last_org;  // `a company spokesman`
          e.rule = Rule::description;
        }
      }
      spokes_body = spokes && e.span.present() && e.rule == Rule::description;
      if (e.span.present()) {
        q.entity = e.span;
        q.entity_rule = e.rule;
      }
      if (!dialogue_ && q.entity.present()) {
        bool any_spokes = spokes;  // (`a spokesman for Swissair`: the body after it)
        for (u32 t = r.m.first; t <= r.m.last && t < ntok() && !any_spokes; ++t)
          any_spokes = spokes_word(t);
        if (any_spokes) {
          last_spokes = q.entity;
          last_spokes_para = r.para;
        }
      }
      if (!dialogue_) {
        // (an organisation named, or a business or body named by its common noun: `the
        // company`, `the ministry`)
        // (or a name that is no person's: no first name, title or gender, `Permian said`,
        // `the China Daily said`)
        const bool body_name = r.m.kind == MentionKind::name && r.m.gender == g_unknown &&
                               e.gender == g_unknown && r.m.name_first != kNone &&
                               r.m.name_first < ntok() &&
                               !has(r.m.name_first, detail::qw_first_name | detail::qw_honorific) &&
                               e.rule != Rule::pronoun;
        const bool org_speaker = q.entity.present() &&
                                 (r.m.kind == MentionKind::organisation || it || body_name ||
                                  (r.m.kind == MentionKind::description && r.m.name_last != kNone &&
                                   r.m.name_last < ntok() && !cap(r.m.name_last) &&
                                   has(r.m.name_last, detail::qw_org_head | detail::qw_firm)));
        if (org_speaker) {
          last_org = q.entity;
          last_org_para = r.para;
        } else if (!it) {
          last_org = Span{};
        }
      }
      r.gender = r.m.gender != g_unknown ? r.m.gender : e.gender;
      if (r.m.kind == MentionKind::organisation && e.rule == Rule::organisation &&
          q.entity.present() && r.m.name_first != kNone && cap(r.m.name_first)) {
        orgs_[orgs_n_ % orgs_.size()] = OrgSeen{q.entity, r.m.name_first, r.m.name_last};
        ++orgs_n_;
      }
      Mention mm = r.m;
      mm.gender = r.gender;
      remember_speaker(r.ident, q.entity.present() && !spokes_body, mm, r.at);
      if (q.kind == QuoteKind::direct || !dialogue_) {
        set_speaker(party_of(r));
        if (dialogue_ && q.kind == QuoteKind::direct) {
          Party ad = addressee(r);
          if (ad.valid && !same(ad, last)) other = ad;
        }
      }
      if (q.kind == QuoteKind::direct) last_direct_para = last_para = r.para;
      continue;
    }
    if (!r.uncued || !opt_.inherit_speaker || !last.valid) {
      if (q.kind == QuoteKind::direct) last_direct_para = last_para = r.para;
      continue;
    }
    const u32 gap =
        (last_direct_para == kNone || r.para < last_direct_para) ? 99 : r.para - last_direct_para;
    Party from;
    Rule rule = Rule::inherited;
    if (dialogue_ && q.kind == QuoteKind::direct && r.para > 0 && r.tok_first != kNone &&
        r.tok_first > 0 && para_first(r.para) + 1 >= r.tok_first &&
        !(mark_[para_end(r.para - 1) - 1] & 1)) {
      // a turn right after a paragraph of narration: the person it ends on
      // (`… when thus accosted by Miss Bingley.` / `"I can guess …"`)
      register_names(r.at);
      recents_ready();
      bool has_quote = false;
      for (u32 t = para_first(r.para - 1); t < para_end(r.para - 1) && !has_quote; ++t)
        if (mark_[t] & 1) has_quote = true;
      const std::size_t nr = std::min(recent_n_, recent_.size());
      const u32 lo = sent_first(para_end(r.para - 1) - 1);
      for (std::size_t k2 = 0; k2 < nr && !has_quote; ++k2) {
        const Recent& rc = recent_[(recent_n_ - 1 - k2) % recent_.size()];
        if (rc.token < lo) break;
        if (rc.token >= para_end(r.para - 1) || !rc.named) continue;
        from.entity = rc.name;
        from.ident = rc.name;
        from.speaker = rc.name;
        from.gender = rc.gender;
        from.entity_rule = Rule::named;
        from.valid = true;
        rule = Rule::paragraph_mention;
        break;
      }
      if (from.valid) {
        if (last.valid && !same(last, from)) other = last;
        last = from;
      }
    }
    if (from.valid) {
    } else if (dialogue_) {
      if (gap >= 1 && other.valid) {
        from = other;  // speakers take turns
        rule = Rule::alternation;
        other = last;
        last = from;
      } else if (gap <= 1) {
        from = last;
      }
    } else if (gap <= 3) {
      from = last;
    }
    if (q.kind == QuoteKind::direct) last_direct_para = last_para = r.para;
    if (dialogue_ && q.kind == QuoteKind::direct) {
      Party ad = addressee(r);
      if (ad.valid && from.valid && !same(ad, from)) other = ad;
    }
    if (!from.valid) continue;
    q.speaker = from.speaker;
    q.entity = from.entity;
    q.speaker_rule = rule;
    q.entity_rule = from.entity_rule;
    r.m = from.m;
    r.ident = from.ident;
    r.gender = from.gender;
    r.uncued = false;
    r.m.first = kNone;  // the mention is another quote's
  }
}

/// `"A," X said. "B."` in news: an uncued quote right after a cued one, with only that quote's
/// cue between them on the same line, goes on with the same statement (one quote, two
/// segments), whatever the kind of the first (`A, X said. "B"` too).
void Run::join_continuations() {
  std::vector<u32>& order = order_;  // resolve_all() is done with it
  order.clear();
  for (u32 k = 0; k < recs_.size(); ++k)
    if (!recs_[k].dropped && !recs_[k].q.segments.empty()) order.push_back(k);
  std::sort(order.begin(), order.end(), [&](u32 a, u32 b) {
    return recs_[a].q.segments.front().begin < recs_[b].q.segments.front().begin;
  });
  for (std::size_t j = 1; j < order.size(); ++j) {
    Rec& p = recs_[order[j - 1]];
    Rec& q = recs_[order[j]];
    if (q.q.kind != QuoteKind::direct || q.q.cue.present() || !p.q.cue.present()) continue;
    const offset_t pe = p.q.segments.back().end, qb = q.q.segments.front().begin;
    if (p.q.cue.begin < pe || p.q.cue.end > qb || qb - pe > 400) continue;
    if (text_.substr(pe, qb - pe).find('\n') != std::string_view::npos) continue;
    for (const Span& sg : q.q.segments) p.q.segments.push_back(sg);
    p.q.content.end = q.q.content.end;
    if (p.q.kind == QuoteKind::indirect) p.q.kind = QuoteKind::mixed;
    q.dropped = true;
    std::swap(order[j - 1], order[j]);  // the joined quote is the one the next may go on
  }
}

/// Hands the direct quotes of a dialogue to `detail::attribute_dialogue` and takes its answer.
void Run::dialogue() {
  std::vector<u32> ids;
  std::vector<detail::DialogueTurn> turns;
  for (u32 k = 0; k < recs_.size(); ++k) {
    const Rec& r = recs_[k];
    if (r.dropped || r.q.kind != QuoteKind::direct || r.tok_first == kNone) continue;
    detail::DialogueTurn t;
    t.tok_first = r.tok_first;
    t.tok_end = std::max(r.tok_first, std::min(r.tok_end, ntok()));
    t.para = para_of(std::min(r.tok_first, ntok() - 1));
    if (r.m.first != kNone && r.m.last != kNone) {
      t.mention_first = r.m.first;
      t.mention_last = r.m.last;
      t.cue = r.at;
    }
    t.speaker = r.q.speaker;
    t.entity = r.q.entity;
    t.speaker_rule = r.q.speaker_rule;
    t.entity_rule = r.q.entity_rule;
    ids.push_back(k);
    turns.push_back(t);
  }
  std::vector<u32> order(ids.size());
  for (u32 k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(),
                   [&](u32 x, u32 y) { return turns[x].tok_first < turns[y].tok_first; });
  std::vector<detail::DialogueTurn> sorted;
  sorted.reserve(turns.size());
  for (u32 k : order) sorted.push_back(turns[k]);
  detail::attribute_dialogue({text_, toks_, seg_, lex_, mark_}, sorted);
  for (u32 k = 0; k < order.size(); ++k) {
    Quote& q = recs_[ids[order[k]]].q;
    q.speaker = sorted[k].speaker;
    q.entity = sorted[k].entity;
    q.speaker_rule = sorted[k].speaker_rule;
    q.entity_rule = sorted[k].entity_rule;
  }
}

std::vector<Quote> Run::run() {
  if (toks_.empty() || seg_.sentences.empty() || seg_.paragraphs.empty()) return {};
  prepare();
  find_pieces();
  // (prescan_names(): when first needed)
  if (opt_.direct) assemble_direct();
  // in a dialogue (fiction), indirect speech is the narrator's: direct quotes only
  if (opt_.indirect && !dialogue_) indirect();
  split_marked_runs();
  resolve_all();
  // ---- dialogue mode: the turns' speakers are decided in quote_dialogue.cpp
  if (dialogue_) dialogue();
  if (!dialogue_) join_continuations();
  // (the names after the last quote become recent persons only when a headline quote is
  // resolved: resolve() registers them itself)
  // descriptions left without an entity (`the Azerbaijani president` before any name): the
  // main named speaker of the text
  {
    NameTable& counts = counts_;
    counts.reset(recs_.size() + 8);
    std::vector<u32>& tally = order_;  // join_continuations() is done with it
    tally.assign(recs_.size(), 0);
    std::size_t best = kNone;
    u32 best_n = 0;
    for (std::size_t k = 0; k < recs_.size(); ++k) {
      const Rec& r = recs_[k];
      if (r.dropped || !r.q.entity.present() || r.m.kind == MentionKind::organisation ||
          names_body(r.m))
        continue;
      std::string_view e = text_of(text_, r.q.entity);
      std::size_t sp = e.rfind(' ');
      std::string_view lastw = sp == std::string_view::npos ? e : e.substr(sp + 1);
      const Span* owner_slot = counts.get(lastw);
      if (!owner_slot) {
        counts.put(lastw, Span{static_cast<offset_t>(k), static_cast<offset_t>(k + 1)}, g_unknown,
                   1);
        owner_slot = counts.get(lastw);
      }
      const std::size_t owner = owner_slot ? owner_slot->begin : k;
      ++tally[owner];
      if (tally[owner] > best_n) {
        best_n = tally[owner];
        best = owner;
      }
    }
    if (best != kNone && best_n >= 2) {
      std::string_view e = text_of(text_, recs_[best].q.entity);
      std::size_t sp = e.rfind(' ');
      std::string_view lastw = sp == std::string_view::npos ? e : e.substr(sp + 1);
      Gender main_gender = g_unknown;
      const Span* full = names().get(lastw, &main_gender);
      const Span main = full ? *full : recs_[best].q.entity;
      const bool main_person = main_gender == g_male || main_gender == g_female;
      // the words of the noun phrases opened by `a`, `an`, `one`, `another` (where first
      // seen), built when first asked: a description whose noun is among them, after it,
      // is someone the text brought in without a name (`One Chinese journalist said … the
      // journalist said`, `came from a Peking university professor. … The professor
      // argued`), not the main speaker
      NameTable& intros = counts_;  // (the tally is done with it)
      bool intros_built = false;
      auto unnamed_before = [&](const Mention& m) {
        if (!intros_built) {
          intros_built = true;
          intros.reset(std::min<std::size_t>(ntok(), 4096), true);
          constexpr std::uint32_t kEnds = detail::qw_determiner | detail::qw_clause |
                                          detail::qw_preposition | detail::qw_pronoun |
                                          detail::qw_aux | detail::qw_possessive;
          for (u32 k = 0; k + 1 < ntok(); ++k) {
            if (!has(k, detail::qw_determiner) || !detail::indefinite_determiner(sv(k))) continue;
            for (u32 j = k + 1; j < ntok() && j <= k + 5; ++j) {
              if (!is_word(j) || has(j, kEnds) || cue_form(j)) break;
              if (!intros.get(sv(j))) intros.put(sv(j), Span{j, j + 1}, g_unknown, 1);
            }
          }
        }
        const Span* seen = m.last < ntok() ? intros.get(sv(m.last)) : nullptr;
        return seen && seen->begin < m.first;
      };
      for (Rec& r : recs_) {
        if (r.dropped || r.q.entity.present() || !r.m.found()) continue;
        if (r.m.kind != MentionKind::description) continue;
        std::string_view d = sv(r.m.first);
        if (d != "the" && d != "The") continue;
        // a spokesman speaks for a body: for the company most quoted, but seldom is the
        // person most quoted (`Weinberger said … The Iranian spokesman said`)
        const bool spokes = r.m.last != kNone && spokes_word(r.m.last);
        if (main_person && spokes) continue;
        // (nor a people's body: `the Chinese banks`, `the West African nation`)
        bool people = false;
        for (u32 t = r.m.first + 1; t < r.m.last && t < ntok() && !people; ++t)
          people = has(t, detail::qw_nationality);
        if (people && !spokes && !has(r.m.last, detail::qw_role | detail::qw_person_noun)) continue;
        // (a spokesman brought in as `a spokesman for American Honda` still speaks for it)
        if (!spokes && unnamed_before(r.m)) continue;
        // (nor a kin noun: `The father said "…"` in a report on a judge's sentence is the
        // defendant's words, not the judge's)
        if (has(r.m.last, detail::qw_kin_mr | detail::qw_kin_mrs)) continue;
        // (nor a role of a body or place it names, `The mayor of Esperanza`: the roles table
        // found no holder of it)
        bool of_named = false;
        for (u32 t = r.m.first + 1; t < r.m.last && t + 1 < ntok() && !of_named; ++t)
          of_named = is(t, "of") && (cap(t + 1) || (is(t + 1, "the") && t + 2 <= r.m.last));
        // (nor one a named owner has: `the United Nations' chief veterinary officer`)
        for (u32 t = r.m.first + 2; t < r.m.last && t < ntok() && !of_named; ++t)
          of_named = owner_mark(t) && cap(t - 1);
        if (of_named) continue;
        r.q.entity = main;
        r.q.entity_rule = Rule::description;
      }
    }
  }
  std::vector<Quote> out;
  out.reserve(recs_.size() + 1);
  for (Rec& r : recs_)
    if (!r.dropped) out.push_back(std::move(r.q));
  if (opt_.headline) {
    headline(out);
    headline_says(out);
  }
  stable_sort_small(out.begin(), out.end(), [](const Quote& a, const Quote& b) {
    return a.content.begin < b.content.begin;
  });
  // every span inside the text
  const offset_t n = static_cast<offset_t>(text_.size());
  for (Quote& q : out) {
    auto clamp = [n](Span& s) {
      if (s.end > n) s.end = n;
      if (s.begin > s.end) s.begin = s.end;
    };
    clamp(q.content);
    clamp(q.cue);
    clamp(q.speaker);
    clamp(q.entity);
    for (Span& s : q.segments) clamp(s);
    if (q.segments.empty()) q.segments.push_back(q.content);
  }
  return out;
}

}  // namespace

// ------------------------------------------------------------------------------- public API

QuoteExtractor::QuoteExtractor(const QuoteOptions& options)
    : impl_(std::make_shared<const Impl>(options)) {}
QuoteExtractor::~QuoteExtractor() = default;
QuoteExtractor::QuoteExtractor(QuoteExtractor&&) noexcept = default;
QuoteExtractor& QuoteExtractor::operator=(QuoteExtractor&&) noexcept = default;

std::vector<Quote> QuoteExtractor::extract(std::string_view text, const std::vector<Token>& tokens,
                                           const Segments& segments) const {
  if (!impl_ || tokens.empty()) return {};
  // tokens and segments must be consistent with each other; guard against misuse
  for (const Sentence& s : segments.sentences)
    if (s.end_token > tokens.size() || s.first_token > s.end_token) return {};
  for (const Paragraph& p : segments.paragraphs)
    if (p.end_token > tokens.size() || p.first_token > p.end_token ||
        p.end_sentence > segments.sentences.size())
      return {};
  // tokens are in text order (tokenize's contract): the last one bounds them all
  if (tokens.back().span.end > text.size() || tokens.front().span.begin > text.size()) return {};
  // A text with blank lines between some paragraphs may still put others on single lines
  // (`Title\n\nFirst paragraph.\nSecond paragraph.`): the segmenter keeps those lines in one
  // paragraph, as it must for hard-wrapped prose. For quotes, a paragraph whose lines are
  // long (none hard-wrapped) is one paragraph a line, split where a sentence opens a line.
  Segments lines;
  bool split = false;
  for (std::size_t pi = 0; pi < segments.paragraphs.size(); ++pi) {
    const Paragraph& p = segments.paragraphs[pi];
    bool long_lines = false;
    if (p.end_sentence > p.first_sentence + 1 && p.span.end <= text.size()) {
      // the longest line of the paragraph, found with memchr over its bytes
      std::size_t from = p.span.begin, longest = 0;
      bool broken = false;
      while (from < p.span.end) {
        const void* nl = std::memchr(text.data() + from, '\n', p.span.end - from);
        const std::size_t at =
            nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) : p.span.end;
        longest = std::max(longest, at - from);
        if (nl) broken = true;
        from = at + 1;
      }
      long_lines = broken && longest > 120;
    }
    if (!long_lines) {
      if (split) lines.paragraphs.push_back(p);
      continue;
    }
    if (!split) {
      split = true;
      lines.sentences = segments.sentences;
      lines.paragraphs.assign(segments.paragraphs.begin(),
                              segments.paragraphs.begin() + static_cast<std::ptrdiff_t>(pi));
    }
    Paragraph cur = p;
    for (offset_t si = p.first_sentence + 1; si < p.end_sentence; ++si) {
      const Sentence& st = segments.sentences[si];
      if (st.first_token >= tokens.size() || !tokens[st.first_token].has(TokenFlag::newline_before))
        continue;
      const Sentence& prev = segments.sentences[si - 1];
      cur.end_sentence = si;
      cur.end_token = st.first_token;
      cur.span.end = prev.span.end;
      lines.paragraphs.push_back(cur);
      cur.first_sentence = si;
      cur.first_token = st.first_token;
      cur.span.begin = st.span.begin;
    }
    cur.end_sentence = p.end_sentence;
    cur.end_token = p.end_token;
    cur.span.end = p.span.end;
    lines.paragraphs.push_back(cur);
  }
  Run run(*impl_, text, tokens, split ? lines : segments);
  return run.run();
}

std::string_view to_string(QuoteKind kind) noexcept {
  switch (kind) {
    case QuoteKind::direct:
      return "direct";
    case QuoteKind::indirect:
      return "indirect";
    case QuoteKind::mixed:
      return "mixed";
    case QuoteKind::headline:
      return "headline";
  }
  return "direct";
}

std::string_view to_string(Rule rule) noexcept {
  switch (rule) {
    case Rule::none:
      return "none";
    case Rule::cue_after_quote:
      return "cue_after_quote";
    case Rule::cue_before_quote:
      return "cue_before_quote";
    case Rule::cue_inside_split:
      return "cue_inside_split";
    case Rule::subject_of_cue:
      return "subject_of_cue";
    case Rule::according_to:
      return "according_to";
    case Rule::headline_colon:
      return "headline_colon";
    case Rule::inherited:
      return "inherited";
    case Rule::alternation:
      return "alternation";
    case Rule::paragraph_mention:
      return "paragraph_mention";
    case Rule::named:
      return "named";
    case Rule::alias:
      return "alias";
    case Rule::pronoun:
      return "pronoun";
    case Rule::description:
      return "description";
    case Rule::apposition:
      return "apposition";
    case Rule::title:
      return "title";
    case Rule::organisation:
      return "organisation";
    case Rule::addressed:
      return "addressed";
    case Rule::preceding_mention:
      return "preceding_mention";
  }
  return "none";
}

}  // namespace claimex
