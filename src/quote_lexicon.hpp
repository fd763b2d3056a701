// Internal: the word lexicon of the quote stage. One table maps a word (ASCII case folded)
// to what it can be for attribution: a cue verb form (with its lemma), a pronoun, a
// determiner, a title or role, an organisation head noun, a word that may sit between a
// subject and its verb, and so on. Built once from the data rows in quote_lexicon.cpp.
#ifndef CLAIMEX_SRC_QUOTE_LEXICON_HPP
#define CLAIMEX_SRC_QUOTE_LEXICON_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon.hpp"

namespace claimex::detail {

/// Bits of `QuoteWord::bits`; a word may carry several.
enum QuoteWordBit : std::uint32_t {
  qw_pronoun = 1u << 0,       ///< subject pronoun: he she they I we
  qw_male = 1u << 1,          ///< he him his Mr Sir; male first names
  qw_female = 1u << 2,        ///< she her Mrs Ms Miss Lady; female first names
  qw_plural = 1u << 3,        ///< they we
  qw_determiner = 1u << 4,    ///< the a an this another some …: opens a noun phrase
  qw_possessive = 1u << 5,    ///< his her their its our my your
  qw_role = 1u << 6,          ///< a role or office noun: president, spokesman, minister …
  qw_honorific = 1u << 7,     ///< a title before a name: Mr. Mrs. Dr. Sen. Gov. …
  qw_org_head = 1u << 8,      ///< head noun of an organisation: office, ministry, agency …
  qw_aux = 1u << 9,           ///< auxiliary between subject and verb: has had will would …
  qw_adverb = 1u << 10,       ///< adverb that may sit next to a cue: also later reportedly …
  qw_time = 1u << 11,         ///< time word after a cue: Monday today yesterday week …
  qw_preposition = 1u << 12,  ///< on in at during to with for …
  qw_clause = 1u << 13,       ///< conjunction or relative word: that which who and but if …
  qw_object = 1u << 14,       ///< object pronoun or audience noun: him them reporters …
  qw_person_noun = 1u << 15,  ///< common noun for a speaker: source, official, analyst …
  qw_negation = 1u << 16,     ///< not n't never
  qw_first_name = 1u << 17,   ///< a common first name (gender in qw_male / qw_female)
  qw_nationality = 1u << 18,  ///< Turkish, Azerbaijani … (an adjective before a title)
  qw_not_name = 1u << 19,     ///< capitalised function words that never start a name
  qw_vocative = 1u << 20,     ///< dear, sir, madam: marks an address inside a quote
  qw_verb = 1u << 21,         ///< a common non-speech verb form (is, was, thanked…)
  qw_kin_mrs = 1u << 22,      ///< kin noun naming a married woman: wife, lady, mother
  qw_kin_mr = 1u << 23,       ///< kin noun naming a married man: husband, father
  qw_quantity = 1u << 24,     ///< a quantity standing for people: percent, half, most …
  qw_noun_cue = 1u << 25,     ///< a cue form mostly a noun in news (`states`, `pledged delegates`)
  qw_document = 1u << 26,     ///< a text that speaks for its author: statement, letter, tweet …
  qw_control = 1u << 27,      ///< a verb whose object does the next infinitive: led, forced …
  qw_firm = 1u << 28,  ///< a business (company, firm, group) or a company name's last word (Inc)
  qw_fronting = 1u << 29,  ///< opens an adverbial set before its main clause: if although despite
  qw_place = 1u << 30,  ///< last word of a name that is no person's (`United States`, `New York`)
  /// derived when the table is built: an honorific, a cue form, `before`, `after`, `during`,
  /// `last`, `and`, `but`, `put`, `according`: the words that may set a bit in the token
  /// bitmaps of the quote stage (its hot loop asks no more of the others)
  qw_bitmap = 1u << 31,
};

/// What kind of cue a verb is.
enum class CueClass : std::uint8_t {
  none,
  speech,       ///< reports speech anywhere: say, tell, add, argue, warn …
  direct_only,  ///< only next to quote marks (novel dialogue): cry, return, exclaim, ask …
  object,       ///< takes an object as its content: accuse, criticize, describe, cite …
  cognition,    ///< think, believe, hope, fear: only with a clause after a subject
  noun,         ///< a speech noun: only with its owner before `that` (`his claim that …`)
  platform,     ///< post: a cue only before a platform (`posted on Twitter,`), `:` or a quote
  particle,     ///< point: a cue (speech) only with its particle after it (`pointed out`)
};

/// A cue only next to quote marks (`cry`, `posted on Twitter,`).
constexpr bool direct_cue(CueClass c) noexcept {
  return c == CueClass::direct_only || c == CueClass::platform;
}

/// Form of a cue verb.
enum class CueForm : std::uint8_t { base, third, past, ing };

/// What the lexicon knows about one word.
struct QuoteWord {
  std::uint32_t bits = 0;
  std::uint16_t lemma = 0;  ///< 1-based index into the lemma table; 0 = not a cue
  CueClass cue = CueClass::none;
  CueForm form = CueForm::base;
};

/// The lexicon: words to `QuoteWord`, and cue lemma ids to their static names.
class QuoteLexicon {
  struct Slot {            // a word of 9 bytes or more
    std::string_view key;  // lower case
    std::uint64_t x = 0;   // pack(key)
    std::uint64_t y = 0;
    QuoteWord word;
  };
  struct ShortSlot {
    std::uint64_t x = 0;  // the folded word (1 to 8 bytes); 0 = empty
    QuoteWord word;
  };

