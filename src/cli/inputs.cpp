#include "cli/inputs.hpp"

#include <crisis/export.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>
#include <system_error>

namespace crisis::cli {

namespace fs = std::filesystem;

namespace {

bool has_extension(const fs::path& p, std::initializer_list<std::string_view> exts) {
    std::string e = p.extension().string();
    std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return std::find(exts.begin(), exts.end(), e) != exts.end();
}

Source::Kind kind_of(const fs::path& p, bool explicit_file) {
    if (has_extension(p, {".jsonl", ".ndjson"})) return Source::Kind::jsonl;
    if (explicit_file || has_extension(p, {".txt", ".text", ""})) return Source::Kind::text;
    return Source::Kind::unsupported;
}

void expand_folder(const fs::path& root, std::vector<Source>& out, std::vector<Diagnostic>& diagnostics) {
    std::set<fs::path> seen_dirs;
    std::error_code ec;
    seen_dirs.insert(fs::weakly_canonical(root, ec));
    std::vector<Source> found;
    fs::recursive_directory_iterator it(
        root, fs::directory_options::follow_directory_symlink | fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        diagnostics.push_back({Diagnostic::Kind::skipped, root.string(), std::nullopt,
                               "cannot read folder: " + ec.message(), IngestErrorCode::unreadable});
        return;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const fs::path& p = it->path();
        const std::string name = p.filename().string();
        std::error_code ec2;
        if (it->is_directory(ec2)) {
            const auto canon = fs::weakly_canonical(p, ec2);
            if (!name.empty() && name[0] == '.') it.disable_recursion_pending();
            else if (!seen_dirs.insert(canon).second) {
                it.disable_recursion_pending();
                diagnostics.push_back({Diagnostic::Kind::warning, p.string(), std::nullopt,
                                       "folder already read through another path (symlink loop?)", std::nullopt});
            }
            continue;
        }
        if (!name.empty() && name[0] == '.') continue;  // hidden files (.DS_Store, editor backups)
        found.push_back(Source{kind_of(p, false), p.string()});
    }
    if (ec)
        diagnostics.push_back({Diagnostic::Kind::warning, root.string(), std::nullopt,
                               "folder listing stopped early: " + ec.message(), std::nullopt});
    std::sort(found.begin(), found.end(), [](const Source& a, const Source& b) { return a.path < b.path; });
    out.insert(out.end(), found.begin(), found.end());
}

std::optional<std::string> slurp(std::istream& in) {
    std::string s{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) return std::nullopt;
    return s;
}

struct Reader {
    const InputOptions& options;
    std::ostream& err;
    std::vector<Diagnostic>& diagnostics;
    const std::function<void(Article&&)>& on_article;
    std::size_t skipped = 0;

    void skip(std::string input, std::optional<std::size_t> line, const IngestError& e) {
        diagnostics.push_back({Diagnostic::Kind::skipped, std::move(input), line, e.message, e.code});
        err << "crisis-timeline: " << skip_message(diagnostics.back()) << '\n';
        ++skipped;
    }

    void text_article(const std::string& path, std::string bytes) {
        ArticleFields fields;
        fields.date = options.dct;
        fields.date_overrides_header = options.dct.has_value();
        auto a = make_article(path, std::move(bytes), fields, options.max_article_bytes);
        if (!a) return skip(path, std::nullopt, a.error());
        diagnostics.push_back({Diagnostic::Kind::read, path, std::nullopt, {}, std::nullopt});
        on_article(std::move(*a));
    }

    void jsonl_articles(const std::string& path, std::istream& in) {
        std::string line;
        std::size_t lineno = 0;
        std::size_t records = 0;
        while (std::getline(in, line)) {
            ++lineno;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (line.find_first_not_of(" \t") == std::string::npos) continue;
            ++records;
            std::string text;
            auto fields = read_jsonl_record(line, text);
            if (!fields) { skip(path, lineno, fields.error()); continue; }
            if (options.dct) { fields->date = options.dct; fields->date_overrides_header = true; }
            auto a = make_article(path + ":" + std::to_string(lineno), std::move(text), *fields,
                                  options.max_article_bytes);
            if (!a) { skip(path, lineno, a.error()); continue; }
            diagnostics.push_back({Diagnostic::Kind::read, path, lineno, {}, std::nullopt});
            on_article(std::move(*a));
        }
        if (in.bad()) skip(path, std::nullopt, {IngestErrorCode::unreadable, "read error after line " + std::to_string(lineno)});
        else if (records == 0) skip(path, std::nullopt, {IngestErrorCode::empty, "JSON Lines file has no records"});
    }

    void source(const Source& s, std::istream& stdin_stream) {
        if (s.kind == Source::Kind::unsupported) {
            // Only files found in a folder can be unsupported (a named file is always read): they
            // are accounted for as ignored, not as failures, so a README beside the articles is fine.
            diagnostics.push_back({Diagnostic::Kind::warning, s.path, std::nullopt,
                                   "ignored: not an article file (a folder's .txt, .text, .jsonl, "
                                   ".ndjson and extensionless files are read)",
                                   std::nullopt});
            err << "crisis-timeline: " << s.path << ": " << diagnostics.back().reason << '\n';
            return;
        }
        if (s.kind == Source::Kind::stdin_) {
            auto bytes = slurp(stdin_stream);
            if (!bytes) return skip("-", std::nullopt, {IngestErrorCode::unreadable, "cannot read standard input"});
            const auto first = bytes->find_first_not_of(" \t\r\n");
            if (first != std::string::npos && (*bytes)[first] == '{') {
                std::istringstream lines(std::move(*bytes));
                return jsonl_articles("-", lines);
            }
            return text_article("-", std::move(*bytes));
        }
        std::error_code ec;
        if (fs::is_directory(s.path, ec))
            return skip(s.path, std::nullopt, {IngestErrorCode::unreadable, "is a folder"});
        std::ifstream file(s.path, std::ios::binary);
        if (!file) {
            const bool exists = fs::exists(s.path, ec);
            return skip(s.path, std::nullopt, {IngestErrorCode::unreadable,
                                               exists ? "cannot open file (permission denied?)" : "no such file"});
        }
        if (s.kind == Source::Kind::jsonl) return jsonl_articles(s.path, file);
        auto bytes = slurp(file);
        if (!bytes) return skip(s.path, std::nullopt, {IngestErrorCode::unreadable, "read error"});
        text_article(s.path, std::move(*bytes));
    }
};

}  // namespace

std::vector<Source> expand_inputs(const std::vector<std::string>& args, std::vector<Diagnostic>& diagnostics) {
    std::vector<Source> out;
    for (const std::string& arg : args) {
        if (arg == "-") { out.push_back({Source::Kind::stdin_, "-"}); continue; }
        std::error_code ec;
        if (fs::is_directory(arg, ec)) expand_folder(arg, out, diagnostics);
        else out.push_back({kind_of(arg, true), arg});
    }
    return out;
}

std::size_t read_articles(const std::vector<Source>& sources, const InputOptions& options, std::istream& in,
                          std::ostream& err, std::vector<Diagnostic>& diagnostics,
                          const std::function<void(Article&&)>& on_article) {
    Reader r{options, err, diagnostics, on_article};
    for (const Source& s : sources) r.source(s, in);
    return r.skipped;
}

std::string skip_message(const Diagnostic& d) {
    std::string where = d.input;
    if (d.line) where += ":" + std::to_string(*d.line);
    return "skipped " + where + ": " + d.reason;
}

}  // namespace crisis::cli
