// Tab-separated data tables (data/*.tsv) and phrase lookup over lower-cased tokens, shared by the
// actors and events stages.
#pragma once

#include <crisis/text.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace crisis::detail {

// The rows of a TSV table: '#' comment lines, blank lines and the first (header) row are skipped.
// Every row gets `columns` fields (missing ones are empty).
[[nodiscard]] std::vector<std::vector<std::string_view>> read_tsv(std::string_view bytes, std::size_t columns);

// The items of a "|"-separated list field; "-" and "" are the empty list.
[[nodiscard]] std::vector<std::string_view> split_list(std::string_view field);

// The embedded data file `name`, or an empty view.
[[nodiscard]] std::string_view data_file(std::string_view name) noexcept;

// Lower-cased token texts of a segmentation; the curly apostrophe is folded to "'".
[[nodiscard]] std::vector<std::string> lower_tokens(std::string_view text, const Segmentation& seg);

// The lookup key of a phrase: its tokens (as `segment` cuts them) lower-cased, joined by ' '.
[[nodiscard]] std::string phrase_key(std::string_view phrase);
[[nodiscard]] std::size_t phrase_words(std::string_view phrase);

// A one-hash bit filter over a set of words: a word it does not hold is not in the set (no false
// negatives), so most words of a text are turned away by one bit read from 8 KB, which stays in
// the cache, without hashing a std::string and probing a node-based table.
class WordFilter {
public:
    void add(std::string_view w) noexcept { bits_[slot(w) >> 6] |= std::uint64_t{1} << (slot(w) & 63); }
    [[nodiscard]] bool may_hold(std::string_view w) const noexcept {
        const std::uint32_t s = slot(w);
        return (bits_[s >> 6] >> (s & 63)) & 1U;
    }

private:
    // FNV-1a over the length, the first eight bytes and the last byte.
    [[nodiscard]] static std::uint32_t slot(std::string_view w) noexcept {
        constexpr std::uint64_t prime = 0x100000001B3ULL;
        std::uint64_t h = (0xCBF29CE484222325ULL ^ w.size()) * prime;
        const std::size_t n = std::min<std::size_t>(w.size(), 8);
        for (std::size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(w[i])) * prime;
        if (w.size() > 8) h = (h ^ static_cast<unsigned char>(w.back())) * prime;
        return static_cast<std::uint32_t>(h ^ (h >> 32)) & (bits - 1);
    }
    static constexpr std::uint32_t bits = 1U << 16;
    std::array<std::uint64_t, bits / 64> bits_{};
};

// A table from phrases to values with longest-match lookup at a token position.
template <class T>
struct PhraseTable {
    std::unordered_map<std::string, T> rows;
    std::unordered_set<std::string> first_words;
    WordFilter first_filter;  // first_words, as a filter checked first
    WordFilter prefixes;      // every key's first word, first two words, ..., the whole key
    std::size_t max_words = 0;

    // Whether some phrase of the table begins with the word `w`.
    [[nodiscard]] bool may_start(const std::string& w) const {
        return first_filter.may_hold(w) && first_words.contains(w);
    }

    void add(std::string_view phrase, T value) {
        std::string key = phrase_key(phrase);
        if (key.empty()) return;
        first_words.insert(key.substr(0, key.find(' ')));
        first_filter.add(std::string_view(key).substr(0, key.find(' ')));
        for (std::size_t at = key.find(' '); at != std::string::npos; at = key.find(' ', at + 1))
            prefixes.add(std::string_view(key).substr(0, at));
        prefixes.add(key);
        max_words = std::max(max_words, phrase_words(phrase));
        rows.insert_or_assign(std::move(key), std::move(value));
    }

    struct Hit {
        std::size_t words = 0;
        const T* value = nullptr;
    };

    // The longest phrase starting at token `i` and ending before token `end`.
    [[nodiscard]] std::optional<Hit> longest(const std::vector<std::string>& lower, std::size_t i,
                                             std::size_t end) const {
        if (i >= end || !may_start(lower[i])) return std::nullopt;
        std::string key;
        std::optional<Hit> best;
        for (std::size_t n = 1; n <= max_words && i + n <= end; ++n) {
            if (n > 1) key += ' ';
            key += lower[i + n - 1];
            if (!prefixes.may_hold(key)) break;  // no key begins with these words
            if (auto it = rows.find(key); it != rows.end()) best = Hit{n, &it->second};
        }
        return best;
    }
};

}  // namespace crisis::detail
