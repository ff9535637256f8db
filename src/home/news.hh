// News (spec §5): the entries a configuration's modules declare, which of
// them the user has read (~/.local/share/home-manager/news-read-ids, one id
// a line), the text `home-manager news` pages, and the notice printed after
// build and switch according to news.display.
#pragma once

#include "home/error.hh"
#include "home/manager.hh"

#include <set>
#include <string>
#include <vector>

namespace hearth::home {

struct NewsEntry {
    std::string id;
    std::string time; // as declared, e.g. 2026-01-31T12:00:00+00:00
    std::string message;
};

struct News {
    std::string display;            // silent, notify or show
    std::vector<NewsEntry> entries; // relevant ones, newest first
    std::vector<std::string> ids;   // every entry's id, relevant or not

    // The `newsInfo` attribute of home-manager.nix.
    static Result<News> from_json(const util::Json& json);
    // Relevant entries whose id is not in `read`.
    std::vector<NewsEntry> unread(const std::set<std::string>& read) const;
};

// ${XDG_DATA_HOME:-~/.local/share}/home-manager/news-read-ids
std::string news_read_ids_path();
// The ids in the file; a missing file reads as none.
std::set<std::string> read_news_ids(const std::string& path);
// Appends the ids not yet in the file (creating it and its directory).
Result<void> mark_news_read(const std::string& path, const std::vector<std::string>& ids);

// The pager's text: per entry "* <time> [read|unread]", a blank line and
// the message indented by two spaces; entries separated by a blank line.
std::string layout_news(const std::vector<NewsEntry>& entries, const std::set<std::string>& read);

// "There is 1 unread and relevant news item..." for `count` > 0.
std::string news_notice(size_t count, const std::string& prog);

// After build and switch: evaluates the news and acts on news.display.
// Never fails the command; an evaluation error is reported and ignored.
void present_news(const ManagerOptions& o);

} // namespace hearth::home
