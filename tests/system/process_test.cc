// run_process's views for activating a user under --root: the sandbox
// root's /nix shown at /nix, bound over the host's or, on a host without
// one, in a composed view of the host's /.
#include "system/process.hh"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace hearth::system;
namespace fs = std::filesystem;

namespace {

class ProcessView : public ::testing::TestWithParam<bool> {
  protected:
    void SetUp() override {
        if (::geteuid() != 0) GTEST_SKIP() << "needs root (mount namespaces)";
        char tmpl[] = "/tmp/hearth-view-XXXXXX";
        ASSERT_NE(::mkdtemp(tmpl), nullptr);
        m_dir = tmpl;
        fs::create_directories(m_dir + "/root/nix/store/abc-pkg");
        std::ofstream(m_dir + "/root/nix/store/abc-pkg/marker") << "from the root\n";
        if (GetParam()) ::setenv("HEARTH_TEST_COMPOSE_VIEW", "1", 1);
    }
    void TearDown() override {
        ::unsetenv("HEARTH_TEST_COMPOSE_VIEW");
        if (!m_dir.empty()) fs::remove_all(m_dir);
    }
    std::string m_dir;
};

} // namespace

TEST_P(ProcessView, TheRootsNixIsAtNix) {
    ProcessOptions o;
    o.nix_dir = m_dir + "/root/nix";
    o.view_dir = m_dir + "/root/run/view";
    o.capture = true;
    // The host's programs and files stay visible beside the root's /nix.
    auto r =
        run_process({"/bin/sh", "-c", "cat /nix/store/abc-pkg/marker && test -e /etc/passwd"}, o);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->status, 0) << r->output;
    EXPECT_EQ(r->output, "from the root\n");
    // Nothing of the view leaks into the host's mount table.
    std::ifstream mounts("/proc/self/mounts");
    std::string all((std::istreambuf_iterator<char>(mounts)), {});
    EXPECT_EQ(all.find(m_dir), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(BindOrCompose, ProcessView, ::testing::Values(false, true));
