// Tab-separated data tables (data/*.tsv) and phrase lookup over lower-cased tokens, shared by the
// actors and events stages.
#pragma once

#include <crisis/text.hpp>

#include <algorithm>
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

// A table from phrases to values with longest-match lookup at a token position.
template <class T>
struct PhraseTable {
    std::unordered_map<std::string, T> rows;
    std::unordered_set<std::string> first_words;
    std::size_t max_words = 0;

    void add(std::string_view phrase, T value) {
        std::string key = phrase_key(phrase);
        if (key.empty()) return;
        first_words.insert(key.substr(0, key.find(' ')));
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
        if (i >= end || !first_words.contains(lower[i])) return std::nullopt;
        std::string key;
        std::optional<Hit> best;
        for (std::size_t n = 1; n <= max_words && i + n <= end; ++n) {
            if (n > 1) key += ' ';
            key += lower[i + n - 1];
            if (auto it = rows.find(key); it != rows.end()) best = Hit{n, &it->second};
        }
        return best;
    }
};

}  // namespace crisis::detail
