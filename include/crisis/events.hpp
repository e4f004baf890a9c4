// events: who did what to whom and when, with the sentence that says so (CAMEO codes).
#pragma once

#include <crisis/actors.hpp>
#include <crisis/article.hpp>
#include <crisis/temporal.hpp>
#include <crisis/text.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

// The sentence of an article that reports an event.
struct Evidence {
    std::string article;  // article id
    std::uint32_t start = 0;  // byte offsets of the sentence in the article text
    std::uint32_t end = 0;
    std::string text;     // the sentence
    friend bool operator==(const Evidence&, const Evidence&) = default;
};

enum class EventStatus : std::uint8_t { occurred, planned };
[[nodiscard]] std::string_view to_string(EventStatus s) noexcept;  // "occurred", "planned"

// A typed link from one event to an earlier one ("in response to", "a day after").
struct EventLink {
    std::string kind;  // "response_to", "after"
    std::string cue;   // the words that say so
};

struct Event {
    std::string id;          // stable, from content (article id + trigger offset; merged: smallest member id)
    CalendarDate date;
    bool date_inferred = false;  // true when the date is the article's date, not read from the text
    std::vector<CalendarDate> alternative_dates;  // conflicting dates from other reports (merging)
    std::string cameo;       // CAMEO code, root first: "12" or "121"
    int quad_class = 1;      // 1..4
    double goldstein = 0.0;  // Goldstein-style weight, -10..10
    EventStatus status = EventStatus::occurred;
    std::vector<std::string> source;  // actor ids (sorted, unique)
    std::vector<std::string> target;  // actor ids (sorted, unique)
    std::string summary;
    std::string trigger;     // the trigger words as written
    std::vector<Evidence> evidence;
    double confidence = 0.0;  // 0..1
    std::vector<EventLink> links;
    std::vector<std::string> mentions;  // a merged event: the ids of the mentions it joins (sorted)
};

// CAMEO root label ("Reject" for "12"); empty for an unknown code.
[[nodiscard]] std::string_view cameo_label(std::string_view cameo) noexcept;
// Quad class 1..4 of a CAMEO code (by its root), 0 for an unknown code.
[[nodiscard]] int quad_class_of(std::string_view cameo) noexcept;

// Finds the events of one article, given its actors and time expressions.
[[nodiscard]] std::vector<Event> find_events(const Article& article, const Segmentation& seg,
                                             const std::vector<Timex>& timexes,
                                             const ActorAnalysis& actors);

}  // namespace crisis
