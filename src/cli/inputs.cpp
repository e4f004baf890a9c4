#include "cli/inputs.hpp"

#include <crisis/export.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <limits>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace crisis::cli {

namespace fs = std::filesystem;

namespace {

// Where the bytes of one input come from: a file descriptor (read with POSIX calls, so that a
// read error is told apart from the end of the file) or a stream (standard input), after the
// bytes already taken from it to see what it holds.
struct ByteSource {
    int fd = -1;
    std::istream* in = nullptr;
    std::string front;  // read ahead, handed out first
    int error = 0;      // errno of a failed read

    // Up to `n` bytes into `buf`; 0 at the end of the input or after a read error.
    std::size_t read(char* buf, std::size_t n) {
        if (!front.empty()) {
            const std::size_t k = std::min(n, front.size());
            std::memcpy(buf, front.data(), k);
            front.erase(0, k);
            return k;
        }
        if (in != nullptr) {
            in->read(buf, static_cast<std::streamsize>(n));
            if (in->bad()) error = EIO;
            return static_cast<std::size_t>(in->gcount());
        }
        for (;;) {
            const ssize_t got = ::read(fd, buf, n);
            if (got >= 0) return static_cast<std::size_t>(got);
            if (errno != EINTR) { error = errno; return 0; }
        }
    }
};

// The whole content of an input, up to `limit` bytes: reading stops at the first byte past the
// limit (`over`), so that an endless device or stream is never read to its end.
struct Slurped {
    std::string bytes;
    bool over = false;
    int error = 0;
};

// Reads straight into the article's string, which starts at `expected` + 1 bytes (the size of a
// regular file: one read fills it, the next finds its end) and doubles when full.
Slurped slurp(ByteSource& src, std::size_t limit, std::size_t expected) {
    Slurped r;
    const std::size_t cap = limit < std::numeric_limits<std::size_t>::max() ? limit + 1 : limit;  // a byte past the limit is seen
    std::size_t have = 0;
    r.bytes.resize(std::min(expected, cap - 1) + 1);
    for (;;) {
        if (have == r.bytes.size()) r.bytes.resize(std::min(cap, r.bytes.size() * 2));
        const std::size_t got = src.read(r.bytes.data() + have, r.bytes.size() - have);
        if (src.error != 0) { r.error = src.error; break; }
        if (got == 0) break;
        have += got;
        if (have > limit) { r.over = true; break; }
    }
    r.bytes.resize(have);
    return r;
}

IngestError too_large(std::size_t bytes, std::size_t limit) {
    return {IngestErrorCode::too_large, "article is " + std::to_string(bytes) + " bytes, more than the limit of " +
                                            std::to_string(limit) + " (--max-article-bytes)"};
}

IngestError too_large_stream(std::size_t limit) {
    return {IngestErrorCode::too_large,
            "article is more than the limit of " + std::to_string(limit) + " bytes (--max-article-bytes)"};
}

// Lines of a JSON Lines input; a line longer than `max_line` is measured but not kept.
class Lines {
public:
    Lines(ByteSource& src, std::size_t max_line) : src_(src), max_line_(max_line) {}

