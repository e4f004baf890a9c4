// Grouping mentions into happenings: a single pass in canonical order over an index of blocking
// keys, each mention compared with a bounded sample of each cluster it may belong to. On several
// threads the comparisons of a batch of mentions are guessed in parallel, then each guess is
// checked (nothing it looked at changed since) before it is used.
#include "timeline/cluster.hpp"

#include "timeline/blocking.hpp"
#include "timeline/parallel.hpp"
#include "timeline/postings.hpp"

#include <algorithm>

namespace crisis::detail {

namespace {

struct Cluster {
    std::vector<std::size_t> members;  // mention indices, in the order they joined
    std::vector<std::size_t> reps;     // the first members, up to representatives_per_cluster
    date::sys_days lo, hi;             // the days every representative's window shares
};

// Mentions per chunk at least when blocking keys are computed in parallel.
constexpr std::size_t keys_grain = 512;

// Mentions whose candidates are guessed together (on several threads): more share out more
// work, fewer leave fewer guesses voided by the mentions placed before them in the batch.
constexpr std::size_t guess_batch = 64;

struct Fit {
    std::size_t cluster;
    double score;
};

// What `add` finds for a mention, worked out ahead against the clusters as they stood before
// its batch: the clusters it fits, and every live cluster its keys met (any change to one of
// these or to one of its keys' lists during the batch voids the guess).
struct Guess {
    std::vector<Fit> fits;
    std::vector<std::size_t> met;
};

class Clustering {
public:
    // `keys`: the blocking keys of each mention of `fs`.
    Clustering(const std::vector<MentionFeatures>& fs, const Affiliations& aff, const std::vector<MentionKeys>& keys)
        : fs_(fs), aff_(aff), keys_(keys) {}

    void add(std::size_t m) { place(m, fits(m)); }
    // `add` of every mention of `ms` in order, their candidates and fits first worked out on
    // `threads` threads against the clusters as they stand, then checked one by one.
    void add_batch(const std::size_t* ms, std::size_t n, unsigned threads);
    [[nodiscard]] std::vector<std::vector<std::size_t>> result() const;

private:
    [[nodiscard]] const std::vector<std::size_t>& candidates(std::size_t m, const std::vector<std::uint64_t>& probe);
    [[nodiscard]] std::vector<Fit> fits(std::size_t m);
    [[nodiscard]] Guess guess(std::size_t m, std::vector<std::size_t>& seen) const;
    [[nodiscard]] bool holds(const Guess& g, std::size_t m) const;
    [[nodiscard]] bool overlaps(const Cluster& c, std::size_t m) const { return !(c.hi < fs_[m].lo || fs_[m].hi < c.lo); }
    [[nodiscard]] bool joinable(const Cluster& c, std::size_t m, double& score) const;
    [[nodiscard]] bool compatible(const Cluster& a, const Cluster& b) const;
    void place(std::size_t m, std::vector<Fit> fits);
    void join(std::size_t cluster, std::size_t m);
    void join(std::size_t cluster, std::size_t m, const std::vector<std::uint64_t>& index);
    void absorb(std::size_t into, std::size_t from);
    std::size_t owner(std::size_t c);
    [[nodiscard]] std::size_t root(std::size_t c) const;

