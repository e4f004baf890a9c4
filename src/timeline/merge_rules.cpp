// When two mentions tell the same happening: dates, types, actors, wording (issue 5).
#include "timeline/merge_rules.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace crisis::detail {

namespace {

// Words that say nothing about which happening a sentence tells (sorted for binary search).
constexpr std::array<std::string_view, 48> stopwords{
    "about", "after", "also", "and", "are", "been", "before", "but", "by", "can", "could", "did",
    "for", "from", "had", "has", "have", "his", "its", "not", "now", "of", "on", "one", "said",
    "says", "she", "than", "that", "the", "their", "them", "there", "these", "they", "this",
    "those", "told", "was", "were", "what", "when", "which", "who", "will", "with", "would", "year",
};

constexpr std::size_t max_stopword = 6;  // "before"
static_assert(std::all_of(stopwords.begin(), stopwords.end(), [](std::string_view w) { return w.size() <= max_stopword; }));

// Roots whose events are mutual, so that "A met B" and "B met A" are one happening.
constexpr std::array<std::string_view, 3> symmetric_roots{"03", "04", "05"};

// Roots whose sub-codes are different acts: sanctions (163) and an evacuation (166) by the same
// government in the same month are two happenings.
constexpr std::array<std::string_view, 2> distinct_subcode_roots{"16", "17"};

constexpr std::string_view statement_root = "01";
constexpr double statement_similarity = 0.3;  // a statement merges with the act it reports
constexpr double no_actor_similarity = 0.5;   // neither mention has actors
constexpr double one_actor_similarity = 0.35;  // only one mention has actors
constexpr double inferred_pair_similarity = 0.25;  // two mentions whose dates are both inferred

// Content words, lower-cased, each handed to `out` (a view valid during the call); curly quotes
// and dashes (U+2010..U+201F) separate words and a possessive "'s" / "’s" is dropped.
template <class Out>
void add_words(std::string_view text, std::string& word, Out out) {
    word.clear();
    auto flush = [&] {
        if (word.size() > 2 && word.ends_with("'s")) word.resize(word.size() - 2);
        if (word.size() >= 3 && (word.size() > max_stopword || !std::binary_search(stopwords.begin(), stopwords.end(), word)))
            out(std::string_view(word));
        word.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const auto u = static_cast<unsigned char>(c);
        const bool punct3 = u == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80;
        if (punct3) {
            if (static_cast<unsigned char>(text[i + 2]) == 0x99 && i + 3 < text.size() && text[i + 3] == 's') ++i;
            flush();
            i += 2;
        } else if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c == '\'' && !word.empty())) {
            word.push_back(c);
        } else if (c >= 'A' && c <= 'Z') {
            word.push_back(static_cast<char>(c - 'A' + 'a'));
        } else {
            flush();
        }
    }
    flush();
}

// What `same_actor` tells, with the affiliations looked up beforehand.
bool same_ref(const ActorIds& x, const ActorIds& y) {
    return x.actor == y.actor || x.affiliation == y.actor || y.affiliation == x.actor;
}

using Ids = std::span<const ActorIds>;

bool overlap(Ids xs, Ids ys) {
    for (const auto& x : xs)
        for (const auto& y : ys)
            if (same_ref(x, y)) return true;
    return false;
}

bool compatible(Ids xs, Ids ys) { return xs.empty() || ys.empty() || overlap(xs, ys); }

// Source with source and target with target compatible, and at least one side shared.
bool roles_fit(const ActorIdList& a, const ActorIdList& b) {
    return compatible(a.sources(), b.sources()) && compatible(a.targets(), b.targets()) &&
           (overlap(a.sources(), b.sources()) || overlap(a.targets(), b.targets()));
}

// Every actor of `xs` is one of `ys` (or its affiliation, or affiliated to one of them).
bool covered(Ids xs, Ids ys) {
    return std::all_of(xs.begin(), xs.end(), [&](const ActorIds& x) {
        return std::any_of(ys.begin(), ys.end(), [&](const ActorIds& y) { return same_ref(x, y); });
    });
}

