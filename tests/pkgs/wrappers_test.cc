// The wrappers of a Debian package's tree, over real ELF files built here
// by the host's C compiler: RUNPATH and RPATH as read, the library path
// reaching a library that Debian keeps in a private directory named only
// by another library's RUNPATH (samba's libraries, which mpd reaches
// through libsmbclient), and the Java programs of a JVM's .jinfo file for
// a package with no programs of its own (default-jdk), and the toolkit
// module directories (Qt plugins, typelibs) a tree has.
#include "pkgs/elf/elf_file.hh"
#include "pkgs/wrappers.hh"

#include "temp_dir.hh"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

using namespace hearth::pkgs;
namespace fs = std::filesystem;
using hearth::pkgs::test::TempDir;

namespace {

bool have_compiler() {
    return std::system("cc --version > /dev/null 2>&1") == 0;
}

// Compiles C source `code` with `flags` into `out`.
bool compile(const std::string& dir, const std::string& code, const std::string& flags,
             const std::string& out) {
    std::string src = dir + "/src.c";
    std::ofstream(src) << code;
    std::string cmd = "cc -o '" + out + "' '" + src + "' " + flags + " 2> '" + dir + "/cc.log'";
    return std::system(cmd.c_str()) == 0;
}

std::string run(const std::string& cmd) {
    std::string out;
    if (FILE* p = ::popen(cmd.c_str(), "r")) {
        char buf[256];
        while (size_t n = std::fread(buf, 1, sizeof buf, p)) out.append(buf, n);
        ::pclose(p);
    }
    return out;
}

} // namespace

TEST(ElfRunpath, ReadsRunpathAndRpath) {
    if (!have_compiler()) GTEST_SKIP() << "no C compiler";
    TempDir t;
    ASSERT_FALSE(t.path.empty());
    const std::string lib = "int f(void) { return 1; }\n";
    ASSERT_TRUE(compile(t.path, lib,
                        "-shared -fPIC -Wl,--enable-new-dtags,-rpath,/usr/lib/private:/opt/x",
                        t.path + "/librun.so"));
    auto run_info = elf::read_elf(t.path + "/librun.so");
    ASSERT_TRUE(run_info);
    EXPECT_EQ(run_info->runpath, (std::vector<std::string>{"/usr/lib/private", "/opt/x"}));

    ASSERT_TRUE(compile(t.path, lib, "-shared -fPIC -Wl,--disable-new-dtags,-rpath,/opt/old",
                        t.path + "/librpath.so"));
    auto rpath_info = elf::read_elf(t.path + "/librpath.so");
    ASSERT_TRUE(rpath_info);
    EXPECT_EQ(rpath_info->runpath, std::vector<std::string>{"/opt/old"});

    ASSERT_TRUE(compile(t.path, lib, "-shared -fPIC", t.path + "/libplain.so"));
    auto plain = elf::read_elf(t.path + "/libplain.so");
    ASSERT_TRUE(plain);
    EXPECT_TRUE(plain->runpath.empty());
    EXPECT_FALSE(plain->dynamic); // a library names no loader
}

TEST(ElfRunpath, WrapperFindsPrivateLibraryDirectory) {
    if (!have_compiler()) GTEST_SKIP() << "no C compiler";
    TempDir t;
    ASSERT_FALSE(t.path.empty());
    // The tree: a program needing libouter, which needs libinner from a
    // private directory that only libouter's RUNPATH names.
    std::string root = t.path + "/out/libexec/hearth/root";
    std::string libdir = root + "/usr/lib/x86_64-linux-gnu";
    fs::create_directories(libdir + "/private");
    fs::create_directories(root + "/usr/bin");
    ASSERT_TRUE(compile(t.path, "int inner(void) { return 42; }\n", "-shared -fPIC",
                        libdir + "/private/libinner.so"));
    // As in a real tree, the library is a link into its package's own
    // store path.
    std::string outer_pkg = t.path + "/outer-pkg";
    fs::create_directories(outer_pkg);
    ASSERT_TRUE(compile(t.path, "int inner(void);\nint outer(void) { return inner(); }\n",
                        "-shared -fPIC -L'" + libdir +
                            "/private' -linner "
                            "-Wl,--enable-new-dtags,-rpath,/usr/lib/x86_64-linux-gnu/private",
                        outer_pkg + "/libouter.so"));
    fs::create_symlink(outer_pkg + "/libouter.so", libdir + "/libouter.so");
    ASSERT_TRUE(compile(t.path,
                        "#include <stdio.h>\nint outer(void);\n"
                        "int main(void) { printf(\"%d\\n\", outer()); return 0; }\n",
                        "-L'" + libdir + "' -louter -Wl,--allow-shlib-undefined",
                        root + "/usr/bin/prog"))
        << run("cat '" + t.path + "/cc.log'");
    // The package's own files, as deb_env unpacks them.
    std::string own = t.path + "/own";
    fs::create_directories(own + "/usr/bin");
    fs::copy_file(root + "/usr/bin/prog", own + "/usr/bin/prog");

    EnvNode top{"prog", "1.0", own, "hash-prog-1.0"};
    auto written = write_wrappers(t.path + "/out", "libexec/hearth/root", top, {});
    ASSERT_TRUE(written.ok());
    std::string wrapper = t.path + "/out/bin/prog";
    ASSERT_TRUE(fs::exists(wrapper));
    std::ifstream in(wrapper);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("$R/usr/lib/x86_64-linux-gnu/private"), std::string::npos) << text;
    // No ImageMagick in this tree, so nothing about it.
    EXPECT_EQ(text.find("MAGICK_"), std::string::npos) << text;
    EXPECT_EQ(run("env -u LD_LIBRARY_PATH '" + wrapper + "' 2>&1"), "42\n");
}

