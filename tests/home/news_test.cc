// News: the newsInfo JSON, unread tracking through the news-read-ids file,
// the pager layout and the notice after build and switch.
#include "home/news.hh"

#include "fixture.hh"

using namespace hearth;
using namespace hearth::test;

namespace {

home::News sample() {
    auto json = util::Json::parse(
        R"({"display":"notify","entries":[)"
        R"({"id":"b","time":"2026-01-02T10:00:00+00:00","message":"Second.\nTwo lines."},)"
        R"({"id":"a","time":"2026-01-01T09:30:00+00:00","message":"First."}],)"
        R"("ids":["a","b","hidden"]})");
    auto news = home::News::from_json(*json);
    if (!news.ok()) throw std::runtime_error(news.error().message);
    return *news;
}

} // namespace

TEST(News, ParsesNewsInfo) {
    auto n = sample();
    EXPECT_EQ(n.display, "notify");
    ASSERT_EQ(n.entries.size(), 2u);
    EXPECT_EQ(n.entries[0].id, "b");
    EXPECT_EQ(n.ids, (std::vector<std::string>{"a", "b", "hidden"}));
    auto bad = util::Json::parse(R"({"display":"notify"})");
    EXPECT_FALSE(home::News::from_json(*bad).ok());
}

TEST(News, LayoutMarksReadAndUnread) {
    auto n = sample();
    EXPECT_EQ(home::layout_news(n.entries, {"a"}), "* 2026-01-02 10:00:00 [unread]\n"
                                                   "\n"
                                                   "  Second.\n"
                                                   "  Two lines.\n"
                                                   "\n"
                                                   "\n"
                                                   "* 2026-01-01 09:30:00 [read]\n"
                                                   "\n"
                                                   "  First.\n");
    EXPECT_EQ(home::layout_news({}, {}), "");
}

TEST(News, UnreadFollowsTheReadIdsFile) {
    Sandbox sb;
    std::string path = home::news_read_ids_path();
    EXPECT_EQ(path, sb.home + "/.local/share/home-manager/news-read-ids");
    auto n = sample();
    EXPECT_TRUE(home::read_news_ids(path).empty()); // no file: nothing read
    EXPECT_EQ(n.unread(home::read_news_ids(path)).size(), 2u);
    ASSERT_TRUE(home::mark_news_read(path, {"a"}).ok());
    EXPECT_EQ(n.unread(home::read_news_ids(path)).size(), 1u);
    ASSERT_TRUE(home::mark_news_read(path, n.ids).ok());
    EXPECT_TRUE(n.unread(home::read_news_ids(path)).empty());
    // Each id is written once.
    EXPECT_EQ(read_file(path), "a\nb\nhidden\n");
    ::setenv("XDG_DATA_HOME", (sb.home + "/data").c_str(), 1);
    EXPECT_EQ(home::news_read_ids_path(), sb.home + "/data/home-manager/news-read-ids");
    ::unsetenv("XDG_DATA_HOME");
}

TEST(News, NoticeSingularAndPlural) {
    EXPECT_EQ(home::news_notice(1, "home-manager"),
              "There is 1 unread and relevant news item.\n"
              "Read it by running the command \"home-manager news\".");
    EXPECT_EQ(home::news_notice(2, "home-manager"),
              "There are 2 unread and relevant news items.\n"
              "Read them by running the command \"home-manager news\".");
}
