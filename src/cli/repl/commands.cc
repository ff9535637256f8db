// The REPL's `:` commands, one table row each. A command that evaluates an
// expression parses it like any input, so an unfinished one waits for more
// lines too.
#include "cli/repl/session.hh"

#include "lang/repl_print.hh"

#include <cstdlib>
#include <iostream>

namespace hearth::cli::repl {

namespace {

struct CommandInfo {
    const char* names; // the short name, then its long form, space-separated
    const char* usage;
    const char* help;
};

const CommandInfo command_infos[] = {
    {":a :add", "<expr>", "Add the attributes of a set to the scope"},
    {":b", "<expr>", "Build a derivation"},
    {":bl", "<expr>", "Build a derivation, linking its outputs as ./repl-result"},
    {":doc", "<expr>", "Show the documentation of a built-in function"},
    {":e :edit", "<expr>", "Open the file defining a function or package in $EDITOR"},
    {":i", "<expr>", "Not supported: Hearth has no nix-env profile to install into"},
    {":l :load", "<path>", "Load a Nix file and add its attributes to the scope"},
    {":lf :load-flake", "<ref>", "Not supported: Hearth does not implement flakes"},
    {":p :print", "<expr>", "Evaluate and print an expression fully (strings unquoted)"},
    {":q :quit", "", "Leave the REPL"},
    {":r :reload", "", "Load all the files again"},
    {":sh", "<expr>", "Build the inputs of a derivation, then start a shell in its environment"},
    {":t", "<expr>", "Describe the type of the result"},
    {":u", "<expr>", "Build a derivation, then start a shell with it as a build input"},
    {":log", "<expr>", "Show the build log of a derivation"},
    {":te :trace-enable", "[bool]", "Show error traces: on, off or toggled"},
    {":? :help", "", "Show this list"},
};

bool is(const std::string& name, const char* s, const char* l = nullptr) {
    return name == s || (l && name == l);
}

} // namespace

std::vector<std::string> command_names() {
    std::vector<std::string> out;
    for (auto& c : command_infos) {
        std::string names = c.names;
        for (size_t start = 0; start < names.size();) {
            size_t end = names.find(' ', start);
            if (end == std::string::npos) end = names.size();
            out.push_back(names.substr(start, end - start));
            start = end + 1;
        }
    }
    return out;
}

void Session::help() {
    std::cout << "The following commands are available:\n\n"
              << "  <expr>                       Evaluate and print an expression\n"
              << "  <x> = <expr>                 Bind an expression to a variable\n";
    for (auto& c : command_infos) {
        std::string names = c.names;
        for (size_t p = names.find(' '); p != std::string::npos; p = names.find(' ', p + 2))
            names.replace(p, 1, ", ");
        std::string left = names + (*c.usage ? std::string(" ") + c.usage : "");
        left.resize(std::max<size_t>(left.size() + 1, 29), ' ');
        std::cout << "  " << left << c.help << "\n";
    }
}

void Session::add(const std::string& arg) {
    lang::Value v;
    evaluate(arg, v);
    add_to_scope(v);
}

void Session::doc(const std::string& arg) {
    lang::Value v;
    evaluate(arg, v);
    const lang::Value* f = &v;
    while (f->type == lang::Type::PrimOpApp) f = f->app.left;
    if (f->type != lang::Type::PrimOp || !f->primop->doc)
        throw lang::EvalError(lang::ErrorKind::Eval, "value does not have documentation");
    std::cout << "Synopsis: builtins." << f->primop->name << "\n\n" << f->primop->doc << "\n";
}

void Session::trace_enable(const std::string& arg) {
    if (arg == "false" || arg == "off" || arg == "0")
        m_opts.show_trace = false;
    else if (arg == "true" || arg == "on" || arg == "1")
        m_opts.show_trace = true;
    else if (arg.empty())
        m_opts.show_trace = !m_opts.show_trace;
    else
        throw lang::EvalError(lang::ErrorKind::Eval,
                              "expected 'true' or 'false', got '" + arg + "'");
    std::cout << (m_opts.show_trace ? "showing error traces\n" : "not showing error traces\n");
}

// Commands of `nix repl` that Hearth has no counterpart for.
void Session::unsupported(const std::string& name, const std::string&) {
    if (name == ":i")
        throw lang::EvalError(lang::ErrorKind::Eval,
                              "':i' is not supported: Hearth has no nix-env profiles to install "
                              "into; build the derivation with ':b' and add it to home.packages");
    throw lang::EvalError(lang::ErrorKind::Eval,
                          "'" + name +
                              "' is not supported: Hearth does not implement flakes; load a Nix "
                              "file with ':l' instead");
}

Session::Outcome Session::command(const std::string& name, const std::string& arg) {
    if (is(name, ":q", ":quit")) return Outcome::Quit;
    if (is(name, ":?", ":help")) return help(), Outcome::Done;
    if (is(name, ":r", ":reload")) return load_all(), Outcome::Done;
    return guarded([&] {
        lang::Value v;
        if (is(name, ":a", ":add")) {
            add(arg);
        } else if (is(name, ":l", ":load")) {
            if (arg.empty())
                throw lang::EvalError(lang::ErrorKind::Eval, "':l' needs a path to load");
            Source src{Source::Kind::File, resolve_file(arg)};
            load(src);
            m_opts.sources.push_back(src);
        } else if (is(name, ":p", ":print")) {
            evaluate(arg, v);
            m_st.force(v, {});
            if (v.type == lang::Type::String)
                std::cout << v.string_view() << std::endl;
            else
                print(v, UINT32_MAX);
        } else if (is(name, ":t")) {
            evaluate(arg, v);
            m_st.force(v, {});
            std::cout << lang::show_type(v) << std::endl;
        } else if (is(name, ":b")) {
            build(arg, false);
        } else if (is(name, ":bl")) {
            build(arg, true);
        } else if (is(name, ":doc")) {
            doc(arg);
        } else if (is(name, ":e", ":edit")) {
            edit(arg);
        } else if (is(name, ":te", ":trace-enable")) {
            trace_enable(arg);
        } else if (is(name, ":sh")) {
            shell(arg, false);
        } else if (is(name, ":u")) {
            shell(arg, true);
        } else if (is(name, ":log")) {
            log(arg);
        } else if (is(name, ":i") || is(name, ":lf", ":load-flake")) {
            unsupported(name, arg);
        } else {
            throw lang::EvalError(lang::ErrorKind::Eval, "unknown command '" + name + "'");
        }
    });
}

} // namespace hearth::cli::repl
