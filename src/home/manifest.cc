#include "home/manifest.hh"

#include "util/json.hh"

#include <fstream>

namespace hearth::home {

using util::Json;

namespace {

Unexpected<Error> bad(const std::string& what) {
    return fail(ErrorKind::bad_generation, "invalid generation manifest: " + what);
}

// Optional fields keep their defaults when absent; a present field of the
// wrong type is an error, since it means a writer we do not understand.
Result<void> read_string(const Json& o, const char* key, std::string& out) {
    const Json* v = o.get(key);
    if (!v || v->is_null()) return {};
    if (!v->as_string()) return bad(std::string("'") + key + "' is not a string");
    out = *v->as_string();
    return {};
}

Result<void> read_bool(const Json& o, const char* key, bool& out) {
    const Json* v = o.get(key);
    if (!v || v->is_null()) return {};
    if (!v->as_bool()) return bad(std::string("'") + key + "' is not a boolean");
    out = *v->as_bool();
    return {};
}

Result<void> read_strings(const Json& o, const char* key, std::vector<std::string>& out) {
    const Json* v = o.get(key);
    if (!v || v->is_null()) return {};
    if (!v->as_array()) return bad(std::string("'") + key + "' is not a list");
    for (const auto& item : *v->as_array()) {
        if (!item.as_string()) return bad(std::string("'") + key + "' holds a non-string");
        out.push_back(*item.as_string());
    }
    return {};
}

Result<ManifestFile> read_file(const Json& f) {
    if (!f.as_object()) return bad("a file entry is not an object");
    ManifestFile file;
    HEARTH_TRY(read_string(f, "target", file.target));
    HEARTH_TRY(read_string(f, "source", file.source));
    if (const Json* e = f.get("executable"); e && !e->is_null()) {
        if (!e->as_bool()) return bad("'executable' is not a boolean");
        file.executable = *e->as_bool();
    }
    HEARTH_TRY(read_bool(f, "recursive", file.recursive));
    HEARTH_TRY(read_bool(f, "ignorelinks", file.ignorelinks));
    HEARTH_TRY(read_bool(f, "force", file.force));
    HEARTH_TRY(read_bool(f, "onChange", file.on_change));
    if (file.target.empty() || file.target.front() == '/')
        return bad("file target '" + file.target + "' is not a relative path");
    return file;
}

Result<ActivationEntry> read_entry(const Json& e) {
    if (!e.as_object()) return bad("an activation entry is not an object");
    ActivationEntry entry;
    HEARTH_TRY(read_string(e, "name", entry.name));
    HEARTH_TRY(read_bool(e, "builtin", entry.builtin));
    HEARTH_TRY(read_string(e, "script", entry.script));
    if (entry.name.empty()) return bad("an activation entry has no name");
    return entry;
}

Result<void> read_lists(const Json& j, Manifest& m) {
    HEARTH_TRY(read_strings(j, "activationPath", m.activation_path));
    HEARTH_TRY(read_strings(j, "packages", m.packages));
    HEARTH_TRY(read_strings(j, "extraDependencies", m.extra_dependencies));
    if (const Json* files = j.get("files"); files && files->as_array())
        for (const auto& f : *files->as_array()) m.files.push_back(HEARTH_TRY(read_file(f)));
    if (const Json* act = j.get("activation"); act && act->as_array())
        for (const auto& e : *act->as_array()) m.activation.push_back(HEARTH_TRY(read_entry(e)));
    if (const Json* specs = j.get("specialisations"); specs && specs->as_object())
        for (const auto& [name, path] : *specs->as_object())
            if (path.as_string()) m.specialisations[name] = *path.as_string();
    return {};
}

} // namespace

Result<Manifest> Manifest::parse(const std::string& text) {
    auto parsed = Json::parse(text);
    if (!parsed) return fail(ErrorKind::bad_generation, std::move(parsed).error().message);
    const Json j = std::move(parsed).value();
    if (!j.as_object()) return bad("not a JSON object");
    Manifest m;
    const Json* version = j.get("version");
    if (!version || !version->as_int()) return bad("no 'version'");
    m.version = static_cast<int>(*version->as_int());
    if (m.version != current_version)
        return fail(ErrorKind::bad_generation,
                    "generation manifest version " + std::to_string(m.version) +
                        " is not supported (this Hearth reads version " +
                        std::to_string(current_version) + "); use a newer hearth");
    HEARTH_TRY(read_string(j, "hmVersion", m.hm_version));
    HEARTH_TRY(read_string(j, "username", m.username));
    HEARTH_TRY(read_string(j, "homeDirectory", m.home_directory));
    if (const Json* uid = j.get("uid"); uid && !uid->is_null()) {
        if (!uid->as_int()) return bad("'uid' is not an integer");
        m.uid = static_cast<long>(*uid->as_int());
    }
    HEARTH_TRY(read_string(j, "profileDirectory", m.profile_directory));
    HEARTH_TRY(read_string(j, "stateVersion", m.state_version));
    HEARTH_TRY(read_bool(j, "emptyActivationPath", m.empty_activation_path));
    HEARTH_TRY(read_bool(j, "generateGcRoot", m.generate_gc_root));
    HEARTH_TRY(read_bool(j, "uninstall", m.uninstall));
    HEARTH_TRY(read_bool(j, "externalPackageInstall", m.external_package_install));
    if (const Json* nix = j.get("nixPackage"); nix && nix->as_string())
        m.nix_package = *nix->as_string();
    HEARTH_TRY(read_string(j, "homeFiles", m.home_files));
    HEARTH_TRY(read_string(j, "homePath", m.home_path));
    HEARTH_TRY(read_lists(j, m));
    return m;
}

Result<Manifest> Manifest::load(const std::string& path) {
    // One read into a buffer of the file's size: a stringstream copies the
    // text (a megabyte for 5,000 files) three times.
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    std::string text;
    if (in) {
        text.resize(static_cast<size_t>(in.tellg()));
        in.seekg(0);
        in.read(text.data(), static_cast<std::streamsize>(text.size()));
    }
    if (!in)
        return fail(ErrorKind::bad_generation, "cannot read the generation manifest '" + path + "'",
                    path);
    auto m = Manifest::parse(text);
    if (!m.ok()) return Unexpected{std::move(m.error().with_context("while reading " + path))};
    return m;
}

} // namespace hearth::home
