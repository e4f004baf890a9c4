// PLACEHOLDER: the actors stage is being written (issue 4).
#include <crisis/actors.hpp>

namespace crisis {

std::string_view to_string(ActorKind k) noexcept {
    switch (k) {
        case ActorKind::person: return "person";
        case ActorKind::country: return "country";
        case ActorKind::organization: return "organization";
        case ActorKind::group: return "group";
        case ActorKind::other: return "other";
    }
    return "other";
}

struct Gazetteer::Impl {};
Gazetteer::Gazetteer() : impl_(std::make_unique<Impl>()) {}
Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(const Gazetteer& o) : impl_(std::make_unique<Impl>(*o.impl_)) {}
Gazetteer& Gazetteer::operator=(const Gazetteer& o) {
    impl_ = std::make_unique<Impl>(*o.impl_);
    return *this;
}
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;

tl::expected<void, GazetteerError> extend_gazetteer(Gazetteer&, std::string_view) { return {}; }

ActorAnalysis find_actors(std::string_view, const Segmentation&, const Gazetteer&) { return {}; }

}  // namespace crisis