TEST(Wrappers, JvmProgramsForAPackageWithoutPrograms) {
    if (!have_compiler()) GTEST_SKIP() << "no C compiler";
    TempDir t;
    ASSERT_FALSE(t.path.empty());
    std::string root = t.path + "/out/libexec/hearth/root";
    std::string jvm = root + "/usr/lib/jvm/jvm-1";
    fs::create_directories(jvm + "/bin");
    ASSERT_TRUE(compile(t.path, "#include <stdio.h>\nint main(void) { puts(\"jvm\"); return 0; }\n",
                        "", jvm + "/bin/java"));
    std::ofstream(root + "/usr/lib/jvm/.jvm-1.jinfo")
        << "name=jvm-1\npriority=1\n\nhl java /usr/lib/jvm/jvm-1/bin/java\n"
           "jdkhl javac /usr/lib/jvm/jvm-1/bin/javac\n";
    std::string meta = t.path + "/meta"; // default-jdk: no files of its own
    fs::create_directories(meta);

    auto written = write_wrappers(t.path + "/out", "libexec/hearth/root",
                                  EnvNode{"default-jdk", "2", meta, "hash-default-jdk-2"}, {});
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(run("'" + t.path + "/out/bin/java' 2>&1"), "jvm\n");
    // javac is listed but not in this tree (its JDK package is absent).
    EXPECT_FALSE(fs::exists(t.path + "/out/bin/javac"));

    // A package with programs of its own keeps to them.
    std::string app = t.path + "/app";
    fs::create_directories(app + "/usr/bin");
    fs::create_directories(root + "/usr/bin");
    ASSERT_TRUE(compile(t.path, "int main(void) { return 0; }\n", "", root + "/usr/bin/app"));
    fs::copy_file(root + "/usr/bin/app", app + "/usr/bin/app");
    fs::remove_all(t.path + "/out/bin");
    written = write_wrappers(t.path + "/out", "libexec/hearth/root",
                             EnvNode{"app", "1", app, "hash-app-1"}, {});
    ASSERT_TRUE(written.ok());
    EXPECT_TRUE(fs::exists(t.path + "/out/bin/app"));
    EXPECT_FALSE(fs::exists(t.path + "/out/bin/java"));
}

TEST(Wrappers, ImageMagickCodersFromTheTree) {
    if (!have_compiler()) GTEST_SKIP() << "no C compiler";
    TempDir t;
    ASSERT_FALSE(t.path.empty());
    std::string root = t.path + "/out/libexec/hearth/root";
    std::string im = root + "/usr/lib/x86_64-linux-gnu/ImageMagick-6.9.11";
    fs::create_directories(im + "/modules-Q16/coders");
    fs::create_directories(im + "/config-Q16");
    fs::create_directories(root + "/usr/bin");
    ASSERT_TRUE(compile(t.path, "int main(void) { return 0; }\n", "", root + "/usr/bin/convert"));
    std::string own = t.path + "/own";
    fs::create_directories(own + "/usr/bin");
    fs::copy_file(root + "/usr/bin/convert", own + "/usr/bin/convert");

    auto written = write_wrappers(t.path + "/out", "libexec/hearth/root",
                                  EnvNode{"imagemagick-6.q16", "6", own, "hash-im-6"}, {});
    ASSERT_TRUE(written.ok());
    std::ifstream in(t.path + "/out/bin/convert");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string lib = "$R/usr/lib/x86_64-linux-gnu/ImageMagick-6.9.11";
    EXPECT_NE(text.find("MAGICK_CODER_MODULE_PATH=\"" + lib + "/modules-Q16/coders\""),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("MAGICK_CONFIGURE_PATH=\"${MAGICK_CONFIGURE_PATH:+$MAGICK_CONFIGURE_PATH:}"
                        "$R/etc/ImageMagick-6:" +
                        lib + "/config-Q16:$R/usr/share/ImageMagick-6\""),
              std::string::npos)
        << text;
}