 public:
  QuoteLexicon();
  /// What `word` is (case folded); nullptr when the lexicon does not know it. The keys are
  /// ASCII letters, digits, `.`, `-` and `'`, all of which fold to lower case by `| 0x20`, so
  /// the probe hashes and compares without branches per byte (the hot loop of the stage).
  const QuoteWord* find(std::string_view word) const noexcept {
    if (word.empty() || word.size() > max_length_) return nullptr;
    if (word.size() <= 8) {
      std::uint64_t x = 0;
      std::memcpy(&x, word.data(), word.size());
      return short_table().find(x, word.size());
    }
    // first a filter on (first letter, last letter, length), no hashing: most words stop here
    const std::size_t sh = shape(word);
    if (!((shapes_[sh >> 6] >> (sh & 63)) & 1u)) return nullptr;
    std::uint64_t x = 0, y = 0;
    pack(word, x, y);
    const std::uint64_t h = mix(x, y, word.size());
    // a 16384-bit filter of the keys' hashes (2 KB, stays in L1) turns most words away
    // before the probe touches the table
    const std::size_t fb = static_cast<std::size_t>(h >> 50);
    if (!((filter_[fb >> 6] >> (fb & 63)) & 1u)) return nullptr;
    std::size_t i = static_cast<std::size_t>(h ^ (h >> 29)) & mask_;
    for (;;) {
      const Slot& sl = slots_[i];
      if (sl.key.empty()) return nullptr;
      if (sl.x == x && sl.y == y && sl.key.size() == word.size()) {
        if (word.size() <= 16) return &sl.word;  // the packed words hold every byte
        bool eq = true;
        for (std::size_t k = 0; k < word.size(); ++k)
          if ((static_cast<unsigned char>(word[k]) | 0x20u) !=
              static_cast<unsigned char>(sl.key[k])) {
            eq = false;
            break;
          }
        if (eq) return &sl.word;
      }
      i = (i + 1) & mask_;
    }
  }
  /// The word tables as a small value to hold in registers through a loop: a word of up to 8
  /// bytes is one integer, of 9 to 16 bytes two, looked up without a loop over its bytes (the
  /// hot loop of the stage).
  class ShortTable {
   public:
    /// `find(std::string_view(p, n))` for a word of 1 to 8 bytes with 8 bytes readable at
    /// `p` (the bytes after the word are ignored).
    CLAIMEX_HOT_INLINE const QuoteWord* find8(const char* p, std::size_t n) const noexcept {
      std::uint64_t x;
      std::memcpy(&x, p, 8);
      return find(x, n);
    }
    /// The word in the low `n` bytes of `x` (1 to 8; little end first; the bytes above are
    /// ignored). Every byte folded by `| 0x20` and the bytes above the word zero, the folded
    /// word is its own key (no byte of a word is zero).
    CLAIMEX_HOT_INLINE const QuoteWord* find(std::uint64_t x, std::size_t n) const noexcept {
      x = (x | 0x2020202020202020ull) & kLowBytes[n];
      const std::uint64_t h = x * 0x9E3779B97F4A7C15ull;
      if (!((filter_[h >> 56] >> ((h >> 50) & 63)) & 1u)) return nullptr;
      for (std::size_t i = static_cast<std::size_t>(h >> 20) & mask_;; i = (i + 1) & mask_) {
        const ShortSlot& sl = slots_[i];
        if (sl.x == x) return &sl.word;
        if (sl.x == 0) return nullptr;
      }
    }

