// A progress line on stderr (articles/s, MB/s, ETA) when stderr is a terminal.
#pragma once

#include <chrono>
#include <cstddef>
#include <iosfwd>

namespace crisis::cli {

class Progress {
public:
    // Shows nothing unless `enabled` (stderr is a terminal and --quiet was not given).
    Progress(std::ostream& err, bool enabled, std::size_t total_bytes);
    void advance(std::size_t bytes);  // one article of `bytes` done
    void finish();

private:
    void draw(bool last);
    std::ostream& err_;
    bool enabled_;
    std::size_t total_bytes_;
    std::size_t bytes_ = 0;
    std::size_t articles_ = 0;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
};

// True when file descriptor 2 is a terminal.
[[nodiscard]] bool stderr_is_terminal() noexcept;

}  // namespace crisis::cli