    const std::vector<MentionFeatures>& fs_;
    const Affiliations& aff_;
    const std::vector<MentionKeys>& keys_;
    std::vector<Cluster> clusters_;
    std::vector<std::size_t> owner_;  // union-find over absorbed clusters
    Postings postings_;
    std::vector<std::size_t> scratch_;  // candidates' working list
    std::vector<std::size_t> seen_;     // per cluster: the last look-up (1 + mention) that found it
    std::vector<std::vector<std::size_t>> guess_seen_;  // `seen_` of each chunk of guesses
    std::vector<std::uint32_t> changed_;  // per cluster: the batch that last changed its reps, window or owner
    std::uint32_t batch_ = 0;             // the current batch (0: none)
};

std::size_t Clustering::owner(std::size_t c) {
    while (owner_[c] != c) c = owner_[c] = owner_[owner_[c]];
    return c;
}

// `owner` without shortening the paths (safe beside other readers).
std::size_t Clustering::root(std::size_t c) const {
    while (owner_[c] != c) c = owner_[c];
    return c;
}

// Live clusters that a key of `m` names (the latest `clusters_per_key` of each key) and whose
// shared window overlaps `m`'s, in creation order.
const std::vector<std::size_t>& Clustering::candidates(std::size_t m, const std::vector<std::uint64_t>& probe) {
    std::vector<std::size_t>& out = scratch_;
    out.clear();
    seen_.resize(clusters_.size(), 0);
    for (const std::uint64_t k : probe) {
        std::size_t n = 0;
        for (std::uint32_t e = postings_.head(k); e != Postings::none && n < clusters_per_key; e = postings_.next(e), ++n) {
            const std::size_t c = owner(postings_.cluster(e));
            if (seen_[c] == m + 1) continue;
            seen_[c] = m + 1;
            if (!overlaps(clusters_[c], m)) continue;
            out.push_back(c);
        }
    }
    std::sort(out.begin(), out.end());
    return out;  // valid until the next call
}

// The candidates `m` can join, with the best pair's score, in creation order.
std::vector<Fit> Clustering::fits(std::size_t m) {
    std::vector<Fit> out;
    for (const std::size_t c : candidates(m, keys_[m].probe)) {
        double score = 0.0;
        if (joinable(clusters_[c], m, score)) out.push_back({c, score});
    }
    return out;
}

// `fits` without changing the clustering (several threads guess at once); `seen`: as `seen_`,
// one per thread.
Guess Clustering::guess(std::size_t m, std::vector<std::size_t>& seen) const {
    Guess g;
    std::vector<std::size_t> candidates;
    for (const std::uint64_t k : keys_[m].probe) {
        std::size_t n = 0;
        for (std::uint32_t e = postings_.head(k); e != Postings::none && n < clusters_per_key; e = postings_.next(e), ++n) {
            const std::size_t c = root(postings_.cluster(e));
            if (seen[c] == m + 1) continue;
            seen[c] = m + 1;
            g.met.push_back(c);
            if (overlaps(clusters_[c], m)) candidates.push_back(c);
        }
    }
    std::sort(candidates.begin(), candidates.end());
    for (const std::size_t c : candidates) {
        double score = 0.0;
        if (joinable(clusters_[c], m, score)) g.fits.push_back({c, score});
    }
    return g;
}

// Whether `g`, guessed before this batch, is what `fits(m)` gives now: nothing it met changed.
bool Clustering::holds(const Guess& g, std::size_t m) const {
    for (const std::uint64_t k : keys_[m].probe)
        if (postings_.changed(k) == batch_) return false;
    return std::none_of(g.met.begin(), g.met.end(), [&](std::size_t c) { return changed_[c] == batch_; });
}

void Clustering::add_batch(const std::size_t* ms, std::size_t n, unsigned threads) {
    ++batch_;
    std::vector<Guess> guesses(n);
    guess_seen_.resize(threads);
    for_chunks(n, threads, 1, [&](std::size_t chunk, std::size_t begin, std::size_t end) {
        std::vector<std::size_t>& seen = guess_seen_[chunk];
        seen.resize(clusters_.size(), 0);  // marks of 1 + a mention: never stale
        for (std::size_t i = begin; i < end; ++i) guesses[i] = guess(ms[i], seen);
    });
    for (std::size_t i = 0; i < n; ++i) {
        if (holds(guesses[i], ms[i])) place(ms[i], std::move(guesses[i].fits));
        else add(ms[i]);  // about one in ten on a real corpus
    }
}

// Every representative the same happening as `m` or one that may join it, and one the same;
// `score` is the best pair's.
bool Clustering::joinable(const Cluster& c, std::size_t m, double& score) const {
    bool same = false;
    score = 0.0;
    for (const std::size_t r : c.reps) {
        const Decision d = decide(fs_[std::min(r, m)], fs_[std::max(r, m)], aff_);
        if (!d.same && !d.may_join) return false;
        if (d.same) same = true, score = std::max(score, d.score);
    }
    return same;
}

bool Clustering::compatible(const Cluster& a, const Cluster& b) const {
    for (const std::size_t x : a.reps)
        for (const std::size_t y : b.reps) {
            const Decision d = decide(fs_[std::min(x, y)], fs_[std::max(x, y)], aff_);
            if (!d.same && !d.may_join) return false;
        }
    return true;
}

void Clustering::join(std::size_t cluster, std::size_t m) { join(cluster, m, keys_[m].index); }

// `index`: the keys `m` is found by as a representative (computed by the caller).
void Clustering::join(std::size_t cluster, std::size_t m, const std::vector<std::uint64_t>& index) {
    Cluster& c = clusters_[cluster];
    c.members.push_back(m);
    if (c.reps.size() >= representatives_per_cluster) return;
    c.lo = c.reps.empty() ? fs_[m].lo : std::max(c.lo, fs_[m].lo);
    c.hi = c.reps.empty() ? fs_[m].hi : std::min(c.hi, fs_[m].hi);
    c.reps.push_back(m);
    changed_[cluster] = batch_;
    for (const std::uint64_t k : index) postings_.add(k, static_cast<std::uint32_t>(cluster), batch_);
}

void Clustering::absorb(std::size_t into, std::size_t from) {
    Cluster& c = clusters_[from];
    for (const std::size_t m : c.members) {
        if (std::find(c.reps.begin(), c.reps.end(), m) != c.reps.end()) join(into, m);
        else clusters_[into].members.push_back(m);
    }
    c = Cluster{};
    owner_[from] = into;
    changed_[from] = changed_[into] = batch_;
}

// `m` joins the cluster it fits best (ties: the older one), and the other clusters it fits join
// too when they fit that one: a report naming both senders of one act joins their reports.
void Clustering::place(std::size_t m, std::vector<Fit> fits) {
    std::stable_sort(fits.begin(), fits.end(), [](const Fit& a, const Fit& b) { return a.score > b.score; });
    if (fits.empty()) {
        clusters_.push_back(Cluster{});
        owner_.push_back(clusters_.size() - 1);
        changed_.push_back(batch_);
        join(clusters_.size() - 1, m);
        return;
    }
    const std::size_t best = fits.front().cluster;
    join(best, m);
    for (std::size_t i = 1; i < fits.size(); ++i)
        if (compatible(clusters_[best], clusters_[fits[i].cluster])) absorb(best, fits[i].cluster);
}

std::vector<std::vector<std::size_t>> Clustering::result() const {
    std::vector<std::vector<std::size_t>> out;
    for (const Cluster& c : clusters_) {
        if (c.members.empty()) continue;
        out.push_back(c.members);
        std::sort(out.back().begin(), out.back().end());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Precise reports first, so that clusters form around them and vaguer ones choose among them:
// dates read from the text before inferred ones, narrow windows before wide ones, acts before
// statements about them; then by id (the mentions' order).
std::vector<std::size_t> canonical_order(const std::vector<MentionFeatures>& fs) {
    struct Key {  // compared as integers, member by member
        bool inferred;
        std::int64_t width;
        bool statement;
        std::size_t at;
        auto operator<=>(const Key&) const = default;
    };
    std::vector<Key> keys;
    keys.reserve(fs.size());
    for (std::size_t i = 0; i < fs.size(); ++i) {
        const Event& e = *fs[i].event;
        keys.push_back(Key{e.date_inferred, (e.date.last - e.date.first).count(), fs[i].statement, i});
    }
    std::sort(keys.begin(), keys.end());
    std::vector<std::size_t> order;
    order.reserve(keys.size());
    for (const Key& k : keys) order.push_back(k.at);
    return order;
}

}  // namespace

std::vector<std::vector<std::size_t>> cluster_mentions(const std::vector<MentionFeatures>& fs,
                                                       const Affiliations& affiliations, const Interner& names,
                                                       unsigned threads) {
    const WordRanks ranks(fs, names);
    std::vector<MentionKeys> keys(fs.size());  // once per mention, in parallel
    parallel_for(fs.size(), threads, keys_grain, [&](std::size_t m) { keys[m] = keys_of(fs[m], ranks); });
    Clustering clustering(fs, affiliations, keys);
    const std::vector<std::size_t> order = canonical_order(fs);
    if (threads <= 1) {
        for (const std::size_t m : order) clustering.add(m);
    } else {
        for (std::size_t at = 0; at < order.size(); at += guess_batch)
            clustering.add_batch(order.data() + at, std::min(guess_batch, order.size() - at), threads);
    }
    return clustering.result();
}

}  // namespace crisis::detail
