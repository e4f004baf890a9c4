// A small argument parser for the CLI: flags with values, boolean switches, positionals.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace crisis::cli {

struct UsageError {
    std::string message;
};

struct Args {
    std::map<std::string, std::string> values;  // "--dct" -> "2022-01-27"
    std::set<std::string> switches;             // "--quiet"
    std::vector<std::string> positionals;

    [[nodiscard]] std::optional<std::string> value(const std::string& flag) const {
        const auto it = values.find(flag);
        if (it == values.end()) return std::nullopt;
        return it->second;
    }
    [[nodiscard]] bool has(const std::string& flag) const { return switches.count(flag) > 0; }
};

// Parses argv[first..] given the flags that take a value and the switches; throws UsageError
// for an unknown flag or a missing value. "--flag=value" and "--flag value" both work; "-" is a
// positional; "--" ends the flags.
[[nodiscard]] Args parse_args(const std::vector<std::string>& argv, const std::set<std::string>& valued,
                              const std::set<std::string>& switches);

}  // namespace crisis::cli
