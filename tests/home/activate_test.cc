// The whole activation through `hearth activate`, as a generation's
// activate script runs it: order and messages, bash entries with the
// helpers, GC roots and the profile, sanity checks, argument errors.
#include "fixture.hh"

#include <chrono>

using namespace hearth;
using namespace hearth::test;

namespace {

struct Activate : testing::Test {
    Sandbox sb;
    std::string out;
    int run(const std::string& gen, const std::string& args = "--driver-version 0") {
        return sb.sh(gen + "/activate " + args, &out);
    }
    std::string farm(const std::string& gen) { return sb.context(gen).new_gen.home_files; }
    std::string state(const std::string& rel) { return sb.h(".local/state/" + rel); }
};

} // namespace

TEST_F(Activate, FirstActivation) {
    auto g =
        sb.generation({{".bashrc", {"rc\n"}}}, standard_entries({{"greet", false,
                                                                  "run echo hello from bash\n"
                                                                  "verboseEcho not shown\n"}}));
    ASSERT_EQ(run(g), 0) << out;
    EXPECT_EQ(out, "Starting Home Manager activation\n"
                   "Activating checkLinkTargets\n"
                   "Activating writeBoundary\n"
                   "Creating new profile generation\n"
                   "Activating installPackages\n"
                   "installing 'home-manager-path'\n"
                   "Activating linkGeneration\n"
                   "Creating home file links in " +
                       sb.home +
                       "\n"
                       "Activating greet\n"
                       "hello from bash\n");
    EXPECT_EQ(read_file(sb.h(".bashrc")), "rc\n");
    EXPECT_EQ(link_of(state("home-manager/gcroots/current-home")), g);
    EXPECT_FALSE(exists(state("home-manager/gcroots/new-home")));
    EXPECT_EQ(link_of(state("nix/profiles/home-manager")), "home-manager-1-link");
    EXPECT_EQ(link_of(state("nix/profiles/home-manager-1-link")), g);
    EXPECT_EQ(read_file(sb.h(".nix-profile/etc/profile.d/hm-session-vars.sh")), "export A=1\n");
}

TEST_F(Activate, DriverVersionOneLeavesTheProfileToTheCaller) {
    auto g = sb.generation({{".bashrc", {"rc\n"}}});
    ASSERT_EQ(run(g, "--driver-version 1"), 0) << out;
    EXPECT_EQ(out.find("profile generation"), std::string::npos);
    EXPECT_FALSE(exists(state("nix/profiles/home-manager")));
}

TEST_F(Activate, SecondGenerationAndRollback) {
    auto a = sb.generation({{".a", {"a\n"}}, {".both", {"1\n"}}});
    auto b = sb.generation({{".b", {"b\n"}}, {".both", {"2\n"}}});
    ASSERT_EQ(run(a), 0) << out;
    ASSERT_EQ(run(b), 0) << out;
    EXPECT_FALSE(exists(sb.h(".a")));
    EXPECT_EQ(read_file(sb.h(".both")), "2\n");
    EXPECT_EQ(link_of(state("nix/profiles/home-manager")), "home-manager-2-link");
    EXPECT_EQ(link_of(sb.h(".nix-profile")), state("nix/profiles/profile"));
    ASSERT_EQ(run(a), 0) << out; // rollback: the older generation's activate
    EXPECT_FALSE(exists(sb.h(".b")));
    EXPECT_EQ(read_file(sb.h(".a")), "a\n");
    EXPECT_EQ(read_file(sb.h(".both")), "1\n");
    EXPECT_EQ(link_of(state("home-manager/gcroots/current-home")), a);
}

TEST_F(Activate, EntriesShareOneShellAndSeeTheVariables) {
    auto a = sb.generation({});
    ASSERT_EQ(run(a), 0) << out;
    auto g = sb.generation({}, {{"first", false, "shared=from-first\n"},
                                {"checkLinkTargets", true, ""},
                                {"second", false,
                                 "echo \"$shared $hmDriverVersion $(basename $oldGenPath) $PWD\"\n"
                                 "_i 'format %s' arg\n"}});
    ASSERT_EQ(run(g, "--driver-version 1"), 0) << out;
    EXPECT_NE(out.find("from-first 1 " + std::filesystem::path(a).filename().string() + " " +
                       sb.home + "\nformat arg\n"),
              std::string::npos)
        << out;
}

