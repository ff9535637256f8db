#include "system/units/systemd.hh"

#include "system/process.hh"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>

namespace hearth::system {

bool systemd_running() {
    struct stat st;
    return ::lstat("/run/systemd/system", &st) == 0 && S_ISDIR(st.st_mode);
}

namespace {

std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

class Systemctl : public ServiceManager {
  public:
    bool present() const override { return true; }

    std::string active_state(const std::string& unit) override {
        auto r = run_process({"systemctl", "show", "--property=ActiveState", "--value", "--", unit},
                             capture());
        return r.ok() && r->status == 0 ? trimmed(r->output) : "inactive";
    }

    Result<void> daemon_reload() override {
        auto r = HEARTH_TRY(run_process({"systemctl", "daemon-reload"}, capture()));
        if (r.status != 0)
            return fail(ErrorKind::command, "systemctl daemon-reload failed: " + trimmed(r.output));
        return {};
    }

    bool act(const std::string& verb, const std::string& unit, std::string& why) override {
        auto r = run_process({"systemctl", verb, "--", unit}, capture());
        if (!r.ok()) {
            why = r.error().message;
            return false;
        }
        why = trimmed(r->output);
        return r->status == 0;
    }

    std::string status(const std::string& unit) override {
        auto r =
            run_process({"systemctl", "status", "--no-pager", "--lines=20", "--", unit}, capture());
        return r.ok() ? r->output : "";
    }

    std::vector<uid_t> user_managers() override {
        // A running user manager listens on its private socket; a user
        // merely listed by logind may have none yet.
        std::vector<uid_t> out;
        DIR* d = ::opendir("/run/user");
        if (!d) return out;
        while (auto* e = ::readdir(d)) {
            char* end = nullptr;
            unsigned long uid = std::strtoul(e->d_name, &end, 10);
            if (end == e->d_name || *end) continue;
            struct stat st;
            std::string sock = std::string("/run/user/") + e->d_name + "/systemd/private";
            if (::stat(sock.c_str(), &st) == 0 && S_ISSOCK(st.st_mode)) out.push_back(uid_t(uid));
        }
        ::closedir(d);
        std::sort(out.begin(), out.end());
        return out;
    }

    bool user_act(const RunAs& user, const std::string& verb, const std::string& unit,
                  std::string& why) override {
        ProcessOptions o = capture();
        std::string runtime = "/run/user/" + std::to_string(user.uid);
        o.run_as = user;
        o.env["XDG_RUNTIME_DIR"] = runtime;
        o.env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=" + runtime + "/bus";
        o.env["PATH"] = "/usr/local/bin:/usr/bin:/bin";
        std::vector<std::string> argv{"systemctl", "--user", verb};
        if (!unit.empty()) argv.insert(argv.end(), {"--", unit});
        auto r = run_process(argv, o);
        if (!r.ok()) {
            why = r.error().message;
            return false;
        }
        why = trimmed(r->output);
        return r->status == 0;
    }

  private:
    static ProcessOptions capture() {
        ProcessOptions o;
        o.capture = true;
        o.env["SYSTEMD_COLORS"] = "0";
        return o;
    }
};

class NoServiceManager : public ServiceManager {
  public:
    bool present() const override { return false; }
    std::string active_state(const std::string&) override { return "inactive"; }
    Result<void> daemon_reload() override { return {}; }
    bool act(const std::string&, const std::string&, std::string&) override { return true; }
    std::string status(const std::string&) override { return ""; }
    std::vector<uid_t> user_managers() override { return {}; }
    bool user_act(const RunAs&, const std::string&, const std::string&, std::string&) override {
        return true;
    }
};

} // namespace

std::unique_ptr<ServiceManager> make_systemctl() {
    return std::make_unique<Systemctl>();
}
std::unique_ptr<ServiceManager> make_no_service_manager() {
    return std::make_unique<NoServiceManager>();
}

} // namespace hearth::system
