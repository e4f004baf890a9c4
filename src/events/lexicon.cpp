// The trigger lexicon: parsing data/triggers.tsv and matching it over a sentence.
#include "events/lexicon.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace crisis::detail {

namespace {

constexpr std::array<std::string_view, 12> number_words{"two",   "three", "four", "five",    "six",    "seven",
                                                        "eight", "nine",  "ten",  "several", "dozens", "hundreds"};

std::vector<std::string> split_spaces(std::string_view s) {
    std::vector<std::string> out;
    std::size_t b = 0;
    while (b < s.size()) {
        const std::size_t e = std::min(s.find(' ', b), s.size());
        if (e > b) out.emplace_back(s.substr(b, e - b));
        b = e + 1;
    }
    return out;
}

std::optional<TriggerRule> parse_rule(const std::vector<std::string_view>& r) {
    TriggerRule rule;
    rule.pattern = std::string(r[0]);
    for (const std::string& position : split_spaces(r[0])) {
        std::vector<std::string> alternatives;
        for (std::string_view alt : split_list(position)) {
            std::string w;
            lower_into(alt, w);
            if (w.starts_with("\u2019")) w.replace(0, 3, "'");
            alternatives.push_back(std::move(w));
        }
        if (alternatives.empty()) return std::nullopt;
        rule.words.push_back(std::move(alternatives));
    }
    if (rule.words.empty() || r[1].empty()) return std::nullopt;
    rule.cameo = r[1] == "-" ? std::string() : std::string(r[1]);
    const std::string g(r[2]);
    rule.goldstein = g.empty() ? 0.0 : std::strtod(g.c_str(), nullptr);
    rule.speech = r[3].find("speech") != std::string_view::npos;
    rule.verb = r[3].find("verb") != std::string_view::npos;
    rule.place_target = r[3].find("visit") != std::string_view::npos;
    rule.needs_target = r[3].find("target") != std::string_view::npos;
    rule.recipient = r[3].find("recipient") != std::string_view::npos;
    rule.needs_person = r[3].find("person") != std::string_view::npos;
    rule.close_subject = r[3].find("close") != std::string_view::npos;
    return rule;
}

bool word_fits(const std::vector<std::string>& alternatives, const Segmentation& seg, const std::string& lower,
               std::size_t i) {
    for (const std::string& a : alternatives) {
        if (a == lower) return true;
        if (a == "<num>" && (seg.tokens[i].kind == TokenKind::number ||
                            std::find(number_words.begin(), number_words.end(), lower) != number_words.end()))
            return true;
    }
    return false;
}

// How many words a "*" in a trigger pattern may skip ("ordered the family members of American
// diplomats in Kyiv to leave").
constexpr std::uint32_t max_skipped_words = 8;

// The end of a match of `rule` from position k at token i, or 0.
std::uint32_t match_from(const TriggerRule& rule, std::size_t k, const Segmentation& seg,
                         const std::vector<std::string>& lower, std::uint32_t i, std::uint32_t end) {
    if (k == rule.words.size()) return i;
    if (rule.words[k].size() == 1 && rule.words[k][0] == "*") {
        for (std::uint32_t skip = 0; skip <= max_skipped_words && i + skip <= end; ++skip)
            if (const std::uint32_t e = match_from(rule, k + 1, seg, lower, i + skip, end)) return e;
        return 0;
    }
    if (i >= end || !word_fits(rule.words[k], seg, lower[i], i)) return 0;
    return match_from(rule, k + 1, seg, lower, i + 1, end);
}

}  // namespace

Lexicon parse_lexicon(std::string_view triggers_tsv) {
    Lexicon lex;
    for (const auto& row : read_tsv(triggers_tsv, 4)) {
        auto rule = parse_rule(row);
        if (!rule) continue;
        const std::size_t n = lex.rules.size();
        for (const std::string& first : rule->words.front()) {
            lex.by_first[first].push_back(n);
            lex.first_filter.add(first);
        }
        lex.rules.push_back(std::move(*rule));
    }
    load_cues(lex.cues);
    return lex;
}

const Lexicon& builtin_lexicon() {
    static const Lexicon lex = parse_lexicon(data_file("data/triggers.tsv"));
    return lex;
}

std::vector<TriggerHit> match_triggers(const Lexicon& lex, const Segmentation& seg,
                                       const std::vector<std::string>& lower, std::uint32_t begin,
                                       std::uint32_t end) {
    std::vector<TriggerHit> hits;
    const auto num = lex.by_first.find("<num>");
    for (std::uint32_t i = begin; i < end;) {
        TriggerHit best;
        const auto it = seg.tokens[i].kind == TokenKind::number ? num
                         : lex.first_filter.may_hold(lower[i]) ? lex.by_first.find(lower[i])
                                                               : lex.by_first.end();
        auto consider = [&](const std::vector<std::size_t>& rules) {
            for (const std::size_t r : rules)
                if (const std::uint32_t e = match_from(lex.rules[r], 0, seg, lower, i, end); e > best.last)
                    best = TriggerHit{&lex.rules[r], i, e};
        };
        if (it != lex.by_first.end()) consider(it->second);
        // a <num> rule matches another first word only through the rules of that word (`it`)
        const bool numeric = std::find(number_words.begin(), number_words.end(), lower[i]) != number_words.end();
        if (num != lex.by_first.end() && it != num && numeric) consider(num->second);
        if (best.rule == nullptr) { ++i; continue; }
        hits.push_back(best);
        i = best.last;
    }
    return hits;
}

bool cue_before(const Lexicon& lex, const std::vector<std::string>& lower, std::uint32_t at, std::uint32_t window,
                CueKind kind, std::uint32_t floor) {
    std::string key;
    for (std::uint32_t end = at; end > floor && at - end < window; --end) {
        for (std::uint32_t n = 1; n <= lex.cues.max_words && end >= floor + n; ++n) {
            // a phrase of n words ending at end - 1 starts with a first word of some phrase
            if (!lex.cues.may_start(lower[end - n])) continue;
            key = lower[end - n];
            bool held = true;  // the words so far begin some cue
            for (std::uint32_t k = end - n + 1; k < end && held; ++k) held = lex.cues.prefixes.may_hold((key += ' ') += lower[k]);
            if (!held) continue;
            const auto it = lex.cues.rows.find(key);
            if (it != lex.cues.rows.end() && std::find(it->second.begin(), it->second.end(), kind) != it->second.end())
                return true;
        }
    }
    return false;
}

}  // namespace crisis::detail
