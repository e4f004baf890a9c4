// ReadAhead: the reading thread of `dates`. Items come out in order and all of them, whatever the
// capacity; the producer's exception reaches the consumer after the items before it; a consumer
// that stops early does not wait for the producer to finish.
#include "cli/read_ahead.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

using crisis::cli::ReadAhead;

TEST_CASE("read ahead hands every item over in order, for any capacity", "[cli]") {
    for (const std::size_t capacity : {std::size_t{0}, std::size_t{1}, std::size_t{3}, std::size_t{64}}) {
        ReadAhead<std::string> r(capacity, [](const ReadAhead<std::string>::Push& push) {
            for (int i = 0; i < 1000; ++i) push(std::to_string(i));
        });
        std::vector<std::string> got;
        while (auto s = r.next()) got.push_back(*s);
        REQUIRE(got.size() == 1000);
        for (int i = 0; i < 1000; ++i) CHECK(got[static_cast<std::size_t>(i)] == std::to_string(i));
        CHECK_FALSE(r.next());  // and stays finished
    }
}

TEST_CASE("read ahead passes the producer's exception on after the items before it", "[cli]") {
    ReadAhead<int> r(2, [](const ReadAhead<int>::Push& push) {
        push(1);
        push(2);
        throw std::runtime_error("disk gone");
    });
    CHECK(r.next() == 1);
    CHECK(r.next() == 2);
    CHECK_THROWS_WITH(r.next(), "disk gone");
}

TEST_CASE("read ahead stops its producer when the consumer leaves early", "[cli]") {
    std::atomic<int> produced{0};
    {
        ReadAhead<int> r(4, [&](const ReadAhead<int>::Push& push) {
            for (int i = 0; i < 1'000'000; ++i) push(int{i}), ++produced;
        });
        CHECK(r.next() == 0);
    }  // the destructor returns without the million items being made
    CHECK(produced.load() < 1'000'000);
}
