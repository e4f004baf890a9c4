// Grouping mentions into happenings in time linear in the mentions (internal to `timeline`).
#pragma once

#include "timeline/merge_rules.hpp"

#include <cstddef>
#include <vector>

namespace crisis::detail {

// A cluster is compared with a new mention through its first members only (complete linkage
// over a bounded sample), so a happening told a thousand times costs what one told eight times
// does.
inline constexpr std::size_t representatives_per_cluster = 8;

// A blocking key names at most this many clusters for one mention (the latest ones): a flood of
// distinct reports of one actor on one day stays linear.
inline constexpr std::size_t clusters_per_key = 64;

// Windows up to this many days are indexed by day, up to `month_window_days` by 32-day bucket,
// wider ones ("in 2021", "the 1990s") in one bucket of their own.
inline constexpr int day_window_days = 7;
inline constexpr int month_window_days = 100;

// The word-similarity threshold below which no rule calls two mentions the same when one of them
// names no actor (the smallest of those `decide` uses): the prefix filter is exact for it.
inline constexpr double word_key_similarity = 0.35;

// Clusters of `fs` (indices, each cluster sorted), the same for every order of `fs` that keeps
// each mention's features: mentions are taken in a canonical order, each joins the cluster it
// fits best (every representative the same happening or one that may join it, one at least the
// same) and brings along the other clusters it fits that fit that one.
// `names`: the interner of `fs`; `threads`: how many threads compute the blocking keys.
[[nodiscard]] std::vector<std::vector<std::size_t>> cluster_mentions(const std::vector<MentionFeatures>& fs,
                                                                     const Affiliations& affiliations,
                                                                     const Interner& names, unsigned threads = 1);

}  // namespace crisis::detail
