// Groups: creation with a gid from 999 downward, and membership from
// `members` and every user's extraGroups.
#include "system/accounts.hh"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <sstream>

namespace hearth::system {

namespace {

std::set<long> used_gids(const AccountFiles& f) {
    std::set<long> used;
    for (auto& r : f.group.rows())
        if (r.size() > 2 && !r[2].empty()) used.insert(std::strtol(r[2].c_str(), nullptr, 10));
    return used;
}

std::vector<std::string> split_members(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream in(s);
    for (std::string m; std::getline(in, m, ',');)
        if (!m.empty()) out.push_back(m);
    return out;
}

std::string join_members(const std::vector<std::string>& v) {
    std::string out;
    for (auto& m : v) out += (out.empty() ? "" : ",") + m;
    return out;
}

// Adds `wanted` to field `i` of `row` (a comma list); true if it changed.
bool add_members(AccountTable::Row& row, size_t i, const std::vector<std::string>& wanted) {
    if (row.size() <= i) row.resize(i + 1);
    auto have = split_members(row[i]);
    bool changed = false;
    for (auto& w : wanted)
        if (std::find(have.begin(), have.end(), w) == have.end()) have.push_back(w), changed = true;
    if (changed) row[i] = join_members(have);
    return changed;
}

} // namespace

void ensure_groups(AccountFiles& files, const Manifest& m, AccountChanges& changes) {
    std::map<std::string, std::vector<std::string>> members;
    for (auto& [name, g] : m.groups) members[name] = g.members;
    for (auto& [name, u] : m.users)
        for (auto& g : u.extra_groups) members[g].push_back(u.name);

    auto used = used_gids(files);
    for (auto& [name, g] : m.groups) {
        if (files.group.find(name)) continue;
        long gid = g.gid.value_or(-1);
        if (gid < 0)
            for (long id = 999; id >= 400; --id)
                if (!used.count(id)) {
                    gid = id;
                    break;
                }
        used.insert(gid);
        files.group.add({name, "x", std::to_string(gid), ""});
        if (files.has_gshadow && !files.gshadow.find(name)) files.gshadow.add({name, "!", "", ""});
        changes.created_groups.push_back(name);
    }

    for (auto& [name, wanted] : members) {
        AccountTable::Row* row = files.group.find(name);
        if (!row) continue; // an extraGroups entry no manifest group declares: NixOS ignores it too
        bool changed = add_members(*row, 3, wanted);
        if (AccountTable::Row* gs = files.has_gshadow ? files.gshadow.find(name) : nullptr)
            changed = add_members(*gs, 3, wanted) || changed;
        bool created = std::find(changes.created_groups.begin(), changes.created_groups.end(),
                                 name) != changes.created_groups.end();
        if (changed && !created) changes.changed_groups.push_back(name);
    }
}

} // namespace hearth::system
