// Options shared by the subcommands.
#pragma once

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/inputs.hpp"

namespace crisis::cli {

// --dct and --max-article-bytes; throws UsageError for a bad value.
[[nodiscard]] InputOptions input_options(const Args& args);

// Parses a positive whole number option; throws UsageError naming the flag.
[[nodiscard]] std::size_t positive_number(const std::string& flag, const std::string& text);

// Flushes standard output; when it could not be written (a full disk, a closed pipe), says so
// on stderr and returns false (the command then exits 1).
[[nodiscard]] bool flush_output(Streams io);

}  // namespace crisis::cli
