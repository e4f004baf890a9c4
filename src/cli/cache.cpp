#include "cli/cache.hpp"

#include <crisis/export.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>

namespace crisis::cli {

namespace fs = std::filesystem;

ExtractCache::ExtractCache(std::string dir, std::string salt) : dir_(std::move(dir)), salt_(std::move(salt)) {
    if (!dir_.empty()) {
        std::error_code ec;
        fs::create_directories(dir_, ec);
    }
}

std::string ExtractCache::path_of(const Article& a) const {
    std::string key = salt_;
    for (const auto* s : {&a.path, &a.id}) key += *s + '\x1f';
    for (const auto* o : {&a.title, &a.source, &a.url}) key += (*o ? **o : std::string("\x1e")) + '\x1f';
    key += format_iso_date(a.date) + '\x1f' + a.text;
    const std::string id = content_id(key);
    return (fs::path(dir_) / id.substr(0, 2) / (id + ".json")).string();
}

std::optional<Timeline> ExtractCache::find(const Article& a) const {
    if (!enabled()) return std::nullopt;
    std::ifstream in(path_of(a), std::ios::binary);
    if (!in) return std::nullopt;
    const std::string record{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    auto t = read_partial(record);
    if (!t) return std::nullopt;
    return std::move(*t);
}

void ExtractCache::store(const Article& a, const std::string& record) const {
    if (!enabled()) return;
    const fs::path path = path_of(a);
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    std::ostringstream tid;
    tid << std::this_thread::get_id();
    const std::string tmp = path.string() + ".tmp." + tid.str();
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << record;
        if (!out.flush()) {
            fs::remove(tmp, ec);
            return;
        }
    }
    fs::rename(tmp, path, ec);
    if (ec) fs::remove(tmp, ec);
}

}  // namespace crisis::cli
