// Debian's alternatives read from maintainer scripts (the forms Debian 12's
// postinst files use: debhelper's blocks, hand-written calls with options
// and continuations, loops over variables, commented-out slaves) and made
// in a merged tree, where the highest priority wins and only a variant's
// plain name becomes the requested package's program.
#include "pkgs/alternatives.hh"

#include "temp_dir.hh"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

using namespace hearth::pkgs;
namespace fs = std::filesystem;
using hearth::pkgs::test::TempDir;

namespace {

void write(const std::string& path, const std::string& text, bool program = false) {
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path) << text;
    if (program) ::chmod(path.c_str(), 0755);
}

} // namespace

TEST(Alternatives, ParsesDebhelperBlockWithSlaves) {
    auto alts = parse_alternatives(
        "#!/bin/sh\nset -e\n"
        "if [ \"$1\" = \"configure\" ]; then\n"
        "\tupdate-alternatives --quiet \\\n"
        "\t  --install /usr/bin/pinentry pinentry /usr/bin/pinentry-curses 50 \\\n"
        "\t  --slave /usr/share/man/man1/pinentry.1.gz pinentry.1.gz "
        "/usr/share/man/man1/pinentry-curses.1.gz\nfi\n");
    ASSERT_EQ(alts.size(), 1u);
    EXPECT_EQ(alts[0].master.link, "/usr/bin/pinentry");
    EXPECT_EQ(alts[0].master.name, "pinentry");
    EXPECT_EQ(alts[0].master.path, "/usr/bin/pinentry-curses");
    EXPECT_EQ(alts[0].priority, 50);
    ASSERT_EQ(alts[0].slaves.size(), 1u);
    EXPECT_EQ(alts[0].slaves[0].name, "pinentry.1.gz");
}

TEST(Alternatives, SkipsCallsBuiltFromVariables) {
    auto alts = parse_alternatives("for prog in convert identify; do\n"
                                   "  update-alternatives --install /usr/bin/$prog \\\n"
                                   "     $prog /usr/bin/$prog-im6.q16 10000\n"
                                   "done\n"
                                   "update-alternatives --install /usr/bin/editor editor "
                                   "/usr/bin/vim.basic 30; echo done\n");
    ASSERT_EQ(alts.size(), 1u);
    EXPECT_EQ(alts[0].master.name, "editor");
    EXPECT_EQ(alts[0].priority, 30);
}

TEST(Alternatives, CommentAfterContinuationEndsTheCall) {
    // gfortran's postinst comments out a slave after a continuation.
    auto alts = parse_alternatives("update-alternatives --install /usr/bin/f95 f95 "
                                   "/usr/bin/gfortran 20 \\\n"
                                   "  #--slave /usr/share/man/man1/f95.1.gz f95.1.gz x\n"
                                   "\n"
                                   "update-alternatives --install /usr/bin/ed ed /bin/ed -100\n");
    ASSERT_EQ(alts.size(), 2u);
    EXPECT_TRUE(alts[0].slaves.empty());
    EXPECT_EQ(alts[1].priority, -100);
}

TEST(Alternatives, RejectsIncompleteOrNonNumericCalls) {
    EXPECT_TRUE(parse_alternatives("update-alternatives --install /usr/bin/x x\n").empty());
    EXPECT_TRUE(
        parse_alternatives("update-alternatives --install /usr/bin/x x /usr/bin/y high\n").empty());
    EXPECT_TRUE(parse_alternatives("update-alternatives --remove x /usr/bin/y\n").empty());
}

