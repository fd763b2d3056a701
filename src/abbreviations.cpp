// The abbreviation lexicon (data only) and the sentence-opener list.
//
// Sources, as facts: the English abbreviation list and the "sentence starters" idea of
// pragmatic_segmenter (github.com/diasks2/pragmatic_segmenter, MIT, (c) 2015 Kevin S. Dias),
// the AP Stylebook's state abbreviations (`Calif.`, `Mass.`) and its military and civil titles,
// and the usual month abbreviations. Keys are written without the final period. Single
// letters (initials) and dotted letter sequences (`U.S.`, `e.g.`) are recognised by shape in
// the tokenizer and need no entry here.
#include "abbreviations.hpp"

#include <cstring>
#include <iterator>

namespace claimex::detail {
namespace {

using Row = Lexicon<AbbrevKind>::Row;
constexpr AbbrevKind G = AbbrevKind::general;
constexpr AbbrevKind T = AbbrevKind::title;
constexpr AbbrevKind M = AbbrevKind::month;
constexpr AbbrevKind N = AbbrevKind::number_prefix;
constexpr AbbrevKind U = AbbrevKind::unit;

// Matched in any letter case.
constexpr Row kFolded[] = {
    // titles and ranks (always before a name)
    {"mr", T},
    {"mrs", T},
    {"ms", T},
    {"messrs", T},
    {"mmes", T},
    {"dr", T},
    {"drs", T},
    {"prof", T},
    {"profs", T},
    {"gen", T},
    {"lt", T},
    {"col", T},
    {"maj", T},
    {"capt", T},
    {"cpt", T},
    {"cmdr", T},
    {"cdr", T},
    {"comdr", T},
    {"adm", T},
    {"brig", T},
    {"sgt", T},
    {"cpl", T},
    {"pvt", T},
    {"pfc", T},
    {"lieut", T},
    {"sen", T},
    {"sens", T},
    {"rep", T},
    {"reps", T},
    {"gov", T},
    {"govs", T},
    {"pres", T},
    {"supt", T},
    {"insp", T},
    {"det", T},
    {"rev", T},
    {"revd", T},
    {"msgr", T},
    {"fr", T},
    {"hon", T},
    {"atty", T},
    {"amb", T},
    {"secy", T},
    {"treas", T},
    {"mt", T},
    {"st", T},
    {"ste", T},
    {"mme", T},
    {"mlle", T},
    {"dir", T},
    {"gens", T},
    {"adj", T},
    {"ens", T},
    // months (not `May`, not `June`/`July` which are words)
    {"jan", M},
    {"feb", M},
    {"mar", M},
    {"apr", M},
    {"jun", M},
    {"jul", M},
    {"aug", M},
    {"sep", M},
    {"sept", M},
    {"oct", M},
    {"nov", M},
    {"dec", M},
    // only before a number
    {"no", N},
    {"nos", N},
    {"nr", N},
    {"p", N},
    {"pp", N},
    {"fig", N},
    {"figs", N},
    {"vol", N},
    {"vols", N},
    {"art", N},
    {"arts", N},
    {"ch", N},
    {"chap", N},
    {"para", N},
    {"paras", N},
    {"pg", N},
    {"op", N},
    {"rs", N},
    {"tel", N},
    {"ext", N},
    {"sect", N},
    {"rte", N},
    {"ed", N},
    // companies and organisations
    {"inc", G},
    {"corp", G},
    {"ltd", G},
    {"co", G},
    {"cos", G},
    {"llc", G},
    {"plc", G},
    {"bros", G},
    {"assn", G},
    {"assoc", G},
    {"dept", G},
    {"depts", G},
    {"univ", G},
    {"inst", G},
    {"intl", G},
    {"natl", G},
    {"govt", G},
    {"mfg", G},
    {"div", G},
    {"dist", G},
    {"med", G},
    {"hosp", G},
    {"surg", G},
    {"asst", G},
    {"attys", G},
    {"fed", G},
    {"exp", G},
    {"expy", G},
    {"fwy", G},
    {"ct", G},
    {"cres", G},
    {"ord", G},
    {"res", G},
    {"rt", G},
    {"ver", G},
    {"que", G},
    {"ont", G},
    {"sask", G},
    {"alta", G},
    {"mex", G},
    {"dak", G},
    {"wisc", G},
    {"bld", G},
    // name suffixes and degrees
    {"jr", G},
    {"sr", G},
    {"esq", G},
    {"phd", G},
    // places
    {"ave", G},
    {"blvd", G},
    {"rd", G},
    {"hwy", G},
    {"sq", G},
    {"ln", G},
    {"mtn", G},
    {"pt", G},
    {"pl", G},
    {"apt", G},
    {"bldg", G},
    {"calif", G},
    {"ariz", G},
    {"ark", G},
    {"colo", G},
    {"conn", G},
    {"fla", G},
    {"kan", G},
    {"kans", G},
    {"ky", G},
    {"mich", G},
    {"minn", G},
    {"mont", G},
    {"neb", G},
    {"nebr", G},
    {"nev", G},
    {"okla", G},
    {"tenn", G},
    {"tex", G},
    {"vt", G},
    {"wis", G},
    {"wyo", G},
    {"ala", G},
    {"penn", G},
    {"penna", G},
    // Latin and general
    {"etc", G},
    {"vs", G},
    {"v", G},
    {"viz", G},
    {"cf", G},
    {"al", G},
    {"ca", G},
    {"approx", G},
    {"appr", G},
    {"est", G},
    {"esp", G},
    {"incl", G},
    {"misc", G},
    {"min", G},
    {"max", G},
    {"avg", G},
    {"ref", G},
    {"ft", G},
    {"resp", G},
    {"abbr", G},
    {"attn", G},
    {"doz", G},
    {"equiv", G},
    {"gal", G},
    {"hr", G},
    {"hrs", G},
    {"lb", U},
    {"lbs", U},
    {"mo", G},
    {"mos", G},
    {"oz", U},
    {"qt", U},
    {"yr", U},
    {"yrs", U},
    {"wk", U},
    {"wks", U},
    {"mins", U},
    {"sec", U},
    {"secs", U},
    {"tbsp", U},
    {"tsp", U},
    {"pct", U},
    {"dlrs", U},
    {"mln", U},
    {"bln", U},
    {"stg", U},
    {"pts", U},
    {"cts", U},
    {"eg", G},
    {"ie", G},
};

// Matched only with a capital first letter: these are also ordinary words in lower case.
constexpr Row kExact[] = {
    {"Ill", G}, {"Miss", G}, {"Wash", G}, {"Mass", G}, {"Ore", G}, {"Del", G}, {"La", G},
    {"Md", G},  {"Pa", G},   {"Va", G},   {"Ga", G},   {"Ind", G}, {"Ft", T},
};

// Capitalised words that usually open a sentence (after `U.S.`, `Inc.`, `etc.` they signal
// an end). Pronouns, determiners, conjunctions, wh-words and sentence adverbs.
constexpr std::string_view kStarters[] = {
    "A",        "About",   "According",   "After",        "Afterwards", "Again",     "Also",
    "Although", "An",      "And",         "Another",      "Any",        "Are",       "As",
    "At",       "Because", "Before",      "Being",        "Besides",    "Both",      "But",
    "By",       "Can",     "Could",       "Despite",      "Did",        "Do",        "Does",
    "During",   "Each",    "Earlier",     "Either",       "Even",       "Every",     "Everyone",
    "For",      "From",    "Furthermore", "Had",          "Has",        "Have",      "He",
    "Her",      "Here",    "His",         "How",          "However",    "I",         "If",
    "In",       "Indeed",  "Instead",     "Is",           "It",         "Its",       "Last",
    "Later",    "Let",     "Many",        "Meanwhile",    "Millions",   "More",      "Moreover",
    "Most",     "My",      "Neither",     "Nevertheless", "No",         "Nobody",    "None",
    "Nor",      "Not",     "Now",         "Of",           "On",         "Once",      "One",
    "Only",     "Or",      "Other",       "Others",       "Our",        "She",       "Should",
    "Since",    "So",      "Some",        "Still",        "Such",       "That",      "The",
    "Their",    "Then",    "There",       "Therefore",    "These",      "They",      "This",
    "Those",    "Though",  "Thus",        "To",           "Today",      "Tomorrow",  "Under",
    "Unlike",   "Until",   "Was",         "We",           "Were",       "What",      "When",
    "Whenever", "Where",   "Whether",     "Which",        "While",      "Who",       "Why",
    "Will",     "With",    "Without",     "Would",        "Yes",        "Yesterday", "Yet",
    "You",      "Your",
};

// Words that continue a sentence after `a.m.`/`p.m.`: week days, months, time zones.
constexpr std::string_view kTimeContext[] = {
    "Monday",    "Tuesday",   "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",  "Mon",
    "Tue",       "Tues",      "Wed",       "Thu",      "Thurs",  "Fri",      "Sat",     "Sun",
    "January",   "February",  "March",     "April",    "May",    "June",     "July",    "August",
    "September", "October",   "November",  "December", "Jan",    "Feb",      "Mar",     "Apr",
    "Jun",       "Jul",       "Aug",       "Sep",      "Sept",   "Oct",      "Nov",     "Dec",
    "GMT",       "UTC",       "BST",       "CET",      "CEST",   "EET",      "EEST",    "MSK",
    "IST",       "JST",       "KST",       "HKT",      "SGT",    "AEST",     "AEDT",    "EST",
    "EDT",       "CST",       "CDT",       "MST",      "MDT",    "PST",      "PDT",     "AKST",
    "HST",       "ET",        "CT",        "MT",       "PT",     "Eastern",  "Central", "Mountain",
    "Pacific",   "Greenwich", "local",     "Local",
};

// Hyphens typed for dashes (`Group-co-chaired by France, Russia, and the US-was formed`): the
// words that cannot end a compound, and the prefixes that start a compound of their own.
constexpr std::string_view kDashFollowers[] = {
    "was",   "were", "is",  "are", "has", "have", "had",   "will", "would", "which", "who",
    "whose", "that", "and", "but", "the", "its",  "their", "his",  "her",   "not",
};
constexpr std::string_view kCompoundPrefixes[] = {
    "co", "non", "anti", "pre", "post", "ex", "self", "semi", "multi", "inter", "pro", "re",
};

// The last labels of a bare domain name written in news (`Amazon.com`, `News.com.au`,
// `Booking.com`): generic top-level domains and country codes of news-heavy countries
// (IANA root zone database); country codes that are common English words (`in`, `it`, `me`,
// `us`, `to`, `no`, `is`, `be`, `at`, `so`, `my`, `am`) are left out, so a missing space after
// a full stop (`the deal.It was`) is not read as a domain.
constexpr std::string_view kDomainSuffixes[] = {
    "com", "org", "net", "gov", "edu", "int", "mil", "info", "biz", "io", "ai", "co",
    "uk",  "au",  "ca",  "de",  "fr",  "nz",  "ie",  "jp",   "cn",  "ru", "es", "nl",
    "ch",  "se",  "za",  "sg",  "hk",  "tr",  "br",  "mx",   "ng",  "ke", "pk", "ph",
};

// Lower-case particles that open a name, joined by a hyphen to its capitalised part
// (`al-Assad`, `el-Sisi`, `bin-Salman`): the Arabic article with its assimilated forms
// (`ad-Din`, `ar-Rahman`, `as-Sadr`, `ash-Sharaa`, `at-Tayyib`, `az-Zawahiri`), `bin`/`ibn`
// (son of) and `ben`. Only before a capital letter: `at-risk`, `as-is` stay lower-case.
constexpr std::string_view kNameParticles[] = {
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "ben",
};

const WordSet& name_particle_table() {
  static const WordSet table = make_word_set(kNameParticles, false);
  return table;
}

const WordSet& domain_suffix_table() {
  static const WordSet table = make_word_set(kDomainSuffixes, false);
  return table;
}

const WordSet& dash_follower_table() {
  static const WordSet table = make_word_set(kDashFollowers, false);
  return table;
}
const WordSet& compound_prefix_table() {
  static const WordSet table = make_word_set(kCompoundPrefixes, false);
  return table;
}

const WordSet& time_context_table() {
  static const WordSet table = make_word_set(kTimeContext, false);
  return table;
}

// Number words and scale words that stand before a unit abbreviation (`three pct.`, `five mln
// dlrs.`), matched in any letter case.
constexpr std::string_view kNumberWords[] = {
    "one",       "two",      "three",    "four",    "five",     "six",      "seven",   "eight",
    "nine",      "ten",      "eleven",   "twelve",  "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen", "twenty",  "thirty",   "forty",    "fifty",   "sixty",
    "seventy",   "eighty",   "ninety",   "hundred", "thousand", "million",  "billion", "trillion",
    "mln",       "bln",      "half",     "dozen",
};

const WordSet& number_word_table() {
  static const WordSet table = make_word_set(kNumberWords, true);
  return table;
}

template <std::size_t N>
constexpr bool rows_fit(const Row (&rows)[N]) {
  for (const Row& r : rows)
    if (r.key.size() > kMaxAbbreviationLength) return false;
  return true;
}
static_assert(rows_fit(kFolded) && rows_fit(kExact), "raise kMaxAbbreviationLength");

const Lexicon<AbbrevKind>& folded_table() {
  static const Lexicon<AbbrevKind> table(kFolded, true);
  return table;
}
const Lexicon<AbbrevKind>& exact_table() {
  static const Lexicon<AbbrevKind> table(kExact, false);
  return table;
}
const WordSet& starter_table() {
  static const WordSet table = make_word_set(kStarters, false);
  return table;
}

/// A word of 1 to 7 bytes as one integer: its bytes and its length in the top byte.
std::uint64_t pack(std::string_view w) noexcept {
  const char* p = w.data();
  const std::size_t n = w.size();
  std::uint64_t v;
  if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    v = a | (static_cast<std::uint64_t>(b) << (8 * (n - 4)));
  } else {
    v = static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) |
        (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << (8 * (n / 2))) |
        (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << (8 * (n - 1)));
  }
  return v | (static_cast<std::uint64_t>(n) << 56);
}
static_assert(kMaxAbbreviationLength <= 7, "pack holds up to 7 bytes");

