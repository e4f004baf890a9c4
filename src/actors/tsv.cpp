#include "actors/tsv.hpp"

#include "embedded.hpp"

namespace crisis::detail {

namespace {

std::vector<std::string_view> split(std::string_view line, char sep) {
    std::vector<std::string_view> out;
    std::size_t b = 0;
    while (true) {
        const std::size_t e = line.find(sep, b);
        out.push_back(line.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
        if (e == std::string_view::npos) break;
        b = e + 1;
    }
    return out;
}

std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

}  // namespace

std::vector<std::vector<std::string_view>> read_tsv(std::string_view bytes, std::size_t columns) {
    std::vector<std::vector<std::string_view>> rows;
    bool header_seen = false;
    for (std::string_view line : split(bytes, '\n')) {
        line = trim(line);
        if (line.empty() || line.front() == '#') continue;
        if (!header_seen) {
            header_seen = true;
            continue;
        }
        std::vector<std::string_view> fields = split(line, '\t');
        for (auto& f : fields) f = trim(f);
        fields.resize(columns);
        rows.push_back(std::move(fields));
    }
    return rows;
}

std::vector<std::string_view> split_list(std::string_view field) {
    std::vector<std::string_view> out;
    if (field.empty() || field == "-") return out;
    for (std::string_view item : split(field, '|'))
        if (!(item = trim(item)).empty()) out.push_back(item);
    return out;
}

std::string_view data_file(std::string_view name) noexcept {
    return embedded_file(name).value_or(std::string_view{});
}

std::vector<std::string> lower_tokens(std::string_view text, const Segmentation& seg) {
    std::string lowered;  // the whole text at once (lower-casing is byte by byte): one vectorised pass
    lower_into(text, lowered);
    std::vector<std::string> out(seg.tokens.size());
    for (std::size_t i = 0; i < seg.tokens.size(); ++i) {
        out[i].assign(seg.tokens[i].span.in(lowered));
        if (out[i].starts_with("\u2019")) out[i].replace(0, 3, "'");
    }
    return out;
}

std::string phrase_key(std::string_view phrase) {
    const Segmentation seg = segment(phrase);
    const std::vector<std::string> words = lower_tokens(phrase, seg);
    std::string key;
    for (const std::string& w : words) {
        if (!key.empty()) key += ' ';
        key += w;
    }
    return key;
}

std::size_t phrase_words(std::string_view phrase) { return segment(phrase).tokens.size(); }

}  // namespace crisis::detail
