// The evaluation flags shared by instantiate, eval, build and the rest:
// -E, -I, --arg, --argstr, -A, --show-trace, files or "-".
#pragma once

#include "lang/state.hh"

#include <string>
#include <utility>
#include <vector>

namespace hearth::cli {

class EvalArgs {
  public:
    // Consumes argv[i] (and its operands) if it is one of ours: returns 1
    // (and advances i past the operands), 0 if not ours, -1 on a usage error.
    int parse(int argc, char** argv, int& i);
    lang::EvalOptions options() const;
    // Parses the expressions to evaluate: -E strings, files, or ./default.nix.
    std::vector<lang::Expr*> load(lang::EvalState& st, const std::vector<std::string>& files) const;
    std::vector<std::string> attr_paths() const {
        return m_attr_paths.empty() ? std::vector<std::string>{""} : m_attr_paths;
    }
    // Follows an -A path from root, auto-calling functions with --arg values.
    lang::Value select(lang::EvalState& st, lang::Value& root, const std::string& path) const;

    // Everything above that selects what is evaluated, for an evaluation
    // cache's key (the search path comes from options()).
    std::vector<std::string> cache_key_parts() const;

    bool show_trace = false;
    // When set, a usage error ends with "Try 'PROGRAM --help' ...", as Nix's.
    const char* usage_program = nullptr;

  private:
    bool m_expr_mode = false;
    bool m_trace_verbose = false;
    std::vector<std::string> m_include;
    std::vector<std::string> m_attr_paths;
    std::vector<std::pair<std::string, std::pair<bool, std::string>>>
        m_auto_args; // name, (is_expr, text)
    const lang::Bindings* auto_args(lang::EvalState& st) const;
};

} // namespace hearth::cli
