// crisis-timeline build, extract and merge.
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/cache.hpp"
#include "cli/output.hpp"
#include "cli/progress.hpp"
#include "cli/workers.hpp"

#include <crisis/export.hpp>
#include <crisis/graph.hpp>
#include <crisis/pipeline.hpp>
#include <crisis/version.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <numeric>
#include <optional>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

namespace crisis::cli {

namespace {

namespace fs = std::filesystem;

// What the formats are rendered from.
struct Rendering {
    const Timeline& t;
    const GraphAnalytics& g;
};

using Sink = OutputBatch::Sink;

struct Format {
    std::string_view name;
    std::string_view file;
    std::function<void(const Rendering&, const Sink&)> render;
    int weight;  // rough relative cost: write_outputs starts the largest first
    bool graph = true;  // reads the graph analytics (false: may start before they are computed)
};

const std::array<Format, 8>& formats() {
    static const std::array<Format, 8> table{{
        {"json", "timeline.json", [](const Rendering& r, const Sink& out) { write_timeline_json(r.t, r.g, out); }, 9},
        {"ndjson", "events.ndjson", [](const Rendering& r, const Sink& out) { write_events_ndjson(r.t, r.g, out); }, 4},
        {"csv", "events.csv", [](const Rendering& r, const Sink& out) { out(to_events_csv(r.t, r.g)); }, 2},
        {"graphml", "graph.graphml", [](const Rendering& r, const Sink& out) { out(to_graphml(r.t, r.g)); }, 5},
        {"gexf", "graph.gexf", [](const Rendering& r, const Sink& out) { out(to_gexf(r.t, r.g)); }, 6},
        {"dot", "graph.dot", [](const Rendering& r, const Sink& out) { out(to_dot(r.t, r.g)); }, 1},
        {"timelinejs", "timelinejs.json", [](const Rendering& r, const Sink& out) { write_timelinejs(r.t, out); }, 3, false},
        {"html", "timeline.html", [](const Rendering& r, const Sink& out) { write_html(r.t, r.g, out); }, 8},
    }};
    return table;
}

std::vector<const Format*> selected_formats(const Args& args) {
    std::vector<const Format*> out;
    const std::string list = args.value("--formats").value_or("all");
    if (list == "all") {
        for (const Format& f : formats()) out.push_back(&f);
        return out;
    }
    std::stringstream ss(list);
    std::string name;
    while (std::getline(ss, name, ',')) {
        const Format* found = nullptr;
        for (const Format& f : formats())
            if (f.name == name) found = &f;
        if (!found)
            throw UsageError{"option --formats: unknown format '" + name +
                             "' (json, ndjson, csv, graphml, gexf, dot, timelinejs, html)"};
        if (std::find(out.begin(), out.end(), found) == out.end()) out.push_back(found);  // json,json: once
    }
    return out;
}

Gazetteer load_gazetteer(const Args& args) {
    Gazetteer g;
    if (const auto path = args.value("--gazetteer")) {
        std::ifstream in(*path, std::ios::binary);
        if (!in) throw UsageError{"cannot read gazetteer " + *path};
        const std::string json{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        if (auto ok = extend_gazetteer(g, json); !ok)
            throw UsageError{"gazetteer " + *path + ": " + ok.error().message};
    }
    return g;
}

std::string output_dir(const Args& args) {
    auto dir = args.value("-o");
    if (!dir) dir = args.value("--output");
    if (!dir) throw UsageError{"missing -o DIR (the output folder)"};
    return *dir;
}

// Runs task(0) ... task(n - 1) on up to `threads` threads (the calling one included).
void run_tasks(std::size_t n, unsigned threads, const std::function<void(std::size_t)>& task) {
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < n; i = next++) task(i);
    };
    std::vector<std::jthread> helpers;
    for (unsigned k = 1; k < std::min<std::size_t>(threads, n); ++k) helpers.emplace_back(work);
    work();
}

// Writes the selected formats into `dir`, each on one of `jobs` threads (on more than one, those
// that do not read the graph analytics while they are computed); returns false (after naming the
// problems, in the order of `which`) on failure.
bool write_outputs(const Timeline& t, const std::string& dir, const std::vector<const Format*>& which,
                   unsigned jobs, std::ostream& err) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
        err << "crisis-timeline: cannot create output folder " << dir << ": " << ec.message() << '\n';
        return false;
    }
    GraphAnalytics g;  // computed below, while the formats that do not read it are written
    const Rendering rendering{t, g};
    OutputBatch batch;  // all files replaced together, after every one is written
    std::vector<std::string> problems(which.size());
    const auto write = [&](std::size_t i) {
        const std::string path = (fs::path(dir) / which[i]->file).string();
        problems[i] = batch.stage(path, [&](const Sink& out) { which[i]->render(rendering, out); });
    };
    std::vector<std::size_t> ahead, after;  // `after`: the largest first
    for (std::size_t i = 0; i < which.size(); ++i) (jobs > 1 && !which[i]->graph ? ahead : after).push_back(i);
    std::stable_sort(after.begin(), after.end(), [&](std::size_t a, std::size_t b) { return which[a]->weight > which[b]->weight; });
    {
        std::jthread early;  // on one thread of its own, beside analyse_graph's serial parts
        if (!ahead.empty()) early = std::jthread([&] { for (const std::size_t i : ahead) write(i); });
        g = analyse_graph(t, jobs);
        run_tasks(after.size(), jobs, [&](std::size_t k) { write(after[k]); });
    }
    bool ok = true;
    for (const std::string& e : problems) {
        if (e.empty()) continue;
        err << "crisis-timeline: " << e << '\n';
        ok = false;
    }
    for (const std::string& e : batch.commit()) {
        err << "crisis-timeline: " << e << '\n';
        ok = false;
    }
    return ok;
}

