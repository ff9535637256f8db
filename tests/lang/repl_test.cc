// The REPL's language side: the session scope, the lazy printer and tab
// completion (src/lang/repl_*.cc). The command loop itself is tested by
// tests/cli/repl.test.sh.
#include "lang/repl_complete.hh"
#include "lang/repl_print.hh"
#include "lang/repl_scope.hh"
#include "lang/state.hh"

#include <gtest/gtest.h>

#include <sstream>

using namespace hearth::lang;

namespace {

class Repl : public testing::Test {
  protected:
    EvalState st;
    ReplScope scope{st};

    Value eval(const std::string& text) {
        Value v;
        scope.eval(scope.parse(text, "/"), v);
        return v;
    }
    std::string show(const std::string& text, uint32_t depth = 1, bool colors = false) {
        Value v = eval(text);
        std::ostringstream s;
        print_repl_value(st, v, s, {.max_depth = depth, .colors = colors});
        return s.str();
    }
    void bind(const std::string& name, const std::string& text) {
        scope.bind(name, scope.thunk(scope.parse(text, "/")));
    }
    std::vector<std::string> complete(const std::string& word) {
        return repl_completions(st, scope, word);
    }
};

TEST_F(Repl, BindingsShadowBuiltinsAndLaterLinesSeeThem) {
    bind("x", "3");
    EXPECT_EQ(show("x * 2"), "6");
    bind("map", "42");
    EXPECT_EQ(show("map"), "42");
    EXPECT_EQ(show("builtins.map"), "«primop map»");
}

TEST_F(Repl, RebindingKeepsWhatEarlierBindingsSaw) {
    bind("x", "1");
    bind("y", "x + 1");
    bind("x", "10");
    EXPECT_EQ(show("y"), "2");
    EXPECT_EQ(show("x"), "10");
}

TEST_F(Repl, BindingsAreLazy) {
    bind("boom", "throw \"later\"");
    EXPECT_EQ(show("1"), "1");
    EXPECT_THROW(eval("boom + 1"), EvalError);
}

TEST_F(Repl, AddAttrsAndClear) {
    Value v = eval("{ a = 1; b = 2; }");
    EXPECT_EQ(scope.add_attrs(v.attrs), 2u);
    EXPECT_EQ(show("a + b"), "3");
    scope.clear();
    EXPECT_THROW(eval("a"), EvalError);
}

TEST_F(Repl, UndefinedVariableIsAnError) {
    try {
        eval("nope");
        FAIL();
    } catch (EvalError& e) {
        EXPECT_EQ(e.kind, ErrorKind::UndefinedVar);
    }
}

TEST_F(Repl, PrintsOneLevelThenEllipses) {
    EXPECT_EQ(show("{ a = 1; }"), "{ a = 1; }");
    EXPECT_EQ(show("{ a = { b = 1; }; }"), "{\n  a = { ... };\n}");
    EXPECT_EQ(show("[ [ 1 ] ]"), "[\n  [ ... ]\n]");
    EXPECT_EQ(show("[ 1 (1 + 1) ]"), "[\n  1\n  2\n]");
    EXPECT_EQ(show("{ }"), "{ }");
    EXPECT_EQ(show("[ ]"), "[ ]");
    EXPECT_EQ(show("[ { } ]"), "[\n  { ... }\n]");
}

TEST_F(Repl, PrintDeepIndentsNestedItems) {
    EXPECT_EQ(show("{ a = [ 1 [ 2 ] ]; b = { c = 2; }; }", UINT32_MAX),
              "{\n  a = [\n    1\n    [ 2 ]\n  ];\n  b = { c = 2; };\n}");
}

TEST_F(Repl, ScalarsFunctionsAndNames) {
    EXPECT_EQ(show("\"a\\nb\""), "\"a\\nb\"");
    EXPECT_EQ(show("1.5"), "1.5");
    EXPECT_EQ(show("null"), "null");
    EXPECT_EQ(show("{ f = x: x; }"), "{ f = «lambda f @ «string»:1:7»; }");
    EXPECT_EQ(show("builtins.add 1"), "«partially applied primop add»");
    EXPECT_EQ(show("{ \"a b\" = 1; or = 2; }"), "{\n  \"a b\" = 1;\n  or = 2;\n}");
}

TEST_F(Repl, ErrorsBelowTheTopAreShownInPlace) {
    EXPECT_EQ(show("{ a = throw \"x\"; b = 2; }"), "{\n  a = «error: x»;\n  b = 2;\n}");
    EXPECT_EQ(show("let x = { a = 1; }; in [ x x ]"), "[\n  { ... }\n  «repeated»\n]");
    EXPECT_THROW(show("throw \"top\""), EvalError);
}

TEST_F(Repl, ColorsAsNixUsesThem) {
    EXPECT_EQ(show("1", 1, true), "\x1b[36;1m1\x1b[0m");
    EXPECT_EQ(show("\"s\"", 1, true), "\x1b[35;1m\"s\"\x1b[0m");
}

TEST_F(Repl, CompletesNamesInScope) {
    bind("hello", "1");
    bind("help", "2");
    EXPECT_EQ(complete("hel"), (std::vector<std::string>{"hello", "help"}));
    auto b = complete("builti");
    EXPECT_EQ(b, (std::vector<std::string>{"builtins"}));
    EXPECT_TRUE(complete("zzz").empty());
}

TEST_F(Repl, CompletesAttributePaths) {
    bind("pkgs", "{ hello = 1; help = { me = 2; }; other = 3; }");
    EXPECT_EQ(complete("pkgs.he"), (std::vector<std::string>{"pkgs.hello", "pkgs.help"}));
    EXPECT_EQ(complete("pkgs.help."), (std::vector<std::string>{"pkgs.help.me"}));
    EXPECT_EQ(complete("builtins.attrNam"), (std::vector<std::string>{"builtins.attrNames"}));
}

TEST_F(Repl, CompletionOfWhatCannotBeEvaluatedOffersNothing) {
    bind("bad", "throw \"no\"");
    EXPECT_TRUE(complete("bad.x").empty());
    EXPECT_TRUE(complete("1.x").empty());
    EXPECT_TRUE(complete("(.x").empty());
}

} // namespace
