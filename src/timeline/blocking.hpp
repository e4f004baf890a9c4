// Blocking keys: two mentions the rules may call the same happening share one (internal to
// `timeline`). They are necessary conditions of `decide`, hashed:
//   - an actor (or the actor it belongs to) with the CAMEO root, or with "an act" for a statement
//     and "a statement" for an act (a statement merges with the act it reports);
//   - for a mention that names no actor, a word among its rarest (prefix filtering: two word sets
//     with Jaccard similarity >= t share one of the |x| - ceil(t |x|) + 1 rarest words of each);
//   - the same trigger and code in the same article (one sentence read twice);
// each combined with a time bucket its day window overlaps.
#pragma once

#include "timeline/merge_rules.hpp"

#include <cstdint>
#include <vector>

namespace crisis::detail {

// Words ranked by how many mentions use them, rarest first (ties by hash): the global order the
// prefix filter needs.
class WordRanks {
public:
    // `names`: the interner of the words of `fs`.
    WordRanks(const std::vector<MentionFeatures>& fs, const Interner& names);
    // The hashes of the words of `f` that every mention at least `similarity`-similar shares one of.
    [[nodiscard]] std::vector<std::uint64_t> prefix(const MentionFeatures& f, double similarity) const;

private:
    std::vector<std::uint32_t> uses_;   // by word id: the mentions using a word of its hash
    std::vector<std::uint64_t> hashes_;  // by word id
};

// In no particular order; a key repeats only on a hash collision (harmless: indexing a cluster
// twice under one key adds it once, looking a key up twice finds the same clusters).
struct MentionKeys {
    std::vector<std::uint64_t> index;  // a cluster is found through these of each representative
    std::vector<std::uint64_t> probe;  // a mention looks these up to find clusters
};

// Day windows: up to 8 days (a day, an inferred date, a week) are "narrow" and keyed by day;
// up to 400 days by 32-day bucket; wider ones ("the 1990s") share one bucket and meet only
// mentions as wide as they are.
[[nodiscard]] MentionKeys keys_of(const MentionFeatures& f, const WordRanks& ranks);

}  // namespace crisis::detail
