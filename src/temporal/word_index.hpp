// temporal/word_index: an open-addressing hash index from a word (or the first two words of a
// phrase) to the rows of a table that it keys, built once. The hash of a token is computed once,
// when the token view is built (Tok::hash), so that a lookup probes one or two slots with it
// where a std::unordered_map of strings or a binary search over the words compares many.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace crisis::temporal {

class WordIndex {
public:
    using Keyed = std::vector<std::pair<std::string_view, std::uint16_t>>;
    using Marked = std::vector<std::pair<std::string_view, std::uint8_t>>;
    // `keyed` holds (key, row) pairs; the rows of one key keep the order they have in `keyed`. With
    // `two_words` every key is two words "a b", looked up with rows(hash(a), hash(b), a, b).
    explicit WordIndex(const Keyed& keyed, bool two_words = false) : WordIndex(keyed, {}, two_words) {}
    // `marked` holds (key, bits) pairs: what else a key is (ORed over its pairs), found by the
    // same probe as its rows; a marked key needs no row.
    WordIndex(const Keyed& keyed, const Marked& marked, bool two_words = false);

    // Eight bytes at a time (a word of up to eight bytes is one multiply, not one per byte).
    [[nodiscard]] static std::uint64_t hash(std::string_view w) noexcept {
        std::uint64_t h = 0;
        const char* tail = whole_blocks(w, h);
        const std::size_t n = w.size() % 8;
        std::uint64_t c = 0;
        for (std::size_t i = 0; i < n; ++i) c |= static_cast<std::uint64_t>(static_cast<unsigned char>(tail[i])) << (8 * i);
        return last_block(h, c);
    }
    // hash(w), where eight bytes from the end of w can be read (w lies inside a longer text):
    // its last bytes are read at once and masked, not byte by byte.
    [[nodiscard]] static std::uint64_t hash_padded(std::string_view w) noexcept {
        if constexpr (std::endian::native != std::endian::little) return hash(w);
        std::uint64_t h = 0;
        const char* tail = whole_blocks(w, h);
        const std::size_t n = w.size() % 8;
        std::uint64_t c = 0;
        std::memcpy(&c, tail, 8);
        c = n == 0 ? 0 : c & (~0ULL >> (64 - 8 * n));
        return last_block(h, c);
    }
    [[nodiscard]] static std::uint64_t pair_hash(std::uint64_t a, std::uint64_t b) noexcept {
        return (a * 0x9E3779B97F4A7C15ULL) ^ b;
    }

