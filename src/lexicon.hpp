// Internal: O(1) lookup tables for the lexicons (abbreviations, cue verbs, units, number
// words, titles…). Each lexicon is data — an array of {key, value} rows in one place —
// loaded once into a `Lexicon<V>`, an open-addressing hash table over string_view keys.
// Lookups fold ASCII case when the table is built with `fold_case`, never allocate, and
// are safe from many threads (the table is immutable after construction).
#ifndef CLAIMEX_SRC_LEXICON_HPP
#define CLAIMEX_SRC_LEXICON_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

// Small accessors called from the large rule functions, which GCC does not inline on its own
// there (the callers are over its size limits): forced, where the compiler allows it.
#if defined(__GNUC__) || defined(__clang__)
#define CLAIMEX_HOT_INLINE inline __attribute__((always_inline))
#else
#define CLAIMEX_HOT_INLINE inline
#endif

namespace claimex::detail {

constexpr unsigned char ascii_lower(unsigned char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32) : c;
}

/// Hash of the bytes, ASCII-lower-cased when `fold` is set. Eight bytes at a time: every byte
/// is folded by `| 0x20` (coarser than ASCII case folding, which a hash may be: words equal
/// under folding hash equal, and the table compares the keys), short tails by overlapping loads.
inline std::uint64_t lexicon_hash(std::string_view s, bool fold) noexcept {
  const std::uint64_t m = fold ? 0x2020202020202020ull : 0;
  const char* p = s.data();
  std::size_t n = s.size();
  std::uint64_t h = (n + 1) * 0x9E3779B97F4A7C15ull;
  while (n >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ (w | m)) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    h = (h ^ ((static_cast<std::uint64_t>(a) | (static_cast<std::uint64_t>(b) << 32)) | m)) *
        0xBF58476D1CE4E5B9ull;
  } else if (n > 0) {
    const std::uint64_t w =
        static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) |
        (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
        (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
    h = (h ^ (w | m)) * 0xBF58476D1CE4E5B9ull;
  }
  h ^= h >> 32;
  h *= 0x94D049BB133111EBull;
  return h ^ (h >> 29);
}

/// The bytes of `w` (not empty) in two integers by overlapping loads, unfolded: all of them
/// for 1 to 16 bytes (equal packs of equal length are equal words), the first and last eight
/// of a longer word. For hash tables that probe short words without a loop over the bytes.
inline void pack_ends(std::string_view w, std::uint64_t& x, std::uint64_t& y) noexcept {
  const char* p = w.data();
  const std::size_t n = w.size();
  if (n >= 8) {
    std::memcpy(&x, p, 8);
    std::memcpy(&y, p + n - 8, 8);
  } else if (n >= 4) {
    std::uint32_t a = 0, b = 0;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    x = a;
    y = b;
  } else {
    x = static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) |
        (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
        (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
    y = 0;
  }
}

inline bool lexicon_equal(std::string_view a, std::string_view b, bool fold) noexcept {
  if (a.size() != b.size()) return false;
  // the bytes as they are first (keys and most words asked about are lower case): eight at
  // a time, then one at a time; case folding only from the first byte that differs
  const std::size_t n = a.size();
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t x, y;
    std::memcpy(&x, a.data() + i, 8);
    std::memcpy(&y, b.data() + i, 8);
    if (x != y) break;
  }
  while (i < n && a[i] == b[i]) ++i;
  if (i == n) return true;
  if (!fold) return false;
  for (; i < n; ++i)
    if (ascii_lower(static_cast<unsigned char>(a[i])) !=
        ascii_lower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

/// Immutable string → V table. Keys must outlive the table (string literals in practice).
///
/// Laid out for the cache, which a lookup's cost is mostly about (a probe that misses the
/// first-level cache costs more than hashing the word): a 512-byte filter of the keys' hashes
/// answers for most words that are in no lexicon without touching the table; a slot is 8
/// bytes (a tag of the hash and a row index), and a row (key and value) is read only when its
/// slot's tag matches.
template <class V>
class Lexicon {
 public:
  struct Row {
    std::string_view key;
    V value;
  };

  Lexicon() = default;
  /// Builds from rows; a later duplicate key is ignored (the first row wins).
  template <class Rows>
  Lexicon(const Rows& rows, bool fold_case) : fold_(fold_case) {
    std::size_t n = 0;
    for (const auto& r : rows) (void)r, ++n;
    std::size_t cap = 16;
    while (cap < n * 2 + 1) cap <<= 1;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    rows_.reserve(n);
    for (const auto& r : rows) insert(r.key, r.value);
  }

  /// Pointer to the value for `key`, or nullptr.
  const V* find(std::string_view key) const noexcept {
    if (slots_.empty() || key.empty()) return nullptr;
    // no key of this length: no hashing (most words asked about are not in a lexicon)
    if (!((lengths_ >> (key.size() < 63 ? key.size() : 63)) & 1u)) return nullptr;
    const std::uint64_t h = lexicon_hash(key, fold_);
    if (!((filter_[(h >> 52) & 63] >> ((h >> 58) & 63)) & 1u)) return nullptr;
    const std::uint32_t t = tag(h);
    for (std::size_t i = static_cast<std::size_t>(h) & mask_;; i = (i + 1) & mask_) {
      const Slot s = slots_[i];
      if (s.row == 0) return nullptr;
      if (s.tag == t && lexicon_equal(rows_[s.row - 1].key, key, fold_))
        return &rows_[s.row - 1].value;
    }
  }
  bool contains(std::string_view key) const noexcept { return find(key) != nullptr; }
  std::size_t size() const noexcept { return rows_.size(); }

 private:
  struct Slot {
    std::uint32_t tag = 0;
    std::uint32_t row = 0;  // 1 + the row's index; 0: an empty slot
  };
  static std::uint32_t tag(std::uint64_t h) noexcept { return static_cast<std::uint32_t>(h >> 32); }
  void insert(std::string_view key, const V& value) {
    if (key.empty()) return;
    const std::uint64_t h = lexicon_hash(key, fold_);
    std::size_t i = static_cast<std::size_t>(h) & mask_;
    while (slots_[i].row != 0) {
      if (lexicon_equal(rows_[slots_[i].row - 1].key, key, fold_)) return;
      i = (i + 1) & mask_;
    }
    rows_.push_back(Row{key, value});
    slots_[i] = Slot{tag(h), static_cast<std::uint32_t>(rows_.size())};
    filter_[(h >> 52) & 63] |= std::uint64_t{1} << ((h >> 58) & 63);
    lengths_ |= std::uint64_t{1} << (key.size() < 63 ? key.size() : 63);
  }
  std::vector<Slot> slots_;
  std::vector<Row> rows_;
  std::size_t mask_ = 0;
  std::uint64_t lengths_ = 0;      // bit min(length, 63) set for each key
  std::uint64_t filter_[64] = {};  // bit (h >> 52) mod 4096 of each key's hash h
  bool fold_ = false;
};

/// A set: a Lexicon whose value is unused.
struct Unit {};
using WordSet = Lexicon<Unit>;

/// Builds a WordSet from a list of words.
template <std::size_t N>
WordSet make_word_set(const std::string_view (&words)[N], bool fold_case) {
  std::vector<WordSet::Row> rows;
  rows.reserve(N);
  for (std::string_view w : words) rows.push_back({w, Unit{}});
  return WordSet(rows, fold_case);
}

}  // namespace claimex::detail

#endif
