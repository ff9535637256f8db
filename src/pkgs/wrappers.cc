#include "pkgs/wrappers.hh"

#include "pkgs/elf/elf_file.hh"

#include <sys/stat.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <vector>

namespace hearth::pkgs {

namespace fs = std::filesystem;

namespace {

const char* const bin_dirs[] = {"usr/bin", "bin", "usr/sbin", "sbin", "usr/games"};

std::string sh_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

bool exists(const std::string& p) {
    std::error_code ec;
    return fs::exists(p, ec);
}

// Whether a library directory's entry is a shared library (followed to the
// package's file: the tree's entries are links).
bool is_shared_library(const fs::directory_entry& e, std::error_code& ec) {
    return e.path().filename().string().find(".so") != std::string::npos && e.is_regular_file(ec);
}

// The directories, below the tree, that its libraries and programs name in
// their RUNPATH and that the library path does not have yet: Debian keeps
// some libraries private (samba's in <triplet>/samba, for libsmbclient),
// found through a RUNPATH that on the host points at the host's /usr. As
// --library-path is searched first, the tree's copy of such a directory
// there is found before the host's. Entries with $ORIGIN are relative to
// the file and already find the tree.
std::vector<std::string> private_library_dirs(const std::string& root,
                                              const std::vector<std::string>& libs) {
    std::set<std::string> known(libs.begin(), libs.end()), read;
    std::vector<std::string> found;
    std::error_code ec;
    auto scan = [&](const std::string& dir, bool libraries) {
        for (auto& e : fs::directory_iterator(root + "/" + dir, ec)) {
            if (libraries ? !is_shared_library(e, ec) : !e.is_regular_file(ec)) continue;
            // The tree's files are links into the packages' own store
            // paths, and a library has several names: each file once.
            std::string file = fs::canonical(e.path(), ec).string();
            if (ec || !read.insert(file).second) continue;
            auto elf = elf::read_elf(file);
            if (!elf) continue;
            for (const auto& entry : elf->runpath) {
                if (!entry.starts_with("/") || entry.find('$') != std::string::npos) continue;
                std::string rel = fs::path(entry.substr(1)).lexically_normal().string();
                while (!rel.empty() && rel.back() == '/') rel.pop_back();
                if (rel.empty() || rel.starts_with("..") || known.count(rel)) continue;
                if (!fs::is_directory(root + "/" + rel, ec)) continue;
                known.insert(rel);
                found.push_back(rel);
            }
        }
    };
    for (const auto& l : libs)
        if (exists(root + "/" + l)) scan(l, true);
    for (const char* d : bin_dirs)
        if (exists(root + "/" + std::string(d))) scan(d, false);
    return found;
}

// ImageMagick looks for its coders and configuration where Debian puts
// them on the host (the paths are built in), so a tree that has them says
// where they are, for convert and for any other program of the tree that
// links libMagickCore. Empty when the tree has no ImageMagick.
std::string magick_exports(const std::string& root, const std::vector<std::string>& libs) {
    std::error_code ec;
    for (const auto& l : libs) {
        if (!l.starts_with("usr/lib/")) continue;
        for (auto& e : fs::directory_iterator(root + "/" + l, ec)) {
            std::string im = e.path().filename().string();
            if (!im.starts_with("ImageMagick-") || !e.is_directory(ec)) continue;
            std::string major = im.substr(0, im.find('.')); // ImageMagick-6
            for (auto& m : fs::directory_iterator(e.path(), ec)) {
                std::string modules = m.path().filename().string(); // modules-Q16
                if (!modules.starts_with("modules-")) continue;
                std::string dir = "$R/" + l + "/" + im;
                std::string quantum = modules.substr(std::string("modules-").size());
                return "export MAGICK_CODER_MODULE_PATH=\"" + dir + "/" + modules +
                       "/coders\" MAGICK_CODER_FILTER_PATH=\"" + dir + "/" + modules +
                       "/filters\"\n"
                       "export MAGICK_CONFIGURE_PATH=\"${MAGICK_CONFIGURE_PATH:+$MAGICK_CONFIGURE_"
                       "PATH:}$R/etc/" +
                       major + ":" + dir + "/config-" + quantum + ":$R/usr/share/" + major + "\"\n";
            }
        }
    }
    return "";
}

// Qt and GObject introspection also look only where the host keeps their
// modules (the paths are built in), so a tree that has Qt's plugins (the
// platform plugin above all: without it no Qt window opens), QML modules or
// typelibs names them before the caller's. Qt skips a plugin built against
// another Qt, so the names are safe in the environment of programs this one
// starts, as nixpkgs' Qt wrappers have them.
std::string toolkit_exports(const std::string& root, const std::vector<std::string>& libs) {
    std::string out;
    auto prefix = [&](const std::string& var, const std::vector<std::string>& dirs) {
        std::string v;
        for (const auto& d : dirs) v += (v.empty() ? "$R/" : ":$R/") + d;
        if (!v.empty()) out += "export " + var + "=\"" + v + "${" + var + ":+:$" + var + "}\"\n";
    };
    std::vector<std::string> plugins, qml5, qml6, typelibs;
    for (const auto& l : libs) {
        if (!l.starts_with("usr/lib/")) continue;
        for (const char* qt : {"qt5", "qt6"})
            if (exists(root + "/" + l + "/" + qt + "/plugins"))
                plugins.push_back(l + "/" + qt + "/plugins");
        if (exists(root + "/" + l + "/qt5/qml")) qml5.push_back(l + "/qt5/qml");
        if (exists(root + "/" + l + "/qt6/qml")) qml6.push_back(l + "/qt6/qml");
        if (exists(root + "/" + l + "/girepository-1.0"))
            typelibs.push_back(l + "/girepository-1.0");
    }
    prefix("QT_PLUGIN_PATH", plugins);
    prefix("QML2_IMPORT_PATH", qml5);
    prefix("QML_IMPORT_PATH", qml6);
    prefix("GI_TYPELIB_PATH", typelibs);
    return out;
}

// What every wrapper of one tree shares: the variables it exports.
struct TreeEnv {
    std::string lib_path;   // ":"-joined, each "$R/..."
    std::string exports;    // shell lines
    bool libraries = false; // whether the library path has a shared library
};

// Whether any of the tree's library directories holds a shared library.
bool has_libraries(const std::string& root, const std::vector<std::string>& libs) {
    std::error_code ec;
    for (const auto& l : libs)
        for (auto& e : fs::directory_iterator(root + "/" + l, ec))
            if (is_shared_library(e, ec)) return true;
    return false;
}

TreeEnv tree_env(const std::string& root) {
    TreeEnv env;
    std::vector<std::string> libs, perl;
    std::error_code ec;
    for (const char* base : {"usr/lib", "lib"}) {
        if (!exists(root + "/" + base)) continue;
        std::vector<std::string> triplets;
        for (auto& e : fs::directory_iterator(root + "/" + base, ec))
            if (e.path().filename().string().find("-linux-") != std::string::npos)
                triplets.push_back(e.path().filename().string());
        for (const auto& t : triplets) {
            libs.push_back(std::string(base) + "/" + t);
            for (const char* p : {"perl5", "perl"})
                if (exists(root + "/" + base + "/" + t + "/" + p))
                    for (auto& v :
                         fs::directory_iterator(root + "/" + base + "/" + t + "/" + p, ec))
                        // Version directories only, not cross-config-5.36.0 and kin.
                        if (std::isdigit(
                                static_cast<unsigned char>(v.path().filename().string()[0])))
                            perl.push_back(std::string(base) + "/" + t + "/" + p + "/" +
                                           v.path().filename().string());
        }
        libs.push_back(base);
    }
    if (exists(root + "/usr/share/perl5")) perl.push_back("usr/share/perl5");
    if (exists(root + "/usr/share/perl"))
        for (auto& v : fs::directory_iterator(root + "/usr/share/perl", ec))
            if (std::isdigit(static_cast<unsigned char>(v.path().filename().string()[0])))
                perl.push_back("usr/share/perl/" + v.path().filename().string());
    for (auto& l : private_library_dirs(root, libs)) libs.push_back(std::move(l));
    for (const auto& l : libs) env.lib_path += (env.lib_path.empty() ? "" : ":") + ("$R/" + l);
    env.libraries = has_libraries(root, libs);
    bool python = false;
    if (exists(root + "/usr/lib"))
        for (auto& e : fs::directory_iterator(root + "/usr/lib", ec))
            if (e.path().filename().string().starts_with("python3.") &&
                exists(e.path().string() + "/os.py"))
                python = true;
    env.exports = "export PATH=\"$out/libexec/hearth/bin${PATH:+:$PATH}\"\n";
    // The store is read-only, and byte-compiling is postinst's job.
    if (python) env.exports += "export PYTHONHOME=\"$R/usr\" PYTHONDONTWRITEBYTECODE=1\n";
    if (!perl.empty()) {
        std::string p;
        for (const auto& d : perl) p += (p.empty() ? "" : ":") + ("$R/" + d);
        env.exports += "export PERL5LIB=\"" + p + "${PERL5LIB:+:$PERL5LIB}\"\n";
    }
    env.exports += magick_exports(root, libs);
    env.exports += toolkit_exports(root, libs);
    return env;
}

struct Shebang {
    std::string interpreter;
    std::string arg;
};

std::optional<Shebang> read_shebang(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string line;
    if (!std::getline(in, line) || !line.starts_with("#!")) return std::nullopt;
    line = line.substr(2);
    auto start = line.find_first_not_of(" \t");
    if (start == std::string::npos) return std::nullopt;
    line = line.substr(start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
        line.pop_back();
    Shebang s;
    auto sp = line.find_first_of(" \t");
    s.interpreter = line.substr(0, sp);
    if (sp != std::string::npos) s.arg = line.substr(line.find_first_not_of(" \t", sp));
    return s;
}

// The shell line that runs `prog_rel` (a path below the tree) with "$@".
std::string exec_line(const std::string& root, const std::string& prog_rel, const TreeEnv& env) {
    std::string target = root + "/" + prog_rel;
    std::string quoted = "\"$R\"/" + sh_quote(prog_rel);
    if (auto elf = elf::read_elf(target)) {
        // With no library of the tree to find, the host's libraries are
        // all the program needs, and it is started as it is: through the
        // loader, /proc/self/exe would name ld.so, and programs that print
        // their own path into shell hooks (direnv's) or find their files
        // from it would get the loader's.
        if (!elf->dynamic || !env.libraries) return "exec " + quoted + " \"$@\"";
        return "exec " + sh_quote(elf->interpreter) + " --library-path \"" + env.lib_path +
               "${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}\" --argv0 \"$0\" " + quoted + " \"$@\"";
    }
    if (auto sb = read_shebang(target)) {
        std::string interp = sb->interpreter, arg = sb->arg;
        if (interp == "/usr/bin/env" && !arg.empty() && arg.find(' ') == std::string::npos) {
            for (const char* d : bin_dirs)
                if (exists(root + "/" + d + "/" + arg)) interp = "/" + std::string(d) + "/" + arg;
            if (interp != "/usr/bin/env") arg.clear();
        }
        std::string name = fs::path(interp).filename().string();
        if (interp.starts_with("/") && exists(root + interp))
            return "exec \"$out/libexec/hearth/bin/\"" + sh_quote(name) +
                   (arg.empty() ? "" : " " + sh_quote(arg)) + " " + quoted + " \"$@\"";
    }
    return "exec " + quoted + " \"$@\"";
}

Result<void> write_wrapper(const std::string& path, const std::string& out_suffix,
                           const std::string& root_rel, const std::string& body, const TreeEnv& env,
                           const std::string& what) {
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f << "#!/bin/sh\n"
      << "# Hearth: " << what << "\n"
      << "self=$(readlink -f -- \"$0\") || exit 127\n"
      << "out=${self%" << out_suffix << "/*}\n"
      << "R=$out/" << root_rel << "\n"
      << env.exports << body << "\n";
    f.close();
    if (!f) return fail(ErrorKind::io, "writing wrapper '" + path + "'");
    ::chmod(path.c_str(), 0755);
    return {};
}

// The programs Debian's update-java-alternatives puts on PATH, from the
// .jinfo file beside each JVM (lines like "hl java /usr/lib/jvm/<jvm>/bin/java"
// after the name=value header); Hearth runs no install scripts, so nothing
// else links them. As (name, path below the tree) pairs.
std::vector<std::pair<std::string, std::string>> jvm_programs(const std::string& root) {
    std::vector<std::pair<std::string, std::string>> out;
    std::error_code ec;
    std::string dir = root + "/usr/lib/jvm";
    if (!exists(dir)) return out;
    for (auto& e : fs::directory_iterator(dir, ec)) {
        std::string file = e.path().filename().string();
        if (!file.starts_with(".") || !file.ends_with(".jinfo")) continue;
        std::ifstream in(e.path());
        std::string kind, name, path;
        for (std::string line; std::getline(in, line);) {
            std::istringstream fields(line);
            if (line.find('=') != std::string::npos || !(fields >> kind >> name >> path)) continue;
            if (path.starts_with("/")) out.emplace_back(name, path.substr(1));
        }
    }
    return out;
}

bool is_program(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 0111);
}

} // namespace

Result<void> write_wrappers(const std::string& out, const std::string& root_rel, const EnvNode& top,
                            const std::vector<std::pair<std::string, std::string>>& extra_own) {
    std::string root = out + "/" + root_rel;
    TreeEnv env = tree_env(root);
    std::error_code ec;
    fs::create_directories(out + "/libexec/hearth/bin", ec);
    std::set<std::string> done;
    for (const char* d : bin_dirs) {
        if (!exists(root + "/" + d)) continue;
        for (auto& e : fs::directory_iterator(root + "/" + d, ec)) {
            std::string name = e.path().filename().string();
            std::string rel = std::string(d) + "/" + name;
            if (!is_program(root + "/" + rel) || !done.insert(name).second) continue;
            HEARTH_TRY(write_wrapper(out + "/libexec/hearth/bin/" + name, "/libexec/hearth/bin",
                                     root_rel, exec_line(root, rel, env), env,
                                     "runs " + rel + " from the store"));
        }
    }
    // The requested package's own programs go into bin/.
    done.clear();
    for (const char* d : bin_dirs) {
        std::string dir = top.real_dir + "/" + d;
        if (!exists(dir)) continue;
        fs::create_directories(out + "/bin", ec);
        for (auto& e : fs::directory_iterator(dir, ec)) {
            std::string name = e.path().filename().string();
            std::string rel = std::string(d) + "/" + name;
            if (!is_program(root + "/" + rel) || !done.insert(name).second) continue;
            HEARTH_TRY(write_wrapper(out + "/bin/" + name, "/bin", root_rel,
                                     exec_line(root, rel, env), env,
                                     "runs " + name + " of Debian's " + top.package + " " +
                                         top.version + " from the store"));
        }
    }
    // Then the programs its alternatives named (extra_own); a package with
    // neither (default-jdk, the JVM packages) gets the Java programs of
    // its tree.
    auto more = extra_own;
    if (done.empty() && more.empty()) more = jvm_programs(root);
    for (const auto& [name, rel] : more) {
        if (!is_program(root + "/" + rel) || !done.insert(name).second) continue;
        fs::create_directories(out + "/bin", ec);
        HEARTH_TRY(write_wrapper(out + "/bin/" + name, "/bin", root_rel, exec_line(root, rel, env),
                                 env, "runs " + rel + " from the store"));
    }
    return {};
}

} // namespace hearth::pkgs
