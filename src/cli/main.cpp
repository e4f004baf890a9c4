#include "cli/commands.hpp"
#include "cli/output.hpp"

#include <csignal>
#include <iostream>

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
    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    std::ios::sync_with_stdio(false);
    return crisis::cli::run(std::vector<std::string>(argv + 1, argv + argc),
                            crisis::cli::Streams{std::cin, std::cout, std::cerr});
}
