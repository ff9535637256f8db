#include "pkgs/deb_unpack.hh"

#include "pkgs/process.hh"

#include <filesystem>
#include <fstream>

namespace hearth::pkgs {

namespace fs = std::filesystem;

namespace {

void relativise_links(const fs::path& root) {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::end(it);
         it.increment(ec)) {
        if (!it->is_symlink(ec)) continue;
        fs::path target = fs::read_symlink(it->path(), ec);
        if (ec || !target.is_absolute()) continue;
        fs::path inside = root / target.relative_path();
        if (!fs::exists(fs::symlink_status(inside, ec))) continue;
        fs::path rel = inside.lexically_relative(it->path().parent_path());
        fs::remove(it->path(), ec);
        fs::create_symlink(rel, it->path(), ec);
    }
}

} // namespace

Result<void> unpack_deb(const std::string& deb, const std::string& dest, const std::string& package,
                        const std::vector<std::string>& control) {
    std::error_code ec;
    fs::create_directories(dest, ec);
    if (ec) return fail(ErrorKind::io, "creating '" + dest + "': " + ec.message(), package);
    auto out = run_capture({"dpkg-deb", "--extract", deb, dest});
    if (!out) return Unexpected{std::move(out).error().with_context("unpacking " + package)};
    if (out->status != 0)
        return fail(ErrorKind::io, "dpkg-deb could not unpack '" + package + "': " + out->err,
                    package);
    relativise_links(dest);
    for (const auto& member : control) {
        // dpkg-deb fails for a member the package does not have.
        auto text = run_capture({"dpkg-deb", "--info", deb, member});
        if (!text) return Unexpected{std::move(text).error().with_context("reading " + package)};
        if (text->status != 0) continue;
        std::string info = dest + "/var/lib/dpkg/info";
        fs::create_directories(info, ec);
        std::ofstream f(info + "/" + package + "." + member, std::ios::binary | std::ios::trunc);
        f << text->out;
        f.close();
        if (ec || !f)
            return fail(ErrorKind::io, "writing the " + member + " of " + package, package);
    }
    return {};
}

} // namespace hearth::pkgs
