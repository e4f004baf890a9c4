// Pass 1 of find_actors: gazetteer aliases and title phrases, longest match first.
#include "actors/find_impl.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace crisis::detail {

namespace {

constexpr std::array<std::string_view, 10> honorifics{"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame"};

bool sentence_start(const Doc& d, std::size_t i) {
    return d.sentence_starts[i];
}

bool mentioned_before(const Doc& d, std::string_view id) {
    return d.mentioned.contains(std::string(id));
}

// "John Sullivan" is not the "Sullivan" of the gazetteer (Jake Sullivan): a one-word alias of a
// person right after another capitalised word that is neither a title, an honorific nor part of
// a mention is somebody else's surname.
bool someone_elses_surname(const Doc& d, const AliasTarget& t, std::size_t i) {
    if (t.words.size() != 1 || i == 0 || sentence_start(d, i)) return false;
    const Actor* a = d.g.find(t.actor_id);
    if (a == nullptr || a->kind != ActorKind::person) return false;
    const std::size_t p = i - 1;
    if (d.seg.tokens[p].kind != TokenKind::word || !d.seg.tokens[p].capitalised) return false;
    if (d.g.titles.longest(d.lower, p, i) || d.used[p]) return false;  // "President Biden", "Kremlin Peskov"
    return std::find(honorifics.begin(), honorifics.end(), d.lower[p]) == honorifics.end();
}

// The alias target that fits the text at token i with n words, or nullptr.
const AliasTarget* fitting(const Doc& d, const std::vector<AliasTarget>& targets, std::size_t i) {
    for (const AliasTarget& t : targets) {
        if (!matches_case(d.text, d.seg, i, t.words)) continue;
        if (someone_elses_surname(d, t, i)) continue;
        if (t.form == MentionForm::context && !mentioned_before(d, t.actor_id)) continue;
        return &t;
    }
    return nullptr;
}

// Tries the gazetteer at token i; returns the number of tokens consumed (0 when nothing fits).
std::size_t match_alias(Doc& d, std::size_t i, std::size_t end) {
    const auto& table = d.g.aliases;
    if (!table.may_start(d.lower[i])) return 0;
    std::string key;
    std::vector<std::pair<std::size_t, const std::vector<AliasTarget>*>> found;
    for (std::size_t n = 1; n <= table.max_words && i + n <= end; ++n) {
        if (n > 1) key += ' ';
        key += d.lower[i + n - 1];
        if (!table.prefixes.may_hold(key)) break;  // no alias begins with these words
        if (auto it = table.rows.find(key); it != table.rows.end()) found.emplace_back(n, &it->second);
    }
    for (auto it = found.rbegin(); it != found.rend(); ++it) {
        if (const AliasTarget* t = fitting(d, *it->second, i)) {
            d.add_mention(static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + it->first), t->actor_id, t->form);
            return it->first;
        }
    }
    return 0;
}

std::size_t match_title(Doc& d, std::size_t i, std::size_t end) {
    const auto hit = d.g.titles.longest(d.lower, i, end);
    if (!hit) return 0;
    d.titles.push_back(TitleMention{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + hit->words),
                                    hit->value->title, hit->value->stands_for, false});
    return hit->words;
}

}  // namespace

void match_gazetteer(Doc& d) {
    for (const Sentence& s : d.seg.sentences) {
        const std::size_t end = s.first_token + s.token_count;
        for (std::size_t i = s.first_token; i < end;) {
            if (d.seg.tokens[i].kind != TokenKind::word) { ++i; continue; }
            std::size_t n = match_alias(d, i, end);
            if (n == 0) n = match_title(d, i, end);
            i += std::max<std::size_t>(n, 1);
        }
    }
}

}  // namespace crisis::detail
