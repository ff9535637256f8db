// Replays tests/fuzz/regressions: inputs on which a fuzz target once crashed,
// hung or tripped a sanitizer. Each NAME.nix runs through the fuzz harness
// (parse, then evaluate strictly and print) and must give NAME.exp: the
// printed value, or the single line `error` when evaluation must fail.
#include "../fuzz/harness.hh"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

const fs::path regressions_dir = fs::path(HEARTH_TEST_DIR) / ".." / "fuzz" / "regressions";

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> case_names() {
    std::vector<std::string> names;
    for (auto& e : fs::directory_iterator(regressions_dir))
        if (e.path().extension() == ".nix") names.push_back(e.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

class FuzzRegression : public testing::TestWithParam<std::string> {};

TEST_P(FuzzRegression, Replays) {
    fs::path base = regressions_dir / GetParam();
    std::string input = read_file(base.string() + ".nix");
    std::string expected = read_file(base.string() + ".exp");
    ASSERT_FALSE(expected.empty()) << "missing " << base.string() << ".exp";

    hearth::fuzz::parse_one(input); // must return, whatever the outcome
    hearth::fuzz::Outcome got = hearth::fuzz::eval_one(input);
    std::string shown = got.ok ? got.text + "\n" : "error\n";
    EXPECT_EQ(shown, expected) << (got.ok ? "" : got.text);
}

// gtest names allow only [A-Za-z0-9_].
std::string test_name(const testing::TestParamInfo<std::string>& info) {
    std::string n = info.param;
    for (char& c : n)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return n;
}

INSTANTIATE_TEST_SUITE_P(Corpus, FuzzRegression, testing::ValuesIn(case_names()), test_name);

TEST(FuzzRegressions, CorpusIsNotEmpty) {
    EXPECT_FALSE(case_names().empty());
}

} // namespace
