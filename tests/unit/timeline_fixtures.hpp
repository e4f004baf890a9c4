// Hand-built articles, actors and mentions for the timeline, graph and export tests.
#pragma once

#include <crisis/timeline.hpp>

#include <date/date.h>

#include <string>
#include <vector>

namespace fixtures {

inline crisis::CalendarDate day(int y, unsigned m, unsigned d) {
    return crisis::day_date(date::sys_days{date::year{y} / date::month{m} / date::day{d}});
}

inline crisis::CalendarDate month(int y, unsigned m) {
    const auto ym = date::year{y} / date::month{m};
    return {crisis::Precision::month, date::sys_days{ym / date::day{1}}, date::sys_days{ym / date::last}};
}

// Quad class by CAMEO root (1: 01-05, 2: 06-08, 3: 09-13, 4: 14-20).
inline int quad(const std::string& cameo) {
    const int root = std::stoi(cameo.substr(0, 2));
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

struct Mention {
    std::string id;
    crisis::CalendarDate date;
    std::string cameo;
    std::vector<std::string> source;
    std::vector<std::string> target;
    std::string sentence;
    std::string article = "art1";
    std::uint32_t start = 0;
    bool inferred = false;
    double confidence = 0.6;
};

inline crisis::Event event(const Mention& m) {
    crisis::Event e;
    e.id = m.id;
    e.date = m.date;
    e.date_inferred = m.inferred;
    e.cameo = m.cameo;
    e.quad_class = quad(m.cameo);
    e.source = m.source;
    e.target = m.target;
    e.summary = m.sentence.substr(0, 60);
    e.trigger = m.cameo;
    e.evidence.push_back({m.article, m.start, static_cast<std::uint32_t>(m.start + m.sentence.size()), m.sentence});
    e.confidence = m.confidence;
    return e;
}

inline crisis::Actor actor(std::string id, std::string name, crisis::ActorKind kind,
                           std::optional<std::string> affiliation = {}, std::optional<std::string> title = {}) {
    return crisis::Actor{std::move(id), std::move(name), kind, {}, std::move(affiliation), std::move(title)};
}

// The standing cast of the tests.
inline std::vector<crisis::Actor> cast() {
    using crisis::ActorKind;
    return {actor("united-states", "United States", ActorKind::country),
            actor("russia", "Russia", ActorKind::country),
            actor("nato", "NATO", ActorKind::organization),
            actor("belarus", "Belarus", ActorKind::country),
            actor("ukraine", "Ukraine", ActorKind::country),
            actor("antony-blinken", "Antony Blinken", ActorKind::person, "united-states", "Secretary of State"),
            actor("sergei-lavrov", "Sergei Lavrov", ActorKind::person, "russia", "Foreign Minister")};
}

inline crisis::ArticleInfo article(std::string id, crisis::CalendarDate d, std::string title = "t") {
    crisis::ArticleInfo a;
    a.id = id;
    a.path = "articles/" + id + ".txt";
    a.date = date::year_month_day{d.first};
    a.title = std::move(title);
    a.bytes = 1000;
    return a;
}

// Three articles as three partial timelines (as `extract` gives them): the written answers told
// twice, a Geneva meeting told from both sides, and unrelated events.
inline std::vector<crisis::Timeline> sample_parts() {
    using crisis::ActorKind;
    const auto all = cast();
    auto part = [&](crisis::ArticleInfo a, std::vector<crisis::Event> events) {
        crisis::ArticleResult r;
        r.article = std::move(a);
        r.actors = all;
        r.events = std::move(events);
        return crisis::single(std::move(r));
    };
    std::vector<crisis::Timeline> parts;
    parts.push_back(part(article("a1", day(2022, 1, 22), "Geneva"),
                         {event({"a1-10", day(2022, 1, 21), "04", {"antony-blinken"}, {"sergei-lavrov"},
                                 "Blinken met Lavrov in Geneva on Friday.", "a1", 10}),
                          event({"a1-90", day(2022, 1, 22), "13", {"united-states"}, {"russia"},
                                 "The US warned Russia of a swift response.", "a1", 90, true})}));
    parts.push_back(part(article("a2", day(2022, 1, 27), "Answers"),
                         {event({"a2-5", day(2022, 1, 26), "12", {"nato", "united-states"}, {"russia"},
                                 "The US and NATO handed Moscow their written answers on Wednesday.", "a2", 5}),
                          event({"a2-80", day(2022, 1, 21), "04", {"sergei-lavrov"}, {"antony-blinken"},
                                 "Lavrov and Blinken met in Geneva on January 21.", "a2", 80})}));
    auto answer = event({"a3-7", day(2022, 1, 26), "12", {"united-states"}, {"russia"},
                         "Washington delivered its answers on January 26, \"in writing\".", "a3", 7});
    auto reply = event({"a3-60", day(2022, 1, 28), "11", {"russia"}, {"united-states"},
                        "Russia criticised the answers in response to the US letter.", "a3", 60});
    reply.links.push_back(crisis::EventLink{"response_to", "in response to the US letter"});
    parts.push_back(part(article("a3", day(2022, 1, 29), "Reply"), {answer, reply}));
    return parts;
}

}  // namespace fixtures