TEST_F(Activate, VerboseShowsVerboseEcho) {
    auto g = sb.generation({}, {{"v", false, "verboseEcho shown\nrun --quiet echo hidden\n"}});
    ASSERT_EQ(sb.sh("VERBOSE=1 " + g + "/activate", &out), 0) << out;
    EXPECT_NE(out.find("This is a live run\n"), std::string::npos);
    EXPECT_NE(out.find("oldGenPath undefined (first run?)"), std::string::npos);
    EXPECT_NE(out.find("Activating v\nshown\n"), std::string::npos);
    EXPECT_EQ(out.find("hidden"), std::string::npos);
}

TEST_F(Activate, DryRunChangesNothing) {
    auto g = sb.generation({{".bashrc", {"rc\n"}}},
                           standard_entries({{"user", false, "run touch $HOME/touched\n"}}));
    ASSERT_EQ(sb.sh("DRY_RUN=1 " + g + "/activate", &out), 0) << out;
    EXPECT_NE(out.find("This is a dry run\n"), std::string::npos);
    EXPECT_NE(out.find("ln -Tsf " + farm(g) + "/.bashrc " + sb.h(".bashrc")), std::string::npos);
    EXPECT_NE(out.find("touch " + sb.h("touched")), std::string::npos);
    std::string listing;
    sb.sh("find " + sb.home + " -mindepth 1", &listing);
    EXPECT_EQ(listing, "");
}

TEST_F(Activate, CollisionStopsBeforeAnythingIsWritten) {
    write_file(sb.h(".bashrc"), "mine\n");
    auto g = sb.generation({{".bashrc", {"rc\n"}}, {".other", {"o\n"}}});
    EXPECT_EQ(run(g), 1);
    EXPECT_NE(out.find("Existing file '" + sb.h(".bashrc") + "' would be clobbered"),
              std::string::npos);
    EXPECT_NE(out.find("Activation failed in checkLinkTargets (exit status 1). Nothing was "
                       "changed"),
              std::string::npos)
        << out;
    EXPECT_FALSE(exists(sb.h(".other")));
    EXPECT_FALSE(exists(state("nix/profiles/home-manager")));
    EXPECT_EQ(read_file(sb.h(".bashrc")), "mine\n");
}

TEST_F(Activate, SanityChecks) {
    auto g = sb.generation({}, standard_entries(), "bob");
    EXPECT_EQ(run(g), 1);
    EXPECT_EQ(out, "Starting Home Manager activation\nUSER is \"alice\", expected \"bob\"\n");
    EXPECT_EQ(sb.sh("SKIP_SANITY_CHECKS=1 " + g + "/activate", &out), 0) << out;
    auto h = sb.generation({});
    EXPECT_EQ(sb.sh("HOME=" + sb.store + " " + h + "/activate", &out), 1);
    EXPECT_NE(out.find("HOME is \"" + sb.store + "\", expected \"" + sb.home + "\""),
              std::string::npos);
}

TEST_F(Activate, ArgumentErrors) {
    auto g = sb.generation({});
    EXPECT_EQ(run(g, "--driver-version"), 1);
    EXPECT_EQ(out, "activate: no driver version specified\n");
    EXPECT_EQ(run(g, "--driver-version 7"), 1);
    EXPECT_EQ(out, "activate: unexpected driver version 7\n");
    EXPECT_EQ(run(g, "--bogus"), 1);
    EXPECT_EQ(out, "activate: unknown option '--bogus'\n");
}

TEST_F(Activate, ForeignManifestVersionIsRefused) {
    auto g = sb.generation({});
    std::string m = read_file(g + "/manifest.json");
    write_file(g + "/manifest.json", "{\"version\":2" + m.substr(m.find(',')));
    EXPECT_EQ(run(g), 1);
    EXPECT_NE(out.find("generation manifest version 2 is not supported"), std::string::npos);
}