    /// `find(std::string_view(p, n))` for a word of 9 to 16 bytes (its first and last 8 bytes
    /// hold them all).
    CLAIMEX_HOT_INLINE const QuoteWord* find16(const char* p, std::size_t n) const noexcept {
      std::uint64_t x, y;
      std::memcpy(&x, p, 8);
      std::memcpy(&y, p + n - 8, 8);
      x |= 0x2020202020202020ull;
      y |= 0x2020202020202020ull;
      const std::uint64_t h = mix(x, y, n);
      const std::size_t fb = static_cast<std::size_t>(h >> 50);
      if (!((long_filter_[fb >> 6] >> (fb & 63)) & 1u)) return nullptr;
      for (std::size_t i = static_cast<std::size_t>(h ^ (h >> 29)) & long_mask_;;
           i = (i + 1) & long_mask_) {
        const Slot& sl = long_slots_[i];
        if (sl.key.empty()) return nullptr;
        if (sl.x == x && sl.y == y && sl.key.size() == n) return &sl.word;
      }
    }

   private:
    friend class QuoteLexicon;
    // clang-format off
    static constexpr std::uint64_t kLowBytes[9] = {  // the low n bytes set
        0, 0xFFull, 0xFFFFull, 0xFFFFFFull, 0xFFFFFFFFull, 0xFFFFFFFFFFull, 0xFFFFFFFFFFFFull,
        0xFFFFFFFFFFFFFFull, ~std::uint64_t{0}};
    // clang-format on
    const std::uint64_t* filter_ = nullptr;  // 2 KB: bit (hash >> 50) set for each key
    const ShortSlot* slots_ = nullptr;
    std::size_t mask_ = 0;
    const std::uint64_t* long_filter_ = nullptr;  // the table of longer words (find16)
    const Slot* long_slots_ = nullptr;
    std::size_t long_mask_ = 0;
  };
  ShortTable short_table() const noexcept {
    ShortTable t;
    t.filter_ = short_filter_.data();
    t.slots_ = short_.data();
    t.mask_ = short_mask_;
    t.long_filter_ = filter_.data();
    t.long_slots_ = slots_.data();
    t.long_mask_ = mask_;
    return t;
  }
  /// The static name of a lemma id (1-based); "" for 0.
  std::string_view lemma(std::uint16_t id) const noexcept {
    return id < lemmas_.size() ? lemmas_[id] : std::string_view();
  }
  /// Length in bytes of the longest word in the lexicon: longer words need no lookup.
  std::size_t max_length() const noexcept { return max_length_; }
  /// The formal first name of a nickname (`Lizzy` → `elizabeth`), lower case; "" if none.
  std::string_view formal_name(std::string_view nickname) const noexcept {
    const std::string_view* f = nicknames_.find(nickname);
    return f ? *f : std::string_view();
  }
  /// The entry of a platform cue's form (`posted`, any case) without its cue, for where it
  /// cues nothing; null when that leaves nothing the rules read.
  const QuoteWord* without_cue(std::string_view form) const noexcept {
    for (std::size_t k = 0; k < n_no_cue_; ++k)
      if (lexicon_equal(no_cue_[k].form, form, true))
        return no_cue_[k].word.bits ? &no_cue_[k].word : nullptr;
    return nullptr;
  }
  /// The entry of a particle cue's form (`pointed`, any case) as a speech cue, for where its
  /// particle follows (`pointed out that …`); null for another word.
  const QuoteWord* with_particle(std::string_view form) const noexcept {
    for (std::size_t k = 0; k < n_particle_cue_; ++k)
      if (lexicon_equal(particle_cue_[k].form, form, true)) return &particle_cue_[k].word;
    return nullptr;
  }
  /// Lemma id of `according to`.
  std::uint16_t according_to() const noexcept { return according_to_; }
  /// `w` (an entry of this lexicon) is the entry of a name particle (kNameParticles) the
  /// lexicon knows (`ten`). No other word it knows is one: a name particle test can stop at
  /// any other known word without comparing bytes.
  bool particle_entry(const QuoteWord* w) const noexcept {
    for (std::size_t k = 0; k < n_particle_words_; ++k)
      if (particle_words_[k] == w) return true;
    return false;
  }
  // the entries of particle_words_ point into the tables: no copy
  QuoteLexicon(const QuoteLexicon&) = delete;
  QuoteLexicon& operator=(const QuoteLexicon&) = delete;

