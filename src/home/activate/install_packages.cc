// installPackages: puts the generation's home-path (the buildEnv of
// home.packages) into the user's profile. A profile that Hearth manages
// (absent, or whose current generation is a home-manager-path or gone)
// gets a new generation, switched by renaming one symlink: a crash leaves
// the old or the new package set. A profile Nix manages with other
// packages in it is refused with what to do (Home Manager hands it to
// nix-env). With externalPackageInstall the system installs the packages;
// only a stale home-manager-path in the user's own profile is removed, as
// Home Manager does.
#include "home/activate/steps.hh"

#include "home/process.hh"
#include "home/profile.hh"
#include "store/profiles.hh"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <filesystem>

namespace hearth::home {

namespace fs = std::filesystem;

namespace {

// The profile link behind the profile directory (~/.nix-profile ->
// .../profiles/profile), absolute.
std::string profile_behind(const std::string& dir) {
    std::error_code ec;
    auto dest = fs::read_symlink(dir, ec);
    if (ec) return {};
    if (dest.is_relative()) dest = fs::path(dir).parent_path() / dest;
    return dest.lexically_normal().string();
}

// Home Manager hands a profile Nix made (packages installed with nix-env)
// to `nix-env -i`. Hearth cannot: nix-env installs only paths valid in
// Nix's own database, and Hearth's store is not in it. Nothing is touched;
// the user moves the profile aside, and its packages stay in Nix's hands.
Result<void> foreign_profile(const std::string& dir, const std::string& current) {
    return fail(ErrorKind::command,
                dir + " is a profile Hearth did not make: its current generation, " +
                    (current.empty() ? std::string("a file or directory") : "'" + current + "'") +
                    ", is not a home-manager-path.\n"
                    "Hearth cannot add to it (nix-env installs only what Nix's own store "
                    "holds). Move it aside, for example\n"
                    "\n"
                    "    mv " +
                    shell_quote(dir) + " " + shell_quote(dir + ".nix") +
                    "\n"
                    "\n"
                    "and switch again; Hearth then makes a profile of its own, and what "
                    "nix-env installed stays in the moved one.");
}

// With packages installed by the system, a home-manager-path left in the
// user's own profile by an earlier generation would still come first on
// PATH: Home Manager removes it (nixProfileRemove home-manager-path). A
// profile Hearth made holds nothing else, so its links go.
Result<void> remove_stale_profile(Context& c) {
    for (const std::string& dir : {c.home + "/.nix-profile", c.state_home + "/nix/profile"}) {
        struct stat st;
        auto current = resolve_link(dir);
        if (::lstat(dir.c_str(), &st) != 0 || !S_ISLNK(st.st_mode) || !current ||
            !current->ends_with("-home-manager-path"))
            continue;
        std::string profile = profile_behind(dir);
        std::vector<std::string> links;
        if (auto gens = store::list_generations(profile))
            for (auto& g : *gens) links.push_back(g.link);
        links.push_back(profile);
        links.push_back(dir);
        c.log.info("removing the old 'home-manager-path' from " + dir);
        for (auto& link : links) {
            if (c.dry_run) {
                c.log.would_run({"rm", link});
                continue;
            }
            crash_point();
            if (::unlink(link.c_str()) != 0 && errno != ENOENT)
                return fail(ErrorKind::io, "cannot remove '" + link + "': " + std::strerror(errno),
                            link);
        }
        return {};
    }
    return {};
}

} // namespace

Result<void> installPackages(Context& c) {
    const Manifest& m = c.new_gen.manifest;
    if (m.external_package_install) {
        c.log.verbose("Packages are installed by the system; nothing to install");
        return remove_stale_profile(c);
    }
    std::string home_path = c.new_gen.path + "/home-path";
    if (auto resolved = resolve_link(physical_path(home_path))) home_path = *resolved;
    std::string dir = m.profile_directory.empty() ? c.home + "/.nix-profile" : m.profile_directory;

    struct stat st;
    std::string profile;
    bool replacing = false;
    if (::lstat(dir.c_str(), &st) != 0) {
        profile = c.profiles_dir + "/profile";
    } else {
        auto current = resolve_link(dir);
        // A profile link whose generation is gone (collected, or from a
        // store that is no longer there) holds no packages for nix-env to
        // keep, and nix-env cannot install a path it does not know: it
        // gets a new generation like one of ours.
        bool gone = S_ISLNK(st.st_mode) && !current;
        if (!gone &&
            (!S_ISLNK(st.st_mode) || !current || !current->ends_with("-home-manager-path")))
            return foreign_profile(dir, current ? *current : "");
        profile = profile_behind(dir);
        replacing = true;
        if (current && *current == home_path) {
            c.log.verbose("home-manager-path is already installed");
            return {};
        }
    }
    if (replacing) c.log.info("replacing old 'home-manager-path'");
    c.log.info("installing 'home-manager-path'");
    if (c.dry_run) {
        c.log.would_run({"nix-env", "--profile", profile, "--set", home_path});
        if (!replacing) c.log.would_run({"ln", "-s", profile, dir});
        return {};
    }
    crash_point();
    HEARTH_TRY(set_profile(profile, home_path));
    if (!replacing) {
        HEARTH_TRY(make_dirs(fs::path(dir).parent_path().string()));
        HEARTH_TRY(replace_symlink(profile, dir));
    }
    return {};
}

} // namespace hearth::home
