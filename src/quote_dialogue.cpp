// Dialogue attribution: who speaks each paragraph of talk in fiction. See quote_dialogue.hpp.
#include "quote_dialogue.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <utility>

#include "lexicon.hpp"

namespace claimex::detail {
namespace {

using u32 = std::uint32_t;
constexpr u32 kNone = kNoToken;
constexpr int kNobody = -1;   // no person known
constexpr int kSomeone = -2;  // a person who spoke but could not be resolved

enum Gender : std::uint8_t { g_unknown = 0, g_male = 1, g_female = 2 };

// ------------------------------------------------------------------------------ lexicon data

/// How a title attaches to a name: to the surname (`Mr. Bennet`) or to the given name
/// (`Lady Catherine`, `Sir William`).
/// `either`: a given name when one follows (`Miss Lydia Bennet`, `Miss Eliza`), else the
/// surname (`Miss Bennet`, the eldest daughter by the convention of English usage).
enum class TitleUse : std::uint8_t { surname, given, either };

struct TitleInfo {
  std::string_view canon;  // the key form of the title
  Gender gender = g_unknown;
  TitleUse use = TitleUse::surname;
  std::uint8_t bare_rank = 9;  // which bearer a bare surname names first (lower wins)
};

// English forms of address before a name (the usage of English style guides).
const Lexicon<TitleInfo>::Row kTitles[] = {
    {"mr", {"mr", g_male, TitleUse::surname, 1}},
    {"mr.", {"mr", g_male, TitleUse::surname, 1}},
    {"mrs", {"mrs", g_female, TitleUse::surname, 4}},
    {"mrs.", {"mrs", g_female, TitleUse::surname, 4}},
    {"miss", {"miss", g_female, TitleUse::either, 3}},
    {"ms", {"ms", g_female, TitleUse::either, 3}},
    {"ms.", {"ms", g_female, TitleUse::either, 3}},
    {"master", {"master", g_male, TitleUse::either, 5}},
    {"madame", {"madame", g_female, TitleUse::surname, 4}},
    {"dr", {"dr", g_unknown, TitleUse::surname, 2}},
    {"dr.", {"dr", g_unknown, TitleUse::surname, 2}},
    {"doctor", {"dr", g_unknown, TitleUse::surname, 2}},
    {"colonel", {"colonel", g_unknown, TitleUse::surname, 2}},
    {"col.", {"colonel", g_unknown, TitleUse::surname, 2}},
    {"captain", {"captain", g_unknown, TitleUse::surname, 2}},
    {"capt.", {"captain", g_unknown, TitleUse::surname, 2}},
    {"major", {"major", g_unknown, TitleUse::surname, 2}},
    {"general", {"general", g_unknown, TitleUse::surname, 2}},
    {"lieutenant", {"lieutenant", g_unknown, TitleUse::surname, 2}},
    {"reverend", {"reverend", g_unknown, TitleUse::surname, 2}},
    {"rev.", {"reverend", g_unknown, TitleUse::surname, 2}},
    {"sir", {"sir", g_male, TitleUse::given, 6}},
    {"lord", {"lord", g_male, TitleUse::given, 6}},
    {"lady", {"lady", g_female, TitleUse::given, 7}},
    {"dame", {"dame", g_female, TitleUse::given, 7}},
};

/// What a description next to a cue says about the person (`her ladyship`, `his wife`).
enum class DescKind : std::uint8_t {
  title_holder,  ///< `her ladyship`: the person addressed by that title
  spouse,        ///< `his wife`, `his lady`, `her husband`: Mrs./Mr. and the possessor's surname
  parent,        ///< `her mother`, `his father`: Mrs./Mr. and the possessor's surname
  sibling,       ///< `her sister`, `his brother`: the possessor's surname, another person
  person,        ///< `his friend`, `the lady`: a person of that gender in the conversation
};

struct DescInfo {
  DescKind kind = DescKind::person;
  Gender gender = g_unknown;
  std::string_view title;  // for title_holder: the title it stands for
};

// Nouns that stand for a character next to a cue in fiction (kin, address, companions).
const Lexicon<DescInfo>::Row kDescriptions[] = {
    {"ladyship", {DescKind::title_holder, g_female, "lady"}},
    {"lordship", {DescKind::title_holder, g_male, "lord"}},
    {"wife", {DescKind::spouse, g_female, {}}},
    {"lady", {DescKind::spouse, g_female, {}}},
    {"husband", {DescKind::spouse, g_male, {}}},
    {"mother", {DescKind::parent, g_female, {}}},
    {"mamma", {DescKind::parent, g_female, {}}},
    {"mama", {DescKind::parent, g_female, {}}},
    {"father", {DescKind::parent, g_male, {}}},
    {"papa", {DescKind::parent, g_male, {}}},
    {"sister", {DescKind::sibling, g_female, {}}},
    {"brother", {DescKind::sibling, g_male, {}}},
    {"daughter", {DescKind::sibling, g_female, {}}},
    {"son", {DescKind::sibling, g_male, {}}},
    {"aunt", {DescKind::person, g_female, {}}},
    {"uncle", {DescKind::person, g_male, {}}},
    {"niece", {DescKind::person, g_female, {}}},
    {"nephew", {DescKind::person, g_male, {}}},
    {"cousin", {DescKind::person, g_unknown, {}}},
    {"friend", {DescKind::person, g_unknown, {}}},
    {"companion", {DescKind::person, g_unknown, {}}},
    {"assistant", {DescKind::person, g_unknown, {}}},
    {"guest", {DescKind::person, g_unknown, {}}},
    {"visitor", {DescKind::person, g_unknown, {}}},
    {"host", {DescKind::person, g_male, {}}},
    {"hostess", {DescKind::person, g_female, {}}},
    {"partner", {DescKind::person, g_unknown, {}}},
    {"neighbour", {DescKind::person, g_unknown, {}}},
    {"neighbor", {DescKind::person, g_unknown, {}}},
    {"gentleman", {DescKind::person, g_male, {}}},
    {"man", {DescKind::person, g_male, {}}},
    {"woman", {DescKind::person, g_female, {}}},
    {"girl", {DescKind::person, g_female, {}}},
    {"boy", {DescKind::person, g_male, {}}},
    {"lover", {DescKind::person, g_unknown, {}}},
    {"visitors", {DescKind::person, g_unknown, {}}},
    {"other", {DescKind::person, g_unknown, {}}},
};

/// Words that address someone without a name, inside a quote (`"…, Sir?"`, `"Oh, Papa, …"`):
/// the addressee's gender, and for a parent, the speaker's parent.
struct AddressInfo {
  Gender gender = g_unknown;
  bool parent = false;
};

const Lexicon<AddressInfo>::Row kAddresses[] = {
    {"sir", {g_male, false}},        {"madam", {g_female, false}},  {"ma'am", {g_female, false}},
    {"papa", {g_male, true}},        {"mama", {g_female, true}},    {"mamma", {g_female, true}},
    {"father", {g_male, true}},      {"mother", {g_female, true}},  {"my lord", {g_male, false}},
    {"ladyship", {g_female, false}}, {"lordship", {g_male, false}},
};

const Lexicon<AddressInfo>& addresses() {
  static const Lexicon<AddressInfo> t(kAddresses, true);
  return t;
}

const Lexicon<TitleInfo>& titles() {
  static const Lexicon<TitleInfo> t(kTitles, true);
  return t;
}
const Lexicon<DescInfo>& descriptions() {
  static const Lexicon<DescInfo> t(kDescriptions, true);
  return t;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(ascii_lower(static_cast<unsigned char>(c)));
  return out;
}

// ----------------------------------------------------------------------------- characters

struct Character {
  Gender gender = g_unknown;
  std::string title;    // canonical title, "" if none
  std::string given;    // lower case, formal (`elizabeth` for Lizzy)
  std::string surname;  // lower case
  u32 count = 0;
  Span show;  // the form the entity is written as
  u32 show_score = 0;
  std::uint8_t bare_rank = 9;
  std::unordered_map<std::string, std::pair<Span, u32>> forms;  // form → first span, weight
  std::unordered_map<std::string, u32> surnames;                // surname → times given
};

/// A name as parsed from a run of capitalised words.
struct NameParse {
  std::string key;
  std::string title, given, surname;
  Gender gender = g_unknown;
  std::uint8_t bare_rank = 9;
  u32 first = kNone, last = kNone;  // tokens of the name, title included
  bool bare = false;                // one word, neither title nor known given name
  bool younger = false;             // `Miss Lydia (Bennet)`: a daughter named by given name
};

/// One mention of a character in the narration (outside quote marks).
struct Event {
  u32 tok = 0;
  u32 para = 0;
  int ch = kNobody;
  bool subject = false;
};

class Dialogue {
 public:
  Dialogue(const DialogueText& doc, std::vector<DialogueTurn>& turns)
      : d_(doc), toks_(doc.tokens), turns_(turns) {}
  void run();

