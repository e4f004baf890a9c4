// The actors stage: gazetteer look-up, people from titles, coreference, places that do not act.
#include <crisis/actors.hpp>

#include "actors/gazetteer_impl.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

namespace {

using crisis::ActorMention;

const crisis::Gazetteer& builtin() {
    static const crisis::Gazetteer g;
    return g;
}

// One line per mention: "surface=id" plus "/form" when not a plain name and " (place)" when it does not act.
std::string dump(std::string_view text, const crisis::Gazetteer& g = builtin()) {
    const auto r = crisis::find_actors(text, crisis::segment(text), g);
    std::string out;
    for (const ActorMention& m : r.mentions) {
        if (!out.empty()) out += "; ";
        out += m.span.in(text);  // appended piece by piece: GCC 12 warns wrongly of an overlap in a + chain
        out += '=';
        out += m.actor_id;
        if (m.form != crisis::MentionForm::name) {
            out += '/';
            out += to_string(m.form);
        }
        if (!m.acts) out += " (place)";
    }
    return out;
}

const crisis::Actor* actor(const crisis::ActorAnalysis& r, std::string_view id) {
    for (const auto& a : r.actors)
        if (a.id == id) return &a;
    return nullptr;
}

struct Row {
    const char* rule;
    const char* text;
    const char* mentions;
};

}  // namespace

TEST_CASE("gazetteer rows: names, aliases, demonyms, seats, case and context", "[actors]") {
    const Row rows[] = {
        {"a country by name", "Russia moved troops.", "Russia=russia"},
        {"a seat of power stands for its government", "The Kremlin said Moscow would reply.",
         "The Kremlin=russia/seat; Moscow=russia/seat"},
        {"Washington and the White House are the United States", "Washington and the White House agreed.",
         "Washington=united-states/seat; the White House=united-states/seat"},
        {"Kyiv is Ukraine", "Kyiv welcomed it.", "Kyiv=ukraine/seat"},
        {"a demonym stands for its country", "The Americans and the Ukrainians spoke.",
         "Americans=united-states/demonym; Ukrainians=ukraine/demonym"},
        {"an acronym must be written in capitals", "It is in the interest of both us and the US.", "US=united-states"},
        {"the Western alliance is NATO", "The Western alliance met.", "The Western alliance=nato"},
        {"'the alliance' only after NATO was named", "The alliance met. NATO met. The alliance agreed.",
         "NATO=nato; The alliance=nato/context"},
        {"the longest alias wins", "The UN Security Council met.", "The UN Security Council=un-security-council"},
        {"Brussels stays a place", "Ministers met in Brussels.", ""},
        {"a possessive country", "Russia's demands were clear.", "Russia=russia"},
        {"the Normandy format is a group", "Normandy-format advisers met.", "Normandy-format=normandy-format"},
        {"a known person by surname", "Lavrov said so.", "Lavrov=sergei-lavrov"},
        {"another first name makes another person", "Ambassador John Sullivan met Lavrov.",
         "John Sullivan=john-sullivan; Lavrov=sergei-lavrov"},
        {"a title or an honorific keeps the known person", "President Biden and Mr. Sullivan spoke.",
         "Biden=joe-biden; Sullivan=jake-sullivan"},
    };
    for (const Row& r : rows) {
        INFO(r.rule);
        CHECK(dump(r.text) == r.mentions);
    }
}

TEST_CASE("places that do not act are marked", "[actors]") {
    const Row rows[] = {
        {"a drill location after 'in'", "Russia held drills in Belarus.", "Russia=russia; Belarus=belarus (place)"},
        {"a direction word between the cue and the place", "Drills began in southwestern Russia.",
         "Russia=russia (place)"},
        {"a destination of a visit", "On a visit to Denmark, Kuleba spoke.",
         "Denmark=denmark (place); Kuleba=dmytro-kuleba"},
        {"the reworded 'go to to'", "On a go to to Denmark, Kuleba spoke.",
         "Denmark=denmark (place); Kuleba=dmytro-kuleba"},
        {"a recipient is not a place", "The reply was delivered to Moscow.", "Moscow=russia/seat"},
    };
    for (const Row& r : rows) {
        INFO(r.rule);
        CHECK(dump(r.text) == r.mentions);
    }
}

