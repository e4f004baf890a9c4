#include "cli/args.hpp"

namespace crisis::cli {

Args parse_args(const std::vector<std::string>& argv, const std::set<std::string>& valued,
                const std::set<std::string>& switches) {
    Args a;
    bool flags_done = false;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& s = argv[i];
        if (flags_done || s == "-" || s.empty() || s[0] != '-') {
            a.positionals.push_back(s);
            continue;
        }
        if (s == "--") {
            flags_done = true;
            continue;
        }
        if (s.size() > 2 && s[1] != '-' && valued.count(s.substr(0, 2))) {
            a.values[s.substr(0, 2)] = s.substr(2);  // a short option with its value attached: -j4
            continue;
        }
        std::string flag = s;
        std::optional<std::string> inline_value;
        if (const auto eq = s.find('='); eq != std::string::npos) {
            flag = s.substr(0, eq);
            inline_value = s.substr(eq + 1);
        }
        if (valued.count(flag)) {
            if (inline_value) a.values[flag] = *inline_value;
            else if (i + 1 < argv.size()) a.values[flag] = argv[++i];
            else throw UsageError{"option " + flag + " needs a value"};
        } else if (switches.count(flag) && !inline_value) {
            a.switches.insert(flag);
        } else {
            throw UsageError{"unknown option " + flag};
        }
    }
    return a;
}

}  // namespace crisis::cli
