#include "cli/output.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

namespace crisis::cli {

namespace {

// The temporaries written and not renamed yet, for the signal handler: fixed storage, since a
// handler may not allocate. A path that does not fit (or a 33rd file) is only cleaned up by
// the batch itself.
constexpr std::size_t slot_count = 32;
std::array<std::array<char, 4096>, slot_count> slot_paths{};
enum SlotState : int { free_slot, filling, pending };
std::array<std::atomic<int>, slot_count> slot_state{};

int claim_slot(const std::string& tmp) {
    if (tmp.size() + 1 > slot_paths[0].size()) return -1;
    for (std::size_t i = 0; i < slot_count; ++i) {
        int expected = free_slot;
        if (slot_state[i].compare_exchange_strong(expected, filling)) {
            std::memcpy(slot_paths[i].data(), tmp.c_str(), tmp.size() + 1);
            slot_state[i].store(pending);  // the handler only reads complete paths
            return static_cast<int>(i);
        }
    }
    return -1;
}

void release_slot(int slot) {
    if (slot >= 0) slot_state[static_cast<std::size_t>(slot)].store(free_slot);
}

std::string failure(const std::string& path) { return "cannot write " + path + ": " + std::strerror(errno); }

// Writes all of `content` to `fd`; false (errno set) on failure.
bool write_all(int fd, std::string_view content) {
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// SIGINT and SIGTERM held for the lifetime of the object (delivered when it ends).
class HeldSignals {
public:
    HeldSignals() {
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGINT);
        sigaddset(&set, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &set, &old_);
    }
    ~HeldSignals() { pthread_sigmask(SIG_SETMASK, &old_, nullptr); }
    HeldSignals(const HeldSignals&) = delete;
    HeldSignals& operator=(const HeldSignals&) = delete;

private:
    sigset_t old_{};
};

}  // namespace

std::string OutputBatch::stage(const std::string& path, std::string_view content) {
    return stage(path, [content](const Sink& out) { out(content); });
}

std::string OutputBatch::stage(const std::string& path, const std::function<void(const Sink&)>& render) {
    const std::string tmp = path + ".tmp." + std::to_string(::getpid());
    const int slot = claim_slot(tmp);
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        std::string msg = failure(path);
        release_slot(slot);
        return msg;
    }
    int write_errno = 0;  // the first failure; later pieces are not written
    render([&](std::string_view piece) {
        if (write_errno == 0 && !write_all(fd, piece)) write_errno = errno;
    });
    if (write_errno == 0 && ::fsync(fd) != 0) write_errno = errno;
    const bool closed = ::close(fd) == 0;
    if (write_errno != 0 || !closed) {
        if (write_errno != 0) errno = write_errno;
        std::string msg = failure(path);
        ::unlink(tmp.c_str());
        release_slot(slot);
        return msg;
    }
    const std::lock_guard lock(mutex_);
    staged_.push_back({path, tmp, slot});
    return {};
}

std::vector<std::string> OutputBatch::commit() {
    std::vector<std::string> errors;
    std::sort(staged_.begin(), staged_.end(), [](const Staged& a, const Staged& b) { return a.path < b.path; });
    {
        const HeldSignals held;
        for (const Staged& s : staged_) {
            if (std::rename(s.tmp.c_str(), s.path.c_str()) != 0) {
                errors.push_back(failure(s.path));
                ::unlink(s.tmp.c_str());
            }
            release_slot(s.slot);
        }
    }
    staged_.clear();
    return errors;
}

OutputBatch::~OutputBatch() {
    for (const Staged& s : staged_) {
        ::unlink(s.tmp.c_str());
        release_slot(s.slot);
    }
}

std::string write_atomically(const std::string& path, std::string_view content) {
    OutputBatch batch;
    if (std::string e = batch.stage(path, content); !e.empty()) return e;
    const auto errors = batch.commit();
    return errors.empty() ? std::string{} : errors.front();
}

void remove_pending_temporaries() noexcept {
    for (std::size_t i = 0; i < slot_count; ++i)
        if (slot_state[i].load() == pending) ::unlink(slot_paths[i].data());
}

}  // namespace crisis::cli