TEST_CASE("people introduced by a title get the title and an affiliation", "[actors]") {
    SECTION("a country's possessive before the title") {
        const std::string_view text = "Ukraine's Defence Minister Ivan Petrenko said so. Petrenko left.";
        const auto r = crisis::find_actors(text, crisis::segment(text), builtin());
        const auto* p = actor(r, "ivan-petrenko");
        REQUIRE(p != nullptr);
        CHECK(p->kind == crisis::ActorKind::person);
        CHECK(p->title == "Defence Minister");
        CHECK(p->affiliation == "ukraine");
        CHECK(dump(text) == "Ukraine=ukraine; Ivan Petrenko=ivan-petrenko; Petrenko=ivan-petrenko/surname");
    }
    SECTION("a seat of power before the title becomes part of it") {
        const std::string_view text = "Kremlin aide Pavel Orlov spoke.";
        const auto r = crisis::find_actors(text, crisis::segment(text), builtin());
        const auto* p = actor(r, "pavel-orlov");
        REQUIRE(p != nullptr);
        CHECK(p->title == "Kremlin aide");
        CHECK(p->affiliation == "russia");
    }
    SECTION("an apposition: name, comma, title, 'to' and a person") {
        const std::string_view text = "Maria Ivanova, a foreign policy adviser to Putin, spoke.";
        const auto r = crisis::find_actors(text, crisis::segment(text), builtin());
        const auto* p = actor(r, "maria-ivanova");
        REQUIRE(p != nullptr);
        CHECK(p->title == "foreign policy adviser");
        CHECK(p->affiliation == "russia");
    }
    SECTION("a hyphen and the word glued to it belong to the name") {
        const std::string_view text = "North Korean leader Kim Jong-un fired missiles. Taiwan President Tsai Ing-wen spoke.";
        const auto r = crisis::find_actors(text, crisis::segment(text), builtin());
        const auto* kim = actor(r, "kim-jong-un");
        REQUIRE(kim != nullptr);
        CHECK(kim->name == "Kim Jong-un");
        CHECK(kim->affiliation == "north-korea");
        const auto* tsai = actor(r, "tsai-ing-wen");
        REQUIRE(tsai != nullptr);
        CHECK(tsai->affiliation == "taiwan");
    }
    SECTION("the Speaker of a house") {
        const std::string_view text = "US House Speaker Nancy Pelosi left Taipei.";
        const auto r = crisis::find_actors(text, crisis::segment(text), builtin());
        const auto* p = actor(r, "nancy-pelosi");
        REQUIRE(p != nullptr);
        CHECK(p->affiliation == "united-states");
    }
    SECTION("a known person keeps the gazetteer's title and affiliation") {
        const std::string_view text = "Kremlin spokesman Dmitry Peskov spoke.";
        const auto r = crisis::find_actors(text, crisis::segment(text), builtin());
        const auto* p = actor(r, "dmitry-peskov");
        REQUIRE(p != nullptr);
        CHECK(p->title == "Kremlin spokesman");
        CHECK(p->affiliation == "russia");
        CHECK(actor(r, "russia") != nullptr);  // the affiliation is listed as an actor
    }
}

