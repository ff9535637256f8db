// `hearth build` / `nix-build`: evaluate FILE (or take .drv store paths),
// build the derivations found and link their outputs as nix-build does
// (result, result-dev, result-2...). Parses arguments and prints; the work
// is in src/glue and src/store/build.
#include "cli/commands.hh"
#include "cli/eval_args.hh"
#include "cli/legacy_args.hh"

#include "glue/eval_cache.hh"
#include "glue/install.hh"
#include "lang/run.hh"
#include "lang/state.hh"
#include "pkgs/register.hh"
#include "store/build/builder.hh"
#include "store/build/drv_files.hh"
#include "store/gc.hh"
#include "store/local_store.hh"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

namespace hearth::cli {

namespace {

using store::LocalStore;
using store::StorePath;

constexpr const char* usage_text =
    "usage: hearth build [FILE | DRV...] [-A ATTR] [-o LINK] [--no-out-link] [-j N]\n"
    "                    [--keep-failed] [--keep-going] [--dry-run] [--timeout S]\n"
    "                    [-Q] [--cores N] [--store DIR] [--eval-cache]\n";

// Nix indents the lines after the first of an error message under it.
void print_error(const std::string& message) {
    std::string out = "error: ";
    for (char c : message) {
        out += c;
        if (c == '\n') out += "       ";
    }
    std::fprintf(stderr, "%s\n", out.c_str());
}

int fail(const store::Error& e) {
    print_error(e.message);
    for (const auto& line : e.trail) std::fprintf(stderr, "       … %s\n", line.c_str());
    return 1;
}

struct Args {
    EvalArgs eval;
    std::vector<std::string> targets;
    std::string out_link = "result";
    bool no_out_link = false, dry_run = false, quiet = false;
    bool eval_cache = false; // reuse the last evaluation while its inputs are unchanged
    std::string store_dir;
    store::BuildOptions build;
};

bool parse_int(const char* s, int& out) {
    char* end;
    long v = std::strtol(s, &end, 10);
    if (*s == '\0' || *end != '\0' || v < 0 || v > 1 << 20) return false;
    out = int(v);
    return true;
}

constexpr const char* program = "nix-build";

// Returns -1 to go on, else the exit status. Flags are split (`-j2`) and
// errors worded as nix-build's.
int parse(int argc_in, char** argv_in, Args& a) {
    LegacyArgv args(argc_in, argv_in);
    a.eval.usage_program = program;
    for (int i = 1; i < args.argc(); ++i) {
        args.expand(i);
        int argc = args.argc();
        char** argv = args.argv();
        std::string s = argv[i];
        int r = a.eval.parse(argc, argv, i);
        if (r < 0) return 1;
        if (r > 0) continue;
        // Nix's own flags count their operands; nix-build's ask for one.
        auto operand = [&](bool own) -> const char* {
            if (i + 1 < argc) return argv[++i];
            usage_error(program,
                        own ? "flag '" + s + "' requires 1 argument(s), but only 0 were given"
                            : "'" + s + "' requires an argument");
            return nullptr;
        };
        auto number = [&](int& out) {
            const char* v = operand(true);
            if (!v) return false;
            if (parse_int(v, out)) return true;
            if (&out == &a.build.max_jobs) {
                if (std::string(v) == "auto")
                    return out = int(std::max(1L, sysconf(_SC_NPROCESSORS_ONLN))), true;
                usage_error(program,
                            "configuration setting 'max-jobs' should be 'auto' or an integer");
            } else {
                usage_error(program, "flag '" + s + "' needs a number, not '" + v + "'");
            }
            return false;
        };
        if (s == "-o" || s == "--out-link") {
            const char* v = operand(false);
            if (!v) return 1;
            a.out_link = v;
        } else if (s == "--eval-cache") {
            a.eval_cache = true;
        } else if (s == "--no-out-link") {
            a.no_out_link = true;
        } else if (s == "-j" || s == "--max-jobs" || s == "--cores" || s == "--timeout") {
            int& target = s == "--cores"     ? a.build.cores
                          : s == "--timeout" ? a.build.timeout_seconds
                                             : a.build.max_jobs;
            if (!number(target)) return 1;
        } else if (s == "-K" || s == "--keep-failed") {
            a.build.keep_failed = true;
        } else if (s == "-k" || s == "--keep-going") {
            a.build.keep_going = true;
        } else if (s == "--dry-run") {
            a.dry_run = true;
        } else if (s == "-Q" || s == "--no-build-output") {
            a.quiet = true;
        } else if (s == "--store") {
            const char* v = operand(true);
            if (!v) return 1;
            a.store_dir = v;
        } else if (s == "--help" || s == "-h") {
            std::fputs(usage_text, stdout);
            return 0;
        } else if (s.size() > 1 && s[0] == '-') {
            usage_error(program, "unrecognised flag '" + s + "'");
            return 1;
        } else {
            a.targets.push_back(s);
        }
    }
    return -1;
}

// What to build: a derivation and the outputs to link (all of them for a
// .drv path, the selected one for an evaluated derivation).
struct Target {
    StorePath drv;
    std::vector<std::string> outputs; // empty: all
};

// nix-build's getDerivations: a derivation, or the derivations in a list
// or attribute set (by name), descending into sets that ask for it.
void collect_derivations(lang::EvalState& st, lang::Value& v, std::vector<lang::Value*>& out,
                         bool top) {
    st.force(v, {});
    if (v.type == lang::Type::Attrs && st.is_derivation(v)) {
        out.push_back(&v);
        return;
    }
    if (v.type == lang::Type::List) {
        for (size_t i = 0; i < v.list->size; ++i)
            collect_derivations(st, *v.list->elems[i], out, false);
        return;
    }
    if (v.type != lang::Type::Attrs) return;
    if (!top) {
        const lang::Attr* r = v.attrs->find(st.symbols.intern("recurseForDerivations"));
        if (!r || !st.force_bool(*r->value, {}, "while evaluating recurseForDerivations")) return;
    }
    std::vector<const lang::Attr*> attrs;
    for (const auto& a : *v.attrs) attrs.push_back(&a);
    std::sort(attrs.begin(), attrs.end(),
              [&](auto* x, auto* y) { return st.symbols[x->name] < st.symbols[y->name]; });
    for (auto* a : attrs) collect_derivations(st, *a->value, out, false);
}

// Makes sure a derivation the evaluation made is in the store with its
// input derivations and sources. The glue layer writes them as it goes, so
// normally this only finds them valid.
store::Result<void> write_evaluated(LocalStore& s, glue::EvalStore& eval, const std::string& drv) {
    auto path = HEARTH_TRY(s.parse(drv));
    if (HEARTH_TRY(s.is_valid(path))) return {};
    auto d = HEARTH_TRY(eval.derivation(drv));
    for (const auto& [dep, outputs] : d.input_drvs) HEARTH_TRY(write_evaluated(s, eval, dep));
    for (const auto& src : d.input_srcs)
        if (!HEARTH_TRY(s.is_valid(HEARTH_TRY(s.parse(src)))))
            return store::fail(store::ErrorKind::not_valid,
                               "source '" + src +
                                   "' is not in the store: the evaluator does not write sources "
                                   "into it yet",
                               src);
    auto written = HEARTH_TRY(s.write_derivation(d));
    if (written != path)
        return store::fail(store::ErrorKind::bad_derivation,
                           "derivation '" + drv + "' was written as '" + s.print(written) + "'");
    return {};
}

// Evaluates the files (or -E expressions) and -A paths into targets;
// returns 1 after printing an evaluation error.
int evaluate(LocalStore& s, Args& a, const std::vector<std::string>& files,
             std::vector<Target>& targets, lang::InputLog* inputs) {
    lang::EvalOptions options = a.eval.options();
    options.inputs = inputs;
    lang::EvalState st(options);
    auto eval_store = glue::install(st, {.disk = &s});
    std::optional<store::Error> store_error;
    auto err = lang::run_guarded(
        st,
        [&] {
            for (lang::Expr* e : a.eval.load(st, files)) {
                lang::Value root;
                st.eval(e, root);
                for (const auto& attr : a.eval.attr_paths()) {
                    lang::Value v = a.eval.select(st, root, attr);
                    std::vector<lang::Value*> found;
                    collect_derivations(st, v, found, true);
                    for (lang::Value* d : found) {
                        auto drv = std::string(st.force_string(*d->attrs->find(st.s.drvPath)->value,
                                                               {}, "while evaluating drvPath"));
                        std::string output = "out";
                        if (auto* o = d->attrs->find(st.s.outputName))
                            output = st.force_string_no_ctx(*o->value, {},
                                                            "while evaluating outputName");
                        if (store_error) continue;
                        auto r = write_evaluated(s, *eval_store, drv);
                        if (!r)
                            store_error = r.error();
                        else
                            targets.push_back({*s.parse(drv), {output}});
                    }
                }
            }
        },
        a.eval.show_trace);
    if (err) {
        std::fputs(err->c_str(), stderr);
        return 1;
    }
    if (store_error) return fail(*store_error);
    return 0;
}

// evaluate() through the evaluation cache (--eval-cache): one entry per
// invocation (working directory, files, -A, --arg, search path), in the
// store's state directory. A result is "drv output" per target.
int evaluate_cached(LocalStore& s, Args& a, const std::vector<std::string>& files,
                    std::vector<Target>& targets) {
    if (!a.eval_cache) return evaluate(s, a, files, targets, nullptr);
    char cwd[4096];
    std::vector<std::string> parts = {"build", ::getcwd(cwd, sizeof cwd) ? cwd : "?"};
    for (auto& f : files) parts.push_back("file " + f);
    for (auto& p : a.eval.cache_key_parts()) parts.push_back(p);
    for (auto& e : a.eval.options().fallback_search_path)
        parts.push_back("fallback " + e.prefix + "=" + e.path);
    std::string key = glue::eval_cache_key(parts);
    std::string file = glue::eval_cache_file(s, "build-" + key.substr(0, 32));
    if (file.empty()) return evaluate(s, a, files, targets, nullptr);
    glue::EvalCache cache(file);
    if (auto hit = cache.lookup_valid(s, key)) {
        for (auto& r : *hit) {
            auto space = r.find(' ');
            if (space == std::string::npos) break;
            targets.push_back({*s.parse(r.substr(0, space)), {r.substr(space + 1)}});
        }
        return 0;
    }
    lang::InputLog log;
    size_t before = targets.size();
    if (int r = evaluate(s, a, files, targets, &log)) return r;
    std::vector<std::string> results;
    for (size_t i = before; i < targets.size(); ++i)
        results.push_back(s.print(targets[i].drv) + " " + targets[i].outputs.at(0));
    cache.store(key, log, results);
    return 0;
}

// The targets named on the command line: .drv store paths, else files to
// evaluate (./default.nix when none is named).
int resolve_targets(LocalStore& s, Args& a, std::vector<Target>& targets) {
    std::vector<std::string> files;
    for (const auto& t : a.targets) {
        auto p = s.dir().parse(t);
        if (p && p->name.ends_with(".drv")) {
            if (auto r = store::register_derivation_file(s, *p); !r) return fail(r.error());
            targets.push_back({*p, {}});
        } else {
            files.push_back(t);
        }
    }
    if (!files.empty() || targets.empty()) return evaluate_cached(s, a, files, targets);
    return 0;
}

void print_plan(LocalStore& s, const std::vector<StorePath>& plan) {
    if (plan.empty()) return;
    if (plan.size() == 1)
        std::fprintf(stderr, "this derivation will be built:\n");
    else
        std::fprintf(stderr, "these %zu derivations will be built:\n", plan.size());
    for (const auto& p : plan) std::fprintf(stderr, "  %s\n", s.print(p).c_str());
}

// nix-build's names: result, result-dev, result-2, result-2-dev...
std::string link_name(const std::string& base, size_t index, const std::string& output) {
    std::string name = base;
    if (index > 0) name += "-" + std::to_string(index + 1);
    if (output != "out") name += "-" + output;
    return name;
}

int link_and_print(LocalStore& s, const Args& a, const std::vector<Target>& targets) {
    for (size_t i = 0; i < targets.size(); ++i) {
        auto drv = s.read_derivation(targets[i].drv);
        if (!drv) return fail(drv.error());
        for (const auto& [name, out] : drv->outputs) {
            const auto& wanted = targets[i].outputs;
            if (!wanted.empty() && std::find(wanted.begin(), wanted.end(), name) == wanted.end())
                continue;
            auto path = s.parse(out.path);
            if (!path) return fail(path.error());
            if (!a.no_out_link) {
                std::string link = link_name(a.out_link, i, name);
                if (auto r = store::add_perm_root(s, *path, link); !r) return fail(r.error());
            }
            std::printf("%s\n", out.path.c_str());
        }
    }
    return 0;
}

} // namespace

int cmd_build(int argc, char** argv) {
    Args a;
    if (int r = parse(argc, argv, a); r >= 0) return r;
    auto opened = LocalStore::open(store::StoreConfig::from_environment(a.store_dir));
    if (!opened) return fail(opened.error());
    LocalStore& s = **opened;
    store::remove_stale_build_dirs(s);

    std::vector<Target> targets;
    if (int r = resolve_targets(s, a, targets)) return r;
    std::vector<StorePath> drvs;
    for (const auto& t : targets) drvs.push_back(t.drv);
    a.build.on_message = [](const std::string& m) { std::fprintf(stderr, "%s\n", m.c_str()); };
    a.build.on_error = [](const store::Error& e) { print_error(e.message); };
    // nix-build shows build output as it comes, so failures need no tail.
    if (!a.quiet) {
        a.build.log_tail_in_errors = false;
        a.build.on_log_line = [](const std::string&, std::string_view line) {
            std::fprintf(stderr, "%.*s\n", int(line.size()), line.data());
        };
    }
    pkgs::register_builtin_builders(s, a.build);
    store::Builder builder(s, a.build);
    auto plan = builder.plan(drvs);
    if (!plan) return fail(plan.error());
    print_plan(s, *plan);
    if (a.dry_run) return 0;
    if (auto r = builder.build(drvs); !r) {
        fail(r.error());
        return builder.exit_status() ? builder.exit_status() : 1;
    }
    return link_and_print(s, a, targets);
}

} // namespace hearth::cli
