// `hearth store profile PROFILE COMMAND`: the generations of any profile,
// as nix-env -p PROFILE --list-generations, --set, --switch-generation,
// --rollback and --delete-generations manage them. Parses and prints; the
// work is in src/store/profiles.
#include "store/local_store.hh"
#include "store/profiles.hh"

#include <cstdio>
#include <ctime>
#include <set>
#include <string>
#include <vector>

namespace hearth::cli {

namespace {

constexpr const char* usage_text =
    "usage: hearth store profile PROFILE COMMAND\n"
    "  PROFILE is a path, or a name under the store's profiles directory\n"
    "  list                    the generations, with their dates and the current one\n"
    "  set PATH                a new current generation pointing at store path PATH\n"
    "  switch N                make generation N current\n"
    "  rollback                switch to the generation before the current one\n"
    "  delete N...|old|Nd|+N   delete generations: these, all but the current, those\n"
    "                          older than N days, all but the newest N (never the current)\n";

int fail(const store::Error& e) {
    std::fprintf(stderr, "error: %s\n", e.message.c_str());
    return 1;
}

int usage() {
    std::fputs(usage_text, stderr);
    return 1;
}

bool parse_number(const std::string& s, int& out) {
    if (s.empty() || s.size() > 9 || s.find_first_not_of("0123456789") != std::string::npos)
        return false;
    out = std::stoi(s);
    return true;
}

// nix-env's listing: number, creation time (local), "(current)".
int list(const std::string& profile) {
    auto gens = store::list_generations(profile);
    if (!gens) return fail(gens.error());
    for (const auto& g : *gens) {
        std::tm t{};
        ::localtime_r(&g.created, &t);
        std::printf("%4d   %04d-%02d-%02d %02d:%02d:%02d   %s\n", g.number, t.tm_year + 1900,
                    t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec,
                    g.current ? "(current)" : "");
    }
    return 0;
}

// Switches with `to` and says so as nix-env does.
template <class F> int switch_with(const std::string& profile, F to) {
    auto from = store::current_generation(profile);
    if (!from) return fail(from.error());
    auto n = to();
    if (!n) return fail(n.error());
    std::fprintf(stderr, "switching profile from version %d to %d\n", from->value_or(0), *n);
    return 0;
}

int remove(const std::string& profile, const std::vector<std::string>& what) {
    if (what.empty()) return usage();
    store::Result<std::vector<int>> removed = std::vector<int>{};
    const std::string& first = what[0];
    int n = 0;
    if (what.size() == 1 && first == "old") {
        auto current = store::current_generation(profile);
        auto gens = store::list_generations(profile);
        if (!current) return fail(current.error());
        if (!gens) return fail(gens.error());
        std::set<int> old;
        for (const auto& g : *gens)
            if (g.number != current->value_or(0)) old.insert(g.number);
        if (auto r = store::delete_generations(profile, old); !r) return fail(r.error());
        removed = std::vector<int>(old.begin(), old.end());
    } else if (what.size() == 1 && first.size() > 1 && first.back() == 'd' &&
               parse_number(first.substr(0, first.size() - 1), n)) {
        removed = store::expire_generations(profile, std::time(nullptr) - std::time_t(n) * 86400);
    } else if (what.size() == 1 && first.size() > 1 && first[0] == '+' &&
               parse_number(first.substr(1), n)) {
        removed = store::delete_all_but_last(profile, n);
    } else {
        std::set<int> numbers;
        for (const auto& w : what) {
            if (!parse_number(w, n)) {
                std::fprintf(stderr, "error: invalid generation specifier '%s'\n", w.c_str());
                return 1;
            }
            numbers.insert(n);
        }
        if (auto r = store::delete_generations(profile, numbers); !r) return fail(r.error());
        removed = std::vector<int>(numbers.begin(), numbers.end());
    }
    if (!removed) return fail(removed.error());
    for (int r : *removed) std::fprintf(stderr, "removing profile version %d\n", r);
    return 0;
}

} // namespace

int cmd_store_profile(store::LocalStore& s, const std::vector<std::string>& args) {
    if (args.size() < 2) return usage();
    std::string profile = args[0];
    if (profile.find('/') == std::string::npos)
        profile = s.config().state_dir() + "/profiles/" + profile;
    const std::string& cmd = args[1];
    std::vector<std::string> rest(args.begin() + 2, args.end());
    if (cmd == "list" && rest.empty()) return list(profile);
    if (cmd == "set" && rest.size() == 1) {
        auto p = s.dir().to_store_path(rest[0]);
        if (!p) return fail(p.error());
        auto valid = s.is_valid(*p);
        if (!valid) return fail(valid.error());
        if (!*valid)
            return fail({store::ErrorKind::not_valid,
                         "path '" + s.print(*p) + "' is not valid",
                         rest[0],
                         {}});
        auto n = store::create_generation(s, profile, *p);
        return n ? 0 : fail(n.error());
    }
    int n = 0;
    if (cmd == "switch" && rest.size() == 1 && parse_number(rest[0], n))
        return switch_with(profile, [&]() -> store::Result<int> {
            HEARTH_TRY(store::switch_generation(profile, n));
            return n;
        });
    if (cmd == "rollback" && rest.empty())
        return switch_with(profile, [&] { return store::rollback(profile); });
    if (cmd == "delete") return remove(profile, rest);
    return usage();
}

} // namespace hearth::cli