 private:
  /// 14-bit shape of a word: low five bits of its first and last byte (case blind) and its
  /// length (capped at 15).
  static std::size_t shape(std::string_view w) noexcept {
    const std::size_t n = w.size() < 15 ? w.size() : 15;
    return (static_cast<std::size_t>(static_cast<unsigned char>(w.front()) & 31u)) |
           (static_cast<std::size_t>(static_cast<unsigned char>(w.back()) & 31u) << 5) | (n << 10);
  }
  /// A word (1 to 16 bytes: all of them; longer: the first and last 8) packed into two
  /// integers with overlapping loads, every byte folded by `| 0x20`: equal packs of equal
  /// length are equal folded words, so the probe needs no loop over the bytes.
  static void pack(std::string_view w, std::uint64_t& x, std::uint64_t& y) noexcept {
    pack_ends(w, x, y);
    x |= 0x2020202020202020ull;
    y |= 0x2020202020202020ull;
  }
  static std::uint64_t mix(std::uint64_t x, std::uint64_t y, std::size_t n) noexcept {
    std::uint64_t h = (x ^ (y * 0x9E3779B97F4A7C15ull) ^ n) * 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 31);
  }
  std::vector<Slot> slots_;  // words of 9 bytes or more
  std::size_t mask_ = 0;
  std::vector<ShortSlot> short_;  // words of 1 to 8 bytes
  std::size_t short_mask_ = 0;
  std::array<std::uint64_t, 256> short_filter_{};  // bit (hash >> 50) set for each short key
  std::array<std::uint64_t, 256> shapes_{};        // bit shape(key) set for each key
  std::array<std::uint64_t, 256> filter_{};        // bit (hash >> 50) set for each key's hash
  Lexicon<std::string_view> nicknames_;
  std::deque<std::string> forms_;  // generated inflections; keys of table_ point into these
  std::uint16_t according_to_ = 0;
  std::vector<std::string_view> lemmas_;  // by lemma id: "" (0), the cues, `according to`
  std::size_t max_length_ = 0;
  std::array<const QuoteWord*, 20> particle_words_{};  // see particle_entry()
  struct NoCue {
    std::string_view form;
    QuoteWord word;
  };
  std::array<NoCue, 8> no_cue_{};  // see without_cue()
  std::size_t n_no_cue_ = 0;
  std::array<NoCue, 8> particle_cue_{};  // see with_particle()
  std::size_t n_particle_cue_ = 0;
  std::size_t n_particle_words_ = 0;
};

/// Lower-case particles inside personal names (`Ursula von der Leyen`, `Charles de Gaulle`,
/// `Osama bin Laden`, `Rafael van der Vaart`), from the naming customs of Dutch, German,
/// French, Italian, Spanish, Portuguese and Arabic names.
inline constexpr std::string_view kNameParticles[] = {
    "de", "del", "della", "der", "den", "di",  "da",  "das", "dos", "du",
    "la", "le",  "van",   "von", "ter", "ten", "bin", "ibn", "al",  "el"};

/// The labels of a caption, credit or note line (`Image: Jane Doe.`, `PHOTO: Reuters`,
/// `Source: Census Bureau`), which name no speaker; matched without regard to case.
inline constexpr std::string_view kCreditLabels[] = {
    "image",   "images",  "photo",  "photos",  "picture", "video", "credit",
    "credits", "caption", "source", "sources", "graphic", "note"};

