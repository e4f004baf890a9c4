// Data parallelism for the timeline stage (internal): work over [0, n) cut into contiguous
// chunks, one thread each, results put back in chunk order, so that no output depends on the
// number of threads.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

namespace crisis::detail {

// How many chunks [0, n) is cut into: at most `threads`, each of `grain` items at least (one
// chunk when n < 2 grain), none when n == 0.
[[nodiscard]] inline std::size_t chunk_count(std::size_t n, unsigned threads, std::size_t grain) {
    if (n == 0) return 0;
    const std::size_t by_grain = std::max<std::size_t>(1, n / std::max<std::size_t>(grain, 1));
    return std::min<std::size_t>(std::max(1u, threads), by_grain);
}

// Where chunk `k` of `chunks` over [0, n) begins (chunk k is [begin(k), begin(k + 1))).
[[nodiscard]] inline std::size_t chunk_begin(std::size_t n, std::size_t chunks, std::size_t k) {
    return n / chunks * k + std::min(k, n % chunks);
}

// Runs work(k, begin, end) for every chunk k, chunk 0 on the calling thread; returns when every
// chunk is done.
template <class Work>
void for_chunks(std::size_t n, unsigned threads, std::size_t grain, Work&& work) {
    const std::size_t chunks = chunk_count(n, threads, grain);
    if (chunks == 0) return;
    std::vector<std::jthread> helpers;
    helpers.reserve(chunks - 1);
    for (std::size_t k = 1; k < chunks; ++k)
        helpers.emplace_back([&work, n, chunks, k] { work(k, chunk_begin(n, chunks, k), chunk_begin(n, chunks, k + 1)); });
    work(std::size_t{0}, std::size_t{0}, chunk_begin(n, chunks, 1));
}  // the helpers join here

// f(begin, end) of every chunk, in chunk order.
template <class F>
[[nodiscard]] auto map_chunks(std::size_t n, unsigned threads, std::size_t grain, F&& f) {
    using R = decltype(f(std::size_t{0}, std::size_t{0}));
    std::vector<R> out(chunk_count(n, threads, grain));
    for_chunks(n, threads, grain, [&](std::size_t k, std::size_t begin, std::size_t end) { out[k] = f(begin, end); });
    return out;
}

// f(i) for every i in [0, n), in chunks.
template <class F>
void parallel_for(std::size_t n, unsigned threads, std::size_t grain, F&& f) {
    for_chunks(n, threads, grain, [&](std::size_t, std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) f(i);
    });
}

// Sorts `v` by `less` (a strict total order: no two elements equivalent, so any sort gives one
// result): chunks sorted in parallel, then merged pairwise, the merges of a round in parallel.
template <class T, class Less>
void parallel_sort(std::vector<T>& v, unsigned threads, Less less) {
    constexpr std::size_t grain = 4096;
    const std::size_t n = v.size();
    const std::size_t chunks = chunk_count(n, threads, grain);
    if (chunks <= 1) {
        std::sort(v.begin(), v.end(), less);
        return;
    }
    std::vector<std::size_t> bounds(chunks + 1);
    for (std::size_t k = 0; k <= chunks; ++k) bounds[k] = k == chunks ? n : chunk_begin(n, chunks, k);
    for_chunks(n, threads, grain, [&](std::size_t, std::size_t begin, std::size_t end) {
        std::sort(v.begin() + static_cast<std::ptrdiff_t>(begin), v.begin() + static_cast<std::ptrdiff_t>(end), less);
    });
    while (bounds.size() > 2) {  // runs [bounds[i], bounds[i + 1]); merge neighbours
        const std::size_t pairs = (bounds.size() - 1) / 2;
        parallel_for(pairs, threads, 1, [&](std::size_t p) {
            const auto at = [&](std::size_t i) { return v.begin() + static_cast<std::ptrdiff_t>(bounds[i]); };
            std::inplace_merge(at(2 * p), at(2 * p + 1), at(2 * p + 2), less);
        });
        std::vector<std::size_t> next;
        for (std::size_t i = 0; i < bounds.size(); i += 2) next.push_back(bounds[i]);
        if (next.back() != n) next.push_back(n);
        bounds = std::move(next);
    }
}

// The first bytes of a string as integers that compare as the string does (bytes unsigned, as
// std::string compares them): equal prefixes leave the order to the whole string.
struct StringPrefix {
    std::uint64_t w0 = 0, w1 = 0, w2 = 0;

    explicit StringPrefix(const std::string& s) noexcept
        : w0(word(s, 0)), w1(word(s, 8)), w2(word(s, 16)) {}
    [[nodiscard]] static std::uint64_t word(const std::string& s, std::size_t at) noexcept {
        std::uint64_t w = 0;
        for (std::size_t i = 0; i < 8; ++i)
            w = (w << 8) | (at + i < s.size() ? static_cast<unsigned char>(s[at + i]) : 0u);
        return w;
    }
    friend bool operator==(const StringPrefix&, const StringPrefix&) = default;
    friend auto operator<=>(const StringPrefix&, const StringPrefix&) = default;
};

}  // namespace crisis::detail
