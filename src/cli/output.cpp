#include "cli/output.hpp"

#include <array>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace crisis::cli {

namespace {
// The temporary file being written, for the signal handler (one at a time).
std::array<char, 4096> pending_path{};
std::atomic<bool> pending{false};
}  // namespace

std::string write_atomically(const std::string& path, std::string_view content) {
    const std::string tmp = path + ".tmp." + std::to_string(::getpid());
    if (tmp.size() + 1 < pending_path.size()) {
        std::memcpy(pending_path.data(), tmp.c_str(), tmp.size() + 1);
        pending.store(true);
    }
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        pending.store(false);
        return "cannot write " + path + ": " + std::strerror(errno);
    }
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string msg = "cannot write " + path + ": " + std::strerror(errno);
            ::close(fd);
            ::unlink(tmp.c_str());
            pending.store(false);
            return msg;
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0 || std::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string msg = "cannot write " + path + ": " + std::strerror(errno);
        ::unlink(tmp.c_str());
        pending.store(false);
        return msg;
    }
    pending.store(false);
    return {};
}

void remove_pending_temporaries() noexcept {
    if (pending.load()) ::unlink(pending_path.data());
}

}  // namespace crisis::cli
