// build --cache DIR: extract records kept by article content, so re-runs analyse only new articles.
#pragma once

#include <crisis/article.hpp>
#include <crisis/timeline.hpp>

#include <optional>
#include <string>

namespace crisis::cli {

class ExtractCache {
public:
    // `dir` empty: no cache. `salt` distinguishes gazetteers and versions.
    ExtractCache(std::string dir, std::string salt);

    [[nodiscard]] bool enabled() const noexcept { return !dir_.empty(); }
    // The cached partial timeline of this article, or nullopt (miss, unreadable or stale record).
    [[nodiscard]] std::optional<Timeline> find(const Article& a) const;
    // Stores the record; failures are ignored (the cache is an optimisation). Thread-safe.
    void store(const Article& a, const std::string& record) const;

private:
    [[nodiscard]] std::string path_of(const Article& a) const;
    std::string dir_;
    std::string salt_;
};

}  // namespace crisis::cli
