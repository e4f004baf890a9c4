// Writing output files so that no reader ever sees a half-written one.
#pragma once

#include <string>
#include <string_view>

namespace crisis::cli {

// Writes `content` to a temporary file beside `path`, flushes it, then renames it over `path`.
// Returns an empty string on success, else the error message (naming the path).
[[nodiscard]] std::string write_atomically(const std::string& path, std::string_view content);

// Removes every temporary file this process created and has not renamed yet (for signals).
void remove_pending_temporaries() noexcept;

}  // namespace crisis::cli
