// The regex engine against std::regex::extended, which is what Nix runs:
// fixed cases whose answers current Nix prints (checked with nix-oracle),
// a differential test over many generated patterns and inputs, and inputs
// long enough to overflow a recursive matcher's stack.
#include "lang/regex/regex.hh"

#include <gtest/gtest.h>

#include <random>
#include <regex>
#include <string>

using namespace hearth::lang::regex;

namespace {

std::unique_ptr<Regex> compile(std::string_view p) {
    CompileError err;
    auto re = Regex::compile(p, err);
    EXPECT_TRUE(re) << "pattern " << p;
    return re;
}

// A match result written the way the Nix corpus prints it.
std::string show(std::string_view s, const std::vector<Capture>& caps, size_t from = 1) {
    std::string r = "[";
    for (size_t i = from; i < caps.size(); ++i) {
        r += ' ';
        if (!caps[i].matched)
            r += "null";
        else
            r += '"' + std::string(s.substr(caps[i].first, caps[i].second - caps[i].first)) + '"';
    }
    return r + " ]";
}

std::string match(std::string_view p, std::string_view s) {
    auto re = compile(p);
    if (!re) return "invalid";
    std::vector<Capture> caps;
    return re->match(s, caps) ? show(s, caps) : "null";
}

std::string split(std::string_view p, std::string_view s) {
    auto re = compile(p);
    if (!re) return "invalid";
    std::string r = "[";
    size_t prev = 0;
    re->for_each_match(s, [&](const std::vector<Capture>& caps) {
        r += " \"" + std::string(s.substr(prev, caps[0].first - prev)) + "\" " + show(s, caps);
        prev = caps[0].second;
    });
    return r + " \"" + std::string(s.substr(prev)) + "\" ]";
}

TEST(Regex, MatchIsWholeString) {
    EXPECT_EQ(match("a(b)c", "abc"), R"([ "b" ])");
    EXPECT_EQ(match("a(b)c", "abcd"), "null");
    EXPECT_EQ(match("(a)(b)?(c)", "ac"), R"([ "a" null "c" ])");
    EXPECT_EQ(match(".*", ""), "[ ]");
    EXPECT_EQ(match("b", "abc"), "null");
}

// Answers of Nix 2.26 that follow from libstdc++'s search order.
TEST(Regex, LibstdcxxQuirks) {
    // A repeat that matched is not retried shorter, so "a" wins over "ab".
    EXPECT_EQ(split("a*(ab)?", "ab"), R"([ "" [ null ] "" [ null ] "b" [ null ] "" ])");
    // Alternatives are all tried: the longest match wins.
    EXPECT_EQ(match("(a|ab)(c|bcd)(d*)", "abcd"), R"([ "a" "bcd" "" ])");
    EXPECT_EQ(split("(a|ab)(c|bcd)(d*)", "abcd"), R"([ "" [ "a" "bcd" "" ] "" ])");
    // A group keeps its value from an earlier round.
    EXPECT_EQ(match("(a|(b))*", "ba"), R"([ "a" "b" ])");
    // An empty round is allowed after the last real one.
    EXPECT_EQ(match("(a*)+", "aa"), R"([ "" ])");
    EXPECT_EQ(match("(a*)*", "b"), "null");
    EXPECT_EQ(match("(a*)*", ""), R"([ "" ])");
}

TEST(Regex, Split) {
    EXPECT_EQ(split(",", "a,b,c"), R"([ "a" [ ] "b" [ ] "c" ])");
    EXPECT_EQ(split("a*", "baaac"), R"([ "" [ ] "b" [ ] "" [ ] "c" [ ] "" ])");
    EXPECT_EQ(split("(a)|(b)", "xaybz"), R"([ "x" [ "a" null ] "y" [ null "b" ] "z" ])");
    EXPECT_EQ(split("x", "abc"), R"([ "abc" ])");
    EXPECT_EQ(split("^", "ab"), R"([ "" [ ] "ab" ])");
    EXPECT_EQ(split("$", "ab"), R"([ "ab" [ ] "" ])");
}

TEST(Regex, Syntax) {
    EXPECT_EQ(match("[]a]+", "]a"), "[ ]"); // ']' first in a bracket is literal
    EXPECT_EQ(match("[^]a]", "b"), "[ ]");
    EXPECT_EQ(match("[a-]+", "-a"), "[ ]");        // '-' last is literal
    EXPECT_EQ(match("[\\n]+", "\\n"), "[ ]");      // '\' is literal in brackets
    EXPECT_EQ(match("\\.\\*\\\\", ".*\\"), "[ ]"); // special bytes escaped
    EXPECT_EQ(match("a{2,3}", "aaa"), "[ ]");
    EXPECT_EQ(match("a{2,3}", "aaaa"), "null");
    EXPECT_EQ(match("(a){2}", "aa"), R"([ "a" ])");
    EXPECT_EQ(match("a{0}b", "b"), "[ ]");
    EXPECT_EQ(match("}]", "}]"), "[ ]");
    EXPECT_EQ(match("[[:alpha:]]+([[:digit:]]+)", "abc123"), R"([ "123" ])");
    EXPECT_EQ(match("[[:w:]]+", "a_1"), "[ ]");
    EXPECT_EQ(match("[[.hyphen.]]", "-"), "[ ]");
    EXPECT_EQ(match("[[=e=]]", "E"), "[ ]");
    EXPECT_EQ(match("(.)(.*)", "\xc3\xa9"
                               "a"),
              "[ \"\xc3\" \"\xa9"
              "a\" ]"); // bytes, not characters
    EXPECT_EQ(match("[[:alpha:]]", "\xc3\xa9"), "null");
}

TEST(Regex, InvalidPatterns) {
    for (const char* p : {"(", ")", "*a", "a{", "a{2,1}", "[a", "[z-a]", "a\\", "^*", "[[:foo:]]",
                          "a{,2}", "[a-c-e]", "\\n", "\\]"}) {
        CompileError err;
        EXPECT_FALSE(Regex::compile(p, err)) << p;
        EXPECT_EQ(err, CompileError::Invalid) << p;
    }
    CompileError err;
    EXPECT_FALSE(Regex::compile("a{100000}", err));
    EXPECT_EQ(err, CompileError::Space);
}

// Long inputs: a recursive matcher would need a frame per byte.
TEST(Regex, LongInputs) {
    std::string big(4 << 20, 'a');
    big[1000] = '\n';
    std::vector<Capture> caps;
    ASSERT_TRUE(compile("(a*)\n(a*)")->match(big, caps));
    EXPECT_EQ(caps[1].second - caps[1].first, 1000u);
    EXPECT_EQ(caps[2].second - caps[2].first, big.size() - 1001);
    EXPECT_EQ(match("(.*)b", big), "null");
    auto re = compile("\n");
    size_t n = 0;
    re->for_each_match(big, [&](const std::vector<Capture>&) { ++n; });
    EXPECT_EQ(n, 1u);
}

// --- differential testing against std::regex ---

std::string std_match(const std::regex& re, const std::string& s) {
    std::smatch m;
    if (!std::regex_match(s, m, re)) return "null";
    std::vector<Capture> caps;
    for (size_t i = 0; i < m.size(); ++i)
        caps.push_back(
            {size_t(m[i].first - s.begin()), size_t(m[i].second - s.begin()), m[i].matched});
    return show(s, caps);
}

std::string std_split(const std::regex& re, const std::string& s) {
    std::string r = "[";
    size_t prev = 0;
    for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator();
         ++it) {
        auto& m = *it;
        std::vector<Capture> caps;
        for (size_t i = 0; i < m.size(); ++i)
            caps.push_back(
                {size_t(m[i].first - s.begin()), size_t(m[i].second - s.begin()), m[i].matched});
        r += " \"" + s.substr(prev, caps[0].first - prev) + "\" " + show(s, caps);
        prev = caps[0].second;
    }
    return r + " \"" + s.substr(prev) + "\" ]";
}

