#include "home/activate/activate.hh"

#include "home/activate/bash_entries.hh"
#include "home/activate/failure_report.hh"
#include "home/activate/steps.hh"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>

namespace hearth::home {

namespace {

struct StepRow {
    const char* name;
    Step fn;
};

// Home Manager's names; the manifest marks the first four builtin.
const StepRow builtin_steps[] = {
    {"checkLinkTargets", checkLinkTargets}, {"installPackages", installPackages},
    {"linkGeneration", linkGeneration},     {"reloadSystemd", reloadSystemd},
    {"writeBoundary", writeBoundary},
};

int report(const Log& log, const Error& e) {
    if (!e.message.empty()) {
        std::string text = e.message;
        for (const auto& line : e.trail) text += "\n(" + line + ")";
        log.error(text);
    }
    return e.exit_code == 0 ? 1 : e.exit_code;
}

// The profile directory must exist before anything links into it; a
// machine without Nix has none, so Hearth makes the per-user one.
Result<void> ensure_profiles_dir(Context& c) {
    struct stat st;
    if (::stat(c.profiles_dir.c_str(), &st) == 0) return {};
    if (c.dry_run) return {};
    return make_dirs(c.profiles_dir);
}

void print_variables(Context& c) {
    c.log.verbose("Activation variables:");
    if (c.old_gen)
        c.log.verbose("  oldGenPath=" + c.old_gen->path);
    else
        c.log.verbose("  oldGenPath undefined (first run?)");
    c.log.verbose("  newGenPath=" + c.new_gen.path);
    c.log.verbose("  genProfilePath=" + c.gen_profile_path);
    c.log.verbose("  newGenGcPath=" + c.new_gen_gc_path);
    c.log.verbose("  legacyGenGcPath=" + c.legacy_gen_gc_path);
}

Result<void> init(Context& c) {
    c.log.info("Starting Home Manager activation");
    HEARTH_TRY(ensure_profiles_dir(c));
    if (c.dry_run)
        c.log.info("This is a dry run");
    else
        c.log.verbose("This is a live run");
    print_variables(c);
    if (!c.skip_sanity_checks) HEARTH_TRY(sanity_checks(c));
    return register_new_home(c);
}

// The report file bash and the steps it calls write where they stopped
// into; removed with the object. Outside the home, so DRY_RUN may use it.
struct ReportFile {
    std::string path;
    ReportFile() {
        const char* tmp = std::getenv("TMPDIR");
        std::string tmpl = std::string(tmp && *tmp ? tmp : "/tmp") + "/hearth-activate.XXXXXX";
        int fd = ::mkstemp(tmpl.data());
        if (fd < 0) return;
        ::close(fd);
        path = tmpl;
        ::setenv("HEARTH_ACTIVATE_REPORT", path.c_str(), 1);
    }
    ~ReportFile() {
        if (path.empty()) return;
        ::unlink(path.c_str());
        ::unsetenv("HEARTH_ACTIVATE_REPORT");
    }
    ReportFile(const ReportFile&) = delete;
    ReportFile& operator=(const ReportFile&) = delete;
};

int report_stop(Context& c, const ReportFile& file, const Error& e) {
    auto point = file.path.empty() ? std::nullopt : read_failure_point(file.path);
    if (!point) return report(c.log, e);
    c.log.error(failure_report(c.new_gen.manifest, c.new_gen.path, *point));
    return e.exit_code == 0 ? 1 : e.exit_code;
}

} // namespace

Step find_builtin_step(const std::string& name) {
    for (const auto& row : builtin_steps)
        if (name == row.name) return row.fn;
    return nullptr;
}

int activate(const ActivateOptions& options) {
    auto ctx = Context::create(options);
    if (!ctx.ok()) return report(Log(std::getenv("VERBOSE") != nullptr), ctx.error());
    Context& c = *ctx;
    if (auto r = init(c); !r.ok()) return report(c.log, r.error());
    ReportFile report_file;
    auto r = run_activation_script(c);
    if (!r.ok()) return report_stop(c, report_file, r.error());
    r = register_current_home(c);
    if (!r.ok()) return report(c.log, r.error());
    // Kept after a failure: it names a generation whose links may be in
    // the home, and the next activation cleans up after it.
    unregister_new_home(c);
    return 0;
}

int run_builtin_step(Context& c, const std::string& name) {
    Step fn = find_builtin_step(name);
    if (!fn) {
        c.log.error("unknown activation step '" + name + "'");
        return 1;
    }
    auto r = fn(c);
    if (r.ok()) return 0;
    record_failure("path", r.error().path);
    return report(c.log, r.error());
}

int activate_step(const ActivateOptions& options, const std::string& step) {
    auto ctx = Context::create(options);
    if (!ctx.ok()) return report(Log(std::getenv("VERBOSE") != nullptr), ctx.error());
    return run_builtin_step(*ctx, step);
}

} // namespace hearth::home
