#include "system/manifest.hh"

#include "system/fs.hh"
#include "util/json.hh"

namespace hearth::system {

using util::Json;

namespace {

// Field readers: absent or null keeps the default; a wrong type is an
// error naming the field, so a manifest from a newer Hearth fails loudly.
class Reader {
  public:
    Reader(const Json& j, std::string where) : m_j(j), m_where(std::move(where)) {}

    Result<void> str(const char* key, std::string& out) const {
        const Json* v = m_j.get(key);
        if (!v || v->is_null()) return {};
        if (!v->as_string()) return bad(key, "a string");
        out = *v->as_string();
        return {};
    }
    Result<void> opt_str(const char* key, std::optional<std::string>& out) const {
        const Json* v = m_j.get(key);
        if (!v || v->is_null()) return out = std::nullopt, Result<void>();
        if (!v->as_string()) return bad(key, "a string or null");
        out = *v->as_string();
        return {};
    }
    Result<void> boolean(const char* key, bool& out) const {
        const Json* v = m_j.get(key);
        if (!v || v->is_null()) return {};
        if (!v->as_bool()) return bad(key, "a Boolean");
        out = *v->as_bool();
        return {};
    }
    Result<void> opt_int(const char* key, std::optional<long>& out) const {
        const Json* v = m_j.get(key);
        if (!v || v->is_null()) return out = std::nullopt, Result<void>();
        if (!v->as_int()) return bad(key, "an integer or null");
        out = long(*v->as_int());
        return {};
    }
    Result<void> strings(const char* key, std::vector<std::string>& out) const {
        const Json* v = m_j.get(key);
        if (!v || v->is_null()) return {};
        if (!v->as_array()) return bad(key, "a list of strings");
        for (auto& e : *v->as_array()) {
            if (!e.as_string()) return bad(key, "a list of strings");
            out.push_back(*e.as_string());
        }
        return {};
    }
    // Each member of object `key`, read by `each(name, reader)`.
    template <class F> Result<void> each(const char* key, F each) const {
        const Json* v = m_j.get(key);
        if (!v || v->is_null()) return {};
        if (!v->as_object()) return bad(key, "an attribute set");
        for (auto& [name, member] : *v->as_object())
            HEARTH_TRY(each(name, Reader(member, m_where + "." + key + "." + name)));
        return {};
    }
    const Json& json() const { return m_j; }