/// Words ending in `ly` that are nouns or adjectives, not adverbs (`attorneys for the
/// family`, `a deadly attack`, `the daily newspaper`): lower case.
inline constexpr std::string_view kLyNotAdverbs[] = {
    "family",   "rally",    "assembly", "supply", "ally",    "reply",     "anomaly",
    "monopoly", "belly",    "bully",    "folly",  "homily",  "elderly",   "deadly",
    "costly",   "friendly", "daily",    "weekly", "monthly", "quarterly", "yearly"};

/// `w` (lower case) is one of kLyNotAdverbs.
inline bool ly_not_adverb(std::string_view w) noexcept {
  for (std::string_view l : kLyNotAdverbs)
    if (w == l) return true;
  return false;
}

/// `w` is one of the lower-case ASCII words of `list`, its letters in either case (a list too
/// short for a table: a scan).
template <std::size_t N>
inline bool in_folded_list(std::string_view w, const std::string_view (&list)[N]) noexcept {
  for (std::string_view l : list) {
    if (w.size() != l.size()) continue;
    std::size_t k = 0;
    while (k < w.size() && (w[k] | 0x20) == l[k]) ++k;
    if (k == w.size()) return true;
  }
  return false;
}

/// `w` is one of kCreditLabels (`Image`, `PHOTO`, `note`).
inline bool credit_label(std::string_view w) noexcept {
  return w.size() >= 4 && w.size() <= 7 && in_folded_list(w, kCreditLabels);
}

/// The last words of a column's, a newsletter's or a section's label before a colon
/// (`Delegate Update: …`, `Monday's Morning Email: …`, `Paid Notice: …`, `Breitbart News
/// Daily: …`), which name no speaker; matched without regard to case.
inline constexpr std::string_view kSectionLabels[] = {
    "update",  "updates",  "daily",   "email",   "notice",   "briefing",  "newsletter",
    "digest",  "roundup",  "recap",   "live",    "breaking", "exclusive", "explainer",
    "factbox", "timeline", "podcast", "preview", "wrap",     "wrapup",    "analysis"};

/// `w` is one of kSectionLabels (`Update`, `DAILY`).
inline bool section_label(std::string_view w) noexcept {
  return w.size() >= 4 && w.size() <= 10 && in_folded_list(w, kSectionLabels);
}

/// Determiners of an indefinite description (`a spokesman`, `one analyst`, `every
/// candidate`): someone of that role, not one named before.
inline constexpr std::string_view kIndefiniteDeterminers[] = {"a",     "an", "one", "another",
                                                              "every", "no", "some"};

/// `w` is one of kIndefiniteDeterminers, in any case (`A`, `one`).
inline bool indefinite_determiner(std::string_view w) noexcept {
  return in_folded_list(w, kIndefiniteDeterminers);
}

/// Cue lemmas whose form in -s is a noun as often (`press reports`, `bank notes`, `member
/// states`, `Production estimates`): Run::noun_after_cue() decides which it is.
inline constexpr std::string_view kNounCueLemmas[] = {
    "note", "report", "estimate", "claim",  "comment", "remark",   "state",  "charge",
    "hope", "fear",   "promise",  "demand", "request", "question", "answer", "reply",
    "call", "quote",  "joke",     "quip",   "pledge",  "vow",      "boast",  "forecast"};

/// `l` is one of kNounCueLemmas.
inline bool noun_cue_lemma(std::string_view l) noexcept {
  for (std::string_view x : kNounCueLemmas)
    if (x == l) return true;
  return false;
}

/// Adverbs that make a past form after an owner, an article or `its` an adjective (`GM's
/// previously announced move`, `in its earlier reported half`).
inline constexpr std::string_view kParticipleAdverbs[] = {
    "previously", "recently", "newly", "widely", "formerly", "already", "earlier", "originally"};

/// `w` is one of kParticipleAdverbs, in any case.
inline bool participle_adverb(std::string_view w) noexcept {
  return in_folded_list(w, kParticipleAdverbs);
}

/// Works whose titles stand in quote marks after them (`in his 2012 book, "An American
/// Son."`, `the documentary "Inside Job"`): the quoted words are a title, not speech.
inline constexpr std::string_view kWorkNouns[] = {
    "book", "memoir", "novel",       "album",   "song",      "film",     "movie",
    "show", "series", "documentary", "program", "programme", "column",   "essay",
    "poem", "play",   "podcast",     "titled",  "entitled",  "headlined"};

