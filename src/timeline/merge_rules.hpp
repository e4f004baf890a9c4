// The rules that decide whether two mentions tell the same happening (internal to `timeline`).
#pragma once

#include <crisis/timeline.hpp>

#include <date/date.h>

#include <array>
#include <compare>
#include <cstdint>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace crisis::detail {

// actor id -> the id of the actor it belongs to (a minister's country).
using Affiliations = std::map<std::string, std::string, std::less<>>;
[[nodiscard]] Affiliations affiliations_of(const std::vector<Actor>& actors);

// Days within which a happening reported with an inferred date (the article's date) may lie:
// the article date and the days just before it.
inline constexpr int inferred_window_days = 3;

// Strings (actor ids, article ids, codes, words) as small integers, so that the rules compare
// integers. Ids are dense in first-seen order: only their equality means anything.
class Interner {
public:
    [[nodiscard]] std::uint32_t id(std::string_view s) { return id(s, fnv1a(s)); }
    // The same, given `hash` == fnv1a(s).
    [[nodiscard]] std::uint32_t id(std::string_view s, std::uint64_t hash);
    // The hash of the string with id `id`; the number of ids.
    [[nodiscard]] std::uint64_t hash(std::uint32_t id) const { return hashes_[id]; }
    [[nodiscard]] std::size_t size() const { return hashes_.size(); }
    // The string with id `id`.
    [[nodiscard]] std::string_view string(std::uint32_t id) const { return strings_[id]; }

    // The 64-bit FNV-1a hash of `s`.
    [[nodiscard]] static std::uint64_t fnv1a(std::string_view s) noexcept {
        std::uint64_t h = 14695981039346656037ull;
        for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return h;
    }

private:
    static constexpr std::uint32_t empty = 0xFFFFFFFFu;
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t id = empty;
    };
    [[nodiscard]] std::size_t slot(std::string_view s, std::uint64_t hash) const;
    void grow();

    std::vector<Slot> slots_ = std::vector<Slot>(1024);  // open addressing, at most half full
    std::vector<std::string> strings_;                    // by id
    std::vector<std::uint64_t> hashes_;                   // by id
};

// An actor of a mention and the actor it belongs to (nullptr: none), looked up once; `id` and
// `affiliation_id` are their interned ids (`no_actor`: no affiliation).
inline constexpr std::uint32_t no_actor = 0xFFFFFFFFu;
struct ActorRef {
    const std::string* id = nullptr;
    const std::string* affiliation = nullptr;
    std::uint32_t actor = no_actor;
    std::uint32_t affiliation_id = no_actor;
};

// An actor as the rules compare it: the interned ids of the actor and of its affiliation
// (`no_actor`: none).
struct ActorIds {
    std::uint32_t actor = no_actor;
    std::uint32_t affiliation = no_actor;
};

// The ids of a mention's sources, then of its targets, held in place for up to `in_place` of
// them (nearly every mention), so that comparing two mentions reads no memory outside the two.
class ActorIdList {
public:
    static constexpr std::size_t in_place = 6;
    void assign(const std::vector<ActorRef>& sources, const std::vector<ActorRef>& targets);
    [[nodiscard]] std::span<const ActorIds> sources() const noexcept { return all().first(sources_); }
    [[nodiscard]] std::span<const ActorIds> targets() const noexcept { return all().subspan(sources_); }
    [[nodiscard]] std::span<const ActorIds> participants() const noexcept { return all(); }

private:
    [[nodiscard]] std::span<const ActorIds> all() const noexcept {
        return elsewhere_.empty() ? std::span<const ActorIds>(here_.data(), size_) : std::span<const ActorIds>(elsewhere_);
    }
    std::array<ActorIds, in_place> here_{};
    std::vector<ActorIds> elsewhere_;  // when there are more than `in_place`
    std::uint32_t sources_ = 0;
    std::uint32_t size_ = 0;
};

// A sentence an evidence entry points at: the interned article id and the byte range.
struct SentenceRef {
    std::uint32_t article = 0;
    std::uint32_t start = 0;
    std::uint32_t end = 0;
};

// What the date and type rules read of a mention, and the sketch of its words: what a cluster
// keeps of its first member, so that most clusters a mention does not fit are told so without
// reading that member (differ_in_date_or_type).
struct MentionHead {
    date::sys_days lo;               // the earliest day the happening may lie on
    date::sys_days hi;               // the latest
    CalendarDate date;               // the event's date (copied, so that most pairs never read the event)
    std::uint32_t cameo = 0;         // the interned code
    std::uint32_t root_id = 0;       // the interned root
    std::uint32_t word_count = 0;    // words.size()
    bool date_inferred = false;      // the event's date is the article's
    bool statement = false;          // root 01
    bool sub_code = false;           // a code longer than its root ("163")
    bool distinct_sub_codes = false; // the root's sub-codes are different acts (sanctions, evacuation)
    // A sketch of the words, one bit of 256 per word (hashed, see sketch_slot), so that the words
    // another mention shares with this one are at most those of its words whose bits are set here
    // (most_common_words).
    std::array<std::uint64_t, 4> word_bits{};
};

