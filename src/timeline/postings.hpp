// The index of the clustering: blocking key -> the clusters indexed by it (internal to
// `timeline`, used by cluster.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace crisis::detail {

// Blocking key -> the clusters indexed by it, newest first: an open-addressing table of list
// heads over one array of entries (keys are hashes already, so their bits pick the slot).
class Postings {
public:
    static constexpr std::uint32_t none = 0xFFFFFFFFu;

    // The newest entry of `key`, or `none`.
    [[nodiscard]] std::uint32_t head(std::uint64_t key) const { return heads_[find(key)]; }
    [[nodiscard]] std::uint32_t cluster(std::uint32_t entry) const { return entries_[entry].cluster; }
    [[nodiscard]] std::uint32_t next(std::uint32_t entry) const { return entries_[entry].next; }
    // The `epoch` of the last `add` that changed `key`'s list (0: none did).
    [[nodiscard]] std::uint32_t changed(std::uint64_t key) const {
        const std::size_t i = find(key);
        return heads_[i] == none ? 0 : changed_[i];
    }

    // Adds `cluster` to `key`'s list unless it is the newest entry there already; `epoch` tags
    // the change (see `changed`).
    void add(std::uint64_t key, std::uint32_t cluster, std::uint32_t epoch = 0) {
        if (2 * (used_ + 1) > keys_.size()) grow();
        const std::size_t i = find(key);
        if (heads_[i] != none && entries_[heads_[i]].cluster == cluster) return;
        if (heads_[i] == none) keys_[i] = key, ++used_;
        entries_.push_back(Entry{cluster, heads_[i]});
        heads_[i] = static_cast<std::uint32_t>(entries_.size() - 1);
        changed_[i] = epoch;
    }

private:
    struct Entry {
        std::uint32_t cluster;
        std::uint32_t next;
    };

    [[nodiscard]] std::size_t find(std::uint64_t key) const {
        const std::size_t mask = keys_.size() - 1;
        std::size_t i = static_cast<std::size_t>(key ^ (key >> 29)) & mask;
        while (heads_[i] != none && keys_[i] != key) i = (i + 1) & mask;
        return i;
    }
    void grow() {
        std::vector<std::uint64_t> keys = std::move(keys_);
        std::vector<std::uint32_t> heads = std::move(heads_);
        std::vector<std::uint32_t> changed = std::move(changed_);
        keys_.assign(2 * keys.size(), 0);
        heads_.assign(2 * keys.size(), none);
        changed_.assign(2 * keys.size(), 0);
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (heads[i] != none) {
                const std::size_t j = find(keys[i]);
                keys_[j] = keys[i];
                heads_[j] = heads[i];
                changed_[j] = changed[i];
            }
    }

    std::vector<std::uint64_t> keys_ = std::vector<std::uint64_t>(1024, 0);  // a slot's key, when used
    std::vector<std::uint32_t> heads_ = std::vector<std::uint32_t>(1024, none);  // `none`: an unused slot
    std::vector<std::uint32_t> changed_ = std::vector<std::uint32_t>(1024, 0);   // a slot's last epoch
    std::vector<Entry> entries_;
    std::size_t used_ = 0;
};

}  // namespace crisis::detail