// A Qt program of a tree that has Qt's plugins, QML modules and typelibs
// finds them there, before what the caller's environment names, and the
// variables stay unset for a tree without them.
TEST(Wrappers, QtPluginsAndTypelibsFromTheTree) {
    TempDir t;
    ASSERT_FALSE(t.path.empty());
    std::string root = t.path + "/out/libexec/hearth/root";
    std::string lib = root + "/usr/lib/x86_64-linux-gnu";
    fs::create_directories(lib + "/qt5/plugins/platforms");
    fs::create_directories(lib + "/qt5/qml");
    fs::create_directories(lib + "/girepository-1.0");
    std::string own = t.path + "/own";
    fs::create_directories(own + "/usr/bin");
    fs::create_directories(root + "/usr/bin");
    std::ofstream(own + "/usr/bin/app")
        << "#!/bin/sh\necho "
           "\"$QT_PLUGIN_PATH|$QML2_IMPORT_PATH|$GI_TYPELIB_PATH|$QML_IMPORT_PATH\"\n";
    fs::permissions(own + "/usr/bin/app", fs::perms::owner_all);
    fs::copy_file(own + "/usr/bin/app", root + "/usr/bin/app");

    auto written = write_wrappers(t.path + "/out", "libexec/hearth/root",
                                  EnvNode{"app", "1", own, "hash-app-1"}, {});
    ASSERT_TRUE(written.ok());
    std::string r = fs::canonical(root).string() + "/usr/lib/x86_64-linux-gnu";
    EXPECT_EQ(run("QT_PLUGIN_PATH=/mine GI_TYPELIB_PATH= '" + t.path + "/out/bin/app'"),
              r + "/qt5/plugins:/mine|" + r + "/qt5/qml|" + r + "/girepository-1.0|\n");

    fs::remove_all(lib + "/qt5");
    fs::remove_all(lib + "/girepository-1.0");
    fs::remove_all(t.path + "/out/bin");
    written = write_wrappers(t.path + "/out", "libexec/hearth/root",
                             EnvNode{"app", "1", own, "hash-app-1"}, {});
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(run("env -u QT_PLUGIN_PATH -u GI_TYPELIB_PATH '" + t.path + "/out/bin/app'"),
              "|||\n");
}

// A dynamic program whose tree has no library of its own (all it needs is
// the host's) starts as it is, so /proc/self/exe names it and not the
// loader: direnv prints that path into its shell hook. With a library in
// the tree, it starts through the loader.
TEST(Wrappers, ProgramWithoutTreeLibrariesStartsDirectly) {
    if (!have_compiler()) GTEST_SKIP() << "no C compiler";
    TempDir t;
    ASSERT_FALSE(t.path.empty());
    std::string root = t.path + "/out/libexec/hearth/root";
    fs::create_directories(root + "/usr/bin");
    fs::create_directories(root + "/usr/lib/x86_64-linux-gnu");
    ASSERT_TRUE(compile(t.path,
                        "#include <stdio.h>\n#include <unistd.h>\n"
                        "int main(void) { char b[4096]; ssize_t n = readlink(\"/proc/self/exe\", "
                        "b, sizeof b - 1); if (n < 0) return 1; b[n] = 0; puts(b); return 0; }\n",
                        "", root + "/usr/bin/self"));
    std::string own = t.path + "/own";
    fs::create_directories(own + "/usr/bin");
    fs::copy_file(root + "/usr/bin/self", own + "/usr/bin/self");

    auto written = write_wrappers(t.path + "/out", "libexec/hearth/root",
                                  EnvNode{"self", "1", own, "hash-self-1"}, {});
    ASSERT_TRUE(written.ok());
    std::string real = fs::canonical(root + "/usr/bin/self").string();
    EXPECT_EQ(run("'" + t.path + "/out/bin/self'"), real + "\n");

    std::ofstream(root + "/usr/lib/x86_64-linux-gnu/libtree.so.1") << "not really";
    fs::remove_all(t.path + "/out/bin");
    written = write_wrappers(t.path + "/out", "libexec/hearth/root",
                             EnvNode{"self", "1", own, "hash-self-1"}, {});
    ASSERT_TRUE(written.ok());
    EXPECT_NE(run("'" + t.path + "/out/bin/self'"), real + "\n");
}
