#include "system/switch.hh"

#include "system/accounts.hh"
#include "system/etc_files.hh"
#include "system/fs.hh"
#include "system/home_activation.hh"
#include "system/homes.hh"
#include "system/manifest.hh"
#include "system/profiles.hh"
#include "system/units/unit_diff.hh"
#include "system/units/unit_files.hh"
#include "system/user_managers.hh"

namespace hearth::system {

namespace {

std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
}

// The configuration that runs now, or an empty one (first switch, or
// after a reboot cleared /run).
Manifest running_manifest(const Target& target) {
    auto link = read_link(target.current_system() + "/toplevel");
    if (!link) return Manifest{};
    auto m = Manifest::load(target.in_store(*link) + "/manifest.json");
    return m.ok() ? *m : Manifest{};
}

Result<void> record_current(const Target& target, const std::string& toplevel, const Manifest& m) {
    HEARTH_TRY(make_dirs(target.current_system()));
    HEARTH_TRY(write_symlink_atomic(target.current_system() + "/toplevel", toplevel));
    if (!m.system_path.empty())
        HEARTH_TRY(write_symlink_atomic(target.current_system() + "/sw", m.system_path));
    return {};
}

// Step 4: returns the units that failed.
std::vector<std::string> run_plan(const UnitPlan& plan, ServiceManager& services, Report& report) {
    std::vector<std::string> failed;
    auto act = [&](const char* verb, const char* heading, const std::vector<std::string>& units) {
        if (units.empty()) return;
        report.say(std::string(heading) + " the following units: " + joined(units));
        for (auto& u : units) {
            std::string why;
            if (!services.act(verb, u, why)) failed.push_back(u);
        }
    };
    act("reload", "reloading", plan.reload);
    act("restart", "restarting", plan.restart);
    act("start", "starting", plan.start);
    return failed;
}

void report_plan_only(const UnitPlan& plan, const char* why, Report& report) {
    auto say = [&](const char* verb, const std::vector<std::string>& units) {
        if (!units.empty())
            report.say(std::string("would ") + verb + " the following units: " + joined(units) +
                       why);
    };
    say("stop", plan.stop);
    say("reload", plan.reload);
    say("restart", plan.restart);
    say("start", plan.start);
}

// Step 2, shared by every action but dry-activate (which passes dry).
Result<AccountFiles> install(store::LocalStore& store, const Target& target, const Manifest& m,
                             Report& report, bool dry) {
    HEARTH_TRY(apply_accounts(target, m, report, dry));
    auto accounts = HEARTH_TRY(AccountFiles::read(target));
    HEARTH_TRY(create_homes(target, m, accounts, report, dry));
    auto links = HEARTH_TRY(update_user_profiles(store, target, m, report, dry));
    HEARTH_TRY(install_etc(target, m, accounts, links, report, dry));
    HEARTH_TRY(install_units(target, m, report, dry));
    return accounts;
}

} // namespace

Result<int> activate_configuration(store::LocalStore& store, const Target& target,
                                   const ActivateOptions& o, ServiceManager& services,
                                   Report& report) {
    auto now = HEARTH_TRY(Manifest::load(target.in_store(o.toplevel) + "/manifest.json"));
    if (o.action == Activation::boot) {
        HEARTH_TRY(install(store, target, now, report, false));
        report.say("the new configuration's units take effect when the machine boots next");
        return 0;
    }
    Manifest old = running_manifest(target);
    UnitPlan plan = plan_units(old.units, now.units,
                               [&](const std::string& u) { return services.active_state(u); });
    if (!plan.skipped.empty())
        report.say("NOT restarting the following changed units: " + joined(plan.skipped));

    bool dry = o.action == Activation::dry_activate;
    if (dry || !services.present()) {
        const char* why = dry                ? ""
                          : target.is_live() ? " (systemd does not run this machine)"
                                             : " (sandbox root: no systemd)";
        report_plan_only(plan, why, report);
    } else if (!plan.stop.empty()) {
        report.say("stopping the following units: " + joined(plan.stop));
        for (auto& u : plan.stop) {
            std::string why;
            if (!services.act("stop", u, why)) report.warn("stopping " + u + " failed: " + why);
        }
    }

    auto accounts = HEARTH_TRY(install(store, target, now, report, dry));
    if (dry) return 0;
    HEARTH_TRY(record_current(target, o.toplevel, now));

    std::vector<std::string> failed;
    if (services.present()) {
        HEARTH_TRY(services.daemon_reload());
        failed = run_plan(plan, services, report);
        if (!failed.empty()) {
            report.warn("the following units failed: " + joined(failed));
            for (auto& u : failed) report.say(services.status(u));
        }
        for (auto& u : reload_user_managers(now, accounts, services, report))
            failed.push_back("user activation of " + u);
    } else {
        for (auto& h : activate_homes_directly(target, now, accounts, o.hearth_exe, report))
            if (!h.ok) failed.push_back(h.user);
        if (!failed.empty())
            report.warn("the homes of these users were not activated: " + joined(failed));
        // They run in users' systemd instances, and there are none; the
        // homes they would activate were activated directly above.
        if (!now.user_activation_scripts.empty())
            report.say("system.userActivationScripts not run: they run in each user's systemd "
                       "instance, and none runs here");
    }
    return failed.empty() ? 0 : 4;
}

} // namespace hearth::system