 private:
  // ---- tokens
  u32 ntok() const { return static_cast<u32>(toks_.size()); }
  std::string_view sv(u32 i) const { return toks_[i].text(d_.text); }
  bool is_word(u32 i) const { return i < ntok() && toks_[i].kind == TokenKind::word; }
  bool cap(u32 i) const { return is_word(i) && toks_[i].has(TokenFlag::capitalized); }
  bool quoted(u32 i) const { return i < d_.marks.size() && (d_.marks[i] & 1); }
  std::uint32_t bits(u32 i) const {
    if (!is_word(i) || toks_[i].has(TokenFlag::non_ascii)) return 0;
    const QuoteWord* w = d_.lex.find(sv(i));
    return w ? w->bits : 0u;
  }
  bool is_cue(u32 i) const {
    if (!is_word(i) || toks_[i].has(TokenFlag::non_ascii)) return false;
    const QuoteWord* w = d_.lex.find(sv(i));
    return w && w->lemma != 0;
  }
  bool punct(u32 i, char c) const {
    if (i >= ntok() || toks_[i].kind != TokenKind::punct) return false;
    std::string_view s = sv(i);
    return s.size() == 1 && s[0] == c;
  }
  const TitleInfo* title_at(u32 i) const { return is_word(i) ? titles().find(sv(i)) : nullptr; }
  Span span_of(u32 a, u32 b) const { return Span{toks_[a].span.begin, toks_[b].span.end}; }

  // ---- stages
  void index_tokens();
  bool parse_name(u32 a, u32 b, NameParse& out) const;
  int find_char(const NameParse& p) const;
  int add_char(const NameParse& p);
  void note_form(int ch, const NameParse& p);
  void collect();
  int name_in(u32 a, u32 b, bool create);
  int vocative(const DialogueTurn& t) const;
  const AddressInfo* generic_address(const DialogueTurn& t) const;
  void remember(int ch);
  int resolve_pronoun(Gender g, u32 para, u32 cue, int avoid = kNobody) const;
  int resolve_description(u32 a, u32 b, u32 para, u32 cue, int addressed) const;
  int narration_person(u32 para, u32 before) const;
  int sentence_subject(u32 s, u32 para) const;
  int linked(std::string_view noun, u32 before) const;
  int last_mention(u32 s) const;
  int narration_subject(u32 para, u32 from, u32 to, int avoid = kNobody,
                        bool pronouns_only = false) const;
  int preceding_person(u32 para) const;
  int recent_other(int not_this, Gender g, u32 para, u32 before) const;
  int speech_introduced(u32 para) const;
  int speaker_before(u32 para, u32 from, u32 open, int avoid) const;
  Gender gender(int ch) const {
    return ch >= 0 ? chars_[static_cast<std::size_t>(ch)].gender : g_unknown;
  }
  bool fits(int ch, Gender g) const {
    return ch >= 0 && (g == g_unknown || gender(ch) == g_unknown || gender(ch) == g);
  }
  bool fits_strict(int ch, Gender g) const { return ch >= 0 && gender(ch) == g && g != g_unknown; }

  const DialogueText& d_;
  const std::vector<Token>& toks_;
  std::vector<DialogueTurn>& turns_;

