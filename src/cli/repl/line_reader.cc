#include "cli/repl/line_reader.hh"

#include <readline/history.h>
#include <readline/readline.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string_view>

namespace hearth::cli::repl {

namespace {

// How many lines of history are kept on disk.
constexpr int history_lines = 1000;

// Where a word ends for completion: like Nix's, but '.' stays inside the
// word so `pkgs.he<TAB>` completes attributes.
char word_breaks[] = " \t\n\"\\'`@$><=;|&{(";

class PlainReader : public LineReader {
  public:
    std::optional<std::string> read(const std::string& prompt) override {
        std::cout << prompt << std::flush;
        std::string line;
        if (!std::getline(std::cin, line)) return std::nullopt;
        std::cout << line << "\n" << std::flush;
        return line;
    }
};

// readline's callbacks are plain C functions, so the reader they serve is
// found through this pointer; there is only ever one terminal.
class ReadlineReader;
ReadlineReader* active = nullptr;
volatile std::sig_atomic_t interrupted = 0;

class ReadlineReader : public LineReader {
  public:
    ReadlineReader(Completer completer, std::string history_file)
        : m_completer(std::move(completer)), m_history(std::move(history_file)) {
        active = this;
        rl_readline_name = "hearth-repl";
        rl_completer_word_break_characters = word_breaks;
        rl_attempted_completion_function = attempt_completion;
        using_history();
        if (!m_history.empty()) {
            std::error_code ec;
            std::filesystem::create_directories(std::filesystem::path(m_history).parent_path(), ec);
            read_history(m_history.c_str());
        }
    }
    ~ReadlineReader() override { active = nullptr; }

    std::optional<std::string> read(const std::string& prompt) override {
        // At the prompt, Ctrl-C drops the line being typed; while evaluating
        // it keeps its default effect, since evaluation cannot be cancelled.
        auto previous = std::signal(SIGINT, on_interrupt);
        char* raw = readline(prompt.c_str());
        std::signal(SIGINT, previous);
        if (!raw) return std::nullopt;
        std::string line = raw;
        std::free(raw);
        if (!line.empty()) save(line);
        return line;
    }

  private:
    Completer m_completer;
    std::string m_history;
    std::vector<std::string> m_matches;

    void save(const std::string& line) {
        add_history(line.c_str());
        if (m_history.empty()) return;
        write_history(m_history.c_str());
        history_truncate_file(m_history.c_str(), history_lines);
    }

    bool take_interrupt() override {
        bool was = interrupted;
        interrupted = 0;
        return was;
    }

    static void on_interrupt(int) {
        interrupted = 1;
        rl_set_prompt("nix-repl> ");
        rl_replace_line("", 0);
        rl_crlf();
        rl_on_new_line();
        rl_redisplay();
    }

    static char* next_match(const char*, int state) {
        if (!active) return nullptr;
        auto& m = active->m_matches;
        size_t i = size_t(state);
        return i < m.size() ? strdup(m[i].c_str()) : nullptr;
    }

    static char** attempt_completion(const char* text, int, int) {
        // After :l, readline's own completion of file names; elsewhere never.
        std::string_view line = rl_line_buffer;
        if (line.starts_with(":l ") || line.starts_with(":load ")) return nullptr;
        rl_attempted_completion_over = 1;
        rl_completion_append_character = '\0';
        if (!active) return nullptr;
        active->m_matches = active->m_completer(text);
        return rl_completion_matches(text, next_match);
    }
};

} // namespace

std::unique_ptr<LineReader> open_line_reader(Completer completer, std::string history_file) {
    if (isatty(STDIN_FILENO))
        return std::make_unique<ReadlineReader>(std::move(completer), std::move(history_file));
    return std::make_unique<PlainReader>();
}

std::string default_history_file() {
    const char* data = std::getenv("XDG_DATA_HOME");
    if (data && *data) return std::string(data) + "/hearth/repl-history";
    const char* home = std::getenv("HOME");
    if (!home || !*home) return "";
    return std::string(home) + "/.local/share/hearth/repl-history";
}

} // namespace hearth::cli::repl