/// A pack with every byte folded by `| 0x20`. Every key is letters only, so a word packs
/// folded equal to a key exactly when it matches the key in any letter case.
std::uint64_t fold(std::uint64_t packed) noexcept {
  return packed | 0x0020202020202020ull;  // not the length byte
}

/// Both tables in one, keyed by the folded pack: a word is looked up with one probe and
/// compared as one integer. The Lexicon tables stay the reference: an entry that this
/// layout cannot hold (two capitalised keys folding alike) sends its words there.
class PackedTable {
 public:
  PackedTable() {
    for (const Row& r : kExact) {
      Entry& e = entry(fold(pack(r.key)));
      if (e.has_exact && e.exact != pack(r.key)) e.slow = true;
      if (!e.has_exact) e.exact = pack(r.key), e.exact_kind = r.value, e.has_exact = true;
    }
    for (const Row& r : kFolded) {
      Entry& e = entry(fold(pack(r.key)));
      if (!e.has_folded) e.folded_kind = r.value, e.has_folded = true;
    }
  }
  const AbbrevKind* find(std::string_view w) const noexcept {
    const std::uint64_t raw = pack(w), key = fold(raw);
    for (std::size_t i = slot(key);; i = (i + 1) & kMask) {
      if (keys_[i] == key) {
        const Entry& e = entries_[i];
        if (e.slow) {
          if (const AbbrevKind* k = exact_table().find(w)) return k;
          return folded_table().find(w);
        }
        if (e.has_exact && e.exact == raw) return &e.exact_kind;
        return e.has_folded ? &e.folded_kind : nullptr;
      }
      if (keys_[i] == 0) return nullptr;
    }
  }

