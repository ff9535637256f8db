// The shared JSON reader and writer: RFC 8259 documents in, integers kept
// apart from doubles, errors that name the byte offset, and the escapes
// json_quote writes (those of the package lock file).
#include "util/json.hh"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

using namespace hearth::util;

namespace {

Json parse_ok(std::string_view text) {
    auto j = Json::parse(text);
    EXPECT_TRUE(j.ok()) << text << ": " << (j.ok() ? "" : j.error().message);
    return j.ok() ? *j : Json();
}

std::string parse_error(std::string_view text) {
    auto j = Json::parse(text);
    EXPECT_FALSE(j.ok()) << text;
    return j.ok() ? "" : j.error().message;
}

TEST(Json, Scalars) {
    EXPECT_TRUE(parse_ok(" null ").is_null());
    EXPECT_EQ(*parse_ok("true").as_bool(), true);
    EXPECT_EQ(*parse_ok("false").as_bool(), false);
    EXPECT_EQ(*parse_ok(R"("hi")").as_string(), "hi");
    EXPECT_EQ(parse_ok("\"x\"").as_int(), std::nullopt);
    EXPECT_EQ(parse_ok("1").as_string(), nullptr);
}

TEST(Json, IntegersStayIntegers) {
    Json big = parse_ok("9007199254740993"); // 2^53 + 1: not a double
    EXPECT_TRUE(big.is_int());
    EXPECT_EQ(big.as_int(), 9007199254740993);
    EXPECT_EQ(parse_ok("-9223372036854775808").as_int(), INT64_MIN);
    EXPECT_EQ(parse_ok("-0").as_int(), 0);
    EXPECT_TRUE(parse_ok("-0").is_int());
}

TEST(Json, DoublesAreDoubles) {
    Json d = parse_ok("2.5");
    EXPECT_TRUE(d.is_double());
    EXPECT_FALSE(d.is_int());
    EXPECT_EQ(d.as_number(), 2.5);
    EXPECT_EQ(d.as_int(), std::nullopt);
    EXPECT_EQ(parse_ok("1e3").as_number(), 1000.0);
    EXPECT_TRUE(parse_ok("1e3").is_double());
    EXPECT_EQ(parse_ok("-1.5E-2").as_number(), -0.015);
    // An integral double is still a whole number to as_int.
    EXPECT_EQ(parse_ok("2.0").as_int(), 2);
    EXPECT_EQ(parse_ok("1e3").as_int(), 1000);
    // Too big for int64: read as a double, not wrapped or rejected.
    Json huge = parse_ok("18446744073709551616");
    EXPECT_TRUE(huge.is_double());
    EXPECT_EQ(huge.as_number(), 18446744073709551616.0);
    EXPECT_EQ(huge.as_int(), std::nullopt);
    EXPECT_EQ(parse_ok("7").as_number(), 7.0);
}

TEST(Json, ObjectsAreSortedAndLookedUp) {
    Json o = parse_ok(R"({"b": 1, "a": [true, null], "c": {"d": "e"}, "b": 2})");
    ASSERT_NE(o.as_object(), nullptr);
    std::vector<std::string> keys;
    for (const auto& [k, v] : *o.as_object()) keys.push_back(k);
    EXPECT_EQ(keys, (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(o.get("b")->as_int(), 2); // the last of a repeated key
    ASSERT_NE(o.get("a")->as_array(), nullptr);
    EXPECT_EQ(o.get("a")->as_array()->size(), 2u);
    EXPECT_TRUE((*o.get("a")->as_array())[1].is_null());
    EXPECT_EQ(*o.get("c")->get("d")->as_string(), "e");
    EXPECT_EQ(o.get("missing"), nullptr);
    EXPECT_EQ(o.get("b")->get("x"), nullptr); // not an object
    EXPECT_EQ(parse_ok("{}").as_object()->size(), 0u);
    EXPECT_EQ(parse_ok("[ ]").as_array()->size(), 0u);
}

TEST(Json, StringEscapes) {
    EXPECT_EQ(*parse_ok(R"("a\"b\\c\/d\b\f\n\r\t")").as_string(), "a\"b\\c/d\b\f\n\r\t");
    EXPECT_EQ(*parse_ok(R"("\u0041\u00e9\u20ac")").as_string(), "A\u00e9\u20ac");
    EXPECT_EQ(*parse_ok(R"("\ud83d\ude00")").as_string(), "\U0001F600");
    // Lone surrogates have no UTF-8 form.
    EXPECT_EQ(*parse_ok(R"("\ud83dx")").as_string(), "\uFFFDx");
    EXPECT_EQ(*parse_ok(R"("\ude00")").as_string(), "\uFFFD");
    EXPECT_EQ(*parse_ok(R"("\ud83d\u0041")").as_string(), "\uFFFDA");
    EXPECT_EQ(*parse_ok("\"h\xc3\xa9\"").as_string(), "h\xc3\xa9"); // raw UTF-8 passes
}

TEST(Json, ErrorsNameTheOffset) {
    EXPECT_EQ(parse_error(""), "invalid JSON at offset 0: unexpected end");
    EXPECT_EQ(parse_error("[1, 2"), "invalid JSON at offset 5: expected ',' or ']'");
    EXPECT_EQ(parse_error("{\"a\" 1}"), "invalid JSON at offset 5: expected ':'");
    EXPECT_EQ(parse_error("{\"a\": 1,}"), "invalid JSON at offset 8: expected a key");
    EXPECT_EQ(parse_error("{1: 2}"), "invalid JSON at offset 1: expected a key");
    EXPECT_EQ(parse_error("[1] x"), "invalid JSON at offset 4: trailing data");
    EXPECT_EQ(parse_error("[tru]"), "invalid JSON at offset 1: unexpected character 't'");
    EXPECT_EQ(parse_error("\"abc"), "invalid JSON at offset 4: unterminated string");
    EXPECT_EQ(parse_error(R"("a\qb")"), "invalid JSON at offset 3: bad escape");
    EXPECT_EQ(parse_error(R"("\u12G4")"), "invalid JSON at offset 5: bad \\u escape");
    EXPECT_EQ(parse_error(R"("\u12)"), "invalid JSON at offset 3: short \\u escape");
    EXPECT_EQ(parse_error("\"a\nb\""), "invalid JSON at offset 2: control character in a string");
    EXPECT_EQ(parse_error("1e999"), "invalid JSON at offset 0: number out of range");
    for (const char* bad : {"01", "1.", ".5", "-", "1e", "+1", "1.e3", "--1"})
        EXPECT_NE(parse_error(bad).find("invalid JSON at offset"), std::string::npos) << bad;
}

TEST(Json, NestingIsBounded) {
    EXPECT_TRUE(Json::parse(std::string(500, '[') + std::string(500, ']')).ok());
    std::string deep(100000, '[');
    EXPECT_EQ(parse_error(deep), "invalid JSON at offset 513: nested too deeply");
}

TEST(Json, QuoteEscapes) {
    EXPECT_EQ(json_quote(""), "\"\"");
    EXPECT_EQ(json_quote("a\"b\\c"), R"("a\"b\\c")");
    EXPECT_EQ(json_quote("\n\t\r"), R"("\n\t\r")");
    // \b and \f short, as Nix writes them.
    EXPECT_EQ(json_quote(std::string("\x01\x1f\b\f", 4)), R"("\u0001\u001f\b\f")");
    EXPECT_EQ(json_quote("/\x7f\xc3\xa9"), "\"/\x7f\xc3\xa9\"");
    std::string all;
    for (int c = 1; c < 256; ++c) all += char(c);
    EXPECT_EQ(*parse_ok(json_quote(all)).as_string(), all);
}

TEST(Json, DumpRoundTrips) {
    Json::Object o;
    o["z"] = Json(std::int64_t{-3});
    o["a"] = Json(Json::Array{Json(), Json(true), Json(2.0), Json(0.1), Json("q\"")});
    o["m"] = Json(Json::Object{});
    Json j(std::move(o));
    std::string text = j.dump();
    EXPECT_EQ(text, R"({"a":[null,true,2.0,0.1,"q\""],"m":{},"z":-3})");
    Json back = parse_ok(text);
    EXPECT_EQ(back.dump(), text);
    EXPECT_TRUE((*back.get("a")->as_array())[2].is_double());
    EXPECT_TRUE(back.get("z")->is_int());
    EXPECT_EQ(Json(std::numeric_limits<double>::infinity()).dump(), "null");
    EXPECT_EQ(Json(1).dump(), "1");
    // Beyond int64: kept as a double, and written so it reads back as one.
    EXPECT_EQ(Json(std::uint64_t{1} << 63).dump(), "9223372036854775808.0");
    EXPECT_TRUE(parse_ok(Json(std::uint64_t{1} << 63).dump()).is_double());
}

} // namespace
