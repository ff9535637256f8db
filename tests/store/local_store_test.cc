// The on-disk store under a temporary root: adding, querying, references,
// read-only contents, verification, deletion and concurrent adds.
#include "store/local_store.hh"

#include "fixture.hh"
#include "util/encoding.hh"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <thread>

using namespace hearth;
using namespace hearth::store;

namespace {

std::unique_ptr<LocalStore> open_store(const test::TempDir& tmp) {
    auto s = LocalStore::open(StoreConfig{tmp / "root"});
    if (!s) ADD_FAILURE() << s.error().message;
    return std::move(*s);
}

} // namespace

TEST(LocalStore, ConfigFromEnvironment) {
    EXPECT_EQ(StoreConfig::from_environment("/x/y/").root, "/x/y");
    ::setenv("HEARTH_STORE", "/from/env", 1);
    EXPECT_EQ(StoreConfig::from_environment().root, "/from/env");
    EXPECT_EQ(StoreConfig::from_environment("/opt").root, "/opt");
    ::unsetenv("HEARTH_STORE");
    auto c = StoreConfig::from_environment();
    EXPECT_EQ(c.root, ::getuid() == 0 ? "/var/lib/hearth" : c.root);
    EXPECT_EQ(c.store_dir, "/nix/store");
    EXPECT_EQ(StoreConfig{"/r"}.real_store_dir(), "/r/nix/store");
}

TEST(LocalStore, AddTextMatchesNixAndIsReadOnly) {
    test::TempDir tmp;
    auto store = open_store(tmp);
    auto p = store->add_text("t.txt", "hello", {});
    ASSERT_TRUE(p.ok()) << p.error().message;
    EXPECT_EQ(store->print(*p), "/nix/store/9p0nl625gm5mli8h2xfsgma0zz31g9yc-t.txt");
    EXPECT_EQ(store->real_path(*p),
              tmp.path() + "/root/nix/store/9p0nl625gm5mli8h2xfsgma0zz31g9yc-t.txt");
    EXPECT_TRUE(*store->is_valid(*p));
    struct stat st;
    ASSERT_EQ(::stat(store->real_path(*p).c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0444u);
    EXPECT_EQ(st.st_mtime, 1);
    auto info = *store->query_path_info(*p);
    ASSERT_TRUE(info);
    // nix-store --dump of a file "hello": 120 bytes.
    EXPECT_EQ(info->nar_size, 120u);
    EXPECT_EQ(info->nar_hash, *nar_hash(store->real_path(*p)));
    // Adding again is a no-op that returns the same path.
    EXPECT_EQ(*store->add_text("t.txt", "hello", {}), *p);
    EXPECT_EQ(store->query_all_valid()->size(), 1u);
}

TEST(LocalStore, ReferencesReferrersAndClosure) {
    test::TempDir tmp;
    auto store = open_store(tmp);
    auto t = *store->add_text("t.txt", "hello", {});
    auto r = *store->add_text("r.txt", "ref " + store->print(t), {t});
    EXPECT_EQ(store->print(r), "/nix/store/whsa9znb46v4187kijvx3lxsc6vw2z3j-r.txt");
    auto top = *store->add_text("top", store->print(r), {r});
    EXPECT_EQ(*store->query_references(top), std::set<StorePath>{r});
    EXPECT_EQ(*store->query_referrers(t), std::set<StorePath>{r});
    EXPECT_EQ(*store->query_closure({top}), (std::set<StorePath>{top, r, t}));
    EXPECT_FALSE(
        store
            ->query_references(*store->dir().parse("/nix/store/00000000000000000000000000000000-x"))
            .ok());
    // A reference that is not valid is refused.
    auto ghost = *store->dir().parse("/nix/store/00000000000000000000000000000000-ghost");
    auto bad = store->add_text("bad", "x", {ghost});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, ErrorKind::not_valid);
}

