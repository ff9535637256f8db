#include "pkgs/apt_method.hh"

#include <unistd.h>

#include <cstdlib>

namespace hearth::pkgs {

namespace {

// `apt-config dump` as Config-Item lines, read once per process.
struct AptConfig {
    std::string items;
    std::string methods_dir = "/usr/lib/apt/methods";
};

const AptConfig& apt_config() {
    static std::once_flag once;
    static AptConfig config;
    std::call_once(once, [] {
        auto out = run_capture({"apt-config", "dump", "--format", "%f=%v%n"});
        if (!out || out->status != 0) return;
        size_t pos = 0;
        const std::string& text = out->out;
        while (pos < text.size()) {
            size_t nl = text.find('\n', pos);
            if (nl == std::string::npos) nl = text.size();
            std::string line = text.substr(pos, nl - pos);
            pos = nl + 1;
            if (line.starts_with("Dir::Bin::Methods=")) config.methods_dir = line.substr(18);
            // The sandbox user applies to apt's own downloads as root; ours
            // go to a directory of the calling user.
            if (line.starts_with("APT::Sandbox::User=")) continue;
            config.items += "Config-Item: " + line + "\n";
        }
    });
    return config;
}

// More idle methods than a parallel fetch uses would only hold connections.
constexpr size_t max_idle_per_scheme = 8;

} // namespace

Result<std::unique_ptr<AptMethod>> AptMethod::start(const std::string& scheme) {
    const AptConfig& config = apt_config();
    std::string path = config.methods_dir + "/" + scheme;
    if (::access(path.c_str(), X_OK) != 0)
        return fail(ErrorKind::fetch_failed, "apt has no method for '" + scheme + "'");
    auto child = Child::spawn({path});
    if (!child) return Unexpected{std::move(child).error()};
    std::unique_ptr<AptMethod> m(new AptMethod(scheme, std::move(*child)));
    MethodMessage msg;
    if (!m->read(msg) || msg.code != 100)
        return fail(ErrorKind::fetch_failed, "apt method '" + scheme + "' did not start");
    // As root a method would drop to the sandbox user, who cannot write
    // into the caller's directory.
    std::string out = "601 Configuration\n" + config.items +
                      (::getuid() == 0 ? "Config-Item: APT::Sandbox::User=root\n" : "") + "\n";
    if (!m->m_child.write(out))
        return fail(ErrorKind::fetch_failed, "apt method '" + scheme + "' exited");
    return m;
}

bool AptMethod::acquire(const std::string& uri, const std::string& dest, const std::string& sha256,
                        uint64_t max_size) {
    return m_child.write("600 URI Acquire\nURI: " + uri + "\nFilename: " + dest +
                         "\nExpected-SHA256: " + sha256 +
                         "\nMaximum-Size: " + std::to_string(max_size) + "\n\n");
}

bool AptMethod::read(MethodMessage& msg) {
    msg = {};
    std::string line;
    while (m_child.read_line(line)) {
        if (line.empty()) {
            if (msg.code) return true;
            continue;
        }
        if (!msg.code) {
            msg.code = std::atoi(line.c_str());
            continue;
        }
        if (auto colon = line.find(':'); colon != std::string::npos) {
            size_t v = line.find_first_not_of(' ', colon + 1);
            msg.fields[line.substr(0, colon)] = v == std::string::npos ? "" : line.substr(v);
        }
    }
    return false;
}

bool AptMethod::idle() const {
    return !m_child.readable();
}

MethodPool& MethodPool::shared() {
    static MethodPool pool;
    return pool;
}

Result<std::unique_ptr<AptMethod>> MethodPool::take(const std::string& scheme) {
    {
        std::lock_guard g(m_mutex);
        auto& idle = m_idle[scheme];
        while (!idle.empty()) {
            auto m = std::move(idle.back());
            idle.pop_back();
            // One that died or spoke while it waited is of no use.
            if (m->idle()) return m;
        }
    }
    return AptMethod::start(scheme);
}

void MethodPool::give_back(std::unique_ptr<AptMethod> m) {
    if (!m || !m->idle()) return;
    std::lock_guard g(m_mutex);
    auto& idle = m_idle[m->scheme()];
    if (idle.size() < max_idle_per_scheme) idle.push_back(std::move(m));
}

} // namespace hearth::pkgs