// What the rules look at, computed once per mention (it points into the event and the
// affiliations, which must outlive it).
struct MentionFeatures : MentionHead {
    const Event* event = nullptr;
    bool has_actors = false;         // the event names a source or a target
    bool symmetric = false;          // a mutual act ("met"): the root is one of symmetric_roots
    std::uint64_t article_bits = 0;  // one bit per article of the evidence (hashed)
    std::uint64_t actor_bits = 0;    // one bit per participant and per affiliation (hashed)
    ActorIdList actor_ids;           // sources, targets, participants as ids (from the refs below)
    std::vector<std::uint32_t> words;  // content words of summary, trigger and evidence (interned, sorted, unique)
    std::string root;                // CAMEO root ("12")
    std::vector<SentenceRef> sentences;  // one per evidence entry
    std::vector<ActorRef> source, target;
};
// `names` interns the strings of every mention compared with this one (one per run).
[[nodiscard]] MentionFeatures features_of(const Event& e, const Affiliations& affiliations, Interner& names);

// The features of every mention of `events` and the interner of their strings, computed in
// parallel chunks (each chunk with an interner of its own, renumbered in chunk order): the same
// ids one interner taking the mentions in order gives, whatever the number of threads.
struct MentionSet {
    Interner names;
    std::vector<MentionFeatures> features;
};
[[nodiscard]] MentionSet features_of_all(const std::vector<const Event*>& events, const Affiliations& affiliations,
                                         unsigned threads);

// The bit of a word in a 256-bit sketch (MentionFeatures::word_bits), from its interned id: the
// sketches of mentions whose ids come from one interner compare (renumbering redraws them).
[[nodiscard]] constexpr std::uint8_t sketch_slot(std::uint32_t word) noexcept {
    return static_cast<std::uint8_t>((word * 0x9E3779B1u) >> 24);
}
// The sketch of `f.words` into `f.word_bits`.
void sketch_words(MentionFeatures& f) noexcept;
// At least the number of words `a` and `b` share: the words of `a` whose bits `b`'s sketch has
// (reads `a`'s words and `b`'s sketch, not `b`'s words).
[[nodiscard]] std::size_t most_common_words(const MentionFeatures& a, const MentionHead& b) noexcept;
// Whether the word similarity of `a` and `b` is surely below `threshold` by their sizes and
// sketches alone (false: it may or may not be).
[[nodiscard]] bool surely_below(const MentionFeatures& a, const MentionHead& b, double threshold) noexcept;

// Jaccard similarity of two word lists sorted by id, 0..1.
[[nodiscard]] double word_similarity(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b);

// The words of one mention as bits over the word ids, so that the words it shares with another
// are counted in one pass over the other's (independent loads, where the merge of two sorted
// lists waits on each comparison): what one mention compared with many uses.
class WordMarks {
public:
    // `ids`: the number of ids words may have (Interner::size()).
    explicit WordMarks(std::size_t ids) : bits_((ids + 63) / 64, 0) {}
    // Marks `words` (sorted, unique), which must outlive the marks; `clear` before the next.
    void mark(const std::vector<std::uint32_t>& words);
    void clear();
    // The list marked (nullptr: none).
    [[nodiscard]] const std::vector<std::uint32_t>* marked() const { return words_; }
    // How many of `words` (unique) are marked.
    [[nodiscard]] std::size_t common(const std::vector<std::uint32_t>& words) const;

private:
    std::vector<std::uint64_t> bits_;
    const std::vector<std::uint32_t>* words_ = nullptr;
};

// word_similarity(a, b), counted through `marks` when they hold `a` or `b` (else by the merge).
[[nodiscard]] double word_similarity(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                                     const WordMarks* marks);

// `verdict` without building its reason string: what merging asks for every pair.
struct Decision {
    bool same = false;
    double score = 0.0;
    const char* reason = "";  // a string literal
    bool may_join = false;
};
// `marks`: the words of `a` or of `b` (nullptr or another's: unused), the same decision faster.
[[nodiscard]] Decision decide(const MentionFeatures& a, const MentionFeatures& b, const Affiliations& affiliations,
                              const WordMarks* marks = nullptr);
// Whether `decide` says neither "same" nor "may join" for `a` and `b` on their dates or types
// alone (false: it may say anything). Reads `b`'s head only.
[[nodiscard]] bool differ_in_date_or_type(const MentionFeatures& a, const MentionHead& b) noexcept;

// False only when `decide` cannot call the two the same happening: both name actors and no
// actor (or affiliation) of one is among the other's. A cheap test before `decide`.
[[nodiscard]] bool may_be_same(const MentionFeatures& a, const MentionFeatures& b);

[[nodiscard]] MergeVerdict verdict(const MentionFeatures& a, const MentionFeatures& b,
                                   const Affiliations& affiliations);

// True when `x` and `y` name the same actor or one is the other's affiliation.
[[nodiscard]] bool same_actor(const std::string& x, const std::string& y, const Affiliations& affiliations);

}  // namespace crisis::detail
