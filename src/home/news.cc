#include "home/news.hh"

#include "home/activate/context.hh"
#include "home/activate/steps.hh"
#include "home/generation.hh"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

namespace hearth::home {

namespace fs = std::filesystem;

namespace {

const char* const news_expression = "<home-manager/home-manager/home-manager.nix>";

std::string string_at(const util::Json& j, const char* key) {
    const util::Json* v = j.get(key);
    const std::string* s = v ? v->as_string() : nullptr;
    return s ? *s : std::string();
}

// Home Manager shows "2026-01-31 12:00" for "2026-01-31T12:00:00+00:00".
std::string pretty_time(std::string t) {
    if (auto p = t.find('T'); p != std::string::npos) t[p] = ' ';
    if (auto p = t.find("+00:00"); p != std::string::npos) t.erase(p, 6);
    return t;
}

// newsInfo through Hearth's builder as the file newsFile: `--eval-cache`
// then reuses the evaluation while nothing it read has changed, and a
// no-op switch reads one file instead of evaluating every module again.
// Quiet, and nullopt on any failure: the caller then evaluates newsInfo
// itself, which reports errors.
std::optional<util::Json> built_news(const ManagerOptions& o) {
    if (!env_or("HEARTH_HOME_BUILDER").empty()) return std::nullopt; // may not know newsFile
    auto config = find_configuration(o);
    if (!config.ok()) return std::nullopt;
    std::vector<std::string> argv = builder_command(o);
    for (auto& a : entry_args(o, *config)) argv.push_back(std::move(a));
    argv.insert(argv.end(), {"--arg", "check", "false", "-A", "newsFile", "--no-out-link"});
    ProcessOptions options = builder_options(*config);
    options.capture = true;
    options.quiet_stderr = true;
    auto r = run_process(argv, options);
    if (!r.ok() || r->status != 0) return std::nullopt;
    std::string out = r->output;
    while (!out.empty() && out.back() == '\n') out.pop_back();
    std::string file = out.substr(out.rfind('\n') + 1); // npos + 1 == 0
    std::ifstream in(physical_path(file), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    auto json = util::Json::parse(text.str());
    if (!in || !json.ok()) return std::nullopt;
    return std::move(*json);
}

Result<News> evaluate_news(const ManagerOptions& o) {
    if (auto json = built_news(o)) return News::from_json(*json);
    auto json =
        HEARTH_TRY(eval_json(o, news_expression, {"--arg", "check", "false", "-A", "newsInfo"}));
    return News::from_json(json);
}

// $PAGER (default less) on the text, through a file as Home Manager does.
int page(const std::string& text) {
    WorkDir work;
    if (work.path.empty()) return std::fputs(text.c_str(), stdout), 0;
    std::string file = work.path + "/news";
    std::ofstream(file) << text;
    std::string pager = env_or("PAGER", "less");
    if (pager.empty()) pager = "less";
    auto r = run_process({"/bin/sh", "-c", pager + " \"$1\"", "sh", file});
    return r.ok() ? r->status : 1;
}

} // namespace

Result<News> News::from_json(const util::Json& json) {
    News news;
    news.display = string_at(json, "display");
    const util::Json* entries = json.get("entries");
    const util::Json* ids = json.get("ids");
    if (!entries || !entries->as_array() || !ids || !ids->as_array())
        return fail(ErrorKind::bad_generation, "the news information has no entries");
    for (const auto& e : *entries->as_array())
        news.entries.push_back({string_at(e, "id"), string_at(e, "time"), string_at(e, "message")});
    for (const auto& id : *ids->as_array())
        if (const std::string* s = id.as_string()) news.ids.push_back(*s);
    return news;
}

std::vector<NewsEntry> News::unread(const std::set<std::string>& read) const {
    std::vector<NewsEntry> out;
    for (const auto& e : entries)
        if (!read.count(e.id)) out.push_back(e);
    return out;
}

std::string news_read_ids_path() {
    std::string data = env_or("XDG_DATA_HOME");
    if (data.empty()) data = env_or("HOME") + "/.local/share";
    return data + "/home-manager/news-read-ids";
}

std::set<std::string> read_news_ids(const std::string& path) {
    std::set<std::string> ids;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) ids.insert(line);
    return ids;
}

Result<void> mark_news_read(const std::string& path, const std::vector<std::string>& ids) {
    std::set<std::string> known = read_news_ids(path);
    std::string add;
    for (const auto& id : ids)
        if (known.insert(id).second) add += id + "\n";
    if (add.empty()) return {};
    HEARTH_TRY(make_dirs(fs::path(path).parent_path().string()));
    std::ofstream out(path, std::ios::app);
    out << add;
    if (!out.flush()) return fail(ErrorKind::io, "cannot write " + path, path);
    return {};
}

std::string layout_news(const std::vector<NewsEntry>& entries, const std::set<std::string>& read) {
    std::string text;
    for (const auto& e : entries) {
        if (!text.empty()) text += "\n\n";
        text +=
            "* " + pretty_time(e.time) + (read.count(e.id) ? " [read]" : " [unread]") + "\n\n  ";
        for (char c : e.message) text += c == '\n' ? std::string("\n  ") : std::string(1, c);
        text += "\n";
    }
    return text;
}

std::string news_notice(size_t count, const std::string& prog) {
    std::ostringstream s;
    if (count == 1)
        s << "There is 1 unread and relevant news item.\nRead it by running the command \"" << prog
          << " news\".";
    else
        s << "There are " << count << " unread and relevant news items.\nRead them by running the "
          << "command \"" << prog << " news\".";
    return s.str();
}

int hm_news(const ManagerOptions& o) {
    auto news = evaluate_news(o);
    if (!news.ok()) {
        if (!news.error().message.empty())
            std::fprintf(stderr, "%s\n", news.error().message.c_str());
        return news.error().exit_code;
    }
    std::string path = news_read_ids_path();
    int status = page(layout_news(news->entries, read_news_ids(path)));
    if (auto r = mark_news_read(path, news->ids); !r.ok())
        std::fprintf(stderr, "%s\n", r.error().message.c_str());
    return status;
}

void present_news(const ManagerOptions& o) {
    auto news = evaluate_news(o);
    if (!news.ok()) return;
    std::string path = news_read_ids_path();
    auto read = read_news_ids(path);
    auto unread = news->unread(read);
    if (news->display == "silent") return;
    if (news->display == "notify") {
        if (unread.empty()) return;
        std::fprintf(stderr, "%s\n", news_notice(unread.size(), "home-manager").c_str());
        if (!env_or("DISPLAY").empty() && !find_in_path("notify-send").empty()) {
            ProcessOptions quiet;
            quiet.quiet_stderr = true;
            (void)run_process(
                {"notify-send", "Home Manager", news_notice(unread.size(), "home-manager")}, quiet);
        }
    } else if (news->display == "show") {
        if (unread.empty()) return;
        page(layout_news(unread, read));
        (void)mark_news_read(path, news->ids);
    } else {
        std::fprintf(stderr, "Unknown \"news.display\" setting \"%s\".\n", news->display.c_str());
    }
}

} // namespace hearth::home