    // The next line without its '\n' into `line` (at most max_line bytes) and its full length
    // into `length`; false at the end of the input or on a read error (then error() != 0).
    bool next(std::string& line, std::size_t& length) {
        line.clear();
        length = 0;
        bool any = false;
        for (;;) {
            if (pos_ == len_) {
                if (eof_) return any && src_.error == 0;
                len_ = src_.read(buf_.data(), buf_.size());
                pos_ = 0;
                eof_ = len_ == 0;
                continue;
            }
            any = true;
            const char* b = buf_.data() + pos_;
            const auto* nl = static_cast<const char*>(std::memchr(b, '\n', len_ - pos_));
            const std::size_t take = nl != nullptr ? static_cast<std::size_t>(nl - b) : len_ - pos_;
            if (line.size() < max_line_) line.append(b, std::min(take, max_line_ - line.size()));
            length += take;
            pos_ += take;
            if (nl != nullptr) { ++pos_; return true; }
        }
    }
    [[nodiscard]] int error() const noexcept { return src_.error; }

private:
    ByteSource& src_;
    std::size_t max_line_;
    std::array<char, 1 << 16> buf_{};
    std::size_t pos_ = 0, len_ = 0;
    bool eof_ = false;
};

// A JSON Lines record may escape every byte of its text ("\u00e9" is six bytes for two): a line
// longer than six times the article limit cannot hold an article within it.
std::size_t max_record_line(std::size_t max_article_bytes) {
    constexpr std::size_t slack = 1 << 16;
    const std::size_t cap = std::numeric_limits<std::size_t>::max();
    return max_article_bytes > (cap - slack) / 6 ? cap : max_article_bytes * 6 + slack;
}

std::string open_error(int err) {
    if (err == ENOENT) return "no such file";
    return std::string("cannot open file: ") + std::strerror(err);
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

    void warn(std::string input, std::optional<std::size_t> line, std::string reason) {
        diagnostics.push_back({Diagnostic::Kind::warning, std::move(input), line, std::move(reason), std::nullopt});
        err << "crisis-timeline: " << skip_message(diagnostics.back()) << '\n';
    }

    // Records the article as read (with a warning for NUL bytes, which UTF-8 allows but which
    // usually mean UTF-16 or a binary file) and hands it on.
    void accept(Article&& a, const std::string& input, std::optional<std::size_t> line) {
        diagnostics.push_back({Diagnostic::Kind::read, input, line, {}, std::nullopt});
        if (const auto nul = a.text.find('\0'); nul != std::string::npos)
            warn(input, line, "contains NUL bytes (first at offset " + std::to_string(nul) +
                                  "), read as text: is it UTF-16 or a binary file?");
        on_article(std::move(a));
    }

    void text_article(const std::string& path, std::string bytes) {
        ArticleFields fields;
        fields.date = options.dct;
        fields.date_overrides_header = options.dct.has_value();
        if (!options.content_ids) fields.id = std::string{};
        auto a = make_article(path, std::move(bytes), fields, options.max_article_bytes);
        if (!a) return skip(path, std::nullopt, a.error());
        accept(std::move(*a), path, std::nullopt);
    }

    void jsonl_articles(const std::string& path, Lines& lines) {
        const std::size_t max_line = max_record_line(options.max_article_bytes);
        std::string line;
        std::size_t length = 0;
        std::size_t lineno = 0;
        std::size_t records = 0;
        while (lines.next(line, length)) {
            ++lineno;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (line.find_first_not_of(" \t") == std::string::npos) continue;
            ++records;
            if (length > max_line) {
                skip(path, lineno, {IngestErrorCode::too_large, "record is " + std::to_string(length) +
                                    " bytes, more than six times the limit of " +
                                    std::to_string(options.max_article_bytes) + " (--max-article-bytes)"});
                continue;
            }
            std::string text;
            auto fields = read_jsonl_record(line, text);
            if (!fields) { skip(path, lineno, fields.error()); continue; }
            if (options.dct) { fields->date = options.dct; fields->date_overrides_header = true; }
            if (!options.content_ids) fields->id = std::string{};
            auto a = make_article(path + ":" + std::to_string(lineno), std::move(text), *fields,
                                  options.max_article_bytes);
            if (!a) { skip(path, lineno, a.error()); continue; }
            accept(std::move(*a), path, lineno);
        }
        if (lines.error() != 0)
            skip(path, std::nullopt, {IngestErrorCode::unreadable, "read error after line " + std::to_string(lineno) +
                                      ": " + std::strerror(lines.error())});
        else if (records == 0) skip(path, std::nullopt, {IngestErrorCode::empty, "JSON Lines file has no records"});
    }

    // Standard input holds JSON Lines when its first character (after a byte order mark and
    // white space) is '{', else one article.
    void stdin_source(std::istream& in) {
        ByteSource src{-1, &in, {}, 0};
        std::array<char, 1 << 16> buf;  // filled by read(): zeroing 64 KiB per article costs more than reading it
        std::size_t first = std::string::npos;
        while (first == std::string::npos && src.front.size() <= options.max_article_bytes) {
            const std::size_t got = src.read(buf.data(), buf.size());
            if (got == 0) break;
            src.front.append(buf.data(), got);
            first = src.front.find_first_not_of(" \t\r\n", src.front.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0);
        }
        if (first != std::string::npos && src.front[first] == '{') {
            Lines lines(src, max_record_line(options.max_article_bytes));
            return jsonl_articles("-", lines);
        }
        whole_article("-", src);
    }

    // A text article from `src` (the bytes after any read ahead), within the size limit.
    void whole_article(const std::string& name, ByteSource& src, std::size_t expected = std::size_t{1} << 16) {
        Slurped r = slurp(src, options.max_article_bytes, expected);
        if (r.error != 0)
            return skip(name, std::nullopt, {IngestErrorCode::unreadable, std::string("read error: ") + std::strerror(r.error)});
        if (r.over) return skip(name, std::nullopt, too_large_stream(options.max_article_bytes));
        text_article(name, std::move(r.bytes));
    }

    void file_source(const Source& s) {
        const int fd = ::open(s.path.c_str(), O_RDONLY | O_CLOEXEC);
        const int open_errno = errno;
        struct stat st{};
        const bool stated = fd >= 0 && ::fstat(fd, &st) == 0;
        std::error_code ec;
        if ((stated && S_ISDIR(st.st_mode)) || (fd < 0 && fs::is_directory(s.path, ec))) {
            if (fd >= 0) ::close(fd);
            return skip(s.path, std::nullopt, {IngestErrorCode::unreadable, "is a folder"});
        }
        if (fd < 0) return skip(s.path, std::nullopt, {IngestErrorCode::unreadable, open_error(open_errno)});
        ByteSource src{fd, nullptr, {}, 0};
        const std::size_t limit = options.max_article_bytes;
        const bool regular = stated && S_ISREG(st.st_mode);
        if (s.kind == Source::Kind::jsonl) {
            Lines lines(src, max_record_line(limit));
            jsonl_articles(s.path, lines);
        } else if (regular && static_cast<std::uintmax_t>(st.st_size) > limit) {
            skip(s.path, std::nullopt, too_large(static_cast<std::size_t>(st.st_size), limit));  // not even read
        } else if (regular) {
            whole_article(s.path, src, static_cast<std::size_t>(st.st_size));
        } else {
            whole_article(s.path, src);
        }
        ::close(fd);
    }

    void source(const Source& s, std::istream& stdin_stream) {
        if (s.kind == Source::Kind::unsupported) {
            // Only files found in a folder can be unsupported (a named file is always read): they
            // are accounted for as ignored, not as failures, so a README beside the articles is fine.
            warn(s.path, std::nullopt, "ignored: not an article file (a folder's .txt, .text, .jsonl, "
                                       ".ndjson and extensionless files are read)");
            return;
        }
        if (s.kind == Source::Kind::stdin_) return stdin_source(stdin_stream);
        file_source(s);
    }
};

}  // namespace

std::size_t read_articles(const std::vector<Source>& sources, const InputOptions& options, std::istream& in,
                          std::ostream& err, std::vector<Diagnostic>& diagnostics,
                          const std::function<void(Article&&)>& on_article) {
    Reader r{options, err, diagnostics, on_article};
    // What expand_inputs found while listing folders is printed here, with everything else.
    for (std::size_t i = 0, n = diagnostics.size(); i < n; ++i) {
        err << "crisis-timeline: " << skip_message(diagnostics[i]) << '\n';
        if (diagnostics[i].kind == Diagnostic::Kind::skipped) ++r.skipped;
    }
    for (const Source& s : sources) r.source(s, in);
    return r.skipped;
}

std::string skip_message(const Diagnostic& d) {
    // appended piece by piece (literal + string makes GCC 12 warn of a memcpy overlap here)
    std::string m = d.kind == Diagnostic::Kind::warning ? "" : "skipped ";
    m += d.input;
    if (d.line) {
        m += ':';
        m += std::to_string(*d.line);
    }
    m += ": ";
    m += d.reason;
    return m;
}

}  // namespace crisis::cli