    // What one probe finds of a word: its rows and its marks.
    struct Hit {
        std::span<const std::uint16_t> rows;
        std::uint8_t marks = 0;
    };
    // The rows and marks of word `w`, whose hash(w) is `h`.
    [[nodiscard]] Hit find(std::uint64_t h, std::string_view w) const noexcept {
        const std::uint32_t tag = tag_of(h);
        for (std::size_t i = slot_of(h);; i = (i + 1) & mask_) {
            if (tags_[i] == 0) return {};
            if (tags_[i] != tag) continue;
            const Slot& s = slots_[i];
            if (same(s.word, w)) return {{rows_.data() + s.offset, s.count}, s.marks};
        }
    }
    // The rows of word `w`, whose hash(w) is `h`.
    [[nodiscard]] std::span<const std::uint16_t> rows(std::uint64_t h, std::string_view w) const noexcept {
        return find(h, w).rows;
    }
    // The rows of the two words "a b" (a two_words index), given hash(a) and hash(b).
    [[nodiscard]] std::span<const std::uint16_t> rows(std::uint64_t ha, std::uint64_t hb, std::string_view a,
                                                      std::string_view b) const noexcept {
        const std::uint64_t h = pair_hash(ha, hb);
        const std::uint32_t tag = tag_of(h);
        for (std::size_t i = slot_of(h);; i = (i + 1) & mask_) {
            if (tags_[i] == 0) return {};
            if (tags_[i] != tag) continue;
            const Slot& s = slots_[i];
            if (s.word.size() == a.size() + 1 + b.size() && s.word.starts_with(a) && s.word[a.size()] == ' ' &&
                s.word.ends_with(b))
                return {rows_.data() + s.offset, s.count};
        }
    }

private:
    static constexpr std::uint64_t hash_multiplier = 0xff51afd7ed558ccdULL;
    // The hash of w's whole eight-byte blocks into h; returns where the last (partial) block starts.
    static const char* whole_blocks(std::string_view w, std::uint64_t& h) noexcept {
        h = 0x9E3779B97F4A7C15ULL ^ w.size();
        const char* p = w.data();
        for (std::size_t n = w.size(); n >= 8; p += 8, n -= 8) {
            std::uint64_t c = 0;
            std::memcpy(&c, p, 8);
            h = (h ^ c) * hash_multiplier;
            h ^= h >> 32;
        }
        return p;
    }
    // a == b without a call to memcmp (a probe's tag matched, so they are almost always equal):
    // two loads that may overlap cover a word of 2 to 16 bytes, eight-byte blocks a longer one.
    template <typename T>
    static bool same_at(const char* a, const char* b, std::size_t at) noexcept {
        T x, y;
        std::memcpy(&x, a + at, sizeof(T));
        std::memcpy(&y, b + at, sizeof(T));
        return x == y;
    }
    template <typename T>
    static bool same_ends(const char* a, const char* b, std::size_t n) noexcept {
        return same_at<T>(a, b, 0) && same_at<T>(a, b, n - sizeof(T));
    }
    [[nodiscard]] static bool same(std::string_view a, std::string_view b) noexcept {
        const std::size_t n = a.size();
        if (n != b.size()) return false;
        const char *p = a.data(), *q = b.data();
        if (n >= 8) {
            std::size_t i = 0;
            for (; i + 8 < n; i += 8)
                if (!same_at<std::uint64_t>(p, q, i)) return false;
            return same_at<std::uint64_t>(p, q, n - 8);
        }
        if (n >= 4) return same_ends<std::uint32_t>(p, q, n);
        if (n >= 2) return same_ends<std::uint16_t>(p, q, n);
        return n == 0 || p[0] == q[0];
    }
    static std::uint64_t last_block(std::uint64_t h, std::uint64_t c) noexcept {
        h = (h ^ c) * hash_multiplier;
        return h ^ (h >> 29);
    }
    struct Slot {
        std::string_view word;
        std::uint32_t offset = 0;
        std::uint16_t count = 0;
        std::uint8_t marks = 0;
    };
    // A slot's tag: 0 when it is empty, else the high half of its key's hash (never 0). A miss
    // reads only the small tag array, which stays in the L1 cache where the slots do not.
    [[nodiscard]] static std::uint32_t tag_of(std::uint64_t h) noexcept {
        return static_cast<std::uint32_t>(h >> 32) | 1U;
    }
    [[nodiscard]] std::size_t slot_of(std::uint64_t h) const noexcept {
        return static_cast<std::size_t>(h ^ (h >> 29)) & mask_;
    }
    [[nodiscard]] static std::uint64_t key_hash(std::string_view key, bool two_words) noexcept {
        if (!two_words) return hash(key);
        const std::size_t sp = key.find(' ');
        return pair_hash(hash(key.substr(0, sp)), hash(key.substr(sp + 1)));
    }
    std::vector<std::uint32_t> tags_;
    std::vector<Slot> slots_;
    std::vector<std::uint16_t> rows_;
    std::size_t mask_ = 0;
};

inline WordIndex::WordIndex(const Keyed& keyed, const Marked& marked, bool two_words) {
    std::size_t size = 16;
    while (size < (keyed.size() + marked.size()) * 4) size *= 2;
    slots_.resize(size);
    tags_.resize(size);
    mask_ = size - 1;
    std::vector<std::vector<std::uint16_t>> by_slot(size);
    const auto slot = [&](std::string_view word) -> Slot& {
        const std::uint64_t h = key_hash(word, two_words);
        std::size_t i = slot_of(h);
        while (tags_[i] != 0 && slots_[i].word != word) i = (i + 1) & mask_;
        tags_[i] = tag_of(h);
        slots_[i].word = word;
        return slots_[i];
    };
    for (const auto& [word, row] : keyed) by_slot[static_cast<std::size_t>(&slot(word) - slots_.data())].push_back(row);
    for (const auto& [word, bits] : marked) slot(word).marks |= bits;
    for (std::size_t i = 0; i < size; ++i) {
        slots_[i].offset = static_cast<std::uint32_t>(rows_.size());
        slots_[i].count = static_cast<std::uint16_t>(by_slot[i].size());
        rows_.insert(rows_.end(), by_slot[i].begin(), by_slot[i].end());
    }
}

}  // namespace crisis::temporal
