// Files compiled into the binary (data/ tables, the HTML viewer), see cmake/Embed.cmake.
#pragma once

#include <optional>
#include <string_view>

namespace crisis::detail {

// The bytes of an embedded file by its path relative to the project root ("data/months.tsv"),
// or by file name for generated files ("viewer.html"); nullopt when there is none.
[[nodiscard]] std::optional<std::string_view> embedded_file(std::string_view name) noexcept;

}  // namespace crisis::detail
