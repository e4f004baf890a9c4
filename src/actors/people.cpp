// Pass 2 of find_actors: people introduced by a title, with their title and affiliation.
#include "actors/find_impl.hpp"

#include <algorithm>
#include <array>

namespace crisis::detail {

namespace {

// Capitalised words that never start or continue a person's name.
constexpr std::array<std::string_view, 30> not_name_words{
    "The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "This", "That", "But", "And",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "June", "July", "September", "October", "November"};

bool name_word(const Doc& d, std::size_t i) {
    if (i >= d.seg.tokens.size() || d.used[i] || !is_capitalised_word(d, i)) return false;
    const std::string_view w = d.token(i);
    return w.size() > 1 && std::find(not_name_words.begin(), not_name_words.end(), w) == not_name_words.end();
}

// Whether tokens a and b touch (no space between).
bool glued(const Doc& d, std::size_t a, std::size_t b) { return d.seg.tokens[a].span.end == d.seg.tokens[b].span.begin; }

// The run of name words starting at token i inside sentence end `end` (at most four words, in
// tokens); a hyphen and a word glued to a name word belong to it ("Kim Jong-un", "Tsai Ing-wen").
std::size_t name_run(const Doc& d, std::size_t i, std::size_t end) {
    std::size_t n = 0;
    for (std::size_t words = 0; i + n < end && words < 4 && name_word(d, i + n); ++words) {
        ++n;
        while (i + n + 1 < end && d.lower[i + n] == "-" && !d.used[i + n] && !d.used[i + n + 1] && glued(d, i + n - 1, i + n) &&
               glued(d, i + n, i + n + 1) && d.seg.tokens[i + n + 1].kind == TokenKind::word)
            n += 2;
    }
    return n;
}

std::size_t sentence_end(const Doc& d, std::size_t token) {
    const Sentence& s = d.seg.sentences[sentence_at(d.seg, d.seg.tokens[token].span.begin)];
    return s.first_token + s.token_count;
}

struct Affiliation {
    std::optional<std::string> id;
    std::string title_prefix;  // "Kremlin" for "Kremlin spokesman"
};

// "Germany's Foreign Minister", "US President", "Kremlin spokesman": the actor before a title.
Affiliation affiliation_before(const Doc& d, std::uint32_t title_first) {
    std::uint32_t end = title_first;
    if (end > 0 && d.lower[end - 1] == "'s") --end;
    const ActorMention* m = d.mention_ending_at(end);
    if (m == nullptr) return {};
    Affiliation a{affiliation_of(d, *m), {}};
    if (m->form == MentionForm::seat && end == title_first) {
        std::string_view s = m->span.in(d.text);
        if (s.starts_with("the ") || s.starts_with("The ")) s.remove_prefix(4);
        a.title_prefix = std::string(s);
    }
    return a;
}

// "an adviser to Putin", "minister of Ukraine": the actor after a title.
std::optional<std::string> affiliation_after(const Doc& d, std::uint32_t title_last) {
    if (title_last + 1 >= d.lower.size()) return std::nullopt;
    const std::string_view p = d.lower[title_last];
    if (p != "to" && p != "of" && p != "at" && p != "for") return std::nullopt;
    std::uint32_t k = title_last + 1;
    if (d.lower[k] == "the") ++k;
    const ActorMention* m = d.mention_starting_at(k);
    return m ? std::optional<std::string>(affiliation_of(d, *m)) : std::nullopt;
}

void add_person(Doc& d, std::size_t first, std::size_t n, std::string title, std::optional<std::string> affiliation) {
    const std::string name(std::string_view(d.text).substr(d.seg.tokens[first].span.begin,
                                                           d.seg.tokens[first + n - 1].span.end -
                                                               d.seg.tokens[first].span.begin));
    std::string id = actor_slug(name);
    if (d.actor(id) == nullptr)
        d.add_person(Actor{id, name, ActorKind::person, {name}, std::move(affiliation), std::move(title)});
    d.add_mention(static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(first + n), std::move(id),
                  MentionForm::name);
}

// "Foreign Minister Sergei Lavrov": a title followed by a name.
void title_then_name(Doc& d, TitleMention& t) {
    if (const ActorMention* m = d.mention_starting_at(t.last); m && d.actor(m->actor_id) &&
                                                               d.actor(m->actor_id)->kind == ActorKind::person) {
        t.consumed = true;  // "President Vladimir Putin": a known person
        return;
    }
    const std::size_t n = name_run(d, t.last, sentence_end(d, t.first));
    if (n < 2) return;
    Affiliation a = affiliation_before(d, t.first);
    std::string title = a.title_prefix.empty() ? t.title : a.title_prefix + " " + t.title;
    add_person(d, t.last, n, std::move(title), std::move(a.id));
    t.consumed = true;
}

// "Yuri Ushakov, a foreign policy adviser to Putin": a name, a comma, a short phrase and a title.
void name_then_title(Doc& d, TitleMention& t) {
    std::uint32_t k = t.first;
    std::size_t skipped = 0;
    while (k > 0 && skipped < 4 && d.token(k - 1) != "," && !d.used[k - 1]) { --k; ++skipped; }
    if (k < 3 || d.token(k - 1) != ",") return;
    std::size_t first = k - 1;
    while (first > 0 && name_word(d, first - 1) && (k - 1) - first < 4) --first;
    const std::size_t n = (k - 1) - first;
    if (n < 2) return;
    Affiliation a = affiliation_before(d, t.first);
    std::optional<std::string> affil = a.id ? a.id : affiliation_after(d, t.last);
    add_person(d, first, n, t.title, std::move(affil));
    t.consumed = true;
}

}  // namespace

void find_people(Doc& d) {
    for (TitleMention& t : d.titles) {
        title_then_name(d, t);
        if (!t.consumed) name_then_title(d, t);
    }
}

}  // namespace crisis::detail
