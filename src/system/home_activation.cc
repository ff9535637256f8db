#include "system/home_activation.hh"

#include "system/fs.hh"
#include "system/process.hh"

#include <unistd.h>

#include <set>
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

// What each home was last activated with here: its generation and its
// unit's environment, one line per user. As systemd leaves an unchanged
// unit alone at a switch, an unchanged home is not activated again; a home
// whose last activation failed is.
class ActivatedHomes {
  public:
    static ActivatedHomes load(const Target& target) {
        ActivatedHomes a;
        a.m_file = target.state_dir() + "/activated-homes";
        auto text = read_file(a.m_file);
        if (!text.ok() || !*text) return a;
        a.m_loaded = **text;
        std::istringstream in(a.m_loaded);
        for (std::string line; std::getline(in, line);) {
            auto tab = line.find('\t');
            if (tab != std::string::npos) a.m_by_user[line.substr(0, tab)] = line.substr(tab + 1);
        }
        return a;
    }

    // One line: a generation's path and the environment's assignments,
    // with the characters that would break a line escaped.
    static std::string key(const std::string& package,
                           const std::map<std::string, std::string>& env) {
        std::string k = package;
        for (auto& [name, value] : env) {
            k += ' ';
            for (char c : name + "=" + value)
                k += c == '\n'   ? std::string("\\n")
                     : c == '\t' ? std::string("\\t")
                                 : std::string(1, c);
        }
        return k;
    }

    bool unchanged(const std::string& user, const std::string& key) const {
        auto it = m_by_user.find(user);
        return it != m_by_user.end() && it->second == key;
    }
    void set(const std::string& user, const std::string& key) { m_by_user[user] = key; }
    void forget(const std::string& user) { m_by_user.erase(user); }
    void keep_only(const std::set<std::string>& users) {
        std::erase_if(m_by_user, [&](auto& entry) { return !users.count(entry.first); });
    }

    // Writes only what changed: a no-op switch leaves the file alone.
    Result<void> save() const {
        std::string text;
        for (auto& [user, key] : m_by_user) text += user + "\t" + key + "\n";
        if (text == m_loaded) return {};
        HEARTH_TRY(make_dirs(m_file.substr(0, m_file.rfind('/'))));
        return write_file_atomic(m_file, text, 0644);
    }

  private:
    std::string m_file;
    std::string m_loaded; // the file's text as read
    std::map<std::string, std::string> m_by_user;
};

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
    auto activated = ActivatedHomes::load(target);
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
        std::string key = ActivatedHomes::key(h.activation_package, p.env);
        if (activated.unchanged(h.user, key)) {
            report.say("the home of '" + h.user + "' is unchanged: not activated again");
            o.ok = true;
            out.push_back(o);
            continue;
        }
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
        if (o.ok)
            activated.set(h.user, key);
        else
            activated.forget(h.user);
        out.push_back(o);
    }
    // A user configured again after a gap is activated again.
    std::set<std::string> configured;
    for (auto& [name, h] : m.home_manager) configured.insert(h.user);
    activated.keep_only(configured);
    if (auto saved = activated.save(); !saved.ok())
        report.warn("cannot record the activated homes: " + saved.error().message);
    return out;
}

} // namespace hearth::system
