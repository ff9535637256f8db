// derivationStrict, toFile and the context builtins through a real
// evaluation. Expected paths were computed by nix-instantiate 2.8 on a
// dummy store (nix_oracle.test.sh checks many more against it live).
#include "glue/install.hh"
#include "glue/names.hh"
#include "lang/print.hh"
#include "store/local_store.hh"

#include "../store/fixture.hh"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

namespace hearth::glue {
namespace {

// Evaluates `expr` strictly and prints it as nix-instantiate --eval does.
std::string eval(const std::string& expr, store::LocalStore* disk = nullptr) {
    lang::EvalState st;
    auto es = install(st, {.disk = disk});
    lang::Expr* e = st.parse(expr, "", "«string»", "/");
    lang::Value v;
    st.eval(e, v);
    st.force_deep(v);
    std::ostringstream out;
    lang::print_value(st, v, out);
    return out.str();
}

std::string eval_error(const std::string& expr) {
    try {
        eval(expr);
    } catch (lang::EvalError& e) {
        return e.message;
    }
    return "(no error)";
}

const std::string mk =
    R"(let mk = a: derivation ({ system = "x"; builder = "/bin/sh"; } // a); in )";

TEST(Derivation, InputAddressed) {
    EXPECT_EQ(
        eval(
            R"((derivation { name = "hello"; system = "x86_64-linux"; builder = "/bin/sh"; }).drvPath)"),
        R"("/nix/store/x0sj6ynccvc1a8kxr8fifnlf7qlxw6hd-hello.drv")");
}

TEST(Derivation, FixedOutputRecursive) {
    EXPECT_EQ(
        eval(
            mk +
            R"(let d = mk { name = "fo"; outputHash = "sha256-LCa0a2j/xo/5m0U8HTBBNBNCLXBkg7+g+YpeiGJm564="; outputHashMode = "recursive"; }; in [ d.drvPath d.outPath ])"),
        R"([ "/nix/store/qpmq0njmdbhgp36ms9872jl481b4ih1i-fo.drv" "/nix/store/b4cxdck16ay3p465mzik8c9vp5ky4pa7-fo" ])");
}

TEST(Derivation, StructuredAttrsWithTwoOutputs) {
    EXPECT_EQ(
        eval(
            mk +
            R"(let d = mk { name = "st"; __structuredAttrs = true; outputs = [ "out" "bin" ]; l = [ 1 "a" null ]; }; in [ d.drvPath d.bin.outPath ])"),
        R"([ "/nix/store/j74wvrpdjhbfh9r4lbkd3n5ly4jf6b5k-st.drv" "/nix/store/k9jb467a2dj2y169i7dcar6r6l42gz17-st-bin" ])");
}

TEST(Derivation, DependencyOnAnotherDerivation) {
    EXPECT_EQ(eval(mk + R"(let a = mk { name = "a"; }; in (mk { name = "b"; dep = a; }).drvPath)"),
              R"("/nix/store/fhrz09f778y6mrpg5a0mvw5m76hl683c-b.drv")");
}

TEST(Derivation, ContextsOfItsStrings) {
    EXPECT_EQ(
        eval(mk + R"(let d = mk { name = "u"; }; in builtins.getContext d.drvPath)"),
        R"({ "/nix/store/z7dp8gygnfb7m4jddpzw8mxkr6aw136p-u.drv" = { allOutputs = true; }; })");
    EXPECT_EQ(
        eval(mk + R"(let d = mk { name = "c"; }; in builtins.getContext "${d}")"),
        R"({ "/nix/store/6vcdwhp6vqjdk994n4n00v09gmw06wfp-c.drv" = { outputs = [ "out" ]; }; })");
}

TEST(Derivation, Errors) {
    EXPECT_EQ(eval_error(mk + R"((mk { name = "bad name"; }).drvPath)"),
              "invalid derivation name: name 'bad name' contains illegal character ' '. Please "
              "pass a different 'name'.");
    EXPECT_EQ(eval_error(R"((derivation { name = "x"; builder = "/bin/sh"; }).drvPath)"),
              "required attribute 'system' missing");
    EXPECT_EQ(eval_error(mk + R"((mk { name = "x"; outputs = [ "out" "out" ]; }).drvPath)"),
              "duplicate derivation output 'out'");
    EXPECT_EQ(
        eval_error(
            mk + R"((mk { name = "x"; outputHash = "abc"; outputHashAlgo = "sha256"; }).drvPath)"),
        "hash 'abc' has wrong length for hash algorithm 'sha256'");
    // Without a store to read it back from, a .drv's closure is unknown
    // (Nix's dummy store fails the same way).
    EXPECT_EQ(
        eval_error(mk +
                   R"(let a = mk { name = "a"; }; in (mk { name = "b"; p = a.drvPath; }).drvPath)"),
        "path '/nix/store/l9ldjc53ry43x24hvq73jx7dx0489mhj-a.drv' is not valid");
}

TEST(ToFile, PathsAndReferences) {
    EXPECT_EQ(eval(R"(builtins.toFile "hello.txt" "hello world\n")"),
              R"("/nix/store/9gz0m5kka3amb4g3263rlxx9j5518j5z-hello.txt")");
    EXPECT_EQ(eval(R"(builtins.toFile "ref" "see ${builtins.toFile "inner" "i"}")"),
              R"("/nix/store/kcgsgdk2388ghinavzpfhji42aylja0l-ref")");
    EXPECT_EQ(eval_error(R"(builtins.toFile "bad/name" "x")"),
              "path 'l4nk17nsbsqv502jqxqbm853icvvmypm-bad/name' is not a valid store path: name "
              "'bad/name' contains illegal character '/'");
}

TEST(Names, CurrentNixRules) {
    EXPECT_FALSE(bad_name_reason("hello-1.0"));
    EXPECT_FALSE(bad_name_reason(".a"));
    EXPECT_EQ(*bad_name_reason(""), "name must not be empty");
    EXPECT_EQ(*bad_name_reason("."), "name '.' is not valid");
    EXPECT_EQ(*bad_name_reason("..-x"),
              "name '..-x' is not valid: first dash-separated component must not be '..'");
    EXPECT_EQ(*bad_name_reason(std::string(212, 'a')),
              "name '" + std::string(212, 'a') + "' must be no longer than 211 characters");
    EXPECT_FALSE(bad_name_reason(std::string(211, 'a')));
}

// With a disk store, .drv files are written and a .drv's closure can be
// read back, so depending on a drvPath works.
TEST(DiskStore, WritesDerivations) {
    test::TempDir root;
    store::StoreConfig config;
    config.root = root.path();
    auto disk = store::LocalStore::open(config);
    ASSERT_TRUE(disk) << disk.error().message;
    std::string out = eval(
        mk +
            R"(let a = mk { name = "a"; t = builtins.toFile "t" "x"; }; in [ a.drvPath (mk { name = "b"; p = a.drvPath; }).drvPath ])",
        disk->get());
    EXPECT_EQ(
        out,
        R"([ "/nix/store/p54lwnr9ikqc40wgsa34kim4ivpgadqf-a.drv" "/nix/store/301c9azn47vkjcyccgangppj4di2y014-b.drv" ])");
    auto b = (*disk)->parse("/nix/store/301c9azn47vkjcyccgangppj4di2y014-b.drv");
    ASSERT_TRUE(b);
    auto drv = (*disk)->read_derivation(*b);
    ASSERT_TRUE(drv) << drv.error().message;
    // The drvPath's context brought a's .drv and its closure in as sources.
    EXPECT_EQ(drv->input_srcs.size(), 2u);
    EXPECT_EQ(drv->input_drvs.size(), 1u);
}

} // namespace
} // namespace hearth::glue
