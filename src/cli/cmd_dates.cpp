// crisis-timeline dates: the time expressions of each article.
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/read_ahead.hpp"
#include "io/json_writer.hpp"

#include <crisis/temporal.hpp>
#include <crisis/text.hpp>

#include <filesystem>
#include <ostream>

namespace crisis::cli {

namespace {

std::string xml_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '&': out += "&amp;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

// The article date as the bytes format_iso_date gives ("%04d-%02u-%02u"), without its snprintf
// for the years of four digits.
void write_date(exporting::JsonWriter& w, Date d) {
    const int y = static_cast<int>(d.year());
    const auto m = static_cast<unsigned>(d.month()), day = static_cast<unsigned>(d.day());
    if (y < 0 || y > 9999 || m > 99 || day > 99) return w.string(format_iso_date(d));
    const auto digit = [](unsigned v) { return static_cast<char>('0' + v % 10); };
    const auto year = static_cast<unsigned>(y);
    const char s[10] = {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-',
                        digit(m / 10), digit(m), '-', digit(day / 10), digit(day)};
    w.string(std::string_view(s, sizeof s));
}

// One JSON line per article (the same bytes as an ordered_json dump).
void print_json(const Article& a, const std::vector<Timex>& ts, bool with_file, exporting::JsonWriter& w) {
    w.begin_object();
    if (with_file) w.key("file"), w.string(a.path);
    w.key("dct"), write_date(w, a.date);
    w.key("timexes"), w.begin_array();
    for (const Timex& t : ts) {
        w.begin_object();
        w.key("text"), w.string(t.span.in(a.text));
        w.key("start"), w.number(t.span.begin);
        w.key("end"), w.number(t.span.end);
        w.key("type"), w.string(to_string(t.type));
        w.key("value"), w.string(t.value);
        if (!t.mod.empty()) w.key("mod"), w.string(t.mod);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    w.raw("\n");
}

void print_table(const Article& a, const std::vector<Timex>& ts, bool with_file, std::ostream& out) {
    for (const Timex& t : ts) {
        if (with_file) out << a.path << '\t';
        out << t.span.begin << '\t' << t.span.end << '\t' << to_string(t.type) << '\t' << t.value << '\t'
            << (t.mod.empty() ? "-" : t.mod) << '\t' << t.span.in(a.text) << '\n';
    }
}

void print_timeml(const Article& a, const std::vector<Timex>& ts, std::ostream& out) {
    const std::string dct = format_iso_date(a.date);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>" << xml_escape(a.path)
        << "</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" << dct
        << "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" << dct
        << "</TIMEX3></DCT>\n<TEXT>";
    std::uint32_t at = 0;
    int tid = 1;
    for (const Timex& t : ts) {
        out << xml_escape(std::string_view(a.text).substr(at, t.span.begin - at));
        out << "<TIMEX3 tid=\"t" << tid++ << "\" type=\"" << to_string(t.type) << "\" value=\""
            << xml_escape(t.value) << '"';
        if (!t.mod.empty()) out << " mod=\"" << xml_escape(t.mod) << '"';
        out << '>' << xml_escape(t.span.in(a.text)) << "</TIMEX3>";
        at = t.span.end;
    }
    out << xml_escape(std::string_view(a.text).substr(at)) << "</TEXT>\n</TimeML>\n";
}

// How many articles the reading thread may hold ready (each at most --max-article-bytes).
constexpr std::size_t read_ahead_articles = 64;

}  // namespace

int cmd_dates(const std::vector<std::string>& argv, Streams io) {
    const Args args = parse_args(argv, {"--dct", "--format", "--max-article-bytes"}, {"-h", "--help"});
    if (args.has("-h") || args.has("--help")) return run({"--help"}, io);
    InputOptions options = input_options(args);
    options.content_ids = false;  // no id is printed
    const std::string format = args.value("--format").value_or("json");
    if (format != "json" && format != "timeml" && format != "table")
        throw UsageError{"option --format takes json, timeml or table, not '" + format + "'"};
    std::vector<std::string> inputs = args.positionals;
    if (inputs.empty()) inputs.push_back("-");

    std::vector<Diagnostic> diagnostics;
    const auto sources = expand_inputs(inputs, diagnostics);
    std::error_code ec;
    const bool single = inputs.size() == 1 && !std::filesystem::is_directory(inputs[0], ec) &&
                        sources.size() == 1 && sources[0].kind != Source::Kind::jsonl;
    std::size_t skipped = 0;
    {
        // written out before the stream is flushed
        exporting::JsonWriter json([&io](std::string_view b) { io.out.write(b.data(), static_cast<std::streamsize>(b.size())); }, -1);
        Segmentation seg;  // its buffers and the scratch's are reused from one article to the next
        TimexScratch scratch;
        // the articles are read on a thread of their own, a few ahead; the analysis and the output
        // stay on this one, in input order
        ReadAhead<Article> articles(read_ahead_articles, [&](const ReadAhead<Article>::Push& push) {
            skipped = read_articles(sources, options, io.in, io.err, diagnostics, push);
        });
        while (std::optional<Article> a = articles.next()) {
            segment(a->text, a->body_begin, seg);
            const auto ts = find_timexes(a->text, seg, a->date, scratch);
            const bool with_file = !single || a->path != sources[0].path;  // records of JSON Lines on stdin
            if (format == "json") print_json(*a, ts, with_file, json);
            else if (format == "table") print_table(*a, ts, with_file, io.out);
            else print_timeml(*a, ts, io.out);
        }
    }
    const bool written = flush_output(io);
    return (skipped > 0 || !written) ? 1 : 0;
}

}  // namespace crisis::cli
