#include "system/profiles.hh"

#include "store/profiles.hh"
#include "system/fs.hh"

namespace hearth::system {

std::string user_profile_path(const store::LocalStore& store, const std::string& user) {
    return store.config().state_dir() + "/profiles/per-user-system/" + user;
}

Result<std::map<std::string, std::string>> update_user_profiles(store::LocalStore& store,
                                                                const Target& target,
                                                                const Manifest& m, Report& report,
                                                                bool dry) {
    std::map<std::string, std::string> links;
    for (auto& [user, p] : m.profiles) {
        std::string profile = user_profile_path(store, user);
        std::string seen = profile;
        if (!target.store_root.empty() && target.store_root == target.root)
            seen = profile.substr(target.root.size());
        links["/etc/profiles/per-user/" + user] = seen;
        if (dry) continue;
        auto path = HEARTH_TRY(store.parse(p.path));
        HEARTH_TRY(make_dirs(profile.substr(0, profile.rfind('/'))));
        auto before = HEARTH_TRY(store::current_generation(profile));
        int gen = HEARTH_TRY(store::create_generation(store, profile, path));
        if (!before || *before != gen)
            report.say("user '" + user + "': packages profile generation " + std::to_string(gen));
    }
    return links;
}

} // namespace hearth::system