  std::vector<u32> para_of_;          // per token
  std::vector<std::uint8_t> sfirst_;  // per token: first word of its sentence
  std::vector<Character> chars_;
  std::unordered_map<std::string, int> by_key_;
  std::unordered_map<std::string, int> by_surname_;  // bare surname → its titled bearer
  std::unordered_map<std::string, int> by_given_;    // bare given name → its bearer
  std::vector<Event> events_;
  std::unordered_map<std::string, int> younger_;  // given names seen as `Miss <given>`
  // description noun → the people the narration introduced with it (`her aunt Mrs. X`)
  std::unordered_map<std::string, std::vector<std::pair<u32, int>>> links_;
  // conversation state
  int last_ = kNobody;        // who spoke the last turn
  int other_ = kNobody;       // the other party
  u32 last_para_ = kNone;     // paragraph of the last turn
  int addressed_ = kNobody;   // who the last turn addressed by name
  std::vector<int> history_;  // recent speakers, the latest first
};

void Dialogue::index_tokens() {
  const u32 n = ntok();
  para_of_.assign(n, 0);
  sfirst_.assign(n, 0);
  const auto& paras = d_.segments.paragraphs;
  for (u32 p = 0; p < paras.size(); ++p)
    for (u32 i = paras[p].first_token; i < paras[p].end_token && i < n; ++i) para_of_[i] = p;
  for (const Sentence& s : d_.segments.sentences) {
    u32 i = s.first_token;
    // past quote marks, brackets, dashes and a leading conjunction
    while (i < s.end_token && i < n &&
           (toks_[i].kind == TokenKind::open_quote || toks_[i].kind == TokenKind::close_quote ||
            toks_[i].kind == TokenKind::dash || toks_[i].kind == TokenKind::punct))
      ++i;
    if (i < s.end_token && i < n) sfirst_[i] = 1;
    if (i + 1 < s.end_token && i + 1 < n && is_word(i) &&
        (sv(i) == "But" || sv(i) == "And" || sv(i) == "When" || sv(i) == "While" ||
         sv(i) == "Then" || sv(i) == "Yet"))
      sfirst_[i + 1] = 1;
  }
}

/// Parses the capitalised run [a, b] as a person's name. False when it is no name.
bool Dialogue::parse_name(u32 a, u32 b, NameParse& out) const {
  // leading function words, verbs and adverbs of a sentence-initial run are not the name
  const std::uint32_t skip = qw_not_name | qw_pronoun | qw_determiner | qw_preposition | qw_clause |
                             qw_aux | qw_verb | qw_adverb | qw_time | qw_negation | qw_object |
                             qw_possessive | qw_role;
  while (
      a <= b && !title_at(a) &&
      ((bits(a) & skip) || (bits(a) & qw_vocative) || (is_cue(a) && !(bits(a) & qw_first_name))) &&
      !(bits(a) & qw_first_name))
    ++a;
  if (a > b) return false;
  out = NameParse{};
  out.first = a;
  out.last = b;
  if (const TitleInfo* t = title_at(a)) {
    if (a == b) return false;  // `Sir`, `Madam` alone: an address, no name
    u32 r0 = a + 1;
    out.title = std::string(t->canon);
    out.gender = t->gender;
    out.bare_rank = t->bare_rank;
    const std::string w0 = lower(sv(r0)), wl = lower(sv(b));
    std::string formal0(d_.lex.formal_name(w0));
    if (t->use == TitleUse::either && (!formal0.empty() || (bits(r0) & qw_first_name))) {
      out.given = formal0.empty() ? w0 : formal0;
      if (b > r0) out.surname = wl;
      out.key = "g|" + out.given;
      out.younger = true;
      out.title.clear();
      out.bare_rank = 9;
      return true;
    }
    if (t->use != TitleUse::given) {
      out.surname = wl;
      if (b > r0) out.given = w0;
      out.key = "t|" + out.title + "|" + wl;
    } else {
      out.given = w0;
      if (b > r0) out.surname = wl;
      out.key = "t|" + out.title + "|" + w0;
    }
    if (out.gender == g_unknown && b > r0) {
      std::uint32_t gb = bits(r0);
      if (gb & qw_first_name)
        out.gender = (gb & qw_female) ? g_female : (gb & qw_male) ? g_male : g_unknown;
    }
    return true;
  }
  const std::string w0 = lower(sv(a));
  std::uint32_t gb = bits(a);
  std::string formal(d_.lex.formal_name(w0));
  if (!formal.empty() || (gb & qw_first_name)) {
    out.given = formal.empty() ? w0 : formal;
    if (b > a) out.surname = lower(sv(b));
    out.key = "g|" + out.given;
    if (!(gb & qw_first_name) && !formal.empty()) {
      const QuoteWord* fw = d_.lex.find(formal);
      gb = fw ? fw->bits : 0u;
    }
    out.gender = (gb & qw_female) ? g_female : (gb & qw_male) ? g_male : g_unknown;
    return true;
  }
  if (bits(b) & (qw_role | qw_org_head | qw_not_name | qw_pronoun)) return false;
  out.surname = lower(sv(b));
  out.key = "w|" + out.surname;
  out.bare = (a == b);
  return true;
}

int Dialogue::find_char(const NameParse& p) const {
  if (auto it = by_key_.find(p.key); it != by_key_.end()) return it->second;
  if (p.title.empty() && p.given.empty()) {  // `Bingley`, `E. Gardiner`
    if (auto it = by_surname_.find(p.surname); it != by_surname_.end()) return it->second;
  }
  if (p.bare) {
    if (auto it = by_given_.find(p.surname); it != by_given_.end()) return it->second;
  }
  return kNobody;
}

int Dialogue::add_char(const NameParse& p) {
  Character c;
  c.gender = p.gender;
  c.title = p.title;
  c.given = p.given;
  c.surname = p.surname;
  c.bare_rank = p.bare_rank;
  chars_.push_back(std::move(c));
  const int id = static_cast<int>(chars_.size() - 1);
  by_key_.emplace(p.key, id);
  return id;
}

void Dialogue::note_form(int ch, const NameParse& p) {
  Character& c = chars_[static_cast<std::size_t>(ch)];
  ++c.count;
  if (c.gender == g_unknown) c.gender = p.gender;
  // the surname the text gives most often (`Lydia Bennet` over a later `Lydia Wickham`)
  if (!p.surname.empty()) {
    u32& votes = c.surnames[p.surname];
    ++votes;
    if (c.surname.empty() || (p.surname != c.surname && votes > c.surnames[c.surname]))
      c.surname = p.surname;
  }
  // the entity is written in the form the text uses most, a titled form counting double
  std::string form;
  for (u32 i = p.first; i <= p.last; ++i) {
    if (i > p.first) form += ' ';
    form += lower(sv(i));
  }
  auto& f = c.forms[form];
  if (f.second == 0) f.first = span_of(p.first, p.last);
  f.second += p.title.empty() ? 1u : 2u;
  if (f.second > c.show_score || !c.show.present()) {
    c.show_score = f.second;
    c.show = f.first;
  }
}

/// Collects the characters and the narration's mentions of them, in one pass.
void Dialogue::collect() {
  const u32 n = ntok();
  struct Run {
    u32 a, b;
  };
  std::vector<Run> runs;
  for (u32 i = 0; i < n;) {
    if (!(cap(i) || title_at(i))) {
      ++i;
      continue;
    }
    u32 b = i;
    while (b + 1 < n && (cap(b + 1) || title_at(b + 1)) && quoted(b + 1) == quoted(i) &&
           !toks_[b + 1].has(TokenFlag::newline_before) && b < i + 5)
      ++b;
    runs.push_back({i, b});
    i = b + 1;
  }
  // pass 1: titled and given names make characters; bare words wait, as do words before a
  // surname that name no one (`Poor Wickham`, `How Wickham`: Mr. Wickham, in pass 2)
  for (const Run& r : runs) {
    NameParse p;
    if (!parse_name(r.a, r.b, p) || p.bare || (p.title.empty() && p.given.empty())) continue;
    if (sfirst_[p.first] && p.first == p.last && p.title.empty() &&
        !(bits(p.first) & qw_first_name))
      continue;
    int ch = find_char(p);
    if (ch == kNobody) ch = add_char(p);
    note_form(ch, p);
    if (p.younger) younger_.emplace(p.given, 1);
  }
  // `Miss Lucas` is the eldest daughter: the most mentioned woman of that surname, unless the
  // text tells the daughters apart by given name (`Miss Lydia`), which leaves it loose
  {
    std::unordered_map<std::string, std::pair<int, bool>> eldest;  // surname → best, ambiguous
    for (std::size_t j = 0; j < chars_.size(); ++j) {
      const Character& o = chars_[j];
      if (!o.title.empty() || o.given.empty() || o.surname.empty() || o.gender != g_female)
        continue;
      auto& e = eldest.try_emplace(o.surname, kNobody, false).first->second;
      if (younger_.count(o.given)) e.second = true;
      if (e.first == kNobody || o.count > chars_[static_cast<std::size_t>(e.first)].count)
        e.first = static_cast<int>(j);
    }
    for (const Character& c : chars_) {
      if (c.title != "miss" || c.surname.empty()) continue;
      auto it = eldest.find(c.surname);
      if (it != eldest.end() && !it->second.second && it->second.first != kNobody)
        by_key_["t|miss|" + c.surname] = it->second.first;
    }
  }
  // surnames and given names to their bearers
  for (std::size_t k = 0; k < chars_.size(); ++k) {
    const Character& c = chars_[k];
    const int id = static_cast<int>(k);
    if (!c.surname.empty() && !c.title.empty()) {
      auto it = by_surname_.find(c.surname);
      if (it == by_surname_.end()) {
        by_surname_.emplace(c.surname, id);
      } else {
        const Character& o = chars_[static_cast<std::size_t>(it->second)];
        if (c.bare_rank < o.bare_rank || (c.bare_rank == o.bare_rank && c.count > o.count))
          it->second = id;
      }
    }
    if (!c.given.empty() && c.title.empty()) by_given_.emplace(c.given, id);
  }
  // pass 2: the narration's mentions, bare surnames included
  for (const Run& r : runs) {
    NameParse p;
    if (!parse_name(r.a, r.b, p)) continue;
    int ch = find_char(p);
    // (a name of words the lexicon does not know, `Fitzwilliam Darcy`, with no titled
    // bearer: its own character)
    if (ch == kNobody && !p.bare && p.title.empty() && p.given.empty()) {
      if (sfirst_[p.first] && p.first == p.last) continue;
      ch = add_char(p);
      note_form(ch, p);
    } else if (ch == kNobody) {
      continue;
    } else if (p.bare || (p.title.empty() && p.given.empty())) {
      note_form(ch, p);
    }
    if (quoted(p.first)) continue;
    // `her aunt Mrs. Gardiner`, `his friend Mr. Denny`: the noun names this person hereafter
    if (r.a >= 2 && p.first == r.a && is_word(r.a - 1) && !cap(r.a - 1) &&
        (bits(r.a - 2) & qw_possessive))
      if (const DescInfo* di = descriptions().find(sv(r.a - 1));
          di && (di->kind == DescKind::person || di->kind == DescKind::sibling))
        links_[lower(sv(r.a - 1))].push_back({p.first, ch});
    Event e;
    e.tok = p.first;
    e.para = para_of_[p.first];
    e.ch = ch;
    e.subject = sfirst_[r.a] || sfirst_[p.first];
    events_.push_back(e);
  }
}

/// The character named inside tokens [a, b] (a cue's mention): the last capitalised run.
int Dialogue::name_in(u32 a, u32 b, bool create) {
  if (a == kNone || b == kNone || b >= ntok()) return kNobody;
  u32 e = b + 1;
  while (e > a && !(cap(e - 1) || title_at(e - 1))) --e;
  if (e == a) return kNobody;
  u32 s = e - 1;
  while (s > a && (cap(s - 1) || title_at(s - 1))) --s;
  NameParse p;
  if (!parse_name(s, e - 1, p)) return kNobody;
  int ch = find_char(p);
  if (ch == kNobody && create && !(p.bare && sfirst_[p.first])) {
    ch = add_char(p);
    note_form(ch, p);
  }
  return ch;
}

/// The character a turn addresses by name (`"My dear Mr. Bennet, …"`, `"…, Lizzy?"`).
int Dialogue::vocative(const DialogueTurn& t) const {
  const u32 end = std::min(t.tok_end, ntok());
  for (u32 k = t.tok_first; k < end; ++k) {
    if (!(cap(k) || title_at(k))) continue;
    u32 e = k;
    while (e + 1 < end && (cap(e + 1) || title_at(e + 1)) && e < k + 3) ++e;
    const bool opens =
        k == t.tok_first || punct(k - 1, ',') || (bits(k - 1) & qw_vocative) ||
        toks_[k - 1].kind == TokenKind::open_quote || sv(k - 1) == "my" || sv(k - 1) == "My" ||
        sv(k - 1) == "O" || sv(k - 1) == "Oh" ||
        ((punct(k - 1, '!') || punct(k - 1, '?') || punct(k - 1, '.')) && punct(e + 1, ','));
    const bool closes = e + 1 >= end || punct(e + 1, ',') || punct(e + 1, '!') ||
                        punct(e + 1, '?') || punct(e + 1, '.') || punct(e + 1, ';') ||
                        toks_[e + 1].kind == TokenKind::close_quote ||
                        toks_[e + 1].kind == TokenKind::dash;
    // a name opening the turn addresses someone only when the turn goes on after a comma
    // (`"Mr. Bennet, how can you …"`; not `"Miss Elizabeth Bennet!"`)
    const bool whole = k == t.tok_first && (e + 2 >= end || !punct(e + 1, ','));
    // `my dear Wickham;` mid-sentence is a reference, not an address
    const bool loose_close = punct(e + 1, ';') || punct(e + 1, '.');
    const bool dear = is_word(k - 1) && !punct(k - 1, ',');
    if (opens && closes && !whole && !(dear && loose_close)) {
      NameParse p;
      if (parse_name(k, e, p)) {
        int ch = find_char(p);
        if (ch >= 0) return ch;
      }
    }
    k = e;
  }
  return kNobody;
}

/// A nameless address inside a turn (`"…, Sir?"`, `"Oh! Papa, …"`): its info, or nullptr.
const AddressInfo* Dialogue::generic_address(const DialogueTurn& t) const {
  const u32 end = std::min(t.tok_end, ntok());
  for (u32 k = t.tok_first; k < end; ++k) {
    if (!is_word(k)) continue;
    const AddressInfo* a = addresses().find(sv(k));
    if (!a) continue;
    const bool opens = k == t.tok_first || punct(k - 1, ',') || punct(k - 1, '!') ||
                       sv(k - 1) == "dear" || sv(k - 1) == "Dear" ||
                       toks_[k - 1].kind == TokenKind::open_quote;
    const bool closes = k + 1 >= end || punct(k + 1, ',') || punct(k + 1, '!') ||
                        punct(k + 1, '?') || punct(k + 1, '.') || punct(k + 1, ';') ||
                        toks_[k + 1].kind == TokenKind::dash;
    if (opens && closes) return a;
  }
  return nullptr;
}

/// The person the narration of paragraph `para` names before token `before`: the one
/// character mentioned there, or the subject among several.
int Dialogue::narration_person(u32 para, u32 before) const {
  auto it = std::lower_bound(events_.begin(), events_.end(), before,
                             [](const Event& e, u32 t) { return e.tok < t; });
  int only = kNobody, subject = kNobody;
  bool several = false;
  int seen = 0;
  while (it != events_.begin() && seen < 12) {
    --it;
    ++seen;
    if (it->para != para) break;
    if (only == kNobody)
      only = it->ch;
    else if (only != it->ch)
      several = true;
    if (it->subject) subject = it->ch;
  }
  if (only == kNobody) return kNobody;
  return several ? subject : only;
}

/// The first speaker of a conversation with no cue: the person the narration just before
/// it is about (the subject of the last sentence that names someone, else the last named).
int Dialogue::preceding_person(u32 para) const {
  if (para == 0) return kNobody;
  const u32 pf = d_.segments.paragraphs[para].first_token;
  auto it = std::lower_bound(events_.begin(), events_.end(), pf,
                             [](const Event& e, u32 t) { return e.tok < t; });
  if (it == events_.begin()) return kNobody;
  auto last = std::prev(it);
  if (last->para + 2 < para) return kNobody;
  return last->ch;
}

/// The subject of sentence `s`: a name or `he`/`she` opening it, resolved.
int Dialogue::sentence_subject(u32 s, u32 para) const {
  const Sentence& st = d_.segments.sentences[s];
  const u32 e = std::min({st.end_token, ntok(), st.first_token + 6});
  for (u32 i = st.first_token; i < e; ++i) {
    if (!sfirst_[i] || quoted(i)) continue;
    std::uint32_t b = bits(i);
    if (is_word(i) && (b & qw_pronoun) && (b & (qw_male | qw_female)))
      return resolve_pronoun((b & qw_female) ? g_female : g_male, para, i);
    auto it = std::lower_bound(events_.begin(), events_.end(), i,
                               [](const Event& ev, u32 t) { return ev.tok < t; });
    if (it != events_.end() && it->tok <= i + 2 && it->subject) return it->ch;
    return kNobody;
  }
  return kNobody;
}

/// The last person sentence `s` names.
int Dialogue::last_mention(u32 s) const {
  const Sentence& st = d_.segments.sentences[s];
  auto it = std::lower_bound(events_.begin(), events_.end(), st.end_token,
                             [](const Event& ev, u32 t) { return ev.tok < t; });
  if (it == events_.begin()) return kNobody;
  --it;
  return it->tok >= st.first_token ? it->ch : kNobody;
}

int Dialogue::resolve_pronoun(Gender g, u32 para, u32 cue, int avoid) const {
  // `avoid`: the person the turn addresses by name, who is not its speaker
  auto ok = [&](int c) { return c != avoid && fits_strict(c, g); };
  auto ok_loose = [&](int c) { return c != avoid && fits(c, g); };
  // 1. someone of that gender named earlier in the same paragraph
  {
    auto it = std::lower_bound(events_.begin(), events_.end(), cue,
                               [](const Event& e, u32 t) { return e.tok < t; });
    int seen = 0, loose = kNobody;
    while (it != events_.begin() && seen < 12) {
      --it;
      ++seen;
      if (it->para != para) break;
      if (ok(it->ch)) return it->ch;
      if (loose == kNobody && ok_loose(it->ch)) loose = it->ch;  // `Dr. Vane`: gender unknown
    }
    if (loose != kNobody) return loose;
  }
  // 2. the narration since the last turn, when there is some: its last subject of that
  // gender, else its last mention; 3. the conversation: the party expected next, then the
  // last speaker
  auto narration = [&](u32 from_para) {
    auto it = std::lower_bound(events_.begin(), events_.end(), cue,
                               [](const Event& e, u32 t) { return e.tok < t; });
    int seen = 0, mention = kNobody, clause_subject = kNobody;
    // the one person of that gender the paragraph just before names (`… she was overtaken
    // by Wickham. ¶ "…," said he`), when it names one and no clause subject comes first
    int just_before = kNobody;
    bool several = false;
    while (it != events_.begin() && seen < 40) {
      --it;
      ++seen;
      if (it->para < from_para || it->para + 4 < para) break;
      if (it->para + 1 < para && just_before != kNobody && !several && clause_subject == kNobody)
        return just_before;
      if (!ok(it->ch)) continue;
      if (it->para + 1 == para && !it->subject) {
        if (just_before == kNobody) just_before = it->ch;
        several = several || just_before != it->ch;
      }
      if (it->subject) return it->ch;
      // (the subject of a clause inside the sentence: `before Mr. Collins came up to them`)
      u32 nt = it->tok;
      while (nt < ntok() && nt < it->tok + 6 && (cap(nt) || punct(nt, '.'))) ++nt;
      if (clause_subject == kNobody && nt > it->tok && nt < ntok() && is_word(nt) && !cap(nt) &&
          !quoted(nt) &&
          !(bits(nt) & (qw_preposition | qw_determiner | qw_clause | qw_pronoun | qw_possessive)))
        clause_subject = it->ch;
      // several people of that gender named, none as subject: the one the text names most
      if (mention == kNobody || chars_[static_cast<std::size_t>(it->ch)].count >
                                    chars_[static_cast<std::size_t>(mention)].count) {
        mention = it->ch;
      }
    }
    return clause_subject != kNobody ? clause_subject : mention;
  };
  if (last_para_ == kNone || para > last_para_ + 1) {
    int n = narration(last_para_ == kNone ? 0 : last_para_ + 1);
    if (n != kNobody) return n;
  }
  // the one the turn just before addressed by name answers (`"…, Mr. Bingley?"` /
  // `"…," he replied`)
  if (last_para_ != kNone && para == last_para_ + 1 && addressed_ != last_ && ok(addressed_))
    return addressed_;
  if (ok(other_)) return other_;
  if (ok(last_)) return last_;
  if (int n = narration(0); n != kNobody) return n;
  if (ok_loose(other_)) return other_;
  if (ok_loose(last_)) return last_;
  for (int c : history_)
    if (ok(c)) return c;
  return kNobody;
}

/// The subject of the narration of paragraph `para` in tokens [from, to) (outside quotes):
/// the last sentence-initial name or `he`/`she`, resolved; else the one person named there.
int Dialogue::narration_subject(u32 para, u32 from, u32 to, int avoid, bool pronouns_only) const {
  if (to > ntok()) to = ntok();
  if (to > from + 80) from = to - 80;
  for (u32 i = to; i-- > from;) {
    if (quoted(i)) continue;
    std::uint32_t b = bits(i);
    // `he`/`she` is a subject wherever it stands
    if (is_word(i) && (b & qw_pronoun) && (b & (qw_male | qw_female)) && !cap(i + 1)) {
      const Gender g = (b & qw_female) ? g_female : g_male;
      return resolve_pronoun(g, para, i, avoid);
    }
    if (!sfirst_[i] || pronouns_only) continue;
    auto it = std::lower_bound(events_.begin(), events_.end(), i,
                               [](const Event& e, u32 t) { return e.tok < t; });
    if (it != events_.end() && it->tok <= i + 2 && it->subject && it->tok < to) return it->ch;
  }
  return pronouns_only ? kNobody : narration_person(para, to);
}

/// Narration that introduces the turn in its own paragraph with a speech verb (`…, and met
/// Maria, who, breathless with agitation, cried out, "…"`): the person named or `he`/`she`
/// nearest before the verb.
int Dialogue::speaker_before(u32 para, u32 from, u32 open, int avoid) const {
  u32 v = open;
  for (int k = 0; k < 6 && v > from; ++k) {
    --v;
    if (is_cue(v)) break;
    if (!(punct(v, ',') || punct(v, ':') || toks_[v].kind == TokenKind::dash ||
          toks_[v].kind == TokenKind::open_quote || (is_word(v) && !cap(v))))
      return kNobody;
  }
  if (!is_cue(v) || quoted(v)) return kNobody;
  auto it = std::lower_bound(events_.begin(), events_.end(), v,
                             [](const Event& e, u32 t) { return e.tok < t; });
  const u32 name_at =
      (it != events_.begin() && std::prev(it)->tok >= from && std::prev(it)->ch != avoid)
          ? std::prev(it)->tok
          : kNone;
  const u32 lo = v > from + 40 ? v - 40 : from;
  for (u32 i = v; i-- > lo;) {
    if (name_at != kNone && i <= name_at) return std::prev(it)->ch;
    if (quoted(i) || !is_word(i)) continue;
    std::uint32_t b = bits(i);
    if ((b & qw_pronoun) && (b & (qw_male | qw_female)))
      return resolve_pronoun((b & qw_female) ? g_female : g_male, para, i, avoid);
  }
  return kNobody;
}

/// A paragraph of narration right before `para` that ends by introducing speech
/// (`…, and then said,` / `Elizabeth coloured, and said --`): the subject of that sentence.
int Dialogue::speech_introduced(u32 para) const {
  if (para == 0) return kNobody;
  const Paragraph& pp = d_.segments.paragraphs[para - 1];
  const u32 e = std::min(pp.end_token, ntok());
  if (e < pp.first_token + 3) return kNobody;
  u32 i = e - 1;
  // `…, when thus accosted by Miss Bingley.`: the agent of a participle the paragraph ends
  // with speaks next
  if (!quoted(i) && punct(i, '.') && i >= pp.first_token + 3) {
    u32 s = i;
    while (s > pp.first_token && s + 4 > i && (cap(s - 1) || title_at(s - 1))) --s;
    if (s < i && s >= pp.first_token + 2 && sv(s - 1) == "by") {
      const std::string_view pw = sv(s - 2);
      if (is_word(s - 2) && !cap(s - 2) && pw.size() > 4 && pw.substr(pw.size() - 2) == "ed") {
        NameParse np;
        if (parse_name(s, i - 1, np)) {
          const int ch = find_char(np);
          if (ch >= 0) return ch;
        }
      }
    }
  }
  if (quoted(i) || !(punct(i, ',') || punct(i, ':') || toks_[i].kind == TokenKind::dash))
    return kNobody;
  u32 v = i - 1;
  if (!is_cue(v)) return kNobody;
  const u32 sf =
      d_.segments.sentences[d_.segments.paragraphs[para - 1].end_sentence - 1].first_token;
  return narration_subject(para - 1, std::max(sf, pp.first_token), v);
}

/// The person the narration last introduced with the noun `noun` before token `before`.
int Dialogue::linked(std::string_view noun, u32 before) const {
  auto it = links_.find(lower(noun));
  if (it == links_.end()) return kNobody;
  const auto& v = it->second;
  auto at = std::lower_bound(v.begin(), v.end(), before,
                             [](const std::pair<u32, int>& x, u32 t) { return x.first < t; });
  return at == v.begin() ? kNobody : std::prev(at)->second;
}

int Dialogue::resolve_description(u32 a, u32 b, u32 para, u32 cue, int addressed) const {
  const DescInfo* di = descriptions().find(sv(b));
  if (!di) {
    std::uint32_t hb = bits(b);
    Gender g = (hb & qw_female) ? g_female : (hb & qw_male) ? g_male : g_unknown;
    if (g == g_unknown) return kNobody;
    return resolve_pronoun(g, para, cue, addressed);
  }
  std::string_view pos = a < b ? sv(a) : std::string_view();
  const Gender pg = (pos == "his" || pos == "His")   ? g_male
                    : (pos == "her" || pos == "Her") ? g_female
                                                     : g_unknown;
  DescKind kind = di->kind;
  if (kind == DescKind::spouse && pg == g_unknown) kind = DescKind::person;  // `the lady`
  if (kind == DescKind::title_holder) {
    for (int c : {other_, last_})
      if (c >= 0 && chars_[static_cast<std::size_t>(c)].title == di->title) return c;
    auto it = std::lower_bound(events_.begin(), events_.end(), cue,
                               [](const Event& e, u32 t) { return e.tok < t; });
    int seen = 0;
    while (it != events_.begin() && seen < 200) {
      --it;
      ++seen;
      if (chars_[static_cast<std::size_t>(it->ch)].title == di->title) return it->ch;
    }
    return kNobody;
  }
  // possessors: the one addressed, the conversation, the narration
  std::vector<int> owners;
  auto push = [&](int c) {
    if (c >= 0 && fits(c, pg) && std::find(owners.begin(), owners.end(), c) == owners.end())
      owners.push_back(c);
  };
  push(addressed);
  push(last_);
  push(other_);
  {
    auto it = std::lower_bound(events_.begin(), events_.end(), cue,
                               [](const Event& e, u32 t) { return e.tok < t; });
    int seen = 0;
    while (it != events_.begin() && seen < 24 && owners.size() < 6) {
      --it;
      ++seen;
      push(it->ch);
    }
  }
  if (kind == DescKind::spouse || kind == DescKind::parent) {
    const char* t = di->gender == g_female ? "t|mrs|" : "t|mr|";
    for (int o : owners) {
      const Character& c = chars_[static_cast<std::size_t>(o)];
      if (c.surname.empty()) continue;
      if (auto it = by_key_.find(t + c.surname); it != by_key_.end() && it->second != o)
        return it->second;
    }
    return kNobody;
  }
  if (kind == DescKind::sibling) {
    for (int o : owners) {
      const Character& oc = chars_[static_cast<std::size_t>(o)];
      if (oc.surname.empty()) continue;
      for (int c : {other_, last_, addressed})
        if (c >= 0 && c != o && fits_strict(c, di->gender) &&
            chars_[static_cast<std::size_t>(c)].surname == oc.surname &&
            chars_[static_cast<std::size_t>(c)].title != "mrs")
          return c;
      if (di->gender == g_male)
        if (auto it = by_key_.find("t|mr|" + oc.surname); it != by_key_.end() && it->second != o)
          return it->second;
      if (di->gender == g_female)
        if (auto it = by_key_.find("t|miss|" + oc.surname); it != by_key_.end() && it->second != o)
          return it->second;
    }
    if (int l = linked(sv(b), cue); l >= 0) return l;
    return kNobody;
  }
  // a person of the conversation of that gender, not the possessor
  const int owner = owners.empty() ? kNobody : owners.front();
  if (int l = linked(sv(b), cue); l >= 0 && l != owner) return l;
  for (int c : {other_, last_})
    if (c >= 0 && c != owner && fits(c, di->gender)) return c;
  return recent_other(owner, di->gender, para, cue);
}

/// The last person of gender `g` the narration named before token `before` (within a few
/// paragraphs), other than `not`.
int Dialogue::recent_other(int not_this, Gender g, u32 para, u32 before) const {
  auto it = std::lower_bound(events_.begin(), events_.end(), before,
                             [](const Event& e, u32 t) { return e.tok < t; });
  int seen = 0;
  while (it != events_.begin() && seen < 40) {
    --it;
    ++seen;
    if (it->para + 4 < para) break;
    if (it->ch != not_this && (g == g_unknown ? it->ch >= 0 : fits_strict(it->ch, g)))
      return it->ch;
  }
  return kNobody;
}

void Dialogue::remember(int ch) {
  if (ch < 0) return;
  auto it = std::find(history_.begin(), history_.end(), ch);
  if (it != history_.end()) history_.erase(it);
  history_.insert(history_.begin(), ch);
  if (history_.size() > 8) history_.pop_back();
}

void Dialogue::run() {
  index_tokens();
  collect();
  const std::size_t n = turns_.size();
  u32& last_para = last_para_;
  int& addressed_next = addressed_;
  std::size_t k = 0;
  while (k < n) {
    const u32 para = turns_[k].para;
    std::size_t end = k;
    while (end < n && turns_[end].para == para) ++end;
    if (last_para != kNone && para > last_para + 2) {
      last_ = other_ = kNobody;
      addressed_next = kNobody;
    }
    // one paragraph of narration since the last turn: one that ends on someone new makes
    // the subject of its last sentence (else the last speaker) the one expected to talk; a
    // short one is otherwise its subject's silent turn (`Mr. Darcy bowed.`)
    if (last_para != kNone && para == last_para + 2 && last_ != kNobody) {
      const Paragraph& np = d_.segments.paragraphs[para - 1];
      if (np.end_sentence > np.first_sentence) {
        const u32 s0 = np.first_sentence, s1 = np.end_sentence - 1;
        const int first_subject = sentence_subject(s0, para - 1);
        const int last_subject = s1 == s0 ? first_subject : sentence_subject(s1, para - 1);
        const int last_named = last_mention(s1);
        if (last_named >= 0 && last_named != last_subject && last_named != last_) {
          other_ = last_subject >= 0 && last_subject != last_named ? last_subject : last_;
          last_ = kSomeone;
        } else if (first_subject >= 0 && s1 - s0 < 3) {
          if (first_subject != last_) {
            other_ = last_;
            last_ = first_subject;
          }
        }
      }
    }
    int voc = kNobody;
    for (std::size_t j = k; j < end && voc == kNobody; ++j) voc = vocative(turns_[j]);
    // the turns with a cue of their own
    int speaker = kNobody;
    Rule speaker_rule = Rule::none;
    std::vector<int> who(end - k, kNobody);
    std::vector<Rule> erule(end - k, Rule::none);
    for (std::size_t j = k; j < end; ++j) {
      DialogueTurn& t = turns_[j];
      if (t.mention_first == kNone) continue;
      const u32 a = t.mention_first, b = t.mention_last;
      const u32 at = t.cue != kNone ? t.cue : a;
      int ch = kNobody;
      Rule er = Rule::none;
      if (a == b && (bits(a) & qw_pronoun)) {
        std::uint32_t pb = bits(a);
        Gender g = (pb & qw_female) ? g_female : (pb & qw_male) ? g_male : g_unknown;
        if (g != g_unknown) {
          ch = resolve_pronoun(g, para, at, voc);
          er = Rule::pronoun;
        }
      } else {
        ch = name_in(a, b, false);
        er = Rule::named;
        if (ch == kNobody && !cap(b)) {
          // the head noun: the last listed one (`her mother soon afterwards`)
          u32 head = b;
          for (u32 h = a; h <= b; ++h)
            if (descriptions().find(sv(h))) head = h;
          ch = resolve_description(a, head, para, at, voc);
          er = Rule::description;
        }
        if (ch == kNobody) {
          ch = name_in(a, b, true);
          er = Rule::named;
        }
      }
      who[j - k] = ch;
      erule[j - k] = er;
      if (speaker == kNobody && ch >= 0) {
        speaker = ch;
        speaker_rule = t.speaker_rule;
      }
    }
    bool any_cue = false;
    for (std::size_t j = k; j < end; ++j)
      if (turns_[j].mention_first != kNone) any_cue = true;
    if (!any_cue) {
      // no cue in the paragraph
      const u32 first_tok = turns_[k].tok_first;
      const u32 pf = d_.segments.paragraphs[para].first_token;
      int here = first_tok > pf + 1 ? speaker_before(para, pf, first_tok, voc) : kNobody;
      if (here == kNobody && first_tok > pf + 1) here = narration_subject(para, pf, first_tok, voc);
      // `"Oh! my dear Mr. Bennet," as she entered the room, "…"`: a he/she between the pieces
      if (here == kNobody && end - k > 1)
        here = narration_subject(para, turns_[k].tok_end, turns_[end - 1].tok_first, voc, true);
      int intro = here == kNobody ? speech_introduced(para) : kNobody;
      if (here != kNobody) {
        speaker = here;
        speaker_rule = Rule::paragraph_mention;
      } else if (intro != kNobody) {
        speaker = intro;
        speaker_rule = Rule::preceding_mention;
      } else if (last_para != kNone && addressed_next >= 0 && addressed_next != last_) {
        speaker = addressed_next;
        speaker_rule = Rule::addressed;
      } else if (last_para != kNone && other_ >= 0) {
        speaker = other_;
        speaker_rule = Rule::alternation;
      } else if (last_para == kNone || last_ == kNobody) {
        speaker = preceding_person(para);
        speaker_rule = Rule::preceding_mention;
      } else {
        // the other party is unknown: the last person the narration named, not the speaker
        speaker = recent_other(last_, g_unknown, para, turns_[k].tok_first);
        speaker_rule = Rule::preceding_mention;
      }
      // nobody speaks to themselves by name
      if (speaker >= 0 && voc == speaker && speaker_rule != Rule::paragraph_mention) {
        int alt = speaker == other_ ? last_ : other_;
        if (alt >= 0 && alt != speaker) {
          speaker = alt;
          speaker_rule = Rule::alternation;
        }
      }
    }
    // write the answer
    for (std::size_t j = k; j < end; ++j) {
      DialogueTurn& t = turns_[j];
      int ch = who[j - k];
      Rule er = erule[j - k];
      Rule sr = t.speaker_rule;
      if (ch < 0 && t.mention_first == kNone) {
        ch = speaker;
        sr = any_cue ? Rule::inherited : speaker_rule;
        er = Rule::named;
        if (ch >= 0) {
          t.speaker = chars_[static_cast<std::size_t>(ch)].show;
          t.speaker_rule = sr;
        }
      }
      if (ch < 0) continue;
      const Character& c = chars_[static_cast<std::size_t>(ch)];
      t.entity = c.show;
      if (er == Rule::named && t.mention_first != kNone &&
          text_of(d_.text, c.show) != text_of(d_.text, span_of(t.mention_first, t.mention_last)))
        er = Rule::alias;
      t.entity_rule = er;
    }
    // the conversation moves on
    const int spoke = speaker >= 0 ? speaker : kSomeone;
    if (spoke != last_) {
      other_ = last_;
      last_ = spoke;
    }
    addressed_next = (voc >= 0 && voc != spoke) ? voc : kNobody;
    if (voc < 0) {
      const AddressInfo* ad = nullptr;
      for (std::size_t j = k; j < end && !ad; ++j) ad = generic_address(turns_[j]);
      if (ad) {
        // `"Oh, Papa, …"`: the speaker's father
        if (ad->parent && spoke >= 0 && !chars_[static_cast<std::size_t>(spoke)].surname.empty()) {
          auto it = by_key_.find((ad->gender == g_female ? "t|mrs|" : "t|mr|") +
                                 chars_[static_cast<std::size_t>(spoke)].surname);
          if (it != by_key_.end() && it->second != spoke) addressed_next = it->second;
        }
      }
    }
    remember(spoke);
    last_para = para;
    k = end;
  }
}

}  // namespace

void attribute_dialogue(const DialogueText& doc, std::vector<DialogueTurn>& turns) {
  if (turns.empty() || doc.tokens.empty() || doc.segments.paragraphs.empty()) return;
  for (const DialogueTurn& t : turns)
    if (t.para >= doc.segments.paragraphs.size() || t.tok_end > doc.tokens.size()) return;
  Dialogue(doc, turns).run();
}

}  // namespace claimex::detail
