// The rules that decide whether two mentions tell the same happening (internal to `timeline`).
#pragma once

#include <crisis/timeline.hpp>

#include <date/date.h>

#include <compare>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace crisis::detail {

// actor id -> the id of the actor it belongs to (a minister's country).
using Affiliations = std::map<std::string, std::string, std::less<>>;
[[nodiscard]] Affiliations affiliations_of(const std::vector<Actor>& actors);

// Days within which a happening reported with an inferred date (the article's date) may lie:
// the article date and the days just before it.
inline constexpr int inferred_window_days = 3;

// A content word with a hash of it. Lists sort by (hash, text), so comparing two lists compares
// integers and looks at the text only when the hashes are equal.
struct Word {
    std::uint64_t hash = 0;
    std::string text;
    auto operator<=>(const Word&) const = default;
};

// An actor of a mention and the actor it belongs to (nullptr: none), looked up once.
struct ActorRef {
    const std::string* id = nullptr;
    const std::string* affiliation = nullptr;
};

// What the rules look at, computed once per mention (it points into the event and the
// affiliations, which must outlive it).
struct MentionFeatures {
    const Event* event = nullptr;
    date::sys_days lo;               // the earliest day the happening may lie on
    date::sys_days hi;               // the latest
    std::string root;                // CAMEO root ("12")
    std::vector<Word> words;         // content words of summary, trigger and evidence (sorted, unique)
    std::vector<ActorRef> source, target;
    std::vector<ActorRef> participants;  // source, then target
    std::uint64_t actor_bits = 0;        // one bit per participant and per affiliation (hashed)
};
[[nodiscard]] MentionFeatures features_of(const Event& e, const Affiliations& affiliations);

// Jaccard similarity of two sorted word lists, 0..1.
[[nodiscard]] double word_similarity(const std::vector<Word>& a, const std::vector<Word>& b);

// `verdict` without building its reason string: what merging asks for every pair.
struct Decision {
    bool same = false;
    double score = 0.0;
    const char* reason = "";  // a string literal
    bool may_join = false;
};
[[nodiscard]] Decision decide(const MentionFeatures& a, const MentionFeatures& b, const Affiliations& affiliations);

// False only when `decide` cannot call the two the same happening: both name actors and no
// actor (or affiliation) of one is among the other's. A cheap test before `decide`.
[[nodiscard]] bool may_be_same(const MentionFeatures& a, const MentionFeatures& b);

[[nodiscard]] MergeVerdict verdict(const MentionFeatures& a, const MentionFeatures& b,
                                   const Affiliations& affiliations);

// True when `x` and `y` name the same actor or one is the other's affiliation.
[[nodiscard]] bool same_actor(const std::string& x, const std::string& y, const Affiliations& affiliations);

}  // namespace crisis::detail
