#include "system/generations.hh"

#include "store/profiles.hh"
#include "system/fs.hh"
#include "system/manifest.hh"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace hearth::system {

std::string system_profile(const store::LocalStore& store) {
    return store.config().state_dir() + "/profiles/system";
}

Result<int> add_system_generation(store::LocalStore& store, const std::string& toplevel) {
    auto path = HEARTH_TRY(store.parse(toplevel));
    return HEARTH_TRY(store::create_generation(store, system_profile(store), path));
}

Result<std::string> generation_toplevel(const store::LocalStore& store, std::optional<int> number) {
    auto gens = HEARTH_TRY(store::list_generations(system_profile(store)));
    for (auto& g : gens)
        if (number ? g.number == *number : g.current) return g.target;
    if (number)
        return fail(ErrorKind::usage, "there is no system generation " + std::to_string(*number));
    return fail(ErrorKind::usage,
                "there is no current system generation (no switch has been made yet)");
}

Result<int> previous_generation(const store::LocalStore& store) {
    auto gens = HEARTH_TRY(store::list_generations(system_profile(store)));
    auto cur = std::find_if(gens.begin(), gens.end(), [](auto& g) { return g.current; });
    int best = -1;
    for (auto& g : gens)
        if ((cur == gens.end() || g.number < cur->number) && g.number > best) best = g.number;
    if (best < 0)
        return fail(ErrorKind::usage, "no generation older than the current one to roll back to");
    return best;
}

Result<void> set_current_generation(const store::LocalStore& store, int number) {
    HEARTH_TRY(store::switch_generation(system_profile(store), number));
    return {};
}

Result<std::string> list_generations_text(const store::LocalStore& store) {
    auto gens = HEARTH_TRY(store::list_generations(system_profile(store)));
    std::sort(gens.begin(), gens.end(), [](auto& a, auto& b) { return a.number > b.number; });
    std::string out = "Generation  Build-date           State version  Configuration\n";
    for (auto& g : gens) {
        char date[32] = "";
        std::tm tm{};
        if (::localtime_r(&g.created, &tm))
            std::strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S", &tm);
        std::string state = "-";
        auto m = Manifest::load(store.config().root + g.target + "/manifest.json");
        if (m.ok() && !m->state_version.empty()) state = m->state_version;
        char line[512];
        std::string number = std::to_string(g.number) + (g.current ? " current" : "");
        std::snprintf(line, sizeof line, "%-11s %-20s %-14s %s\n", number.c_str(), date,
                      state.c_str(), g.target.c_str());
        out += line;
    }
    return out;
}

} // namespace hearth::system
