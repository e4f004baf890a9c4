#include "cli/commands.hpp"
#include "cli/output.hpp"

#include <csignal>
#include <iostream>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

// On SIGINT/SIGTERM: remove the temporary file being written (the previous outputs stay intact,
// since outputs are only ever replaced by rename), then die of the same signal.
extern "C" void on_signal(int sig) {
    crisis::cli::remove_pending_temporaries();
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

}  // namespace

int main(int argc, char** argv) {
#if defined(__GLIBC__)
    // A fixed threshold: glibc otherwise raises it to the size of each large block freed (up to
    // 32 MB), after which the merge's and the exporters' medium blocks stay in the heap once
    // freed and the peak RSS grows by tens of MB over the live memory.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    std::ios::sync_with_stdio(false);
    return crisis::cli::run(std::vector<std::string>(argv + 1, argv + argc),
                            crisis::cli::Streams{std::cin, std::cout, std::cerr});
}
