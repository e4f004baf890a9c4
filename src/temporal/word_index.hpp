// temporal/word_index: an open-addressing hash index from a word to the rows of a table that it
// keys, built once. A lookup hashes the word once and compares it with one or two keys, where a
// std::unordered_map of strings or a binary search over the words compares many.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace crisis::temporal {

class WordIndex {
public:
    // `keyed` holds (word, row) pairs; the rows of one word keep the order they have in `keyed`.
    explicit WordIndex(const std::vector<std::pair<std::string_view, std::uint16_t>>& keyed);

    [[nodiscard]] std::span<const std::uint16_t> rows(std::string_view w) const noexcept {
        for (std::size_t i = hash(w) & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.count == 0) return {};
            if (s.word == w) return {rows_.data() + s.offset, s.count};
        }
    }
    // The rows keyed by the two words "a b" (a key of `keyed` with one space), without building it.
    [[nodiscard]] std::span<const std::uint16_t> rows(std::string_view a, std::string_view b) const noexcept {
        const std::size_t h = mix(feed(feed(feed(basis, a), std::string_view(" ", 1)), b));
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.count == 0) return {};
            if (s.word.size() == a.size() + 1 + b.size() && s.word.starts_with(a) && s.word[a.size()] == ' ' &&
                s.word.ends_with(b))
                return {rows_.data() + s.offset, s.count};
        }
    }

private:
    struct Slot {
        std::string_view word;
        std::uint32_t offset = 0;
        std::uint32_t count = 0;  // 0: an empty slot
    };
    static constexpr std::uint64_t basis = 14695981039346656037ULL;  // FNV-1a
    [[nodiscard]] static std::uint64_t feed(std::uint64_t h, std::string_view w) noexcept {
        for (const char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
        return h;
    }
    [[nodiscard]] static std::size_t mix(std::uint64_t h) noexcept { return static_cast<std::size_t>(h ^ (h >> 29)); }
    [[nodiscard]] static std::size_t hash(std::string_view w) noexcept { return mix(feed(basis, w)); }
    std::vector<Slot> slots_;
    std::vector<std::uint16_t> rows_;
    std::size_t mask_ = 0;
};

inline WordIndex::WordIndex(const std::vector<std::pair<std::string_view, std::uint16_t>>& keyed) {
    std::size_t size = 16;
    while (size < keyed.size() * 4) size *= 2;
    slots_.resize(size);
    mask_ = size - 1;
    std::vector<std::vector<std::uint16_t>> by_slot(size);
    for (const auto& [word, row] : keyed) {
        std::size_t i = hash(word) & mask_;
        while (slots_[i].count != 0 && slots_[i].word != word) i = (i + 1) & mask_;
        slots_[i].word = word;
        slots_[i].count = 1;  // occupied; the real count is set below
        by_slot[i].push_back(row);
    }
    for (std::size_t i = 0; i < size; ++i) {
        if (slots_[i].count == 0) continue;
        slots_[i].offset = static_cast<std::uint32_t>(rows_.size());
        slots_[i].count = static_cast<std::uint32_t>(by_slot[i].size());
        rows_.insert(rows_.end(), by_slot[i].begin(), by_slot[i].end());
    }
}

}  // namespace crisis::temporal