const std::set<std::string> build_valued{"--dct", "--max-article-bytes", "-o", "--output", "--formats",
                                         "--gazetteer", "-j", "--jobs"};
const std::set<std::string> build_switches{"-h", "--help", "-q", "--quiet"};

// What the per-article workers share: the gazetteer, the cache, the job count.
struct Analysis {
    Gazetteer gazetteer;
    ExtractCache cache;
    unsigned jobs = 1;
};

Analysis analysis_setup(const Args& args) {
    std::string salt = std::string(version) + '\n';
    if (const auto path = args.value("--gazetteer")) salt += *path;
    Gazetteer g = load_gazetteer(args);
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    if (const auto j = args.value("-j") ? args.value("-j") : args.value("--jobs"))
        jobs = static_cast<unsigned>(std::min<std::size_t>(positive_number("-j", *j), 256));
    return Analysis{std::move(g), ExtractCache(args.value("--cache").value_or(""), salt), jobs};
}

std::size_t total_bytes(const std::vector<Source>& sources) {
    std::size_t n = 0;
    for (const Source& s : sources) {
        std::error_code ec;
        const auto size = fs::file_size(s.path, ec);
        if (!ec) n += static_cast<std::size_t>(size);
    }
    return n;
}

// Reads every article of `sources`, analyses them on `jobs` threads (or takes them from the
// cache) and hands each article's partial timeline to `sink` in input order.
std::size_t analyse_all(const std::vector<Source>& sources, const InputOptions& options, const Analysis& an,
                        Streams io, bool quiet, std::vector<Diagnostic>& diagnostics,
                        const std::function<void(Timeline&&)>& sink) {
    Progress progress(io.err, !quiet && stderr_is_terminal(), total_bytes(sources));
    OrderedWorkers<Article, std::pair<std::size_t, Timeline>> workers(
        an.jobs,
        [&an](Article& a) {
            const std::size_t bytes = a.text.size();
            if (auto cached = an.cache.find(a)) return std::pair{bytes, std::move(*cached)};
            Timeline t = single(analyse(a, an.gazetteer));
            if (an.cache.enabled()) an.cache.store(a, to_partial_record(t));
            return std::pair{bytes, std::move(t)};
        },
        [&](std::pair<std::size_t, Timeline>&& r) {
            progress.advance(r.first);
            sink(std::move(r.second));
        },
        std::size_t{4} * an.jobs);
    const std::size_t skipped = read_articles(sources, options, io.in, io.err, diagnostics,
                                              [&](Article&& a) { workers.push(std::move(a)); });
    workers.finish();
    progress.finish();
    return skipped;
}

// The whole of one file given to merge, or nullopt with the problem (a folder, a read error,
// an empty file) in `problem`.
std::optional<std::string> read_partial_file(const std::string& path, std::string& problem) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        problem = "is a folder (merge reads files of extract records or timeline.json files)";
        return std::nullopt;
    }
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        problem = errno == ENOENT ? "no such file" : std::string("cannot open file: ") + std::strerror(errno);
        return std::nullopt;
    }
    std::string all;
    std::array<char, 1 << 16> buf{};
    ssize_t n = 0;
    while ((n = ::read(fd, buf.data(), buf.size())) > 0 || (n < 0 && errno == EINTR))
        if (n > 0) all.append(buf.data(), static_cast<std::size_t>(n));
    const int error = n < 0 ? errno : 0;
    ::close(fd);
    if (error != 0) {
        problem = std::string("read error: ") + std::strerror(error);
        return std::nullopt;
    }
    if (all.find_first_not_of(" \t\r\n") == std::string::npos) {
        problem = "no extract records in the file";
        return std::nullopt;
    }
    return all;
}

