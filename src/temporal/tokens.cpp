// temporal/tokens: the token view (lexicon lookups, numbers) and the tense of a clause.
#include "temporal/spec.hpp"

#include <algorithm>

namespace crisis::temporal {

namespace {

void look_up(Tok& t) noexcept {
    const auto [lo, hi] = std::equal_range(entries.begin(), entries.end(), Entry{t.lower, Cls::count, 0},
                                           [](const Entry& a, const Entry& b) { return a.word < b.word; });
    for (auto it = lo; it != hi; ++it) {
        t.classes |= 1U << static_cast<unsigned>(it->cls);
        t.values[static_cast<std::size_t>(it->cls)] = it->value;
    }
}

void read_number(Tok& t) noexcept {
    int n = 0;
    std::size_t i = 0;
    for (; i < t.lower.size() && t.lower[i] >= '0' && t.lower[i] <= '9'; ++i) {
        if (i >= 6) return;
        n = n * 10 + (t.lower[i] - '0');
    }
    const std::string_view rest = t.lower.substr(i);
    if (rest.empty()) t.suffix = 0;
    else if (rest == "st" || rest == "nd" || rest == "rd" || rest == "th") t.suffix = 'o';
    else if (rest == "s") t.suffix = 's';
    else return;  // 8,500 or 3.5: not a plain number
    t.number = n;
    t.digits = static_cast<std::uint8_t>(i);
}

}  // namespace

std::vector<Tok> make_tokens(const Segmentation& seg, std::string_view text, std::string_view lowered) {
    std::vector<Tok> out(seg.tokens.size());
    for (std::size_t k = 0; k < seg.tokens.size(); ++k) {
        const Token& src = seg.tokens[k];
        Tok& t = out[k];
        t.span = src.span;
        t.kind = src.kind;
        t.capitalised = src.capitalised;
        t.lower = src.span.in(lowered);
        t.glued_next = k + 1 < seg.tokens.size() && seg.tokens[k + 1].span.begin == src.span.end;
        if (t.kind == TokenKind::number) read_number(t);
        else if (t.kind == TokenKind::word && t.lower.size() <= 13) look_up(t);
        if (t.kind == TokenKind::word && t.lower.size() > 1 && t.lower.back() == '.' && t.lower.find('.') + 1 == t.lower.size())
            t.lower.remove_suffix(1);
    }
    (void)text;
    return out;
}

namespace {

// The tense a single token signals: -1 past, +1 future, 2 present, 0 nothing.
int token_tense(const std::vector<Tok>& toks, std::uint32_t k, std::uint32_t last) noexcept {
    const Tok& t = toks[k];
    if (t.kind != TokenKind::word) return 0;
    const std::string_view next = k + 1 < last ? toks[k + 1].lower : std::string_view{};
    const std::string_view w = t.lower;
    // "planned for", "due to", "set for", "expected to", "plans to", "going to": future
    if ((w == "planned" || w == "set" || w == "slated" || w == "scheduled") && (next == "for" || next == "to"))
        return 1;
    if ((w == "due" || w == "expected" || w == "plans" || w == "plan" || w == "going" || w == "intends" ||
         w == "aims" || w == "hopes") &&
        next == "to")
        return 1;
    if (w == "due" && (next == "on" || next == "in" || next == "by")) return 1;
    if (t.is(Cls::future_cue)) return 1;
    if (t.is(Cls::past_cue)) return -1;
    if (t.is(Cls::present_cue)) return 2;
    if (w.size() > 4 && w.substr(w.size() - 2) == "ed" && w != "need" && w != "hundred" && w != "proposed" &&
        w != "planned" && w != "expected" && w != "scheduled" && w != "speed")
        return -1;
    return 0;
}

}  // namespace

int clause_tense(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t last, std::uint32_t at_begin,
                 std::uint32_t at_end) noexcept {
    // the nearest cue to the left in the sentence; else the nearest to the right
    bool present = false;
    for (std::uint32_t k = at_begin; k-- > first;) {
        if (toks[k].lower == ";") break;
        const int t = token_tense(toks, k, last);
        if (t == 2) { present = true; continue; }
        if (t != 0) return t;
    }
    for (std::uint32_t k = at_end; k < last; ++k) {
        if (toks[k].lower == ";") break;
        const int t = token_tense(toks, k, last);
        if (t == 2) { present = true; continue; }
        if (t != 0) return t;
    }
    return present ? 2 : 0;
}

}  // namespace crisis::temporal
