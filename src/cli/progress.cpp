#include "cli/progress.hpp"

#include <cstdio>
#include <ostream>
#include <unistd.h>

namespace crisis::cli {

bool stderr_is_terminal() noexcept { return ::isatty(2) == 1; }

Progress::Progress(std::ostream& err, bool enabled, std::size_t total_bytes)
    : err_(err), enabled_(enabled), total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

void Progress::advance(std::size_t bytes) {
    bytes_ += bytes;
    ++articles_;
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_draw_ < std::chrono::milliseconds(200)) return;
    last_draw_ = now;
    draw(false);
}

void Progress::finish() {
    if (enabled_ && articles_ > 0) draw(true);
}

void Progress::draw(bool last) {
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const double rate = secs > 0 ? static_cast<double>(articles_) / secs : 0.0;
    const double mbs = secs > 0 ? static_cast<double>(bytes_) / 1e6 / secs : 0.0;
    char line[160];
    int n = std::snprintf(line, sizeof line, "\r%zu articles, %.0f articles/s, %.1f MB/s", articles_, rate, mbs);
    if (total_bytes_ > 0 && bytes_ <= total_bytes_ && mbs > 0) {
        const double pct = 100.0 * static_cast<double>(bytes_) / static_cast<double>(total_bytes_);
        const double eta = static_cast<double>(total_bytes_ - bytes_) / 1e6 / mbs;
        n += std::snprintf(line + n, sizeof line - static_cast<std::size_t>(n), ", %.0f%%, ETA %.0fs", pct, eta);
    }
    err_ << line << "\x1b[K" << (last ? "\n" : "") << std::flush;
}

}  // namespace crisis::cli
