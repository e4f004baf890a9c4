// CAMEO root codes: labels, quad classes and summary verbs.
#include "events/lexicon.hpp"

#include <array>

namespace crisis {

namespace {

struct Root {
    std::string_view code;
    std::string_view label;
    int quad;
    std::string_view verb;   // for summaries: "<sources> <verb> <targets>"
    std::string_view alone;  // the same with no target: "<sources> <alone>" ("consult", not "consult with")
};

constexpr std::array<Root, 20> roots{{
    {"01", "Make public statement", 1, "comment on", "comment"},
    {"02", "Appeal", 1, "appeal to", "appeal"},
    {"03", "Express intent to cooperate", 1, "offer cooperation to", "offer cooperation"},
    {"04", "Consult", 1, "consult with", "consult"},
    {"05", "Engage in diplomatic cooperation", 1, "cooperate with", "cooperate"},
    {"06", "Engage in material cooperation", 2, "cooperate materially with", "cooperate materially"},
    {"07", "Provide aid", 2, "provide aid to", "provide aid"},
    {"08", "Yield", 2, "yield to", "yield"},
    {"09", "Investigate", 3, "investigate", "investigate"},
    {"10", "Demand", 3, "make demands of", "make demands"},
    {"11", "Disapprove", 3, "criticise", "criticise"},
    {"12", "Reject", 3, "reject", "reject"},
    {"13", "Threaten", 3, "threaten", "threaten"},
    {"14", "Protest", 4, "protest against", "protest"},
    {"15", "Exhibit military posture", 4, "show military force", "show military force"},
    {"16", "Reduce relations", 4, "reduce relations with", "reduce relations"},
    {"17", "Coerce", 4, "coerce", "coerce"},
    {"18", "Assault", 4, "assault", "assault"},
    {"19", "Fight", 4, "fight", "fight"},
    {"20", "Use unconventional mass violence", 4, "use mass violence against", "use mass violence"},
}};

const Root* root_of(std::string_view cameo) noexcept {
    if (cameo.size() < 2 || cameo.size() > 4) return nullptr;
    for (const char c : cameo)
        if (c < '0' || c > '9') return nullptr;
    for (const Root& r : roots)
        if (cameo.substr(0, 2) == r.code) return &r;
    return nullptr;
}

}  // namespace

std::string_view to_string(EventStatus s) noexcept { return s == EventStatus::planned ? "planned" : "occurred"; }

std::string_view cameo_label(std::string_view cameo) noexcept {
    const Root* r = root_of(cameo);
    return r ? r->label : std::string_view{};
}

int quad_class_of(std::string_view cameo) noexcept {
    const Root* r = root_of(cameo);
    return r ? r->quad : 0;
}

namespace detail {
std::string_view summary_verb(std::string_view cameo, bool with_target) noexcept {
    const Root* r = root_of(cameo);
    if (r == nullptr) return {};
    return with_target ? r->verb : r->alone;
}
}  // namespace detail

}  // namespace crisis
