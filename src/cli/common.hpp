// Options shared by the subcommands.
#pragma once

#include "cli/args.hpp"
#include "cli/inputs.hpp"

namespace crisis::cli {

// --dct and --max-article-bytes; throws UsageError for a bad value.
[[nodiscard]] InputOptions input_options(const Args& args);

// Parses a positive whole number option; throws UsageError naming the flag.
[[nodiscard]] std::size_t positive_number(const std::string& flag, const std::string& text);

}  // namespace crisis::cli
