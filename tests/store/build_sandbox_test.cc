// What a builder sees: Nix's environment, uid 1000/gid 100, hostname
// localhost, no network, read-only inputs and host toolchain, and nothing
// of the host it is not given; and what it cannot do.
#include "build_fixture.hh"

#include "util/encoding.hh"

#include <sstream>

using namespace hearth;
using namespace hearth::store;

namespace {

std::map<std::string, std::string> parse_env(const std::string& text) {
    std::map<std::string, std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (auto eq = line.find('='); eq != std::string::npos)
            out[line.substr(0, eq)] = line.substr(eq + 1);
    return out;
}

class BuildSandbox : public test::BuildTest {};

} // namespace

TEST_F(BuildSandbox, EnvironmentIsNixs) {
    HEARTH_REQUIRE_SANDBOX();
    auto drv = make_drv("env", "/usr/bin/env > $out; cat $bigPath > $out.big 2>/dev/null; true",
                        {{"FOO", "bar"},
                         {"PATH", "/usr/bin:/bin"},
                         {"big", "file contents"},
                         {"passAsFile", "big"}});
    BuildOptions o;
    o.cores = 3;
    auto r = build({drv}, o);
    ASSERT_TRUE(r.ok()) << r.error().message;
    auto env = parse_env(read(out_path(drv)));
    std::string out = store().print(out_path(drv));
    std::map<std::string, std::string> want = {
        {"FOO", "bar"},
        {"PATH", "/usr/bin:/bin"}, // the derivation's own wins over /path-not-set
        {"HOME", "/homeless-shelter"},
        {"NIX_STORE", "/nix/store"},
        {"NIX_BUILD_CORES", "3"},
        {"NIX_BUILD_TOP", "/build"},
        {"TMPDIR", "/build"},
        {"TEMPDIR", "/build"},
        {"TMP", "/build"},
        {"TEMP", "/build"},
        {"PWD", "/build"},
        {"NIX_LOG_FD", "2"},
        {"TERM", "xterm-256color"},
        {"out", out},
        {"outputs", "out"},
        {"name", "env"},
        {"system", "x86_64-linux"},
        {"builder", "/bin/sh"},
        {"passAsFile", "big"},
        // Nix names the file .attr-<nix32 sha256 of the attribute name>.
        {"bigPath",
         "/build/.attr-" + util::format_hash(util::hash_string(util::HashAlgo::sha256, "big"),
                                             util::HashFormat::nix32)},
    };
    env.erase("SHLVL"); // the shell's own, if it sets it
    EXPECT_EQ(env, want);
}

TEST_F(BuildSandbox, PassAsFileContents) {
    HEARTH_REQUIRE_SANDBOX();
    auto drv =
        make_drv("paf", "read x < $bigPath; echo \"$x\" > $out; echo \"${big-unset}\" >> $out",
                 {{"big", "file contents"}, {"passAsFile", "big"}});
    ASSERT_TRUE(build({drv}).ok());
    EXPECT_EQ(read(out_path(drv)), "file contents\nunset\n");
}

TEST_F(BuildSandbox, IdentityHostnameAndNamespaces) {
    HEARTH_REQUIRE_SANDBOX();
    auto drv = make_drv("id", "export PATH=/usr/bin:/bin; { id -u; id -g; hostname; echo $$; "
                              "ls /proc | grep -c '^[0-9]'; cat /proc/net/dev | grep -c ':'; "
                              "pwd; ls /; } > $out");
    auto r = build({drv});
    ASSERT_TRUE(r.ok()) << r.error().message;
    // uid, gid, hostname, pid 1, processes (sh and ls... and grep), only lo, cwd, root.
    std::istringstream in(read(out_path(drv)));
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    ASSERT_GE(lines.size(), 7u);
    EXPECT_EQ(lines[0], "1000");
    EXPECT_EQ(lines[1], "100");
    EXPECT_EQ(lines[2], "localhost");
    EXPECT_EQ(lines[3], "1");
    EXPECT_LE(std::stoi(lines[4]), 4);
    EXPECT_EQ(lines[5], "1"); // lo only: no network
    EXPECT_EQ(lines[6], "/build");
    std::set<std::string> root(lines.begin() + 7, lines.end());
    for (auto hidden : {"home", "root", "tmp", "var", "opt", "srv", "mnt", "run", "sys"})
        EXPECT_FALSE(root.count(hidden)) << "/" << hidden << " is visible";
    for (auto shown : {"build", "dev", "etc", "nix", "proc", "usr", "bin"})
        EXPECT_TRUE(root.count(shown)) << "/" << shown << " is missing";
}

TEST_F(BuildSandbox, LoopbackWorksWithoutNetwork) {
    HEARTH_REQUIRE_SANDBOX();
    // Binding 127.0.0.1 needs lo up (perl-base is essential on Debian);
    // lo is the only interface.
    auto drv = make_drv(
        "lo", "perl -MIO::Socket::INET -e 'IO::Socket::INET->new(LocalAddr => "
              "\"127.0.0.1\", Listen => 1) or die \"bind: $!\"; print \"bound\\n\"' > $out; "
              "awk 'NR>2 {print $1}' /proc/net/dev >> $out");
    auto r = build({drv});
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(read(out_path(drv)), "bound\nlo:\n");
}

