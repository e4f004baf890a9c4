#include "cli/commands.hpp"

#include <iostream>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    return crisis::cli::run(std::vector<std::string>(argv + 1, argv + argc),
                            crisis::cli::Streams{std::cin, std::cout, std::cerr});
}