 private:
  struct Entry {
    std::uint64_t exact = 0;
    AbbrevKind exact_kind = AbbrevKind::general;
    AbbrevKind folded_kind = AbbrevKind::general;
    bool has_exact = false, has_folded = false, slow = false;
  };
  static constexpr std::size_t kBits = 10;
  static constexpr std::size_t kMask = (std::size_t{1} << kBits) - 1;
  static std::size_t slot(std::uint64_t v) noexcept {
    return static_cast<std::size_t>((v * 0x9E3779B97F4A7C15ull) >> (64 - kBits));
  }
  Entry& entry(std::uint64_t key) {
    std::size_t i = slot(key);
    while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & kMask;
    keys_[i] = key;
    return entries_[i];
  }
  // the keys apart from the rest: a word that is no abbreviation reads only them
  std::uint64_t keys_[kMask + 1] = {};  // 0: empty (a pack has its length, never 0)
  Entry entries_[kMask + 1];
};
static_assert(std::size(kFolded) + std::size(kExact) < 512, "PackedTable: keep it half empty");

const PackedTable& packed_table() {
  static const PackedTable table;
  return table;
}

}  // namespace

const AbbrevKind* find_abbreviation(std::string_view word) noexcept {
  if (word.empty() || word.size() > kMaxAbbreviationLength) return nullptr;
  return packed_table().find(word);
}

bool is_sentence_starter(std::string_view word) noexcept {
  return starter_table().contains(word);
}

bool is_dash_follower(std::string_view word) noexcept {
  return dash_follower_table().contains(word);
}

bool is_domain_suffix(std::string_view word) noexcept {
  return domain_suffix_table().contains(word);
}

bool is_name_particle(std::string_view word) noexcept {
  return name_particle_table().contains(word);
}

bool is_compound_prefix(std::string_view word) noexcept {
  return compound_prefix_table().contains(word);
}

bool is_time_context(std::string_view word) noexcept {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return time_context_table().contains(word);
}

bool is_number_word(std::string_view word) noexcept {
  return number_word_table().contains(word);
}

}  // namespace claimex::detail
