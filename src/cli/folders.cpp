// Expanding the inputs named on the command line: folders walked recursively, each file's kind
// from its extension (the listing side of the CLI's input edge; inputs.cpp reads the sources).
#include "cli/inputs.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <dirent.h>
#include <sys/stat.h>

namespace crisis::cli {

namespace fs = std::filesystem;

namespace {

// Whether `ext` (".TXT", or empty) is one of `exts`, ignoring ASCII case.
bool extension_in(std::string ext, std::initializer_list<std::string_view> exts) {
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return std::find(exts.begin(), exts.end(), ext) != exts.end();
}

// The kind of a file by its extension (path::extension(): from the last '.' of the name on).
Source::Kind kind_of_extension(const std::string& ext, bool explicit_file) {
    if (extension_in(ext, {".jsonl", ".ndjson"})) return Source::Kind::jsonl;
    if (explicit_file || extension_in(ext, {".txt", ".text", ""})) return Source::Kind::text;
    return Source::Kind::unsupported;
}

Source::Kind kind_of(const fs::path& p, bool explicit_file) {
    return kind_of_extension(p.extension().string(), explicit_file);
}

// One entry of a folder listing: its path, where its name starts in it, and the type the listing
// gave (a DT_ constant; DT_UNKNOWN when the file system gives none).
struct Listed {
    std::string path;
    std::size_t name_at = 0;
    unsigned char type = DT_UNKNOWN;

    [[nodiscard]] std::string_view name() const noexcept { return std::string_view(path).substr(name_at); }
};

// The entries of folder `dir` but "." and ".." (paths as `dir / name` spells them), in the
// order read; returns the errno of a failed listing, 0 when it was read whole.
int list_folder(const fs::path& dir, std::vector<Listed>& out) {
    DIR* d = ::opendir(dir.c_str());
    if (d == nullptr) return errno;
    std::string prefix = dir.native();
    if (!prefix.empty() && prefix.back() != '/') prefix += '/';
    int err = 0;
    for (;;) {
        errno = 0;
        const dirent* e = ::readdir(d);
        if (e == nullptr) { err = errno; break; }
        const std::string_view name = e->d_name;
        if (name == "." || name == "..") continue;
        out.push_back({prefix + std::string(name), prefix.size(), e->d_type});
    }
    ::closedir(d);
    return err;
}

bool is_symlink(const Listed& e, std::error_code& ec) {
    if (e.type != DT_UNKNOWN) return e.type == DT_LNK;
    struct stat st{};
    if (::lstat(e.path.c_str(), &st) != 0) { ec.assign(errno, std::generic_category()); return false; }
    ec.clear();
    return S_ISLNK(st.st_mode);
}

// The type of a listed entry, following symbolic links: the listing's when it names a file or a
// folder (no stat call per file), else what stat says (`ec` set when stat fails).
fs::file_type followed_type(const Listed& e, std::error_code& ec) {
    ec.clear();
    if (e.type == DT_REG) return fs::file_type::regular;
    if (e.type == DT_DIR) return fs::file_type::directory;
    struct stat st{};
    if (::stat(e.path.c_str(), &st) != 0) {
        ec.assign(errno, std::generic_category());
        return fs::file_type::not_found;
    }
    if (S_ISREG(st.st_mode)) return fs::file_type::regular;
    if (S_ISDIR(st.st_mode)) return fs::file_type::directory;
    return fs::file_type::unknown;  // a FIFO, socket or device: none of them is read from a folder
}

// Walks a folder tree without following a folder twice (symlink loops), recording every entry
// that is not read: a folder that cannot be listed, a broken link or a FIFO is a skipped input;
// hidden entries and a folder already read through another path are warnings.
struct FolderWalk {
    std::vector<Source>& found;
    std::vector<Diagnostic>& diagnostics;
    std::set<fs::path> seen_dirs;
    fs::path output;  // canonical -o DIR, or empty

    void note(Diagnostic::Kind kind, const fs::path& p, std::string reason) {
        diagnostics.push_back({kind, p.string(), std::nullopt, std::move(reason),
                               kind == Diagnostic::Kind::skipped ? std::optional{IngestErrorCode::unreadable}
                                                                 : std::nullopt});
    }

    void folder(const fs::path& dir) {
        std::error_code ec;
        const fs::path canon = fs::canonical(dir, ec);
        if (ec) return note(Diagnostic::Kind::skipped, dir, "cannot read folder: " + ec.message());
        if (!seen_dirs.insert(canon).second)
            return note(Diagnostic::Kind::warning, dir, "folder already read through another path (symlink loop?)");
        if (!output.empty() && canon == output)  // its events.ndjson is no article
            return note(Diagnostic::Kind::warning, dir, "ignored: the output folder (-o)");
        std::vector<Listed> entries;
        if (const int err = list_folder(dir, entries); err != 0) {
            ec.assign(err, std::generic_category());
            note(Diagnostic::Kind::skipped, dir,
                 (entries.empty() ? "cannot read folder: " : "cannot list the whole folder: ") + ec.message());
            if (entries.empty()) return;
        }
        // by path: the entries share this folder, so comparing the whole strings orders them as
        // path's element-wise comparison does, at a fraction of its cost
        std::sort(entries.begin(), entries.end(), [](const Listed& a, const Listed& b) { return a.path < b.path; });
        for (const Listed& e : entries) entry(e);
    }

    void entry(const Listed& e) {
        const std::string_view name = e.name();
        std::error_code ec;
        const fs::file_type type = followed_type(e, ec);
        const bool is_dir = !ec && type == fs::file_type::directory;
        if (!name.empty() && name[0] == '.')  // .git, .DS_Store, editor backups
            return note(Diagnostic::Kind::warning, e.path, is_dir ? "ignored: hidden folder" : "ignored: hidden file");
        if (ec) {
            const bool link = is_symlink(e, ec);
            return note(Diagnostic::Kind::skipped, e.path, link ? "broken symbolic link" : "cannot read: " + ec.message());
        }
        if (is_dir) return folder(e.path);
        if (type != fs::file_type::regular)
            return note(Diagnostic::Kind::skipped, e.path, "not a regular file (a FIFO, socket or device is not read "
                                                           "from a folder; name it on the command line to read it)");
        // the name does not start with '.', so its extension is from its last '.' on
        const std::size_t dot = name.rfind('.');
        found.push_back(Source{kind_of_extension(std::string(dot == std::string_view::npos ? "" : name.substr(dot)), false), e.path});
    }
};

void expand_folder(const fs::path& root, const fs::path& output, std::vector<Source>& out,
                   std::vector<Diagnostic>& diagnostics) {
    std::vector<Source> found;
    FolderWalk{found, diagnostics, {}, output}.folder(root);
    std::sort(found.begin(), found.end(), [](const Source& a, const Source& b) { return a.path < b.path; });
    out.insert(out.end(), found.begin(), found.end());
}

}  // namespace

std::vector<Source> expand_inputs(const std::vector<std::string>& args, std::vector<Diagnostic>& diagnostics,
                                  const std::string& output_dir) {
    std::vector<Source> out;
    std::error_code canon_ec;
    const fs::path output = output_dir.empty() ? fs::path{} : fs::weakly_canonical(output_dir, canon_ec);
    for (const std::string& arg : args) {
        if (arg == "-") { out.push_back({Source::Kind::stdin_, "-"}); continue; }
        std::error_code ec;
        if (fs::is_directory(arg, ec)) expand_folder(arg, canon_ec ? fs::path{} : output, out, diagnostics);
        else out.push_back({kind_of(arg, true), arg});
    }
    return out;
}

}  // namespace crisis::cli
