// Debian control data, versions, the host's provided set and the lock file.
#include "pkgs/apt_index.hh"
#include "pkgs/control.hh"
#include "pkgs/host.hh"
#include "pkgs/lock_file.hh"

#include <gtest/gtest.h>

using namespace hearth::pkgs;

TEST(Versions, OrderAsDpkg) {
    EXPECT_LT(compare_versions("1.0", "1.0-1"), 0);
    EXPECT_LT(compare_versions("1.0~rc1", "1.0"), 0);
    EXPECT_LT(compare_versions("1.0~rc1", "1.0~rc2"), 0);
    EXPECT_GT(compare_versions("1:0.1", "2.0"), 0);
    EXPECT_LT(compare_versions("2.10-3", "2.10-3+b1"), 0);
    EXPECT_EQ(compare_versions("2.10-3", "2.10-3"), 0);
    EXPECT_EQ(compare_versions("0:1.2", "1.2"), 0);
    EXPECT_LT(compare_versions("1.2.9", "1.2.10"), 0);
    EXPECT_GT(compare_versions("1.0a", "1.0"), 0);
    EXPECT_LT(compare_versions("1.0a", "1.0+"), 0); // letters before non-letters
    EXPECT_TRUE(satisfies("2.36-9", ">=", "2.34"));
    EXPECT_FALSE(satisfies("2.36-9", "<<", "2.36"));
    EXPECT_TRUE(satisfies("2.36-9", "", ""));
}

TEST(Relations, AlternativesVersionsAndArchQualifiers) {
    auto deps =
        parse_relations("libc6 (>= 2.34), debconf | debconf-2.0, perl:any,python3 (<< 3.12)");
    ASSERT_EQ(deps.size(), 4u);
    EXPECT_EQ(deps[0][0].name, "libc6");
    EXPECT_EQ(deps[0][0].op, ">=");
    EXPECT_EQ(deps[0][0].version, "2.34");
    ASSERT_EQ(deps[1].size(), 2u);
    EXPECT_EQ(deps[1][1].name, "debconf-2.0");
    EXPECT_EQ(deps[2][0].name, "perl");
    EXPECT_EQ(deps[3][0].op, "<<");
    EXPECT_TRUE(parse_relations("").empty());
}

namespace {

// An essential package pulls in its library; an installed tool does not
// count; a removed package does not either.
constexpr const char* status = R"(Package: dpkg
Status: install ok installed
Essential: yes
Priority: required
Version: 1.21.22
Depends: zlib1g (>= 1:1.1.4)

Package: libc6
Status: install ok installed
Priority: required
Version: 2.36-9

Package: zlib1g
Status: install ok installed
Priority: optional
Version: 1:1.2.13.dfsg-1
Provides: libz1

Package: jq
Status: install ok installed
Priority: optional
Version: 1.6-2.1

Package: tree
Status: deinstall ok config-files
Priority: required
Version: 2.1.0-1
)";

constexpr const char* packages = R"(Package: hello
Version: 2.10-3
Architecture: amd64
Depends: libc6 (>= 2.34), zlib1g | libz-other
Filename: pool/main/h/hello/hello_2.10-3_amd64.deb
Size: 53080
SHA256: 2e6e2f1a0007dc43bc91c273fd36e91e40a4f1c2765a03eca68b70a42103878a

Package: jq
Version: 1.6-2.1
Architecture: amd64
Depends: libjq1 (= 1.6-2.1)
Filename: pool/main/j/jq/jq_1.6-2.1_amd64.deb
Size: 64432
SHA256: c25f3fda201207ed98b1d63686f2d81b9dfeb99f1ab2d1d35fb3f7b6a1c107dc

Package: libjq1
Version: 1.6-2.1
Architecture: amd64
Depends: libonig5, jq
Filename: pool/main/j/jq/libjq1_1.6-2.1_amd64.deb
Size: 136460
SHA256: 5e9a7081ba10ce826f6d3d103aa9b912170c5adc836e2561000733571995dd5b