// A whole timeline.json (pretty-printed) or NDJSON partial records, one per line, into `parts`
// in line order, the lines parsed on `jobs` threads; returns the number of lines skipped (each
// named on `err`, in line order).
std::size_t read_records(const std::string& name, const std::string& all, std::vector<Timeline>& parts,
                         unsigned jobs, std::ostream& err) {
    if (auto whole = read_partial(all)) {
        parts.push_back(std::move(*whole));
        return 0;
    }
    std::vector<std::string_view> lines;
    std::vector<std::size_t> numbers;  // of `lines`, from 1
    const std::string_view text(all);
    for (std::size_t at = 0, lineno = 1; at < text.size(); ++lineno) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        const std::string_view line = text.substr(at, end - at);
        if (line.find_first_not_of(" \t\r") != std::string_view::npos) lines.push_back(line), numbers.push_back(lineno);
        at = end + 1;
    }
    std::vector<tl::expected<Timeline, RecordError>> read(lines.size());
    run_tasks(lines.size(), jobs, [&](std::size_t i) { read[i] = read_partial(lines[i]); });
    std::size_t bad = 0;
    for (std::size_t i = 0; i < read.size(); ++i) {
        if (!read[i]) {
            err << "crisis-timeline: skipped " << name << ':' << numbers[i] << ": " << read[i].error().message << '\n';
            ++bad;
            continue;
        }
        parts.push_back(std::move(*read[i]));
    }
    return bad;
}

const std::set<std::string> analysis_valued{"--dct", "--max-article-bytes", "--gazetteer", "-j", "--jobs", "--cache"};

}  // namespace

int cmd_build(const std::vector<std::string>& argv, Streams io) {
    std::set<std::string> valued = analysis_valued;
    valued.insert({"-o", "--output", "--formats"});
    const Args args = parse_args(argv, valued, build_switches);
    if (args.has("-h") || args.has("--help")) return run({"--help"}, io);
    const InputOptions options = input_options(args);
    const std::string dir = output_dir(args);
    const auto which = selected_formats(args);
    if (args.positionals.empty()) throw UsageError{"build needs at least one input (FILE, DIR or -)"};
    const bool quiet = args.has("-q") || args.has("--quiet");
    const Analysis an = analysis_setup(args);

    std::vector<Diagnostic> diagnostics;
    const auto sources = expand_inputs(args.positionals, diagnostics, dir);
    std::vector<Timeline> parts;
    const std::size_t skipped = analyse_all(sources, options, an, io, quiet, diagnostics,
                                            [&](Timeline&& t) { parts.push_back(std::move(t)); });
    Timeline diag;
    diag.diagnostics = std::move(diagnostics);
    parts.push_back(std::move(diag));
    const Timeline t = combine(std::move(parts), an.jobs);
    const bool written = write_outputs(t, dir, which, an.jobs, io.err);
    if (!quiet) {
        io.err << "crisis-timeline: " << t.articles.size() << " articles read, " << skipped << " skipped, "
               << t.mentions.size() << " event mentions merged into " << t.events.size() << " events";
        if (written) io.err << "; open " << (fs::path(dir) / "timeline.html").string();
        io.err << '\n';
    }
    return (skipped > 0 || !written) ? 1 : 0;
}

int cmd_extract(const std::vector<std::string>& argv, Streams io) {
    const Args args = parse_args(argv, analysis_valued, build_switches);
    if (args.has("-h") || args.has("--help")) return run({"--help"}, io);
    const InputOptions options = input_options(args);
    const Analysis an = analysis_setup(args);
    std::vector<std::string> inputs = args.positionals;
    if (inputs.empty()) inputs.push_back("-");
    std::vector<Diagnostic> diagnostics;
    const auto sources = expand_inputs(inputs, diagnostics);
    // Every input is accounted for in the records: articles by their record, and each
    // diagnostic (read, skipped, warning) by a record of its own.
    const std::size_t skipped = analyse_all(sources, options, an, io, true, diagnostics,
                                            [&](Timeline&& t) { io.out << to_partial_record(t) << '\n'; });
    for (const Diagnostic& d : diagnostics) {
        Timeline t;
        t.diagnostics.push_back(d);
        io.out << to_partial_record(t) << '\n';
    }
    const bool written = flush_output(io);
    return (skipped > 0 || !written) ? 1 : 0;
}

int cmd_merge(const std::vector<std::string>& argv, Streams io) {
    const Args args = parse_args(argv, {"-o", "--output", "--formats"}, build_switches);
    if (args.has("-h") || args.has("--help")) return run({"--help"}, io);
    const std::string dir = output_dir(args);
    const auto which = selected_formats(args);
    std::vector<std::string> inputs = args.positionals;
    if (inputs.empty()) inputs.push_back("-");
    const unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    std::vector<Timeline> parts;
    std::size_t bad = 0;
    for (const std::string& path : inputs) {
        if (path == "-") {
            const std::string all{std::istreambuf_iterator<char>(io.in), std::istreambuf_iterator<char>()};
            bad += read_records("-", all, parts, jobs, io.err);
            continue;
        }
        std::string problem;
        if (const auto content = read_partial_file(path, problem)) {
            bad += read_records(path, *content, parts, jobs, io.err);
            continue;
        }
        io.err << "crisis-timeline: skipped " << path << ": " << problem << '\n';
        ++bad;
    }
    const Timeline t = combine(std::move(parts), jobs);  // the records' union, merged once
    const bool written = write_outputs(t, dir, which, jobs, io.err);
    return (bad > 0 || !written) ? 1 : 0;
}

}  // namespace crisis::cli
