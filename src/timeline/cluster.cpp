// Grouping mentions into happenings: a single pass in canonical order over an index of blocking
// keys, each mention compared with a bounded sample of each cluster it may belong to.
#include "timeline/cluster.hpp"

#include "timeline/blocking.hpp"
#include "timeline/parallel.hpp"

#include <algorithm>
#include <array>

namespace crisis::detail {

namespace {

// The first members of a cluster, up to representatives_per_cluster, held in place.
class Reps {
public:
    [[nodiscard]] const std::uint32_t* begin() const { return at_.data(); }
    [[nodiscard]] const std::uint32_t* end() const { return at_.data() + n_; }
    [[nodiscard]] std::size_t size() const { return n_; }
    [[nodiscard]] bool empty() const { return n_ == 0; }
    void push_back(std::size_t m) { at_[n_++] = static_cast<std::uint32_t>(m); }

private:
    std::array<std::uint32_t, representatives_per_cluster> at_{};
    std::uint32_t n_ = 0;
};

struct Cluster {
    std::vector<std::size_t> members;  // mention indices, in the order they joined
    Reps reps;
};

// The days every representative's window shares (apart from the clusters: what candidates reads).
struct Window {
    date::sys_days lo, hi;
    std::uint32_t first = 0;  // the first member (prefetched before the cluster is compared)
};

// Mentions per chunk at least when blocking keys are computed in parallel.
constexpr std::size_t keys_grain = 512;

struct Fit {
    std::size_t cluster;
    double score;
};

// Blocking key -> the clusters indexed by it, newest first: an open-addressing table of list
// heads (keys are hashes already, so their bits pick the slot) over blocks of one array. A key's
// entries sit in blocks of 2, 4, 8, then 16 ids, newest block first, so that walking the latest
// entries of a busy key reads a few cache lines instead of one per entry.
class Postings {
public:
    static constexpr std::uint32_t none = 0xFFFFFFFFu;

    // Calls f(cluster) for the newest entries of `key`, newest first, at most `limit` of them.
    template <class F>
    void latest(std::uint64_t key, std::size_t limit, F f) const {
        std::size_t n = 0;
        for (std::uint32_t b = heads_[find(key)]; b != none && n < limit; b = pool_[b]) {
            const std::uint32_t* ids = pool_.data() + b + 2;
            for (std::uint32_t i = pool_[b + 1] & 0xFFu; i > 0 && n < limit; --i, ++n) f(ids[i - 1]);
        }
    }

    // Asks the processor to fetch the slot of `key` ahead of `latest` (no effect on results).
    void prefetch(std::uint64_t key) const {
        const std::size_t i = static_cast<std::size_t>(key ^ (key >> 29)) & (keys_.size() - 1);
        __builtin_prefetch(&keys_[i]);
        __builtin_prefetch(&heads_[i]);
    }

    // Adds `cluster` to `key`'s list unless it is the newest entry there already.
    void add(std::uint64_t key, std::uint32_t cluster) {
        if (2 * (used_ + 1) > keys_.size()) grow();
        const std::size_t i = find(key);
        const std::uint32_t head = heads_[i];
        if (head == none) keys_[i] = key, ++used_;
        const std::uint32_t size = head == none ? 0 : pool_[head + 1] & 0xFFu;
        const std::uint32_t capacity = head == none ? 0 : pool_[head + 1] >> 8;
        if (size > 0 && pool_[head + 2 + size - 1] == cluster) return;
        if (size < capacity) {
            pool_[head + 2 + size] = cluster;
            ++pool_[head + 1];
            return;
        }
        const std::uint32_t grown = std::min<std::uint32_t>(capacity == 0 ? 2 : 2 * capacity, 16);
        const auto block = static_cast<std::uint32_t>(pool_.size());
        pool_.push_back(head);
        pool_.push_back((grown << 8) | 1u);
        pool_.push_back(cluster);
        pool_.resize(pool_.size() + grown - 1, none);
        heads_[i] = block;
    }

private:
    [[nodiscard]] std::size_t find(std::uint64_t key) const {
        const std::size_t mask = keys_.size() - 1;
        std::size_t i = static_cast<std::size_t>(key ^ (key >> 29)) & mask;
        while (heads_[i] != none && keys_[i] != key) i = (i + 1) & mask;
        return i;
    }
    void grow() {
        std::vector<std::uint64_t> keys = std::move(keys_);
        std::vector<std::uint32_t> heads = std::move(heads_);
        keys_.assign(2 * keys.size(), 0);
        heads_.assign(2 * keys.size(), none);
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (heads[i] != none) {
                const std::size_t j = find(keys[i]);
                keys_[j] = keys[i];
                heads_[j] = heads[i];
            }
    }

