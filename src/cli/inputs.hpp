// Reading article sets from files, folders, JSON Lines and stdin (the CLI's input edge).
#pragma once

#include <crisis/article.hpp>

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace crisis::cli {

struct InputOptions {
    std::optional<Date> dct;               // --dct: overrides every other date
    std::size_t max_article_bytes = std::size_t{16} << 20;  // --max-article-bytes
    bool content_ids = true;  // false: articles keep an empty id (`dates` prints none; hashing every byte is skipped)
};

// One input source after expanding folders: a text file, a JSON Lines file, or stdin.
struct Source {
    enum class Kind : std::uint8_t { text, jsonl, stdin_, unsupported };
    Kind kind = Kind::text;
    std::string path;
};

// Expands FILE|DIR|- arguments into sources in a stable order (folders recursively, sorted by
// path, symlink loops visited once, the output folder `output_dir` left out). Problems become
// diagnostics.
[[nodiscard]] std::vector<Source> expand_inputs(const std::vector<std::string>& args,
                                                std::vector<Diagnostic>& diagnostics,
                                                const std::string& output_dir = {});

// Calls `on_article` for every article of every source, in order, and records one diagnostic per
// input (read or skipped, with the reason); prints each skip and warning on `err`, including
// those expand_inputs left in `diagnostics` (its skips count too). Never throws for one bad
// input. Returns the number of inputs skipped.
std::size_t read_articles(const std::vector<Source>& sources, const InputOptions& options,
                          std::istream& in, std::ostream& err, std::vector<Diagnostic>& diagnostics,
                          const std::function<void(Article&&)>& on_article);

// The one-line message printed for a diagnostic: "skipped FILE[:LINE]: reason" for a skipped
// input, "FILE[:LINE]: reason" for a warning.
[[nodiscard]] std::string skip_message(const Diagnostic& d);

}  // namespace crisis::cli