enum class ActorFit { same, partial, none };

// Mutual acts (meetings, calls): one side's participants all take part in the other's.
// One-way acts: sources agree and targets agree; one side shared and the other not is `partial`,
// and so are different senders when one report does not name the target ("NATO had sent its own
// letter" beside "the ambassador delivered the American document to Moscow").
ActorFit actor_fit(const MentionFeatures& fa, const MentionFeatures& fb, bool symmetric) {
    const ActorIdList& a = fa.actor_ids;
    const ActorIdList& b = fb.actor_ids;
    const bool target_unknown = a.targets().empty() != b.targets().empty();
    if ((fa.actor_bits & fb.actor_bits) == 0)  // no actor in common (`same_ref` implies a shared bit)
        return !symmetric && target_unknown ? ActorFit::partial : ActorFit::none;
    if (symmetric) {
        const Ids pa = a.participants(), pb = b.participants();
        return overlap(pa, pb) && (covered(pa, pb) || covered(pb, pa)) ? ActorFit::same : ActorFit::none;
    }
    if (roles_fit(a, b)) return ActorFit::same;
    return overlap(a.sources(), b.sources()) || overlap(a.targets(), b.targets()) || target_unknown
               ? ActorFit::partial
               : ActorFit::none;
}

bool same_sentence(const MentionFeatures& a, const MentionFeatures& b) {
    if ((a.article_bits & b.article_bits) == 0) return false;  // no article in common
    for (const SentenceRef& x : a.sentences)
        for (const SentenceRef& y : b.sentences)
            if (x.start < y.end && y.start < x.end && x.article == y.article) return true;
    return false;
}

bool identical(const Event& a, const Event& b) {
    return a.date == b.date && a.date_inferred == b.date_inferred && a.cameo == b.cameo &&
           a.source == b.source && a.target == b.target && a.trigger == b.trigger && a.status == b.status;
}

// 3 equal dates, 2 one range contains the other, 1 an inferred date near an explicit one, 0 none.
double date_fit(const MentionHead& a, const MentionHead& b) noexcept {
    if (a.date_inferred == b.date_inferred) {
        if (a.date == b.date) return a.date_inferred ? 1.0 : 3.0;
        if (a.date_inferred) return 0.0;  // two undated reports on different days
        return contains(a.date, b.date) || contains(b.date, a.date) ? 2.0 : 0.0;
    }
    const MentionHead& inferred = a.date_inferred ? a : b;
    const MentionHead& x = a.date_inferred ? b : a;
    if (contains(x.date, inferred.date)) return 1.0;
    return inferred.lo <= x.date.first && x.date.last <= inferred.hi ? 1.0 : 0.0;
}

// 1 same code, 0.75 same root (0 for two different acts of a root in distinct_subcode_roots),
// 0.25 a statement about the act, 0 none.
// Word similarity, the costliest rule: computed once, and only when a rule needs it. A threshold
// that the list sizes already rule out (the Jaccard similarity is at most min / max), or that the
// sketches do (the words shared are at most the bits shared), costs no look at the word lists:
// most statements compared with an act share too few words, and are told so without reading them.
class Similarity {
public:
    Similarity(const MentionFeatures& a, const MentionFeatures& b, const WordMarks* marks)
        : a_(a), b_(b), marks_(marks) {}
    double value() { return value_ >= 0.0 ? value_ : (value_ = word_similarity(a_.words, b_.words, marks_)); }
    bool below(double threshold) {
        if (value_ < 0.0) {
            const bool b_marked = marks_ != nullptr && marks_->marked() == &b_.words;  // the mention placed
            if (b_marked ? surely_below(b_, a_, threshold) : surely_below(a_, b_, threshold)) return true;
        }
        return value() < threshold;
    }

private:
    const MentionFeatures& a_;
    const MentionFeatures& b_;
    const WordMarks* marks_;
    double value_ = -1.0;  // not computed yet (a similarity is 0..1)
};

