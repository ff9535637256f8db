// `hearth options [--json] FILE`: the documentation of a module set's
// options. FILE (or its -A attribute, called with --arg/--argstr when it is
// a function) is a module, a list of modules, an evaluated configuration or
// its option tree (also as a result's `options`, as Home Manager returns it);
// share/hearth/lib/docs/options-json.nix does the work, so that the output
// is the same under any evaluator. --json prints nixpkgs' options.json
// format, otherwise a plain listing.
#include "cli/commands.hh"
#include "cli/eval_args.hh"
#include "cli/search_path.hh"

#include "glue/install.hh"
#include "lang/print.hh"
#include "lang/run.hh"
#include "lang/state.hh"

#include <cstdio>
#include <iostream>
#include <sstream>
#include <unistd.h>

namespace hearth::cli {

namespace {

const char* const usage_text = "usage: hearth options [--json] [--include-internal] FILE [-A attr] "
                               "[--arg n e] [--argstr n s] [-I path]\n";

struct Request {
    std::string file; // FILE as an absolute path, empty for -E and stdin
    bool include_internal = false;
    const char* which = "text"; // or "json": the helper's result attribute
};

// Calls options-json.nix with { value; file; includeInternal; } and returns
// the requested attribute of its result.
lang::Value document(lang::EvalState& st, lang::Value& module, const Request& req) {
    lang::Value helper;
    st.eval(st.parse_file(share_dir() + "/lib/docs/options-json.nix"), helper);
    lang::Value lib_args; // the helper's own `{ lib ? ... }` layer
    std::vector<lang::Attr> none;
    lib_args.mk_attrs(st.make_bindings(none));
    lang::Value documenter;
    st.call_function(helper, lib_args, documenter, {});

    lang::Value* internal = st.alloc_value();
    internal->mk_bool(req.include_internal);
    std::vector<lang::Attr> attrs{{st.symbols.intern("value"), {}, &module},
                                  {st.symbols.intern("includeInternal"), {}, internal}};
    if (!req.file.empty()) {
        lang::Value* file = st.alloc_value();
        st.mk_string(*file, req.file);
        attrs.push_back({st.symbols.intern("file"), {}, file});
    }
    lang::Value arg;
    arg.mk_attrs(st.make_bindings(attrs));
    lang::Value result;
    st.call_function(documenter, arg, result, {});
    const lang::Bindings* b = st.force_attrs(result, {}, "while documenting options");
    lang::Value out = *b->find(st.symbols.intern(req.which))->value;
    st.force_deep(out);
    return out;
}

std::string absolute_path(const std::string& p) {
    if (!p.empty() && p[0] == '/') return p;
    char buf[4096];
    std::string cwd = getcwd(buf, sizeof buf) ? buf : ".";
    return cwd + "/" + p;
}

} // namespace

int cmd_options(int argc, char** argv) {
    EvalArgs args;
    Request req;
    bool json = false, expr_mode = false;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "-E" || a == "--expr") expr_mode = true;
        int r = args.parse(argc, argv, i);
        if (r < 0) return 1;
        if (r > 0) continue;
        if (a == "--json")
            json = true;
        else if (a == "--include-internal")
            req.include_internal = true;
        else if (a == "--help" || a == "-h")
            return std::fputs(usage_text, stdout), 0;
        else if (a.size() > 1 && a[0] == '-' && a != "-") {
            std::fprintf(stderr, "hearth options: unknown flag '%s'\n%s", a.c_str(), usage_text);
            return 1;
        } else {
            files.push_back(a);
        }
    }
    if (files.size() != 1) {
        std::fputs(usage_text, stderr);
        return 1;
    }
    req.which = json ? "json" : "text";
    const std::string& f = files.front();
    if (!expr_mode && f != "-" && f.front() != '<') req.file = absolute_path(f);
    lang::EvalState st(args.options());
    auto store = glue::install(st);
    auto err = lang::run_guarded(
        st,
        [&] {
            lang::Value root;
            st.eval(args.load(st, files).front(), root);
            for (auto& path : args.attr_paths()) {
                lang::Value module = args.select(st, root, path);
                lang::Value doc = document(st, module, req);
                if (json) {
                    std::ostringstream s;
                    lang::ContextBuilder ctx;
                    lang::print_json(st, doc, s, {}, false, ctx);
                    std::cout << s.str() << std::endl;
                } else {
                    std::cout << st.force_string_no_ctx(doc, {}, "while printing options");
                }
            }
        },
        args.show_trace);
    if (err) {
        std::cerr << *err;
        return 1;
    }
    return 0;
}

} // namespace hearth::cli
