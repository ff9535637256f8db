#include "system/home_activation.hh"

#include "system/process.hh"

#include <unistd.h>

#include <sstream>

namespace hearth::system {

namespace {

// systemd's quoting as NixOS writes it: "NAME=value" with JSON escapes.
std::string unquote(const std::string& s) {
    if (s.size() < 2 || s.front() != '"' || s.back() != '"') return s;
    std::string out;
    for (size_t i = 1; i + 1 < s.size(); ++i) {
        if (s[i] == '\\' && i + 2 < s.size()) {
            char e = s[++i];
            out += e == 'n' ? '\n' : e == 't' ? '\t' : e;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string parent_of(const std::string& p) {
    auto slash = p.rfind('/');
    return slash == 0 ? "/" : p.substr(0, slash);
}

} // namespace

std::map<std::string, std::string> unit_environment(const std::string& text) {
    std::map<std::string, std::string> env;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.starts_with("Environment=")) continue;
        std::string kv = unquote(line.substr(12));
        auto eq = kv.find('=');
        if (eq != std::string::npos) env[kv.substr(0, eq)] = kv.substr(eq + 1);
    }
    return env;
}

std::vector<HomeOutcome> activate_homes_directly(const Target& target, const Manifest& m,
                                                 const AccountFiles& accounts,
                                                 const std::string& hearth_exe, Report& report) {
    std::vector<HomeOutcome> out;
    for (auto& [name, h] : m.home_manager) {
        HomeOutcome o{name, false, {}};
        auto uid = accounts.uid_of(h.user);
        auto gid = accounts.primary_gid_of(h.user);
        if (!uid || !gid) {
            o.reason = "user '" + h.user + "' has no account";
            out.push_back(o);
            continue;
        }
        ProcessOptions p;
        if (h.service)
            if (auto u = m.units.find(*h.service); u != m.units.end())
                p.env = unit_environment(u->second.text);
        std::string shell = "/bin/sh";
        if (auto u = m.users.find(h.user); u != m.users.end() && u->second.shell)
            shell = *u->second.shell;
        std::string bin = hearth_exe.substr(0, hearth_exe.rfind('/'));
        // What `bash -el` would give the service: the unit's variables, a
        // login PATH, and the user's identity.
        p.env["PATH"] = bin + ":/usr/local/bin:/usr/bin:/bin";
        p.env["HOME"] = h.home;
        p.env["USER"] = p.env["LOGNAME"] = h.user;
        p.env["SHELL"] = shell;
        if (::geteuid() == 0) p.run_as = RunAs{*uid, *gid, accounts.supplementary_gids_of(h.user)};
        // Under --root the user sees the root's home directories and its
        // /nix, so the links the activation writes name /nix/store paths,
        // which resolve once the directory is the machine's /.
        if (!target.root.empty()) {
            p.binds.push_back({target.at(parent_of(h.home)), parent_of(h.home)});
            p.nix_dir = target.in_store("/nix");
            p.view_dir = target.at("/run/hearth-activation-view");
        } else if (!target.store_root.empty()) {
            p.env["HEARTH_STORE"] = target.store_root;
        }
        p.capture = true;
        report.say("activating the home of '" + h.user + "' directly (no systemd" +
                   (target.is_live() ? std::string(" runs this machine") : " in a sandbox root") +
                   ")");
        auto r = run_process(
            {(target.root.empty() ? target.in_store(h.activation_package) : h.activation_package) +
                 "/activate",
             "--driver-version", "1"},
            p);
        if (!r.ok()) {
            o.reason = r.error().message;
        } else {
            std::istringstream lines(r->output);
            for (std::string l; std::getline(lines, l);) report.say("  " + h.user + ": " + l);
            o.ok = r->status == 0;
            if (!o.ok) o.reason = "activation exited with status " + std::to_string(r->status);
        }
        if (!o.ok) report.warn("activating the home of '" + h.user + "' failed: " + o.reason);
        out.push_back(o);
    }
    return out;
}

} // namespace hearth::system
