// `hearth home diff`: files added, removed and changed (bytes or the
// executable bit) between two generations, packages added and removed,
// and the report.
#include "home/diff.hh"
#include "home/manager.hh"

#include "fixture.hh"

using namespace hearth;
using namespace hearth::test;

namespace {

home::Generation open(const std::string& path) {
    auto g = home::Generation::open(path);
    if (!g.ok()) throw std::runtime_error(g.error().message);
    return std::move(*g);
}

} // namespace

TEST(Diff, FirstSwitchAddsEverything) {
    Sandbox sb;
    auto to =
        open(sb.generation({{".a", {"a\n"}}, {".config/b", {"b\n"}}}, standard_entries(), "alice",
                           {"/nix/store/00000000000000000000000000000001-hello-2.10"}));
    auto d = home::diff_generations(nullptr, to);
    ASSERT_TRUE(d.ok()) << d.error().message;
    EXPECT_EQ(d->files_added, (std::vector<std::string>{".a", ".config/b"}));
    EXPECT_TRUE(d->files_removed.empty());
    EXPECT_EQ(d->packages_added, (std::vector<std::string>{"hello-2.10"}));
}

TEST(Diff, AddedRemovedChangedAndSame) {
    Sandbox sb;
    auto from = open(sb.generation({{".same", {"s\n"}}, {".gone", {"g\n"}}, {".edit", {"1\n"}}},
                                   standard_entries(), "alice",
                                   {"/nix/store/00000000000000000000000000000001-tree-2.1",
                                    "/nix/store/00000000000000000000000000000002-jq-1.6"}));
    auto to = open(sb.generation({{".same", {"s\n"}}, {".new", {"n\n"}}, {".edit", {"2\n"}}},
                                 standard_entries(), "alice",
                                 {"/nix/store/00000000000000000000000000000002-jq-1.6",
                                  "/nix/store/00000000000000000000000000000003-hello-2.10"}));
    auto d = home::diff_generations(&from, to);
    ASSERT_TRUE(d.ok()) << d.error().message;
    // .same has another store path with the same bytes: not a change.
    EXPECT_EQ(d->files_added, (std::vector<std::string>{".new"}));
    EXPECT_EQ(d->files_removed, (std::vector<std::string>{".gone"}));
    EXPECT_EQ(d->files_changed, (std::vector<std::string>{".edit"}));
    EXPECT_EQ(d->packages_added, (std::vector<std::string>{"hello-2.10"}));
    EXPECT_EQ(d->packages_removed, (std::vector<std::string>{"tree-2.1"}));
    EXPECT_EQ(home::render_diff(*d, "/home/alice"), "Home files (in /home/alice):\n"
                                                    "  + .new\n"
                                                    "  - .gone\n"
                                                    "  ~ .edit\n"
                                                    "Packages:\n"
                                                    "  + hello-2.10\n"
                                                    "  - tree-2.1\n");
}

TEST(Diff, ExecutableBitIsAChange) {
    Sandbox sb;
    auto from = open(sb.generation({{".run", {"#!/bin/sh\n"}}}));
    auto to = open(sb.generation({{".run", {"#!/bin/sh\n"}}}));
    auto same = home::diff_generations(&from, to);
    ASSERT_TRUE(same.ok());
    EXPECT_TRUE(same->empty());
    EXPECT_EQ(home::render_diff(*same, sb.home), "No changes.\n");
    // The source behind the new farm's link becomes executable.
    auto src = fs::read_symlink(to.home_files + "/.run");
    ::chmod(src.c_str(), 0755);
    auto d = home::diff_generations(&from, to);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->files_changed, (std::vector<std::string>{".run"}));
}

TEST(Init, HomeNixNamesTheUserAndNonDefaultXdgDirs) {
    Sandbox sb;
    std::string text = home::initial_home_nix("alice", "/home/alice");
    EXPECT_NE(text.find("  home.username = \"alice\";\n"), std::string::npos) << text;
    EXPECT_NE(text.find("  home.homeDirectory = \"/home/alice\";\n"), std::string::npos);
    EXPECT_NE(text.find("  home.stateVersion = \"26.05\";\n"), std::string::npos);
    EXPECT_NE(text.find("  programs.home-manager.enable = true;\n"), std::string::npos);
    EXPECT_EQ(text.find("xdg."), std::string::npos);
    ::setenv("XDG_CONFIG_HOME", "/home/alice/.config", 1); // the default: not written
    ::setenv("XDG_DATA_HOME", "/data/${x}\"", 1);
    text = home::initial_home_nix("alice", "/home/alice");
    ::unsetenv("XDG_CONFIG_HOME");
    ::unsetenv("XDG_DATA_HOME");
    EXPECT_EQ(text.find("xdg.configHome"), std::string::npos);
    EXPECT_NE(text.find("  xdg.dataHome = \"/data/\\${x}\\\"\";\n"), std::string::npos) << text;
}
