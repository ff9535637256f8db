#include "system/units/systemd.hh"

#include "system/process.hh"

#include <sys/stat.h>

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
};

} // namespace

std::unique_ptr<ServiceManager> make_systemctl() {
    return std::make_unique<Systemctl>();
}
std::unique_ptr<ServiceManager> make_no_service_manager() {
    return std::make_unique<NoServiceManager>();
}

} // namespace hearth::system