  private:
    Unexpected<Error> bad(const char* key, const char* what) const {
        return fail(ErrorKind::bad_manifest,
                    "system manifest: " + m_where + "." + key + " should be " + what);
    }
    const Json& m_j;
    std::string m_where;
};

Result<UnitSpec> read_unit(const Reader& r) {
    UnitSpec u;
    HEARTH_TRY(r.str("text", u.text));
    HEARTH_TRY(r.boolean("enable", u.enable));
    HEARTH_TRY(r.strings("wantedBy", u.wanted_by));
    HEARTH_TRY(r.strings("requiredBy", u.required_by));
    HEARTH_TRY(r.strings("upheldBy", u.upheld_by));
    HEARTH_TRY(r.strings("aliases", u.aliases));
    HEARTH_TRY(r.boolean("restartIfChanged", u.restart_if_changed));
    HEARTH_TRY(r.boolean("reloadIfChanged", u.reload_if_changed));
    HEARTH_TRY(r.boolean("stopIfChanged", u.stop_if_changed));
    return u;
}

Result<void> read_users(const Reader& top, Manifest& m) {
    return top.each("users", [&](const std::string& key, const Reader& r) -> Result<void> {
        UserSpec u;
        u.name = key;
        HEARTH_TRY(r.str("name", u.name));
        HEARTH_TRY(r.opt_int("uid", u.uid));
        HEARTH_TRY(r.str("group", u.group));
        HEARTH_TRY(r.strings("extraGroups", u.extra_groups));
        HEARTH_TRY(r.str("description", u.description));
        HEARTH_TRY(r.str("home", u.home));
        HEARTH_TRY(r.str("homeMode", u.home_mode));
        HEARTH_TRY(r.boolean("createHome", u.create_home));
        HEARTH_TRY(r.boolean("isNormalUser", u.is_normal_user));
        HEARTH_TRY(r.boolean("isSystemUser", u.is_system_user));
        HEARTH_TRY(r.opt_str("shell", u.shell));
        m.users[key] = std::move(u);
        return {};
    });
}

Result<void> read_rest(const Reader& top, Manifest& m) {
    HEARTH_TRY(top.each("groups", [&](const std::string& key, const Reader& r) -> Result<void> {
        GroupSpec g;
        g.name = key;
        HEARTH_TRY(r.str("name", g.name));
        HEARTH_TRY(r.opt_int("gid", g.gid));
        HEARTH_TRY(r.strings("members", g.members));
        m.groups[key] = std::move(g);
        return {};
    }));
    HEARTH_TRY(top.each("etc", [&](const std::string& key, const Reader& r) -> Result<void> {
        EtcSpec e;
        HEARTH_TRY(r.str("source", e.source));
        HEARTH_TRY(r.str("mode", e.mode));
        HEARTH_TRY(r.str("user", e.user));
        HEARTH_TRY(r.str("group", e.group));
        m.etc[key] = std::move(e);
        return {};
    }));
    HEARTH_TRY(top.each("units", [&](const std::string& key, const Reader& r) -> Result<void> {
        m.units[key] = HEARTH_TRY(read_unit(r));
        return {};
    }));
    HEARTH_TRY(top.each("userUnits", [&](const std::string& key, const Reader& r) -> Result<void> {
        m.user_units[key] = HEARTH_TRY(read_unit(r));
        return {};
    }));
    HEARTH_TRY(top.each("profiles", [&](const std::string& key, const Reader& r) -> Result<void> {
        ProfileSpec p;
        HEARTH_TRY(r.strings("packages", p.packages));
        HEARTH_TRY(r.str("path", p.path));
        m.profiles[key] = std::move(p);
        return {};
    }));
    HEARTH_TRY(
        top.each("homeManager", [&](const std::string& key, const Reader& r) -> Result<void> {
            HomeSpec h;
            h.user = key;
            HEARTH_TRY(r.str("user", h.user));
            HEARTH_TRY(r.str("home", h.home));
            HEARTH_TRY(r.str("activationPackage", h.activation_package));
            HEARTH_TRY(r.opt_str("service", h.service));
            HEARTH_TRY(r.boolean("startAsUserService", h.start_as_user_service));
            m.home_manager[key] = std::move(h);
            return {};
        }));
    auto strmap = [&](const char* key, std::map<std::string, std::string>& out) {
        return top.each(key, [&](const std::string& name, const Reader& r) -> Result<void> {
            if (!r.json().as_string())
                return fail(ErrorKind::bad_manifest, std::string("system manifest: ") + key + "." +
                                                         name + " should be a string");
            out[name] = *r.json().as_string();
            return {};
        });
    };
    HEARTH_TRY(strmap("userActivationScripts", m.user_activation_scripts));
    HEARTH_TRY(strmap("variables", m.variables));
    HEARTH_TRY(top.strings("warnings", m.warnings));
    return {};
}

} // namespace

Result<Manifest> Manifest::parse(const std::string& text) {
    auto parsed = Json::parse(text);
    if (!parsed) return fail(ErrorKind::bad_manifest, std::move(parsed).error().message);
    const Json j = std::move(parsed).value();
    if (!j.as_object()) return fail(ErrorKind::bad_manifest, "system manifest: not a JSON object");
    const Json* version = j.get("version");
    if (!version || !version->as_int())
        return fail(ErrorKind::bad_manifest, "system manifest: no version field");
    if (*version->as_int() != 1)
        return fail(ErrorKind::bad_manifest,
                    "system manifest: version " + std::to_string(*version->as_int()) +
                        " is not one this Hearth knows (1); update Hearth");
    Manifest m;
    Reader top(j, "manifest");
    HEARTH_TRY(top.opt_str("hostName", m.host_name));
    HEARTH_TRY(top.str("stateVersion", m.state_version));
    HEARTH_TRY(top.str("systemPath", m.system_path));
    HEARTH_TRY(read_users(top, m));
    HEARTH_TRY(read_rest(top, m));
    return m;
}

Result<Manifest> Manifest::load(const std::string& file) {
    auto text = HEARTH_TRY(read_file(file));
    if (!text) return fail(ErrorKind::bad_manifest, "no system manifest at " + file, file);
    auto m = parse(*text);
    if (!m.ok()) return Unexpected{std::move(m).error().with_context("while reading " + file)};
    return m;
}

} // namespace hearth::system
