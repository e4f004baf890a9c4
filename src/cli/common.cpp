#include "cli/common.hpp"

#include <charconv>
#include <cstdint>
#include <limits>
#include <ostream>

namespace crisis::cli {

std::size_t positive_number(const std::string& flag, const std::string& text) {
    std::size_t n = 0;
    const auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc{} || p != text.data() + text.size() || n == 0)
        throw UsageError{"option " + flag + " takes a positive whole number, not '" + text + "'"};
    return n;
}

InputOptions input_options(const Args& args) {
    InputOptions o;
    if (const auto d = args.value("--dct")) {
        o.dct = parse_iso_date(*d);
        if (!o.dct) throw UsageError{"option --dct takes a date YYYY-MM-DD, not '" + *d + "'"};
    }
    if (const auto m = args.value("--max-article-bytes")) {
        o.max_article_bytes = positive_number("--max-article-bytes", *m);
        if (o.max_article_bytes > std::numeric_limits<std::uint32_t>::max())  // offsets are 32-bit
            throw UsageError{"option --max-article-bytes takes at most 4294967295, not '" + *m + "'"};
    }
    return o;
}

bool flush_output(Streams io) {
    io.out.flush();
    if (io.out) return true;
    io.err << "crisis-timeline: cannot write standard output\n";
    return false;
}

}  // namespace crisis::cli
