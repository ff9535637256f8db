#include "home/activate/bash_entries.hh"

#include "home/process.hh"

#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace hearth::home {

namespace {

void assign(std::string& out, const char* name, const std::string& value) {
    out += std::string(name) + "=" + shell_quote(value) + "\n";
}

std::string activation_path(const Context& c) {
    const Manifest& m = c.new_gen.manifest;
    std::string path;
    auto add = [&](const std::string& dir) {
        if (!dir.empty()) path += (path.empty() ? "" : ":") + dir;
    };
    for (const auto& dir : m.activation_path) add(dir);
    if (m.nix_package) add(*m.nix_package + "/bin");
    add(std::filesystem::path(c.options.self_exe).parent_path().string());
    // Home Manager's activation PATH holds coreutils, diffutils, findutils,
    // grep, sed, jq and ncurses from the store; Hearth takes the system's.
    if (m.empty_activation_path)
        add("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    else
        add(env_or("PATH"));
    return path;
}

} // namespace

std::string activation_script(const Context& c) {
    std::string s = "# Home Manager activation, run by hearth activate\n";
    assign(s, "hearthExe", c.options.self_exe);
    assign(s, "hmDriverVersion", std::to_string(c.options.driver_version));
    assign(s, "stateHome", c.state_home);
    assign(s, "hmStatePath", c.hm_state_path);
    assign(s, "hmDataPath", c.hm_data_path);
    assign(s, "genProfilePath", c.gen_profile_path);
    assign(s, "newGenPath", c.new_gen.path);
    assign(s, "newGenGcPath", c.new_gen_gc_path);
    assign(s, "currentGenGcPath", c.current_gen_gc_path);
    assign(s, "legacyGenGcPath", c.legacy_gen_gc_path);
    if (c.old_gen) assign(s, "oldGenPath", c.old_gen->path);
    s += activation_prelude;
    for (const auto& e : c.new_gen.manifest.activation) {
        s += "\n";
        assign(s, "hearthEntry", e.name);
        s += "_iNote 'Activating %s' " + shell_quote(e.name) + "\n";
        if (e.builtin)
            s += "hearthActivateStep " + shell_quote(e.name) + "\n";
        else
            s += e.script + (e.script.ends_with("\n") || e.script.empty() ? "" : "\n");
    }
    s += "\nhearthEntry=\n";
    return s;
}

Result<void> run_activation_script(Context& c) {
    std::string script = activation_script(c);
    // The script goes to bash through an anonymous memory file: nothing on
    // disk (DRY_RUN writes nothing) and no argument length limit.
    int fd = ::memfd_create("hearth-activation", 0);
    if (fd < 0)
        return fail(ErrorKind::command, std::string("memfd_create: ") + std::strerror(errno));
    for (size_t done = 0; done < script.size();) {
        ssize_t n = ::write(fd, script.data() + done, script.size() - done);
        if (n < 0) {
            ::close(fd);
            return fail(ErrorKind::io,
                        std::string("writing the activation script: ") + std::strerror(errno));
        }
        done += n;
    }
    std::string previous;
    for (const Generation* g : c.previous_generations())
        previous += (previous.empty() ? "" : ":") + g->path;
    if (!c.old_gen) previous = ":" + previous; // the first slot is old_gen's
    ProcessOptions options;
    options.env["PATH"] = activation_path(c);
    options.env["HEARTH_ACTIVATE_OLD_GENERATIONS"] = previous;
    auto r =
        run_process({"bash", "--noprofile", "--norc", "/dev/fd/" + std::to_string(fd)}, options);
    ::close(fd);
    if (!r.ok()) return Unexpected{std::move(r).error()};
    if (r->status != 0) {
        Error e{ErrorKind::command, {}, {}, {}, r->status};
        return Unexpected{std::move(e)};
    }
    return {};
}

} // namespace hearth::home
