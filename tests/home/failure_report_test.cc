// The paragraph printed when activation stops: the step, the file, what
// the home holds at that point and what to do, for each phase.
#include "home/activate/failure_report.hh"

#include "fixture.hh"

using namespace hearth;
using namespace hearth::test;

namespace {

home::Manifest manifest() {
    home::Manifest m;
    for (const char* step :
         {"checkLinkTargets", "writeBoundary", "installPackages", "linkGeneration"})
        m.activation.push_back({step, true, ""});
    m.activation.push_back({"greet", false, "echo hi\n"});
    return m;
}

} // namespace

TEST(FailureReport, ChecksChangeNothing) {
    auto text = home::failure_report(manifest(), "/nix/store/g", {"checkLinkTargets", 1, ""});
    EXPECT_EQ(text, "Activation failed in checkLinkTargets (exit status 1). Nothing was changed: "
                    "the home directory is as it was. Move the files named above out of the way, "
                    "back them up with 'home-manager switch -b EXT', or set 'force = true' on "
                    "their home.file entries, then switch again (or run /nix/store/g/activate), "
                    "which picks up where this activation stopped.");
}

TEST(FailureReport, LinkingNamesTheFile) {
    auto text =
        home::failure_report(manifest(), "/nix/store/g", {"linkGeneration", 1, "/home/a/.x"});
    EXPECT_EQ(text, "Activation failed in linkGeneration (exit status 1) at '/home/a/.x'. The home "
                    "directory still reflects the previous generation, possibly with part of the "
                    "new one linked; every link points into a complete generation. Fix the cause "
                    "shown above, then switch again (or run /nix/store/g/activate), which picks up "
                    "where this activation stopped.");
}

TEST(FailureReport, UserEntryAfterLinking) {
    auto text = home::failure_report(manifest(), "/nix/store/g", {"greet", 3, ""});
    EXPECT_NE(text.find("Activation failed in greet (exit status 3). The files of the new "
                        "generation are all linked; the entries after this one did not run. This "
                        "is the home.activation.greet entry"),
              std::string::npos)
        << text;
}

TEST(FailureReport, ReadsTheReportFile) {
    Sandbox sb;
    std::string file = sb.home + "/report";
    EXPECT_FALSE(home::read_failure_point(file)); // none written: no entry
    ::setenv("HEARTH_ACTIVATE_REPORT", file.c_str(), 1);
    home::record_failure("path", "/home/a/.x");
    home::record_failure("path", ""); // nothing to say: nothing written
    ::unsetenv("HEARTH_ACTIVATE_REPORT");
    EXPECT_FALSE(home::read_failure_point(file)); // a path alone names no entry
    write_file(file, read_file(file) + "entry=linkGeneration\nstatus=2\n");
    auto p = home::read_failure_point(file);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->entry, "linkGeneration");
    EXPECT_EQ(p->status, 2);
    EXPECT_EQ(p->path, "/home/a/.x");
}

TEST(FailureReport, ActivationPrintsIt) {
    Sandbox sb;
    auto g = sb.generation({{".a", {"a\n"}}}, standard_entries({{"boom", false, "false\n"}}));
    std::string out;
    EXPECT_EQ(sb.sh(g + "/activate --driver-version 1", &out), 1);
    EXPECT_NE(out.find("Activation failed in boom (exit status 1). The files of the new generation "
                       "are all linked"),
              std::string::npos)
        << out;
    EXPECT_EQ(read_file(sb.h(".a")), "a\n");
}
