// `hearth instantiate` / `nix-instantiate`: evaluate, print or parse Nix
// expressions with nix-instantiate's flags and output.
#include "cli/commands.hh"
#include "cli/eval_args.hh"
#include "cli/legacy_args.hh"
#include "cli/search_path.hh"

#include "glue/install.hh"
#include "glue/instantiate.hh"
#include "lang/builtins/xml.hh"
#include "lang/print.hh"
#include "lang/run.hh"
#include "lang/state.hh"
#include "store/local_store.hh"

#include <cstdio>
#include <iostream>
#include <sstream>

namespace hearth::cli {

int cmd_instantiate(int argc_in, char** argv_in) {
    EvalArgs args;
    bool eval_only = false, strict = false, json = false, xml = false, parse_only = false;
    std::vector<std::string> files;
    std::string store_option;
    // Flags are split as Nix splits them (`-I/dir`) and errors worded as Nix's.
    LegacyArgv legacy(argc_in, argv_in);
    args.usage_program = "nix-instantiate";
    for (int i = 1; i < legacy.argc(); ++i) {
        legacy.expand(i);
        int argc = legacy.argc();
        char** argv = legacy.argv();
        std::string a = argv[i];
        int r = args.parse(argc, argv, i);
        if (r < 0) return 1;
        if (r > 0) continue;
        if (a == "--eval" || a == "--eval-only")
            eval_only = true;
        else if (a == "--store") {
            if (i + 1 == argc) {
                usage_error("nix-instantiate",
                            "flag '--store' requires 1 argument(s), but only 0 were given");
                return 1;
            }
            store_option = argv[++i];
        } else if (a == "--strict")
            strict = true;
        else if (a == "--json")
            json = true;
        else if (a == "--xml")
            xml = true;
        else if (a == "--parse" || a == "--parse-only")
            parse_only = true;
        // Build flags all of Nix's old commands take; nothing is built here.
        else if (a == "-j" || a == "--max-jobs" || a == "--cores") {
            if (i + 1 == argc) {
                usage_error("nix-instantiate",
                            "flag '" + a + "' requires 1 argument(s), but only 0 were given");
                return 1;
            }
            ++i;
        } else if (a == "-Q" || a == "--no-build-output" || a == "-K" || a == "--keep-failed" ||
                   a == "-k" || a == "--keep-going") {
        } else if (a == "--read-write-mode" || a == "--readonly-mode" || a == "--no-out-link") {
        } else if (a == "--version") {
            std::printf("nix-instantiate (Hearth) %s\n", HEARTH_VERSION);
            return 0;
        } else if (a.size() > 1 && a[0] == '-' && a != "-") {
            usage_error("nix-instantiate", "unrecognised flag '" + a + "'");
            return 1;
        } else {
            files.push_back(a);
        }
    }
    // Without --eval, derivations are written to the store, as .drv files.
    bool instantiate = !eval_only && !parse_only;
    std::unique_ptr<store::LocalStore> disk;
    if (instantiate) {
        auto opened = store::LocalStore::open(store::StoreConfig::from_environment(store_option));
        if (!opened) {
            std::fprintf(stderr, "error: %s\n", glue::message(opened.error()).c_str());
            return 1;
        }
        disk = std::move(*opened);
    }
    lang::EvalOptions options = args.options();
    // What is left unevaluated is printed (<CODE>, <unevaluated />) or an
    // error (--json), so it must be what Nix leaves unevaluated; a trace
    // shows it too (a thunk has no position to show a call site at).
    options.nix_thunks = (eval_only && !strict) || options.show_trace;
    lang::EvalState st(std::move(options));
    auto store = glue::install(st, {.disk = disk.get()});
    bool warned = false;
    int status = 0;
    auto err = lang::run_guarded(
        st,
        [&] {
            std::vector<lang::Expr*> exprs = args.load(st, files);
            for (lang::Expr* e : exprs) {
                if (parse_only) {
                    std::ostringstream s;
                    e->show(st, s);
                    std::cout << s.str() << std::endl;
                    continue;
                }
                lang::Value root;
                st.eval(e, root);
                for (auto& path : args.attr_paths()) {
                    lang::Value v = args.select(st, root, path);
                    std::ostringstream s;
                    if (instantiate) {
                        for (const auto& drv : glue::instantiate_value(st, v)) {
                            // FIXME: --add-root
                            if (!warned)
                                std::cerr
                                    << "warning: you did not specify '--add-root'; the result "
                                       "might be removed by the garbage collector\n";
                            warned = true;
                            std::cout << drv << std::endl;
                        }
                        continue;
                    } else if (json) {
                        // The printer forces what it prints (only outPath of a
                        // set that has one), as Nix's does: no deep force first.
                        lang::ContextBuilder ctx;
                        try {
                            lang::print_json(st, v, s, {}, true, ctx, strict);
                        } catch (...) {
                            std::cout << s.str(); // what Nix's serialiser wrote before failing
                            throw;
                        }
                    } else if (xml) {
                        lang::ContextBuilder ctx;
                        try {
                            lang::print_xml(st, v, s, strict, true, ctx);
                        } catch (lang::StackOverflow&) {
                            throw; // Nix exits at once, with no closing tags
                        } catch (...) {
                            std::cout << s.str(); // the document up to the error, closed
                            throw;
                        }
                        std::cout << s.str() << std::flush;
                        continue;
                    } else {
                        if (strict) st.force_deep(v);
                        lang::PrintOptions o;
                        o.force = strict;
                        lang::print_value(st, v, s, o);
                    }
                    std::cout << s.str() << std::endl;
                }
            }
        },
        args.show_trace, "nix-instantiate");
    if (err) {
        std::cerr << *err;
        return 1;
    }
    return status;
}

int cmd_eval(int argc, char** argv) {
    EvalArgs args;
    bool json = false;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        int r = args.parse(argc, argv, i);
        if (r < 0) return 1;
        if (r > 0) continue;
        if (a == "--json")
            json = true;
        else if (a.size() > 1 && a[0] == '-' && a != "-") {
            std::fprintf(stderr,
                         "hearth eval: unknown flag '%s'\nusage: hearth eval FILE [-A attr] "
                         "[--json] [--arg n e] [--argstr n s] [-I path]\n",
                         a.c_str());
            return 1;
        } else {
            files.push_back(a);
        }
    }
    lang::EvalState st(args.options());
    auto store = glue::install(st);
    auto err = lang::run_guarded(
        st,
        [&] {
            for (lang::Expr* e : args.load(st, files)) {
                lang::Value root;
                st.eval(e, root);
                for (auto& path : args.attr_paths()) {
                    lang::Value v = args.select(st, root, path);
                    st.force_deep(v);
                    std::ostringstream s;
                    if (json) {
                        lang::ContextBuilder ctx;
                        lang::print_json(st, v, s, {}, true, ctx);
                    } else {
                        lang::print_value(st, v, s);
                    }
                    std::cout << s.str() << std::endl;
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