TEST_F(BuildSandbox, CannotWriteOutsideOut) {
    HEARTH_REQUIRE_SANDBOX();
    auto input = *store().add_text("input", "original", {});
    std::string in = store().print(input);
    // Every write but the one to $out must fail; the builder reports which
    // succeeded (none may) in $out.
    std::string script = "export PATH=/usr/bin:/bin; : > $out; "
                         "for f in " +
                         in +
                         " /usr/hearth-x /bin/hearth-x /etc/passwd /etc/hearth-x "
                         "/proc/sys/kernel/hostname /hearth-x /dev/hearth-x; do "
                         "  (echo x > $f) 2>/dev/null && echo \"wrote $f\" >> $out; done; "
                         "rm -f " +
                         in +
                         " 2>/dev/null && echo removed >> $out; "
                         "chmod u+w " +
                         in +
                         " 2>/dev/null && echo chmod >> $out; "
                         "mount -t tmpfs none /usr 2>/dev/null && echo mounted >> $out; "
                         "mount -o remount,rw /usr 2>/dev/null && echo remounted >> $out; "
                         "echo stray > /nix/store/00000000000000000000000000000000-stray; "
                         "true";
    auto drv = make_drv("escape", script, {}, {}, {input});
    auto r = build({drv});
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(read(out_path(drv)), "");
    EXPECT_EQ(read(input), "original");
    // What the builder left in its own store dir went away with the sandbox.
    struct stat st;
    EXPECT_NE(
        ::lstat(
            (store().config().real_store_dir() + "/00000000000000000000000000000000-stray").c_str(),
            &st),
        0);
    EXPECT_NE(::lstat("/usr/hearth-x", &st), 0);
}

TEST_F(BuildSandbox, SeesOnlyItsInputClosure) {
    HEARTH_REQUIRE_SANDBOX();
    auto dep = *store().add_text("dep", "dep contents", {});
    auto used = *store().add_text("used", "uses " + store().print(dep), {dep});
    auto other = *store().add_text("other", "not an input", {});
    auto drv = make_drv("closure", "ls /nix/store > $out", {}, {}, {used});
    ASSERT_TRUE(build({drv}).ok());
    // The closure of the inputs; not `other`. Outputs appear only once built.
    std::set<std::string> want = {dep.to_string(), used.to_string(), out_path(drv).to_string()};
    std::string listing;
    for (const auto& p : want) listing += p + "\n";
    EXPECT_EQ(read(out_path(drv)), listing);
    EXPECT_EQ(listing.find(other.to_string()), std::string::npos);
}

TEST_F(BuildSandbox, OutputsAreCanonical) {
    HEARTH_REQUIRE_SANDBOX();
    auto drv =
        make_drv("canon", "export PATH=/usr/bin:/bin; mkdir -p $out/d; echo a > $out/f; "
                          "echo b > $out/x; chmod 4777 $out/x; chmod 666 $out/f; chmod 777 $out/d; "
                          "ln -s f $out/l; touch -d 2001-01-01 $out/f");
    ASSERT_TRUE(build({drv}).ok());
    std::string out = store().real_path(out_path(drv));
    struct stat st;
    auto mode = [&](const std::string& p) {
        EXPECT_EQ(::lstat(p.c_str(), &st), 0) << p;
        EXPECT_EQ(st.st_mtime, 1) << p;
        EXPECT_EQ(st.st_uid, ::geteuid()) << p;
        return st.st_mode & 07777;
    };
    EXPECT_EQ(mode(out), 0555u);
    EXPECT_EQ(mode(out + "/d"), 0555u);
    EXPECT_EQ(mode(out + "/f"), 0444u);
    EXPECT_EQ(mode(out + "/x"), 0555u); // setuid dropped
    mode(out + "/l");
    auto info = *store().query_path_info(out_path(drv));
    ASSERT_TRUE(info);
    EXPECT_EQ(info->deriver, store().print(drv));
    EXPECT_EQ(info->nar_hash, *nar_hash(out));
}

TEST_F(BuildSandbox, ReferencesAreScanned) {
    HEARTH_REQUIRE_SANDBOX();
    auto a = *store().add_text("a", "a", {});
    auto b = *store().add_text("b", "b", {});
    // Refers to a (in a file) and to itself, not to b.
    auto drv = make_drv(
        "refs", "echo $a > $out; echo $out >> $out; echo ${b#/nix/store/} | cut -c1-10 >> $out",
        {{"a", store().print(a)}, {"b", store().print(b)}}, {}, {a, b});
    auto r = build({drv});
    ASSERT_TRUE(r.ok()) << r.error().message;
    auto out = out_path(drv);
    EXPECT_EQ(*store().query_references(out), (std::set<StorePath>{a, out}));
}

TEST_F(BuildSandbox, ReusedBuildDirectoryShowsNothingOfTheLastBuild) {
    HEARTH_REQUIRE_SANDBOX();
    // `first` runs before `second` (its dependency) in the same directory
    // and leaves files in /build and the store dir; `second` must see only
    // its own closure (first's output, not first's input) and an empty /build.
    auto input = *store().add_text("first-input", "x", {});
    auto first = make_drv("first",
                          "echo a > $out; echo junk > /build/junk; mkdir /build/d; "
                          "echo stray > /nix/store/00000000000000000000000000000000-stray",
                          {}, {}, {input});
    auto second = make_drv("second", "{ ls /nix/store; ls -A /build; } > $out", {}, {first});
    BuildOptions o;
    o.max_jobs = 1;
    auto r = build({second}, o);
    ASSERT_TRUE(r.ok()) << r.error().message;
    std::set<std::string> want = {out_path(first).to_string(), out_path(second).to_string()};
    std::string listing;
    for (const auto& p : want) listing += p + "\n";
    EXPECT_EQ(read(out_path(second)), listing);
    // The directories went with the build.
    for (const auto& e :
         std::filesystem::directory_iterator(store().config().state_dir() + "/builds"))
        ADD_FAILURE() << "left behind: " << e.path();
}
