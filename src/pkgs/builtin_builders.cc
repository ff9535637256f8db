#include "pkgs/builtin_builders.hh"

#include "pkgs/apt_fetch.hh"
#include "pkgs/deb_env.hh"
#include "pkgs/deb_unpack.hh"

#include <charconv>
#include <sstream>
#include <vector>

namespace hearth::pkgs {

namespace {

std::string get(const BuiltinContext& c, const std::string& key) {
    auto it = c.env.find(key);
    return it == c.env.end() ? "" : it->second;
}

std::vector<std::string> words(const std::string& s) {
    std::istringstream in(s);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

Result<void> apt_fetch_builder(const BuiltinContext& c) {
    FetchRequest req;
    req.package = get(c, "package");
    req.url = get(c, "url");
    req.sha256 = get(c, "outputHash");
    std::string size = get(c, "size");
    std::from_chars(size.data(), size.data() + size.size(), req.size);
    // The builder checks outputHash in whatever form it was given; ours
    // needs base16 to hand to apt, which the package set writes.
    if (req.sha256.size() != 64)
        return fail(ErrorKind::bad_index, "hearth-apt-fetch needs a base16 sha256 outputHash",
                    req.package);
    return apt_fetch(req, c.out);
}

Result<void> deb_unpack_builder(const BuiltinContext& c) {
    return unpack_deb(c.real_path(get(c, "deb")), c.out, get(c, "package"),
                      words(get(c, "control")));
}

Result<void> deb_env_builder(const BuiltinContext& c) {
    auto nodes = words(get(c, "nodes"));
    auto names = words(get(c, "nodePackages"));
    if (nodes.empty() || nodes.size() != names.size())
        return fail(ErrorKind::bad_index, "hearth-deb-env needs as many nodes as nodePackages",
                    get(c, "package"));
    std::vector<EnvNode> env;
    for (size_t i = 0; i < nodes.size(); ++i) {
        std::string base = nodes[i].substr(nodes[i].rfind('/') + 1);
        env.push_back({names[i], i == 0 ? get(c, "version") : "", c.real_path(nodes[i]), base});
    }
    return build_env(c.out, env);
}

struct Row {
    const char* name;
    BuiltinBuilder fn;
};

// Sorted by name.
const Row builders[] = {
    {"hearth-apt-fetch", apt_fetch_builder},
    {"hearth-deb-env", deb_env_builder},
    {"hearth-deb-unpack", deb_unpack_builder},
};

} // namespace

BuiltinBuilder find_builtin_builder(const std::string& name) {
    for (const auto& r : builders)
        if (name == r.name) return r.fn;
    return nullptr;
}

std::vector<std::string> builtin_builder_names() {
    std::vector<std::string> out;
    for (const auto& r : builders) out.push_back(r.name);
    return out;
}

} // namespace hearth::pkgs
