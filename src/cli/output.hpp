// Writing output files so that no reader ever sees a half-written one, and an interrupted run
// leaves the previous outputs intact.
#pragma once

#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace crisis::cli {

// A set of output files replaced together. stage() writes each to a temporary beside it and
// flushes it; commit() renames them all over their paths with SIGINT and SIGTERM held, so that
// a run killed at any moment leaves either every previous file or every new one, and no
// temporary (the signal handler removes those not renamed yet). The destructor removes the
// temporaries of a batch that was not committed. stage() may be called from several threads at
// once; commit() renames in the order of the paths.
class OutputBatch {
public:
    OutputBatch() = default;
    OutputBatch(const OutputBatch&) = delete;
    OutputBatch& operator=(const OutputBatch&) = delete;
    ~OutputBatch();

    // Writes the temporary of `path`; returns an empty string, else the message naming `path`.
    [[nodiscard]] std::string stage(const std::string& path, std::string_view content);
    // The same for content that `render` produces piece by piece: each piece it gives the sink
    // is written at once, so the file is never held whole in memory.
    using Sink = std::function<void(std::string_view)>;
    [[nodiscard]] std::string stage(const std::string& path, const std::function<void(const Sink&)>& render);
    // Renames every staged file; returns the messages of those that could not be renamed.
    [[nodiscard]] std::vector<std::string> commit();

private:
    struct Staged {
        std::string path, tmp;
        int slot;
    };
    std::mutex mutex_;  // guards staged_
    std::vector<Staged> staged_;
};

// Writes one file the same way (a batch of one).
[[nodiscard]] std::string write_atomically(const std::string& path, std::string_view content);

// Removes every temporary file this process created and has not renamed yet (for signals).
void remove_pending_temporaries() noexcept;

}  // namespace crisis::cli
