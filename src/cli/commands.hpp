// The subcommands of crisis-timeline. Each returns the process exit status:
// 0 everything read, 1 some input skipped or an output failed, 2 usage error.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace crisis::cli {

struct Streams {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
};

int run(const std::vector<std::string>& argv, Streams io);

int cmd_dates(const std::vector<std::string>& args, Streams io);
int cmd_build(const std::vector<std::string>& args, Streams io);
int cmd_extract(const std::vector<std::string>& args, Streams io);
int cmd_merge(const std::vector<std::string>& args, Streams io);

}  // namespace crisis::cli