// The similarity is looked at only for a statement beside another kind of act.
double type_fit(const MentionFeatures& a, const MentionFeatures& b, Similarity& similarity) {
    if (a.cameo == b.cameo) return 1.0;
    if (a.root_id == b.root_id) {
        return a.sub_code && b.sub_code && a.distinct_sub_codes ? 0.0 : 0.75;
    }
    const bool statement = a.statement != b.statement;
    return statement && !similarity.below(statement_similarity) ? 0.25 : 0.0;
}

Decision no(const char* reason) { return Decision{false, 0.0, reason, false}; }

}  // namespace

Affiliations affiliations_of(const std::vector<Actor>& actors) {
    Affiliations out;
    for (const auto& a : actors)
        if (a.affiliation && *a.affiliation != a.id) out.emplace(a.id, *a.affiliation);
    return out;
}

bool same_actor(const std::string& x, const std::string& y, const Affiliations& aff) {
    if (x == y) return true;
    const auto ax = aff.find(x);
    if (ax != aff.end() && ax->second == y) return true;
    const auto ay = aff.find(y);
    return ay != aff.end() && ay->second == x;
}

namespace {

std::uint64_t fnv1a(std::string_view s) { return Interner::fnv1a(s); }

std::vector<ActorRef> refs(const std::vector<std::string>& ids, const Affiliations& aff, Interner& names) {
    std::vector<ActorRef> out;
    out.reserve(ids.size());
    for (const auto& id : ids) {
        const auto it = aff.find(id);
        const std::string* affiliation = it == aff.end() ? nullptr : &it->second;
        out.push_back(ActorRef{&id, affiliation, names.id(id), affiliation ? names.id(*affiliation) : no_actor});
    }
    return out;
}

}  // namespace

void ActorIdList::assign(const std::vector<ActorRef>& sources, const std::vector<ActorRef>& targets) {
    std::vector<ActorIds> ids;
    ids.reserve(sources.size() + targets.size());
    for (const auto* side : {&sources, &targets})
        for (const ActorRef& r : *side) ids.push_back(ActorIds{r.actor, r.affiliation_id});
    sources_ = static_cast<std::uint32_t>(sources.size());
    size_ = static_cast<std::uint32_t>(ids.size());
    elsewhere_.clear();
    if (ids.size() <= in_place) std::copy(ids.begin(), ids.end(), here_.begin());
    else elsewhere_ = std::move(ids);
}

std::size_t Interner::slot(std::string_view s, std::uint64_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = static_cast<std::size_t>(hash ^ (hash >> 32)) & mask;
    while (slots_[i].id != empty && (slots_[i].hash != hash || strings_[slots_[i].id] != s)) i = (i + 1) & mask;
    return i;
}

void Interner::grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(2 * old.size(), Slot{});
    for (const Slot& x : old)
        if (x.id != empty) slots_[slot(strings_[x.id], x.hash)] = x;
}

std::uint32_t Interner::id(std::string_view s, std::uint64_t hash) {
    if (const Slot& x = slots_[slot(s, hash)]; x.id != empty) return x.id;
    if (2 * (strings_.size() + 1) > slots_.size()) grow();
    const auto next = static_cast<std::uint32_t>(strings_.size());
    strings_.emplace_back(s);
    hashes_.push_back(hash);
    slots_[slot(s, hash)] = Slot{hash, next};
    return next;
}

