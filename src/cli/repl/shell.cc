// :sh and :u, as nix-shell runs them for `nix repl`: build what the
// derivation needs (its input derivations), then start an interactive bash
// in the derivation's environment, the way nix-shell sets it up (impure: the
// user's variables stay, the derivation's are laid over them, a fresh
// temporary directory is the build directory, $stdenv/setup is sourced when
// there is one and shellHook runs). The REPL waits for the shell to exit.
// :u first wraps the value in a derivation that has it as a build input:
// (import <nixpkgs> {}).runCommand "shell" { buildInputs = [ drv ]; } "".
#include "cli/repl/process.hh"
#include "cli/repl/session.hh"

#include "store/local_store.hh"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <thread>

extern char** environ;

namespace hearth::cli::repl {

namespace {

[[noreturn]] void fail(const std::string& message) {
    throw lang::EvalError(lang::ErrorKind::Eval, message);
}

// 'text' quoted for bash.
std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// The rc file bash reads first: the user's ~/.bashrc (interactive shells
// only), the derivation's setup, the user's PATH after the derivation's,
// nix-shell's prompt, then shellHook.
std::string rc_text(const std::string& tmp_dir, const std::string& shell) {
    std::string dir = std::filesystem::path(shell).parent_path().string();
    std::string rc = "_hearth_shell_clean() { command rm -rf " + shell_quote(tmp_dir) +
                     "; }; trap _hearth_shell_clean EXIT; ";
    rc += "[ -n \"$PS1\" ] && [ -e ~/.bashrc ] && source ~/.bashrc; ";
    rc += "p=$PATH; dontAddDisableDepTrack=1;\n";
    rc += "[ -e \"$stdenv/setup\" ] && source \"$stdenv/setup\"; ";
    rc += "PATH=$PATH:$p; unset p; ";
    if (!dir.empty()) rc += "PATH=" + shell_quote(dir) + ":\"$PATH\"; ";
    rc += "SHELL=" + shell_quote(shell) + "; set +e; ";
    // nix-shell's prompt: red for root, else green.
    rc += "[ -n \"$PS1\" ] && [ -z \"$NIX_SHELL_PRESERVE_PROMPT\" ] && PS1='\\n\\[\\033[" +
          std::string(::geteuid() == 0 ? "1;31m" : "1;32m") +
          "\\][nix-shell:\\w]\\$\\[\\033[0m\\] '; ";
    rc += "if [ \"$(type -t runHook)\" = function ]; then runHook shellHook; fi; ";
    rc += "unset NIX_ENFORCE_PURITY; shopt -u nullglob; shopt -s execfail;\n";
    return rc;
}

// The shell's environment: the REPL's, then the derivation's variables
// (passAsFile ones as files in tmp_dir, named by NAMEPath), then the build
// directory and nix-shell's own variables.
std::vector<std::string> shell_environment(const store::Derivation& drv,
                                           const std::string& store_dir, const std::string& tmp_dir,
                                           const std::string& shell) {
    std::map<std::string, std::string> env;
    for (char** e = environ; *e; ++e) {
        std::string kv = *e;
        size_t eq = kv.find('=');
        if (eq != std::string::npos) env[kv.substr(0, eq)] = kv.substr(eq + 1);
    }
    std::set<std::string> as_file;
    if (auto it = drv.env.find("passAsFile"); it != drv.env.end()) {
        std::istringstream words(it->second);
        for (std::string w; words >> w;) as_file.insert(w);
    }
    int file_nr = 0;
    for (auto& [name, value] : drv.env) {
        if (!as_file.count(name)) {
            env[name] = value;
            continue;
        }
        std::string path = tmp_dir + "/.attr-" + std::to_string(file_nr++);
        std::ofstream(path, std::ios::binary) << value;
        env[name + "Path"] = path;
    }
    for (const char* v : {"NIX_BUILD_TOP", "TMPDIR", "TEMPDIR", "TMP", "TEMP"}) env[v] = tmp_dir;
    env["NIX_STORE"] = store_dir;
    env["NIX_BUILD_CORES"] = std::to_string(std::max(1u, std::thread::hardware_concurrency()));
    env["IN_NIX_SHELL"] = "impure";
    env["NIX_BUILD_SHELL"] = shell;
    std::vector<std::string> out;
    for (auto& [k, v] : env) out.push_back(k + "=" + v);
    return out;
}

} // namespace

void Session::shell(const std::string& arg, bool as_build_input) {
    // The value outlives this call: the wrapping derivation refers to it.
    lang::Value* given = m_st.alloc_value();
    evaluate(arg, *given);
    lang::Value v = *given;
    if (as_build_input) {
        lang::Value wrap;
        lang::Expr* e = m_scope.parse(
            "drv: (import <nixpkgs> {}).runCommand \"shell\" { buildInputs = [ drv ]; } \"\"",
            cwd());
        m_scope.eval(e, wrap);
        m_st.call_function(wrap, *given, v, {});
    }
    std::string drv_path = derivation_path(v);
    if (!m_opts.store)
        fail("cannot start a shell for '" + drv_path + "': no store could be opened");
    auto path = m_opts.store->parse(drv_path);
    if (!path) fail(path.error().message);
    auto drv = m_opts.store->read_derivation(*path);
    if (!drv) fail(drv.error().message);

    std::vector<std::string> build = {m_opts.self_exe, "build", "--no-out-link"};
    for (auto& [input, outputs] : drv->input_drvs) build.push_back(input);
    if (build.size() > 3 && run_program(build, true) != 0)
        fail("build of the inputs of '" + drv_path + "' failed");

    const char* tmp_root = std::getenv("TMPDIR");
    std::string tmpl = std::string(tmp_root && *tmp_root ? tmp_root : "/tmp") + "/nix-shell-XXXXXX";
    if (!::mkdtemp(tmpl.data())) fail("cannot create a directory in '" + tmpl + "'");
    const char* build_shell = std::getenv("NIX_BUILD_SHELL");
    std::string shell = build_shell && *build_shell ? build_shell : "bash";
    std::string rc = tmpl + "/rc";
    std::ofstream(rc) << rc_text(tmpl, shell);
    auto env = shell_environment(*drv, m_opts.store->dir().dir(), tmpl, shell);
    run_program({shell, "--rcfile", rc}, false, &env);
    std::error_code ec;
    std::filesystem::remove_all(tmpl, ec);
}

} // namespace hearth::cli::repl