TEST_CASE("coreference of titles and pronouns", "[actors]") {
    const Row rows[] = {
        {"a title stands for the person with that title named in the article",
         "The US Secretary of State spoke. Antony Blinken added more.",
         "US=united-states; Secretary of State=antony-blinken/title; Antony Blinken=antony-blinken"},
        {"a title with no such person named stays unresolved", "The US Secretary of State spoke.", "US=united-states"},
        {"a stand-in title: 'the Russian leader' is the president", "Putin met Macron. The Russian leader left.",
         "Putin=vladimir-putin; Macron=emmanuel-macron; Russian=russia/demonym; leader=vladimir-putin/title"},
        {"'he' is the subject of the sentence before",
         "Blinken met Foreign Minister Dmytro Kuleba. He warned Moscow.",
         "Blinken=antony-blinken; Dmytro Kuleba=dmytro-kuleba; He=antony-blinken/pronoun; Moscow=russia/seat"},
        {"'he' is the last person before it in the same sentence", "Kuleba spoke and then he left.",
         "Kuleba=dmytro-kuleba; he=dmytro-kuleba/pronoun"},
        {"'he' is not a person named after a preposition when another is named before",
         "Scholz held talks with Vladimir Putin on Tuesday, a day after he visited Kyiv.",
         "Scholz=olaf-scholz; Vladimir Putin=vladimir-putin; he=olaf-scholz/pronoun; Kyiv=ukraine/seat"},
        {"the preposition may stand before the person's title",
         "Macron met with Russian President Vladimir Putin before he flew to Kyiv.",
         "Macron=emmanuel-macron; Russian=russia/demonym; Vladimir Putin=vladimir-putin; he=emmanuel-macron/pronoun; Kyiv=ukraine/seat"},
        {"a person after a fronted preposition is passed over for the subject after it",
         "At a news conference with Zelensky, Macron said he saw solutions.",
         "Zelensky=volodymyr-zelensky; Macron=emmanuel-macron; he=emmanuel-macron/pronoun"},
        {"'it' as a subject is the country or organisation named first in the sentence before",
         "The State Department ordered staff out. Last month it had already sent home the families.",
         "The State Department=united-states/seat; it=united-states/pronoun"},
        {"'it' as a subject is the last country or organisation before it in its sentence",
         "Moscow insists on the drafts it published.", "Moscow=russia/seat; it=russia/pronoun"},
        {"an impersonal 'it' stands for no one", "NATO met. It was clear that it would be hard.", "NATO=nato"},
        {"'him' is the last person named before it who is not the subject",
         "Blinken spoke with Lavrov and urged him to withdraw.",
         "Blinken=antony-blinken; Lavrov=sergei-lavrov; him=sergei-lavrov/pronoun"},
        {"an 'of' inside a title is no preposition", "US Secretary of State Antony Blinken spoke with Lavrov and urged him to leave.",
         "US=united-states; Antony Blinken=antony-blinken; Lavrov=sergei-lavrov; him=sergei-lavrov/pronoun"},
        {"'him' in the sentence after: the last person there who is not its subject",
         "Biden met Putin in Geneva. He warned him.",
         "Biden=joe-biden; Putin=vladimir-putin; He=joe-biden/pronoun; him=vladimir-putin/pronoun"},
        {"'the two leaders' are the last two people named", "Biden proposed a summit with Putin. The two leaders spoke on Tuesday.",
         "Biden=joe-biden; Putin=vladimir-putin; The two leaders=vladimir-putin/group; The two leaders=joe-biden/group"},
        {"'both sides' are the last two countries named, people standing for theirs",
         "Zelensky accused Russia. Both sides massed troops.",
         "Zelensky=volodymyr-zelensky; Russia=russia; Both sides=russia/group; Both sides=ukraine/group"},
        {"with fewer than two named, no one", "Putin spoke. The two leaders met.", "Putin=vladimir-putin"},
        {"the West is a group of countries", "The West and Western governments were warned.",
         "The West=western-countries; Western governments=western-countries"},
        {"one named alone in the group's own sentence is no side", "Zelensky accused Russia. NATO urged both sides to talk.",
         "Zelensky=volodymyr-zelensky; Russia=russia; NATO=nato; both sides=russia/group; both sides=ukraine/group"},
        {"two named in the group's own sentence are the sides", "Russia and Ukraine met, and both sides agreed.",
         "Russia=russia; Ukraine=ukraine; both sides=ukraine/group; both sides=russia/group"},
        {"a group noun after another stands for the same two",
         "Zelensky accused Russia. NATO urged both sides to talk. Both sides refused.",
         "Zelensky=volodymyr-zelensky; Russia=russia; NATO=nato; both sides=russia/group; both sides=ukraine/group; "
         "Both sides=ukraine/group; Both sides=russia/group"},
    };
    for (const Row& r : rows) {
        INFO(r.rule);
        CHECK(dump(r.text) == r.mentions);
    }
}

TEST_CASE("actor ids are stable slugs of the canonical name", "[actors]") {
    CHECK(crisis::actor_slug("Sergei Lavrov") == "sergei-lavrov");
    CHECK(crisis::actor_slug("United States") == "united-states");
    CHECK(crisis::actor_slug("Donetsk People's Republic") == "donetsk-peoples-republic");
    CHECK(crisis::actor_slug("UN Security Council") == "un-security-council");
    CHECK(crisis::actor_slug("  NATO  ") == "nato");
}

