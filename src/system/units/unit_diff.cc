#include "system/units/unit_diff.hh"

#include <algorithm>

namespace hearth::system {

namespace {

bool running(const std::string& s) {
    return s == "active" || s == "activating" || s == "reloading";
}

void add(std::vector<std::string>& v, const std::string& unit) {
    if (std::find(v.begin(), v.end(), unit) == v.end()) v.push_back(unit);
}

} // namespace

UnitPlan plan_units(const std::map<std::string, UnitSpec>& old_units,
                    const std::map<std::string, UnitSpec>& new_units, const ActiveState& state) {
    UnitPlan plan;
    std::map<std::string, std::string> states;
    auto state_of = [&](const std::string& u) -> const std::string& {
        auto it = states.find(u);
        if (it == states.end()) it = states.emplace(u, state(u)).first;
        return it->second;
    };

    for (auto& [name, old] : old_units) {
        auto it = new_units.find(name);
        bool gone = it == new_units.end() || !it->second.enable;
        if (!running(state_of(name))) continue;
        if (gone) {
            add(plan.stop, name);
            continue;
        }
        const UnitSpec& now = it->second;
        if (now.text == old.text || name.ends_with(".target")) continue;
        if (!now.restart_if_changed)
            add(plan.skipped, name);
        else if (now.reload_if_changed)
            add(plan.reload, name);
        else if (!now.stop_if_changed)
            add(plan.restart, name);
        else {
            add(plan.stop, name);
            add(plan.start, name);
        }
    }

    for (auto& [name, now] : new_units) {
        if (!now.enable || (now.wanted_by.empty() && now.required_by.empty())) continue;
        if (!running(state_of(name))) add(plan.start, name);
    }
    return plan;
}

} // namespace hearth::system
