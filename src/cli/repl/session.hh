// A `hearth repl` session: reads inputs, evaluates them in the session's
// scope and prints the results as `nix repl` does. An input that ends in
// the middle of an expression waits for more lines; an error is printed
// and the session goes on.
#pragma once

#include "cli/repl/line_reader.hh"
#include "lang/repl_scope.hh"
#include "lang/state.hh"

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace hearth::store {
class LocalStore;
}

namespace hearth::cli::repl {

// What a session loads at start and again on :r.
struct Source {
    enum class Kind { File, Expr } kind;
    std::string text; // a path, <lookup> or an expression
};

struct SessionOptions {
    std::vector<Source> sources;
    std::vector<std::pair<std::string, std::pair<bool, std::string>>>
        auto_args; // name, (is_expr, text)
    bool show_trace = false;
    bool colors = false;
    std::string self_exe;               // the hearth binary, for :b
    store::LocalStore* store = nullptr; // for :sh and :u (null: none could be opened)
};

// Every `:` command's names (commands.cc), for completion.
std::vector<std::string> command_names();

class Session {
  public:
    Session(lang::EvalState& st, SessionOptions opts);
    // Loads the sources, then reads inputs to the end. Returns the exit status.
    int run(LineReader& reader);
    std::vector<std::string> complete(const std::string& word);

  private:
    enum class Outcome { Done, Incomplete, Quit };

    // session.cc
    Outcome process(const std::string& input);
    Outcome guarded(const std::function<void()>& fn);
    lang::Expr* parse(const std::string& text);
    void evaluate(const std::string& text, lang::Value& out);
    bool bind_variable(const std::string& input);
    void print(lang::Value& v, uint32_t max_depth);
    static std::string cwd();

    // commands.cc
    Outcome command(const std::string& name, const std::string& arg);
    void help();
    void add(const std::string& arg);
    void build(const std::string& arg, bool link);
    void doc(const std::string& arg);
    void edit(const std::string& arg);
    void log(const std::string& arg);
    std::string derivation_path(lang::Value& v); // forced; an error if not a derivation
    void unsupported(const std::string& name, const std::string& arg);

    // shell.cc
    void shell(const std::string& arg, bool as_build_input);
    void trace_enable(const std::string& arg);

    // sources.cc
    void load_all();
    void load(const Source& src);
    std::string resolve_file(const std::string& path);
    const lang::Bindings* auto_args();
    size_t add_to_scope(lang::Value& v);

    lang::EvalState& m_st;
    SessionOptions m_opts;
    lang::ReplScope m_scope;
    const lang::Bindings* m_auto_args = nullptr;
    bool m_incomplete = false;
    bool m_quit = false;
};

} // namespace hearth::cli::repl
