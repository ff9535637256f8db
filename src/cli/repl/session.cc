// The read-eval-print loop: one input (perhaps several lines) at a time.
// An input is a `:command`, a binding `name = expr`, or an expression.
#include "cli/repl/session.hh"

#include "lang/interrupt.hh"
#include "lang/repl_complete.hh"
#include "lang/repl_print.hh"
#include "lang/run.hh"

#include <csignal>
#include <unistd.h>

#include <iostream>
#include <sstream>

namespace hearth::cli::repl {

namespace {

constexpr const char* prompt = "nix-repl> ";
constexpr const char* continuation = "          "; // as wide as the prompt

std::string trim(const std::string& s) {
    size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return "";
    size_t e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

bool is_keyword(const std::string& s) {
    for (const char* k :
         {"if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or"})
        if (s == k) return true;
    return false;
}

// Nix's isVarName: what may stand left of `=` in a binding.
bool is_var_name(const std::string& s) {
    if (s.empty() || is_keyword(s)) return false;
    if ((s[0] >= '0' && s[0] <= '9') || s[0] == '-' || s[0] == '\'') return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-' || c == '\''))
            return false;
    return true;
}

// While an input is evaluated, Ctrl-C (SIGINT) asks the evaluation to stop;
// the session prints "error: interrupted by the user" and prompts again.
// Evaluation runs on a thread of its own, so the handler only sets a flag.
class InterruptScope {
  public:
    InterruptScope() {
        lang::interrupt_requested.store(false);
        struct sigaction sa = {};
        sa.sa_handler = [](int) { lang::interrupt_requested.store(true); };
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGINT, &sa, &m_old);
    }
    // A request left over would stop the next evaluation at once, even a
    // completion's at the prompt.
    ~InterruptScope() {
        sigaction(SIGINT, &m_old, nullptr);
        lang::interrupt_requested.store(false);
    }
    InterruptScope(const InterruptScope&) = delete;
    InterruptScope& operator=(const InterruptScope&) = delete;

  private:
    struct sigaction m_old = {};
};

} // namespace

Session::Session(lang::EvalState& st, SessionOptions opts)
    : m_st(st), m_opts(std::move(opts)), m_scope(st) {}

std::string Session::cwd() {
    char buf[4096];
    return getcwd(buf, sizeof buf) ? buf : ".";
}

int Session::run(LineReader& reader) {
    load_all();
    std::string input;
    while (!m_quit) {
        auto line = reader.read(input.empty() ? prompt : continuation);
        if (!line) {
            std::cout << std::endl;
            return 0;
        }
        if (reader.take_interrupt()) input.clear();
        input += *line;
        input += '\n';
        if (!trim(input).empty()) {
            Outcome r = process(input);
            if (r == Outcome::Incomplete) continue;
            if (r == Outcome::Quit) return 0;
        }
        input.clear();
        std::cout << std::endl;
    }
    return 0;
}

Session::Outcome Session::guarded(const std::function<void()>& fn) {
    m_incomplete = false;
    std::optional<std::string> err;
    {
        InterruptScope interruptible;
        err = lang::run_guarded(m_st, fn, m_opts.show_trace);
    }
    if (m_incomplete) return Outcome::Incomplete;
    if (err) std::cerr << *err << std::flush;
    return m_quit ? Outcome::Quit : Outcome::Done;
}

lang::Expr* Session::parse(const std::string& input) {
    // Without the last newline, an error's excerpt ends at the last line.
    std::string text = input;
    if (!text.empty() && text.back() == '\n') text.pop_back();
    try {
        return m_scope.parse(std::move(text), cwd());
    } catch (lang::EvalError& e) {
        // Input that stops mid-expression is continued on the next line.
        if (e.kind == lang::ErrorKind::Parse &&
            e.message.find("unexpected end of file") != std::string::npos)
            m_incomplete = true;
        throw;
    }
}

void Session::evaluate(const std::string& text, lang::Value& out) {
    lang::Expr* e = parse(text);
    m_scope.eval(e, out);
}

// `name = expr` binds name lazily, when the text left of the first `=`
// (not `==`) is a variable name; anything else is an expression.
bool Session::bind_variable(const std::string& input) {
    size_t eq = input.find('=');
    if (eq == std::string::npos || (eq + 1 < input.size() && input[eq + 1] == '=')) return false;
    std::string name = trim(input.substr(0, eq));
    if (!is_var_name(name)) return false;
    lang::Expr* e = parse(input.substr(eq + 1));
    m_scope.bind(name, m_scope.thunk(e));
    return true;
}

void Session::print(lang::Value& v, uint32_t max_depth) {
    std::ostringstream s;
    lang::print_repl_value(m_st, v, s, {.max_depth = max_depth, .colors = m_opts.colors});
    std::cout << s.str() << std::endl;
}

Session::Outcome Session::process(const std::string& input) {
    std::string text = trim(input);
    if (text[0] == ':') {
        size_t end = text.find_first_of(" \t\n");
        std::string name = text.substr(0, end);
        std::string arg = end == std::string::npos ? "" : trim(text.substr(end));
        return command(name, arg);
    }
    return guarded([&] {
        if (bind_variable(input)) return;
        lang::Value v;
        evaluate(input, v);
        print(v, 1);
    });
}

std::vector<std::string> Session::complete(const std::string& word) {
    std::vector<std::string> out;
    if (!word.empty() && word[0] == ':') {
        for (auto& name : command_names())
            if (name.rfind(word, 0) == 0) out.push_back(name);
        return out;
    }
    lang::run_guarded(m_st, [&] { out = lang::repl_completions(m_st, m_scope, word); });
    return out;
}

} // namespace hearth::cli::repl
