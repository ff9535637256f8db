#include "system/units/unit_files.hh"

namespace hearth::system {

namespace {

Result<void> install_set(OwnedFiles& owned, const std::string& dir,
                         const std::map<std::string, UnitSpec>& units, Report& report) {
    for (auto& entry : units) {
        // Not a structured binding: clang before 16 cannot capture one.
        const std::string& name = entry.first;
        const UnitSpec& u = entry.second;
        std::string file = dir + "/" + name;
        if (!u.enable) {
            HEARTH_TRY(owned.link(file, "/dev/null", report));
            continue;
        }
        HEARTH_TRY(owned.file(file, u.text, 0644, 0, 0, report));
        auto links = [&](const std::vector<std::string>& targets,
                         const char* suffix) -> Result<void> {
            for (auto& t : targets)
                HEARTH_TRY(owned.link(dir + "/" + t + suffix + "/" + name, file, report));
            return {};
        };
        HEARTH_TRY(links(u.wanted_by, ".wants"));
        HEARTH_TRY(links(u.required_by, ".requires"));
        HEARTH_TRY(links(u.upheld_by, ".upholds"));
        for (auto& a : u.aliases) HEARTH_TRY(owned.link(dir + "/" + a, file, report));
    }
    return {};
}

} // namespace

Result<OwnedFiles> install_units(const Target& target, const Manifest& m, Report& report,
                                 bool dry) {
    auto owned = HEARTH_TRY(OwnedFiles::load(target, "unit-files", dry));
    HEARTH_TRY(install_set(owned, "/etc/systemd/system", m.units, report));
    HEARTH_TRY(install_set(owned, "/etc/systemd/user", m.user_units, report));
    HEARTH_TRY(owned.remove_stale(report));
    HEARTH_TRY(owned.save());
    return owned;
}

} // namespace hearth::system