Package: libonig5
Version: 6.9.8-1
Architecture: amd64
Provides: onig-abi
Filename: pool/main/libo/libonig/libonig5_6.9.8-1_amd64.deb
Size: 187828
SHA256: 0c1a6b86b3a0b8b1a4f2f5f3a0d2a6a4f0c0e9b8a7d6c5b4a3f2e1d0c9b8a7f6

Package: libjq1
Version: 1.6-1
Architecture: amd64
Filename: pool/main/j/jq/libjq1_1.6-1_amd64.deb
Size: 1
SHA256: 0000000000000000000000000000000000000000000000000000000000000000
)";

} // namespace

TEST(Host, BaseClosureOnly) {
    auto host = HostSystem::from_text(status);
    EXPECT_TRUE(host.provides("dpkg"));
    EXPECT_TRUE(host.provides("zlib1g"));
    EXPECT_TRUE(host.provides("libz1")); // virtual, from a provided package
    EXPECT_FALSE(host.provides("jq"));   // installed, but nothing base needs it
    EXPECT_FALSE(host.provides("tree")); // not installed
    EXPECT_TRUE(host.satisfies({"zlib1g", ">=", "1:1.2"}));
    EXPECT_FALSE(host.satisfies({"zlib1g", ">=", "1:1.3"}));
}

TEST(Index, HighestVersionWinsAndProviders) {
    AptIndex index;
    index.add_text(packages, "http://deb.example/debian");
    ASSERT_NE(index.find("libjq1"), nullptr);
    EXPECT_EQ(index.find("libjq1")->version, "1.6-2.1");
    EXPECT_EQ(index.find("hello")->url,
              "http://deb.example/debian/pool/main/h/hello/hello_2.10-3_amd64.deb");
    ASSERT_EQ(index.providers("onig-abi").size(), 1u);
    EXPECT_EQ(index.providers("onig-abi")[0]->name, "libonig5");
}

TEST(Lock, ClosureSkipsHostAndCutsCycles) {
    AptIndex index;
    index.add_text(packages, "http://deb.example/debian/");
    auto host = HostSystem::from_text(status);
    LockFile lock;
    int loads = 0;
    auto load = [&]() -> Result<const AptIndex*> { return ++loads, &index; };
    auto closure = lock_closure(lock, host, load, {"jq", "hello"});
    ASSERT_TRUE(closure) << closure.error().message;
    // Dependencies first; libc6 and zlib1g are the host's; jq <-> libjq1 is a cycle.
    std::vector<std::string> want = {"libonig5", "libjq1", "jq", "hello"};
    EXPECT_EQ(*closure, want);
    EXPECT_EQ(lock.packages["hello"].depends, (std::vector<std::string>{"libc6", "zlib1g"}));
    EXPECT_GT(loads, 0);
    // A second run needs no index: everything is pinned.
    loads = 0;
    ASSERT_TRUE(lock_closure(lock, host, load, {"jq", "hello"}));
    EXPECT_EQ(loads, 0);
    auto missing = lock_closure(lock, host, load, {"no-such-package"});
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().message, "no package named 'no-such-package'");
}

TEST(Lock, JsonRoundTripIsStable) {
    AptIndex index;
    index.add_text(packages, "http://deb.example/debian/");
    auto host = HostSystem::from_text(status);
    LockFile lock;
    ASSERT_TRUE(
        lock_closure(lock, host, [&]() -> Result<const AptIndex*> { return &index; }, {"jq"}));
    std::string text = lock.to_json();
    auto back = LockFile::parse(text, "hearth.lock.json");
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(back->to_json(), text);
    EXPECT_EQ(back->packages.at("libonig5").size, 187828u);
    EXPECT_NE(text.find("\"version\": 1\n}"), std::string::npos);
    auto bad = LockFile::parse(R"({"version": 1, "packages": {"x": {"version": "1"}}})", "l.json");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().message, "lock file 'l.json': package 'x' has no valid architecture");
    auto future = LockFile::parse(R"({"version": 2, "packages": {}})", "l.json");
    ASSERT_FALSE(future);
    EXPECT_EQ(future.error().message, "lock file 'l.json': unsupported version (want 1)");
}