MentionFeatures features_of(const Event& e, const Affiliations& aff, Interner& names) {
    MentionFeatures f;
    f.source = refs(e.source, aff, names);
    f.target = refs(e.target, aff, names);
    f.has_actors = !f.source.empty() || !f.target.empty();
    f.actor_ids.assign(f.source, f.target);
    for (const auto* side : {&f.source, &f.target})
        for (const ActorRef& r : *side) {
            f.actor_bits |= std::uint64_t{1} << (fnv1a(*r.id) % 64);
            if (r.affiliation) f.actor_bits |= std::uint64_t{1} << (fnv1a(*r.affiliation) % 64);
        }
    f.event = &e;
    f.lo = e.date.first;
    f.hi = e.date.last;
    if (e.date_inferred) f.lo -= date::days{inferred_window_days};
    f.root = e.cameo.substr(0, std::min<std::size_t>(2, e.cameo.size()));
    f.cameo = names.id(e.cameo);
    f.root_id = names.id(f.root);
    f.statement = f.root == statement_root;
    f.sub_code = e.cameo.size() > 2;
    f.date = e.date;
    f.date_inferred = e.date_inferred;
    f.symmetric = std::find(symmetric_roots.begin(), symmetric_roots.end(), f.root) != symmetric_roots.end();
    f.distinct_sub_codes =
        std::find(distinct_subcode_roots.begin(), distinct_subcode_roots.end(), f.root) != distinct_subcode_roots.end();
    for (const Evidence& ev : e.evidence) f.article_bits |= std::uint64_t{1} << (fnv1a(ev.article) % 64);
    f.sentences.reserve(e.evidence.size());
    for (const Evidence& ev : e.evidence) f.sentences.push_back(SentenceRef{names.id(ev.article), ev.start, ev.end});
    std::string buffer;
    std::vector<std::uint32_t> words;
    auto add = [&](std::string_view w) { words.push_back(names.id(w, fnv1a(w))); };
    add_words(e.summary, buffer, add);
    add_words(e.trigger, buffer, add);
    for (const auto& ev : e.evidence) add_words(ev.text, buffer, add);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    f.words.assign(words.begin(), words.end());  // exactly as long as it needs to be
    f.word_count = static_cast<std::uint32_t>(f.words.size());
    sketch_words(f);
    return f;
}

std::size_t most_common_words(const MentionFeatures& a, const MentionHead& b) noexcept {
    std::size_t n = 0;
    for (const std::uint32_t w : a.words) {
        const std::uint8_t s = sketch_slot(w);
        n += (b.word_bits[s >> 6] >> (s & 63)) & 1;
    }
    return n;
}

void sketch_words(MentionFeatures& f) noexcept {
    f.word_bits = {};
    for (const std::uint32_t w : f.words) {
        const std::uint8_t s = sketch_slot(w);
        f.word_bits[s >> 6] |= std::uint64_t{1} << (s & 63);
    }
}

// The similarity is at most min / max of the sizes, and grows with the words shared.
bool surely_below(const MentionFeatures& a, const MentionHead& b, double threshold) noexcept {
    const auto x = static_cast<double>(a.word_count), y = static_cast<double>(b.word_count);
    if (x + y == 0.0 || std::min(x, y) / std::max(x, y) < threshold) return true;
    const auto most = static_cast<double>(most_common_words(a, b));
    return most / (x + y - most) < threshold;
}

// As `decide` with `date_fit` and `type_fit`: two dates that do not fit, two codes of different
// roots unless a statement beside an act that may share enough words, two different acts of a root
// in distinct_subcode_roots. (Neither can be "identical" then: that needs one date and one code.)
bool differ_in_date_or_type(const MentionFeatures& a, const MentionHead& b) noexcept {
    if (date_fit(a, b) == 0.0) return true;
    if (a.cameo == b.cameo) return false;
    if (a.root_id == b.root_id) return a.sub_code && b.sub_code && a.distinct_sub_codes;
    return a.statement == b.statement || surely_below(a, b, statement_similarity);
}