    std::vector<std::uint64_t> keys_ = std::vector<std::uint64_t>(1024, 0);  // a slot's key, when used
    std::vector<std::uint32_t> heads_ = std::vector<std::uint32_t>(1024, none);  // `none`: an unused slot
    // Blocks: the next (older) block or `none`, capacity << 8 | size, then `capacity` cluster ids.
    std::vector<std::uint32_t> pool_;
    std::size_t used_ = 0;
};

class Clustering {
public:
    // `keys`: the blocking keys of each mention of `fs`.
    // `ids`: how many ids the words of `fs` may have.
    Clustering(const std::vector<MentionFeatures>& fs, const Affiliations& aff, const std::vector<MentionKeys>& keys,
               std::size_t ids)
        : fs_(fs), aff_(aff), keys_(keys), marks_(ids) {}

    void add(std::size_t m);
    [[nodiscard]] std::vector<std::vector<std::size_t>> result() const;

private:
    [[nodiscard]] std::vector<std::size_t>& candidates(std::size_t m, const std::vector<std::uint64_t>& probe);
    [[nodiscard]] std::vector<Fit> fits(std::size_t m);
    [[nodiscard]] bool joinable(const Cluster& c, std::size_t m, double& score) const;
    [[nodiscard]] bool compatible(const Cluster& a, const Cluster& b) const;
    void join(std::size_t cluster, std::size_t m);
    void join(std::size_t cluster, std::size_t m, const std::vector<std::uint64_t>& index);
    void absorb(std::size_t into, std::size_t from);
    std::size_t owner(std::size_t c);
    void prefetch(std::size_t m) const;