// Small random patterns over a two-letter alphabet: every operator, nested.
std::string gen_pattern(std::mt19937& rng, int depth) {
    auto pick = [&](int n) { return int(rng() % unsigned(n)); };
    if (depth <= 0) {
        static const char* atoms[] = {"a", "b", ".", "[ab]", "[^a]", "^", "$", "a", "b"};
        return atoms[pick(9)];
    }
    switch (pick(7)) {
    case 0:
        return gen_pattern(rng, depth - 1) + gen_pattern(rng, depth - 1);
    case 1:
        return gen_pattern(rng, depth - 1) + "|" + gen_pattern(rng, depth - 1);
    case 2:
        return "(" + gen_pattern(rng, depth - 1) + ")";
    case 3: {
        std::string a = gen_pattern(rng, depth - 1);
        if (a == "^" || a == "$") return a;
        static const char* q[] = {"*", "+", "?", "{2}", "{0,2}", "{1,}"};
        return "(" + a + ")" + q[pick(6)];
    }
    case 4:
        return "(" + gen_pattern(rng, depth - 1) + "|)";
    default:
        return gen_pattern(rng, depth - 1) + gen_pattern(rng, depth - 1);
    }
}

TEST(Regex, AgreesWithStdRegex) {
    std::mt19937 rng(20240601);
    int compared = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string p = gen_pattern(rng, 1 + int(rng() % 4));
        std::regex sre;
        try {
            sre = std::regex(p, std::regex::extended);
        } catch (std::regex_error&) {
            CompileError err;
            EXPECT_FALSE(Regex::compile(p, err)) << p;
            continue;
        }
        auto re = compile(p);
        if (!re) continue;
        for (int j = 0; j < 6; ++j) {
            std::string s;
            for (int k = int(rng() % 7); k > 0; --k) s += "abc"[rng() % 3];
            ASSERT_EQ(match(p, s), std_match(sre, s)) << "match " << p << " on \"" << s << '"';
            ASSERT_EQ(split(p, s), std_split(sre, s)) << "split " << p << " on \"" << s << '"';
            ++compared;
        }
    }
    EXPECT_GT(compared, 10000);
}

} // namespace