// Builtin steps are served by the driver over a pipe that bash's children
// inherit: a background job keeping it open must not hold the switch up.
TEST_F(Activate, BackgroundJobDoesNotHoldTheDriver) {
    auto g = sb.generation({{".a", {"a\n"}}},
                           standard_entries({{"daemon", false, "sleep 5 > /dev/null 2>&1 &\n"}}));
    auto start = std::chrono::steady_clock::now();
    ASSERT_EQ(run(g, "--driver-version 1"), 0) << out;
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(4));
    EXPECT_EQ(read_file(sb.h(".a")), "a\n");
}

// A step failing inside the driver stops bash with that step's status.
TEST_F(Activate, StepServedInProcessFails) {
    write_file(sb.h(".a"), "mine\n");
    auto g = sb.generation({{".a", {"a\n"}}},
                           standard_entries({{"after", false, "touch \"$HOME/after\"\n"}}));
    EXPECT_EQ(run(g, "--driver-version 1"), 1);
    EXPECT_FALSE(exists(sb.h("after")));
    EXPECT_EQ(read_file(sb.h(".a")), "mine\n");
}

// ~/.nix-profile whose generation no longer exists (collected, or made
// with another store): nothing in it to keep, and nix-env could not install
// a path of Hearth's store, so the profile gets a new generation of ours.
TEST_F(Activate, ProfileWhoseGenerationIsGoneGetsANewOne) {
    auto g = sb.generation({{".bashrc", {"rc\n"}}});
    fs::create_directories(state("nix/profiles"));
    std::string gone = sb.store + "/gone-home-manager-path";
    ASSERT_EQ(::symlink(gone.c_str(), state("nix/profiles/profile-1-link").c_str()), 0);
    ASSERT_EQ(::symlink("profile-1-link", state("nix/profiles/profile").c_str()), 0);
    ASSERT_EQ(::symlink(state("nix/profiles/profile").c_str(), sb.h(".nix-profile").c_str()), 0);
    ASSERT_EQ(run(g), 0) << out;
    EXPECT_NE(out.find("replacing old 'home-manager-path'"), std::string::npos) << out;
    EXPECT_EQ(link_of(state("nix/profiles/profile")), "profile-2-link");
    EXPECT_EQ(read_file(sb.h(".nix-profile/etc/profile.d/hm-session-vars.sh")), "export A=1\n");
    EXPECT_EQ(link_of(state("nix/profiles/profile-1-link")), gone);
}

// ~/.nix-profile of Nix's, with packages nix-env installed: Home Manager
// hands it to nix-env, which cannot install a path of Hearth's store.
// Refused with what to do, and the profile is left as it was.
TEST_F(Activate, ProfileNixManagesIsRefusedWithWhatToDo) {
    auto g = sb.generation({{".bashrc", {"rc\n"}}});
    std::string env = sb.store + "/0000-user-environment";
    write_file(env + "/bin/tool", "#!/bin/sh\n", 0755);
    fs::create_directories(state("nix/profiles"));
    ASSERT_EQ(::symlink(env.c_str(), state("nix/profiles/profile-7-link").c_str()), 0);
    ASSERT_EQ(::symlink("profile-7-link", state("nix/profiles/profile").c_str()), 0);
    ASSERT_EQ(::symlink(state("nix/profiles/profile").c_str(), sb.h(".nix-profile").c_str()), 0);
    EXPECT_NE(run(g), 0) << out;
    EXPECT_NE(out.find(sb.h(".nix-profile") +
                       " is a profile Hearth did not make: its current "
                       "generation, '" +
                       env + "', is not a home-manager-path."),
              std::string::npos)
        << out;
    EXPECT_NE(out.find("    mv " + sb.h(".nix-profile") + " " + sb.h(".nix-profile.nix")),
              std::string::npos)
        << out;
    EXPECT_NE(out.find("Fix the profile problem shown above"), std::string::npos) << out;
    EXPECT_EQ(link_of(state("nix/profiles/profile")), "profile-7-link");
    EXPECT_FALSE(exists(state("nix/profiles/profile-8-link")));
}