    const std::vector<MentionFeatures>& fs_;
    const Affiliations& aff_;
    const std::vector<MentionKeys>& keys_;
    std::vector<Cluster> clusters_;
    std::vector<Window> windows_;       // by cluster
    std::vector<MentionHead> heads_;    // by cluster: its first member's
    std::vector<std::uint32_t> owner_;  // union-find over absorbed clusters
    Postings postings_;
    std::vector<std::size_t> scratch_;  // candidates' working list
    std::vector<std::size_t> seen_;     // per cluster: the last look-up (1 + mention) that found it
    WordMarks marks_;                   // the words of the mention being placed
};

// Asks for the lines of mention m's features that `decide` reads (a mention spans three).
void Clustering::prefetch(std::size_t m) const {
    const char* f = reinterpret_cast<const char*>(&fs_[m]);
    __builtin_prefetch(f);
    __builtin_prefetch(f + 64);
    __builtin_prefetch(f + 128);
}

std::size_t Clustering::owner(std::size_t c) {
    while (owner_[c] != c) c = owner_[c] = owner_[owner_[c]];
    return c;
}

// Live clusters that a key of `m` names (the latest `clusters_per_key` of each key) and whose
// shared window overlaps `m`'s, in creation order.
std::vector<std::size_t>& Clustering::candidates(std::size_t m, const std::vector<std::uint64_t>& probe) {
    std::vector<std::size_t>& out = scratch_;
    out.clear();
    seen_.resize(clusters_.size(), 0);
    constexpr std::size_t ahead = 8;  // keys whose slots are being fetched while one is walked
    for (std::size_t i = 0; i < std::min(ahead, probe.size()); ++i) postings_.prefetch(probe[i]);
    for (std::size_t i = 0; i < probe.size(); ++i) {
        if (i + ahead < probe.size()) postings_.prefetch(probe[i + ahead]);
        postings_.latest(probe[i], clusters_per_key, [&](std::uint32_t entry) {
            const std::size_t c = owner(entry);
            if (seen_[c] == m + 1) return;
            seen_[c] = m + 1;
            if (windows_[c].hi < fs_[m].lo || fs_[m].hi < windows_[c].lo) return;
            out.push_back(c);
        });
    }
    std::sort(out.begin(), out.end());
    return out;  // valid until the next call
}

// Every representative the same happening as `m` or one that may join it, and one the same;
// `score` is the best pair's.
bool Clustering::joinable(const Cluster& c, std::size_t m, double& score) const {
    bool same = false;
    score = 0.0;
    const std::uint32_t* const reps = c.reps.begin();
    for (std::size_t i = 0; i < c.reps.size(); ++i) {
        const std::size_t r = reps[i];
        __builtin_prefetch(fs_[r].words.data());  // for the score, once the dates and actors agree
        if (i + 1 < c.reps.size()) prefetch(reps[i + 1]);
        const Decision d = decide(fs_[std::min(r, m)], fs_[std::max(r, m)], aff_, &marks_);
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
    Window& w = windows_[cluster];
    w.lo = c.reps.empty() ? fs_[m].lo : std::max(w.lo, fs_[m].lo);
    w.hi = c.reps.empty() ? fs_[m].hi : std::min(w.hi, fs_[m].hi);
    if (c.reps.empty()) {
        w.first = static_cast<std::uint32_t>(m);
        heads_[cluster] = fs_[m];
    }
    c.reps.push_back(m);
    for (const std::uint64_t k : index) postings_.add(k, static_cast<std::uint32_t>(cluster));
}

void Clustering::absorb(std::size_t into, std::size_t from) {
    Cluster& c = clusters_[from];
    for (const std::size_t m : c.members) {
        if (std::find(c.reps.begin(), c.reps.end(), m) != c.reps.end()) join(into, m);
        else clusters_[into].members.push_back(m);
    }
    c = Cluster{};
    owner_[from] = static_cast<std::uint32_t>(into);
}

// The clusters `m` may join, the best first (ties: the older one).
std::vector<Fit> Clustering::fits(std::size_t m) {
    std::vector<Fit> out;
    std::vector<std::size_t>& cs = candidates(m, keys_[m].probe);
    // the clusters whose first member differs in date or type cannot take m: told by their heads
    std::erase_if(cs, [&](std::size_t c) { return differ_in_date_or_type(fs_[m], heads_[c]); });
    marks_.mark(fs_[m].words);
    for (std::size_t i = 0; i < cs.size(); ++i) {
        if (i + 8 < cs.size()) __builtin_prefetch(&clusters_[cs[i + 8]]);  // ahead: the cluster, then its first member
        if (i + 4 < cs.size()) prefetch(windows_[cs[i + 4]].first);
        double score = 0.0;
        if (joinable(clusters_[cs[i]], m, score)) out.push_back({cs[i], score});
    }
    marks_.clear();
    std::stable_sort(out.begin(), out.end(), [](const Fit& a, const Fit& b) { return a.score > b.score; });
    return out;
}

// `m` joins the cluster it fits best, and the other clusters it fits join too when they fit
// that one: a report naming both senders of one act joins their reports.
void Clustering::add(std::size_t m) {
    const MentionKeys& keys = keys_[m];
    const std::vector<Fit> fits = this->fits(m);
    if (fits.empty()) {
        clusters_.push_back(Cluster{});
        windows_.push_back(Window{});
        heads_.push_back(MentionHead{});
        owner_.push_back(static_cast<std::uint32_t>(clusters_.size() - 1));
        join(clusters_.size() - 1, m, keys.index);
        return;
    }
    const std::size_t best = fits.front().cluster;
    join(best, m, keys.index);
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
    Clustering clustering(fs, affiliations, keys, names.size());
    for (const std::size_t m : canonical_order(fs)) clustering.add(m);
    return clustering.result();
}

}  // namespace crisis::detail