/// `w` is one of kWorkNouns, in any case.
inline bool work_noun(std::string_view w) noexcept {
  return in_folded_list(w, kWorkNouns);
}

/// Ordinals written as words that number a district or a body after a place's possessive
/// (`Maryland's seventh Congressional District`); higher ones are written in digits (`23rd`).
inline constexpr std::string_view kOrdinalWords[] = {
    "first",  "second", "third", "fourth",   "fifth",   "sixth",   "seventh",
    "eighth", "ninth",  "tenth", "eleventh", "twelfth", "at-large"};

/// `w` is an ordinal: one of kOrdinalWords in any case, or digits with an ordinal suffix.
inline bool ordinal_token(std::string_view w) noexcept {
  if (w.size() >= 3 && w[0] >= '0' && w[0] <= '9') {
    const std::string_view suf = w.substr(w.size() - 2);
    return suf == "st" || suf == "nd" || suf == "rd" || suf == "th";
  }
  return in_folded_list(w, kOrdinalWords);
}

/// Letters written after a person's name for an honour, office or rank (`Kama Melly QC`,
/// `Jane Smith MP`): not part of the name. (Jr and Sr are: `Martin Luther King Jr`.)
inline constexpr std::string_view kPostNominals[] = {"QC",  "KC",  "MP",  "MEP", "MBE",
                                                     "OBE", "CBE", "KBE", "DBE", "MSP"};

/// `w` is one of kPostNominals, as written (capitals).
inline bool post_nominal(std::string_view w) noexcept {
  for (std::string_view l : kPostNominals)
    if (w == l) return true;
  return false;
}

/// The bytes of a word of 2 to 5 bytes at `p` in an integer, first byte lowest, with two
/// overlapping loads (no loop over the bytes, no byte read outside the word).
inline std::uint64_t pack_small(const char* p, std::size_t n) noexcept {
  if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    return std::uint64_t{a} | (std::uint64_t{b} << (8 * (n - 4)));
  }
  std::uint16_t a, b;
  std::memcpy(&a, p, 2);
  std::memcpy(&b, p + n - 2, 2);
  return std::uint64_t{a} | (std::uint64_t{b} << (8 * (n - 2)));
}

/// kNameParticles packed as pack_small() packs them, in a 64-slot open-addressing table
/// (built at compile time; 0 marks a free slot, and no particle packs to 0).
struct ParticleTable {
  std::uint64_t slot[64] = {};
  static constexpr std::size_t home(std::uint64_t x) noexcept {
    return static_cast<std::size_t>((x * 0x9E3779B97F4A7C15ull) >> 58);
  }
  constexpr ParticleTable() {
    for (std::string_view p : kNameParticles) {
      std::uint64_t x = 0;
      for (std::size_t k = 0; k < p.size(); ++k)
        x |= std::uint64_t{static_cast<unsigned char>(p[k])} << (8 * k);
      std::size_t i = home(x);
      while (slot[i] != 0) i = (i + 1) & 63;
      slot[i] = x;
    }
  }
};
inline constexpr ParticleTable kParticleTable{};
static_assert(
    [] {
      for (std::string_view p : kNameParticles)
        if (p.size() < 2 || p.size() > 5) return false;
      return std::size(kNameParticles) < 64;
    }(),
    "name particles are packed whole (2 to 5 bytes) into a table of 64 slots");

/// `w` is one of kNameParticles, its first letter in either case (`de`, `De`).
inline bool name_particle(std::string_view w) noexcept {
  if (w.size() < 2 || w.size() > 5) return false;
  // asked after every run of capitalised words: most words fail on their first letter (the
  // particles start with a b d e i l t v)
  const unsigned f = static_cast<unsigned char>(w[0] | 0x20) - unsigned{'a'};
  if (f > 25 || !((0x28091Bu >> f) & 1u)) return false;
  // the word packed, its first letter folded (the particles are lower case): one probe
  const std::uint64_t x = pack_small(w.data(), w.size()) | 0x20u;
  for (std::size_t i = ParticleTable::home(x); kParticleTable.slot[i] != 0; i = (i + 1) & 63)
    if (kParticleTable.slot[i] == x) return true;
  return false;
}

}  // namespace claimex::detail

#endif
