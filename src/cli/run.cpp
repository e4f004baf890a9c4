#include "cli/args.hpp"
#include "cli/commands.hpp"

#include <crisis/version.hpp>

#include <ostream>

namespace crisis::cli {

namespace {

constexpr std::string_view usage = R"(crisis-timeline: dated, sourced timelines of diplomatic crises from news articles

Usage:
  crisis-timeline dates [--dct YYYY-MM-DD] [--format json|timeml|table] [FILE|DIR|-]...
      Time expressions with their TIMEX3 values. One FILE (or -): one JSON object; several
      files or a folder: one JSON object per article per line, each with "file".
  crisis-timeline build INPUT... -o DIR [options]
      Reads the articles and writes DIR/timeline.json, DIR/timeline.html and the other exports.
  crisis-timeline extract INPUT... [options]
      The map step: one NDJSON record per article on stdout.
  crisis-timeline merge PARTIAL... -o DIR [--formats LIST]
      The reduce step: combines extract records (or earlier timeline.json files) into DIR.

Inputs: files (one article each; .jsonl/.ndjson: one article per line with "text", "date"
and optional "id", "title", "source", "url"), folders (their .txt, .text, extensionless,
.jsonl and .ndjson files, recursively, in path order; other files are listed as ignored), or -
for standard input. The article date comes from a header "date YYYY-MM-DD"
at the start of the text, from the JSON "date" field, or from --dct (which overrides both).

Options:
  --dct YYYY-MM-DD           the article date for every input
  -o, --output DIR           the output folder (build, merge)
  --formats LIST             comma-separated: json,ndjson,csv,graphml,gexf,dot,timelinejs,html (default: all)
  --gazetteer FILE           extra or overriding actors (JSON, see docs/gazetteer.md)
  --max-article-bytes N      skip longer articles (default 16777216)
  -j, --jobs N               worker threads (default: all cores)
  -q, --quiet                no progress or summary on stderr
  -h, --help                 this help
  --version                  the version

Exit status: 0 every input read, 1 some input skipped (each named on stderr) or an output
could not be written, 2 usage error.
)";

}  // namespace

int run(const std::vector<std::string>& argv, Streams io) {
    if (argv.empty()) {
        io.err << usage;
        return 2;
    }
    const std::string& cmd = argv.front();
    const std::vector<std::string> rest(argv.begin() + 1, argv.end());
    try {
        if (cmd == "-h" || cmd == "--help" || cmd == "help") {
            io.out << usage;
            return 0;
        }
        if (cmd == "--version" || cmd == "version") {
            io.out << "crisis-timeline " << version << '\n';
            return 0;
        }
        if (cmd == "dates") return cmd_dates(rest, io);
        if (cmd == "build") return cmd_build(rest, io);
        if (cmd == "extract") return cmd_extract(rest, io);
        if (cmd == "merge") return cmd_merge(rest, io);
        throw UsageError{"unknown command '" + cmd + "'"};
    } catch (const UsageError& e) {
        io.err << "crisis-timeline: " << e.message << "\nTry 'crisis-timeline --help'.\n";
        return 2;
    }
}

}  // namespace crisis::cli
