// The commands that hand over to another program: :b and :bl run
// `hearth build` on the derivation's .drv file, :e runs $EDITOR on the file
// that defines a function or package and then reloads the session's files.
// :log shows what the store kept of a build.
#include "cli/repl/process.hh"
#include "cli/repl/session.hh"

#include "store/build/build_log.hh"
#include "store/local_store.hh"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>

namespace hearth::cli::repl {

namespace {

[[noreturn]] void fail(const std::string& message) {
    throw lang::EvalError(lang::ErrorKind::Eval, message);
}

} // namespace

int run_program(const std::vector<std::string>& argv, bool quiet,
                const std::vector<std::string>* env) {
    std::cout << std::flush;
    pid_t pid = ::fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        if (quiet) {
            // The REPL lists the outputs itself, in its own words.
            int null = ::open("/dev/null", O_WRONLY);
            if (null >= 0) ::dup2(null, STDOUT_FILENO);
        }
        std::vector<char*> args, vars;
        for (auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        if (env) {
            for (auto& v : *env) vars.push_back(const_cast<char*>(v.c_str()));
            vars.push_back(nullptr);
            ::execvpe(args[0], args.data(), vars.data());
        } else {
            ::execvp(args[0], args.data());
        }
        ::_exit(127);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string Session::derivation_path(lang::Value& v) {
    m_st.force(v, {});
    if (!m_st.is_derivation(v))
        fail("expression does not evaluate to a derivation, so I can't build it");
    const lang::Attr* drv = v.attrs->find(m_st.s.drvPath);
    if (!drv) fail("derivation has no 'drvPath'");
    return std::string(
        m_st.force_string(*drv->value, {}, "while evaluating the drvPath of a derivation"));
}

void Session::log(const std::string& arg) {
    lang::Value v;
    evaluate(arg, v);
    std::string drv_path = derivation_path(v);
    std::ifstream in;
    if (m_opts.store)
        if (auto path = m_opts.store->parse(drv_path))
            in.open(store::build_log_path(m_opts.store->config(), *path), std::ios::binary);
    if (!in) fail("build log of '" + drv_path + "' is not available");
    std::cout << in.rdbuf() << std::flush;
}

void Session::build(const std::string& arg, bool link) {
    lang::Value v;
    evaluate(arg, v);
    std::string drv_path = derivation_path(v);
    std::vector<std::string> argv = {m_opts.self_exe, "build", drv_path};
    if (link)
        argv.insert(argv.end(), {"-o", "repl-result"});
    else
        argv.push_back("--no-out-link");
    if (int status = run_program(argv, true); status != 0)
        fail("build of '" + drv_path + "' failed");

    std::vector<std::pair<std::string, std::string>> outputs; // name, path
    const lang::Attr* names = v.attrs->find(m_st.s.outputs);
    std::vector<std::string> wanted = {"out"};
    if (names) {
        wanted.clear();
        const lang::ListData* l =
            m_st.force_list(*names->value, {}, "while evaluating the outputs of a derivation");
        for (size_t i = 0; i < l->size; ++i)
            wanted.emplace_back(m_st.force_string(*l->elems[i], {}, ""));
    }
    for (auto& name : wanted) {
        const lang::Attr* out = v.attrs->find(m_st.symbols.intern(name));
        if (!out) continue;
        const lang::Bindings* b = m_st.force_attrs(*out->value, {}, "");
        if (const lang::Attr* p = b->find(m_st.s.outPath))
            outputs.push_back({name, std::string(m_st.force_string(*p->value, {}, ""))});
    }
    std::sort(outputs.begin(), outputs.end());
    std::cout << "\nThis derivation produced the following outputs:\n";
    for (auto& [name, path] : outputs) std::cout << "  " << name << " -> " << path << "\n";
}

void Session::edit(const std::string& arg) {
    lang::Value v;
    evaluate(arg, v);
    m_st.force(v, {});
    std::string file;
    uint32_t line = 0;
    if (v.type == lang::Type::Path || v.type == lang::Type::String) {
        file = std::string(v.string_view());
    } else if (v.type == lang::Type::Lambda) {
        const lang::Pos& p = m_st.positions[v.lambda.fn->pos];
        if (!p.origin || p.origin->path.empty()) fail("'" + arg + "' was not defined in a file");
        file = p.origin->path, line = p.line;
    } else if (v.type == lang::Type::Attrs) {
        // A package: meta.position is "file:line".
        const lang::Attr* meta = v.attrs->find(m_st.s.meta);
        const lang::Attr* pos = nullptr;
        if (meta) {
            const lang::Bindings* m = m_st.force_attrs(*meta->value, {}, "");
            pos = m->find(m_st.symbols.intern("position"));
        }
        if (!pos) fail("package '" + arg + "' has no source location information");
        std::string where(m_st.force_string(*pos->value, {}, ""));
        size_t colon = where.rfind(':');
        file = where.substr(0, colon);
        if (colon != std::string::npos) line = uint32_t(std::atoi(where.c_str() + colon + 1));
    } else {
        fail("package '" + arg + "' has no source location information");
    }
    const char* env = std::getenv("EDITOR");
    std::string editor = env && *env ? env : "cat";
    std::vector<std::string> argv = {"/bin/sh", "-c", editor + " \"$@\"", "sh"};
    // Editors known to take +LINE, as Nix's list.
    bool takes_line = false;
    for (const char* e : {"emacs", "nano", "vim", "kak"})
        if (editor.find(e) != std::string::npos) takes_line = true;
    if (line > 0 && takes_line) argv.push_back("+" + std::to_string(line));
    argv.push_back(file);
    run_program(argv, false);
    load_all();
}

} // namespace hearth::cli::repl