double word_similarity(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
    if (a.empty() && b.empty()) return 0.0;
    std::size_t common = 0, i = 0, j = 0;
    while (i < a.size() && j < b.size()) {  // without branches on the words: they mispredict half the time
        const std::uint32_t x = a[i], y = b[j];
        common += x == y;
        i += x <= y;
        j += y <= x;
    }
    return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

void WordMarks::mark(const std::vector<std::uint32_t>& words) {
    for (const std::uint32_t w : words) bits_[w >> 6] |= std::uint64_t{1} << (w & 63);
    words_ = &words;
}

void WordMarks::clear() {
    if (words_ != nullptr)
        for (const std::uint32_t w : *words_) bits_[w >> 6] = 0;
    words_ = nullptr;
}

std::size_t WordMarks::common(const std::vector<std::uint32_t>& words) const {
    std::size_t n = 0;
    for (const std::uint32_t w : words) n += (bits_[w >> 6] >> (w & 63)) & 1;
    return n;
}

double word_similarity(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                       const WordMarks* marks) {
    const std::vector<std::uint32_t>* marked = marks == nullptr ? nullptr : marks->marked();
    if (marked != &a && marked != &b) return word_similarity(a, b);
    if (a.empty() && b.empty()) return 0.0;
    const std::size_t common = marks->common(marked == &a ? b : a);
    return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

Decision decide(const MentionFeatures& fa, const MentionFeatures& fb, const Affiliations&, const WordMarks* marks) {
    if (same_sentence(fa, fb))
        return identical(*fa.event, *fb.event) ? Decision{true, 10.0, "identical", false} : no("same sentence");
    const double dates = date_fit(fa, fb);
    if (dates == 0.0) return no(fa.date.precision == Precision::day && fb.date.precision == Precision::day
                                    ? "different days" : "incompatible dates");
    Similarity similarity(fa, fb, marks);
    const double types = type_fit(fa, fb, similarity);
    if (types == 0.0) return no("different types");
    if (fa.date_inferred && fb.date_inferred && similarity.below(inferred_pair_similarity))
        return no("too little in common");
    // two statements, one of a day read from the text and one undated on another day: two things
    // said, unless they share words ("Peskov remarked that Russia would respond" is not "Russia
    // announced on Wednesday that it would close the Black Sea")
    if (fa.statement && fb.statement && fa.date_inferred != fb.date_inferred && !(fa.date == fb.date) &&
        similarity.below(inferred_pair_similarity))
        return no("too little in common");
    const bool a_has = fa.has_actors;
    const bool b_has = fb.has_actors;
    double actors = 0.0;
    if (a_has && b_has) {
        const bool symmetric = fa.root_id == fb.root_id && fa.symmetric;
        const ActorFit fit = actor_fit(fa, fb, symmetric);
        if (fit != ActorFit::same) {
            Decision v = no("different actors");
            v.may_join = fit == ActorFit::partial;
            return v;
        }
        const ActorIdList& a = fa.actor_ids;
        const ActorIdList& b = fb.actor_ids;
        actors = symmetric ? 1.0 : 0.5 * (overlap(a.sources(), b.sources()) + overlap(a.targets(), b.targets()));
    } else if (similarity.below(a_has || b_has ? one_actor_similarity : no_actor_similarity)) {
        return no("too little in common");
    }
    return Decision{true, dates + types + actors + similarity.value(), "same happening", false};
}

// `decide` says "same" only through an identical report (same code, same actors) or for a type
// fit (one root, or a statement beside an act) with shared actors when both name some;
// `same_ref` implies a shared bit.
bool may_be_same(const MentionFeatures& a, const MentionFeatures& b) {
    const bool types = a.root_id == b.root_id || a.statement != b.statement;
    return types && (!a.has_actors || !b.has_actors || (a.actor_bits & b.actor_bits) != 0);
}

MergeVerdict verdict(const MentionFeatures& a, const MentionFeatures& b, const Affiliations& aff) {
    const Decision d = decide(a, b, aff);
    return MergeVerdict{d.same, d.score, d.reason, d.may_join};
}

}  // namespace crisis::detail