TEST(LocalStore, AddTreeMatchesBuiltinsPath) {
    test::TempDir tmp;
    test::make_sample_tree(tmp / "fx");
    auto store = open_store(tmp);
    auto p = store->add_to_store(tmp / "fx", "fx");
    ASSERT_TRUE(p.ok()) << p.error().message;
    EXPECT_EQ(store->print(*p), "/nix/store/5kzxvraang33n6sqixhp77n5l8r8gqpd-fx");
    EXPECT_EQ(*dump_path_to_string(store->real_path(*p)), *dump_path_to_string(tmp / "fx"));
    struct stat st;
    ASSERT_EQ(::stat((store->real_path(*p) + "/exec.sh").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0555u);
    ASSERT_EQ(::stat((store->real_path(*p) + "/dir").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0555u);
    auto flat = store->add_to_store(tmp / "fx/file.txt", "flat", FileIngestion::flat);
    EXPECT_EQ(store->print(*flat), "/nix/store/hrzh64qwa6kpxv4ik12aiyppb3r0njks-flat");
}

TEST(LocalStore, DerivationsRoundTrip) {
    test::TempDir tmp;
    auto store = open_store(tmp);
    auto src = *store->add_text("builder.sh", "echo hi > $out", {});
    Derivation drv;
    drv.name = "x";
    drv.platform = "x86_64-linux";
    drv.builder = "/bin/sh";
    drv.args = {store->print(src)};
    drv.input_srcs = {store->print(src)};
    drv.outputs["out"] = {};
    DrvHasher hasher(
        [&](const std::string& p) { return store->read_derivation(*store->parse(p)); });
    auto expected = *finalise_derivation(drv, store->dir(), hasher);
    auto written = store->write_derivation(drv);
    ASSERT_TRUE(written.ok()) << written.error().message;
    EXPECT_EQ(*written, expected);
    EXPECT_EQ(*store->query_references(*written), std::set<StorePath>{src});
    auto back = store->read_derivation(*written);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, drv);
}

TEST(LocalStore, VerifyFindsMissingAndModified) {
    test::TempDir tmp;
    auto store = open_store(tmp);
    auto a = *store->add_text("a", "aaa", {});
    auto b = *store->add_text("b", "bbb", {});
    EXPECT_TRUE(store->verify(true)->missing.empty());
    ::chmod(store->real_path(a).c_str(), 0644);
    test::write_file(store->real_path(a), "tampered");
    ASSERT_EQ(::unlink(store->real_path(b).c_str()), 0);
    auto report = store->verify(true);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->modified, std::vector<std::string>{store->print(a)});
    EXPECT_EQ(report->missing, std::vector<std::string>{store->print(b)});
}

TEST(LocalStore, DeleteRefusesReferencedPaths) {
    test::TempDir tmp;
    auto store = open_store(tmp);
    auto t = *store->add_text("t.txt", "hello", {});
    auto r = *store->add_text("r.txt", "ref " + store->print(t), {t});
    auto refused = store->delete_path(t);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, "cannot delete path '" + store->print(t) +
                                           "' since it is still referenced by '" + store->print(r) +
                                           "'");
    EXPECT_TRUE(store->delete_path(r).ok());
    EXPECT_TRUE(store->delete_path(t).ok());
    EXPECT_FALSE(*store->is_valid(t));
    EXPECT_FALSE(std::filesystem::exists(store->real_path(t)));
}

// Several processes add the same paths at once: each path is created once,
// complete, and the database stays consistent.
TEST(LocalStore, ConcurrentAddsFromProcesses) {
    test::TempDir tmp;
    { auto init = open_store(tmp); }
    std::vector<pid_t> kids;
    for (int k = 0; k < 4; ++k) {
        pid_t pid = ::fork();
        if (pid == 0) {
            auto s = LocalStore::open(StoreConfig{tmp / "root"});
            bool ok = s.ok();
            for (int i = 0; ok && i < 20; ++i)
                ok = (*s)->add_text("f" + std::to_string(i), std::string(10000, char('a' + i)), {})
                         .ok();
            ::_exit(ok ? 0 : 1);
        }
        kids.push_back(pid);
    }
    for (pid_t pid : kids) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    auto store = open_store(tmp);
    EXPECT_EQ(store->query_all_valid()->size(), 20u);
    auto report = store->verify(true);
    EXPECT_TRUE(report->missing.empty() && report->modified.empty());
}

// Validity is remembered and, after many questions, read for every path at
// once; paths another store registers later are still seen, paths deleted
// here are not, and paths never added stay invalid.
TEST(LocalStore, ValidityAfterManyQuestions) {
    test::TempDir tmp;
    auto store = open_store(tmp);
    auto other = open_store(tmp); // another process, as far as the database knows
    std::vector<StorePath> paths;
    for (int i = 0; i < 300; ++i)
        paths.push_back(*store->add_text("p" + std::to_string(i), std::to_string(i), {}));
    auto never = *store->dir().make_text_path("never", "never", {});
    // Asked from a fresh store, past the point where it reads them all.
    auto asker = open_store(tmp);
    for (int round = 0; round < 2; ++round)
        for (const auto& p : paths) EXPECT_TRUE(*asker->is_valid(p));
    EXPECT_FALSE(*asker->is_valid(never));
    auto later = *other->add_text("later", "later", {});
    EXPECT_TRUE(*asker->is_valid(later));
    ASSERT_TRUE(asker->delete_path(paths[0]).ok());
    EXPECT_FALSE(*asker->is_valid(paths[0]));
    EXPECT_EQ(*asker->query_valid({paths[0], paths[1], never, later}),
              (std::set<StorePath>{paths[1], later}));
}