// Two packages offer nc; the requested one's higher priority wins, its
// slave in another directory (which only one package has, so the merge
// linked it whole) is made too, and only nc becomes its own program.
TEST(Alternatives, HighestPriorityWinsAndOwnProgramsAreVariantNames) {
    TempDir t;
    std::string a = t.path + "/a", b = t.path + "/b", root = t.path + "/root";
    write(a + "/bin/nc.openbsd", "#!/bin/sh\n", true);
    write(a + "/var/lib/dpkg/info/netcat-openbsd.postinst",
          "update-alternatives --install /bin/nc nc /bin/nc.openbsd 50 \\\n"
          "  --slave /bin/netcat netcat /bin/nc.openbsd \\\n"
          "  --slave /usr/share/man/man1/nc.1.gz nc.1.gz /usr/share/man/man1/nc_openbsd.1.gz\n");
    write(a + "/usr/share/man/man1/nc_openbsd.1.gz", "man");
    write(b + "/bin/nc.traditional", "#!/bin/sh\n", true);
    write(b + "/var/lib/dpkg/info/netcat-traditional.postinst",
          "update-alternatives --install /bin/nc nc /bin/nc.traditional 10\n"
          "update-alternatives --install /usr/bin/editor editor /bin/nc.traditional 99\n");
    // The merged tree as deb_env makes it: shared bin/ a real directory,
    // usr/share/man/man1 a link into the one package that has it.
    fs::create_directories(root + "/bin");
    fs::create_symlink("../../a/bin/nc.openbsd", root + "/bin/nc.openbsd");
    fs::create_symlink("../../b/bin/nc.traditional", root + "/bin/nc.traditional");
    fs::create_directories(root + "/usr/share/man");
    fs::create_symlink("../../../../a/usr/share/man/man1", root + "/usr/share/man/man1");

    std::vector<EnvNode> nodes{{"netcat-openbsd", "1", a, "a"}, {"netcat-traditional", "", b, "b"}};
    auto own = apply_alternatives(root, nodes);
    ASSERT_TRUE(own.ok()) << own.error().message;
    EXPECT_EQ(fs::read_symlink(root + "/bin/nc"), "nc.openbsd");
    EXPECT_EQ(fs::read_symlink(root + "/bin/netcat"), "nc.openbsd");
    EXPECT_TRUE(fs::is_directory(root + "/usr/share/man/man1"));
    EXPECT_FALSE(fs::is_symlink(root + "/usr/share/man/man1"));
    EXPECT_EQ(fs::read_symlink(root + "/usr/share/man/man1/nc.1.gz"), "nc_openbsd.1.gz");
    std::ifstream man(root + "/usr/share/man/man1/nc.1.gz");
    std::string text;
    man >> text;
    EXPECT_EQ(text, "man");
    // The other package's role name is in the tree, but not the requested
    // package's program; netcat does not name nc.openbsd.
    EXPECT_EQ(fs::read_symlink(root + "/usr/bin/editor"), "../../bin/nc.traditional");
    ASSERT_EQ(own->size(), 1u);
    EXPECT_EQ((*own)[0].first, "nc");
    EXPECT_EQ((*own)[0].second, "bin/nc");
}

// A link the tree already has (the package ships it) is left alone, and a
// target the tree lacks makes no link.
TEST(Alternatives, KeepsExistingLinksAndSkipsMissingTargets) {
    TempDir t;
    std::string a = t.path + "/a", root = t.path + "/root";
    write(a + "/var/lib/dpkg/info/x.postinst",
          "update-alternatives --install /usr/bin/x x /usr/bin/x-real 5\n"
          "update-alternatives --install /usr/bin/y y /usr/bin/y-gone 5\n");
    write(root + "/usr/bin/x", "shipped", true);
    write(root + "/usr/bin/x-real", "#!/bin/sh\n", true);
    std::vector<EnvNode> nodes{{"x", "1", a, "a"}};
    auto own = apply_alternatives(root, nodes);
    ASSERT_TRUE(own.ok());
    EXPECT_TRUE(own->empty());
    EXPECT_FALSE(fs::is_symlink(root + "/usr/bin/x"));
    EXPECT_FALSE(fs::exists(fs::symlink_status(root + "/usr/bin/y")));
}
