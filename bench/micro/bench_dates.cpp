// In-process throughput of `dates` (segment + find_timexes) and of its parts, in MB/s of article
// text, on a folder of articles read once before timing: process start, reading and output are
// not counted (bench/run.sh times the whole process against chrono-node). And the merge of the
// articles' event mentions into events (merge_events, on 1 and 2 threads), analysed before timing.
//
//   CRISIS_BENCH_CORPUS=DIR build/release/bench/crisis_bench [--benchmark_repetitions=5]
//
// DIR holds article files with a date header (../shared/tools/peers/make_corpus.py writes them).
#include <crisis/article.hpp>
#include <crisis/pipeline.hpp>
#include <crisis/temporal.hpp>
#include <crisis/text.hpp>
#include <crisis/timeline.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <vector>

namespace {

constexpr std::size_t no_limit = std::numeric_limits<std::size_t>::max();

const std::vector<crisis::Article>& corpus() {
    static const std::vector<crisis::Article> articles = [] {
        std::vector<crisis::Article> out;
        const char* dir = std::getenv("CRISIS_BENCH_CORPUS");
        if (!dir) return out;
        std::vector<std::filesystem::path> files;
        for (const auto& e : std::filesystem::directory_iterator(dir))
            if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
        std::sort(files.begin(), files.end());
        for (const auto& f : files) {
            std::ifstream in(f, std::ios::binary);
            std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            if (auto a = crisis::make_article(f.string(), std::move(text), {}, no_limit)) out.push_back(std::move(*a));
        }
        return out;
    }();
    return articles;
}

std::int64_t corpus_bytes() {
    std::int64_t n = 0;
    for (const auto& a : corpus()) n += static_cast<std::int64_t>(a.text.size());
    return n;
}

bool have_corpus(benchmark::State& state) {
    if (!corpus().empty()) return true;
    state.SkipWithError("set CRISIS_BENCH_CORPUS to a folder of articles (make_corpus.py --out DIR)");
    return false;
}

void report(benchmark::State& state, std::size_t found) {
    state.SetBytesProcessed(state.iterations() * corpus_bytes());
    state.counters["articles/s"] = benchmark::Counter(static_cast<double>(state.iterations() * corpus().size()),
                                                      benchmark::Counter::kIsRate);
    state.counters["found"] = static_cast<double>(found);
}

// Sentences and tokens only.
void segment(benchmark::State& state) {
    if (!have_corpus(state)) return;
    std::size_t tokens = 0;
    for (auto _ : state) {
        tokens = 0;
        for (const auto& a : corpus()) tokens += crisis::segment(a.text, a.body_begin).tokens.size();
    }
    report(state, tokens);
}
BENCHMARK(segment)->Unit(benchmark::kMillisecond);

// The time expressions of segmented text (the segmentation is done before timing).
void find_timexes(benchmark::State& state) {
    if (!have_corpus(state)) return;
    std::vector<crisis::Segmentation> segs;
    for (const auto& a : corpus()) segs.push_back(crisis::segment(a.text, a.body_begin));
    std::size_t timexes = 0;
    for (auto _ : state) {
        timexes = 0;
        for (std::size_t i = 0; i < segs.size(); ++i)
            timexes += crisis::find_timexes(corpus()[i].text, segs[i], corpus()[i].date).size();
    }
    report(state, timexes);
}
BENCHMARK(find_timexes)->Unit(benchmark::kMillisecond);

// What `dates` does per article: segment, then find the time expressions, in buffers kept from
// one article to the next (as the command keeps them).
void dates(benchmark::State& state) {
    if (!have_corpus(state)) return;
    std::size_t timexes = 0;
    crisis::Segmentation seg;
    crisis::TimexScratch scratch;
    for (auto _ : state) {
        timexes = 0;
        for (const auto& a : corpus()) {
            crisis::segment(a.text, a.body_begin, seg);
            timexes += crisis::find_timexes(a.text, seg, a.date, scratch).size();
        }
    }
    report(state, timexes);
}
BENCHMARK(dates)->Unit(benchmark::kMillisecond);

// Reading an article from its bytes: UTF-8 check, header, content id.
void make_article(benchmark::State& state) {
    if (!have_corpus(state)) return;
    std::size_t made = 0;
    for (auto _ : state) {
        made = 0;
        for (const auto& a : corpus()) made += crisis::make_article(a.path, a.text, {}, no_limit).has_value();
    }
    report(state, made);
}
BENCHMARK(make_article)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

// Merging every article's event mentions into events on 1 or 2 threads (blocking keys,
// clustering, the merged events), in wall-clock time. The articles are analysed before timing.
void merge_events(benchmark::State& state) {
    if (!have_corpus(state)) return;
    const crisis::Gazetteer gazetteer;
    std::vector<crisis::Timeline> parts;
    for (const auto& a : corpus()) parts.push_back(crisis::single(crisis::analyse(a, gazetteer)));
    const crisis::Timeline all = crisis::unite(std::move(parts));
    std::size_t events = 0;
    const auto threads = static_cast<unsigned>(state.range(0));
    for (auto _ : state) events = crisis::merge_events(all.mentions, all.actors, threads).size();
    report(state, events);
    state.counters["mentions"] = static_cast<double>(all.mentions.size());
}
BENCHMARK(merge_events)->Arg(1)->Arg(2)->UseRealTime()->Unit(benchmark::kMillisecond);