TEST_CASE("every gazetteer data row loads and people belong to known actors", "[actors]") {
    using crisis::detail::data_file;
    using crisis::detail::read_tsv;
    const auto& g = builtin();
    std::size_t rows = 0;
    for (const char* file : {"data/gazetteer_countries.tsv", "data/gazetteer_organizations.tsv", "data/gazetteer_people.tsv"}) {
        INFO(file);
        const auto table = read_tsv(data_file(file), 4);
        CHECK(!table.empty());
        for (const auto& row : table) {
            INFO(std::string(row[0]));
            const auto a = crisis::find_actor(g, crisis::actor_slug(row[0]));
            REQUIRE(a.has_value());
            CHECK(a->name == row[0]);
            if (a->affiliation) CHECK(crisis::find_actor(g, *a->affiliation).has_value());
            ++rows;
        }
    }
    CHECK(rows >= 250);
    // every place lies in a country of the table, and stands for it
    for (const auto& row : read_tsv(data_file("data/gazetteer_places.tsv"), 3)) {
        INFO(std::string(row[0]));
        const auto country = crisis::find_actor(g, crisis::actor_slug(row[1]));
        REQUIRE(country.has_value());
        CHECK(country->kind == crisis::ActorKind::country);
    }
    CHECK(crisis::find_actor(g, "united-states")->kind == crisis::ActorKind::country);
    CHECK(crisis::find_actor(g, "nato")->kind == crisis::ActorKind::organization);
    CHECK(crisis::find_actor(g, "antony-blinken")->title == "Secretary of State");
    for (const auto& row : read_tsv(data_file("data/titles.tsv"), 3)) {
        INFO(std::string(row[0]));
        CHECK(!row[0].empty());
        CHECK(!row[1].empty());
    }
}

TEST_CASE("extend_gazetteer adds and overrides entries from JSON", "[actors]") {
    crisis::Gazetteer g;
    SECTION("a new person with aliases, title and affiliation") {
        const auto ok = crisis::extend_gazetteer(g, R"({"actors": [{"name": "Dmitry Polyanskiy", "kind": "person",
            "aliases": ["Polyanskiy"], "title": "deputy UN envoy", "affiliation": "Russia"}]})");
        REQUIRE(ok.has_value());
        CHECK(dump("Polyanskiy tweeted.", g) == "Polyanskiy=dmitry-polyanskiy");
        const auto a = crisis::find_actor(g, "dmitry-polyanskiy");
        REQUIRE(a.has_value());
        CHECK(a->affiliation == "russia");
        CHECK(a->title == "deputy UN envoy");
    }
    SECTION("a seat added to a built-in country") {
        REQUIRE(crisis::extend_gazetteer(g, R"({"actors": [{"name": "Belgium", "kind": "country", "seats": ["Brussels"]}]})"));
        CHECK(dump("Brussels protested.", g) == "Brussels=belgium/seat");
    }
    SECTION("a place added to a built-in country stands for it, without acting") {
        REQUIRE(crisis::extend_gazetteer(g, R"({"actors": [{"name": "Estonia", "kind": "country", "places": ["Narva"]}]})"));
        CHECK(dump("Troops shelled Narva.", g) == "Narva=estonia/place (place)");  // "(place)": it does not act
    }
    SECTION("a title phrase") {
        REQUIRE(crisis::extend_gazetteer(g, R"({"titles": [{"phrase": "deputy envoy"}]})"));
        const std::string_view text = "Russia's deputy envoy Ivan Ivanov spoke.";
        const auto r = crisis::find_actors(text, crisis::segment(text), g);
        const auto* p = actor(r, "ivan-ivanov");
        REQUIRE(p != nullptr);
        CHECK(p->title == "deputy envoy");
    }
    SECTION("errors name the entry and leave the gazetteer unchanged") {
        CHECK(crisis::extend_gazetteer(g, "{").error().message == "not valid JSON");
        CHECK(crisis::extend_gazetteer(g, "[]").error().message ==
              "the document must be a JSON object with \"actors\" and/or \"titles\"");
        CHECK(crisis::extend_gazetteer(g, R"({"actors": [{"kind": "person"}]})").error().message ==
              "actors[0]: an actor needs a string \"name\"");
        CHECK(crisis::extend_gazetteer(g, R"({"actors": [{"name": "X Y", "kind": "planet"}]})").error().message ==
              "actors[0] (X Y): unknown kind \"planet\"");
        CHECK(crisis::extend_gazetteer(g, R"({"actors": [{"name": "Good One"}, {"name": "Bad", "aliases": "B"}]})")
                  .error()
                  .message == "actors[1] (Bad): \"aliases\" must be an array of strings");
        CHECK_FALSE(crisis::find_actor(g, "good-one").has_value());
    }
}
