// gen_expr: random Nix expressions for the differential test
// (differential.test.sh), deterministic from a seed.
//
//   gen_expr SEED COUNT   prints COUNT expressions, each followed by a NUL byte
//
// Generation is type-directed, so most expressions evaluate; now and then a
// node of the wrong type (or a throw, a failed assert, a missing attribute)
// is put in on purpose, so that both evaluators must also agree on what fails.
// Lazy evaluation means a wrong node in an unused branch is no error at all,
// which is part of what is being compared.
//
// Left out on purpose, with the reason:
// - big integers: Nix 2.8 wraps on overflow, current Nix fails; so literals
//   stay small and multiplication is only by 0..3.
// - floats: their printing is not what this test is about, and 2.8's `toString`
//   of floats differs from current Nix for some values.
// - builtins Hearth has no implementation of yet (match, split, toXML,
//   hashString, fromTOML, the context functions). FIXME: add them when lang has.
// - paths and file builtins: the two evaluators would see different files.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

// What an expression evaluates to. List is a list of Ints, Fn an Int -> Int
// function; Set has attributes named from set_names with Int values.
enum class Ty { Int, Bool, Str, List, Set, Fn };
constexpr int n_types = 6;

const char* const set_names[] = {"a", "b", "c", "x"};
constexpr uint64_t n_set_names = 4;

class Gen {
  public:
    explicit Gen(uint64_t seed) : m_rng(seed) {}

    std::string top() {
        m_vars.clear();
        m_with = 0;
        return any(4);
    }

  private:
    std::mt19937_64 m_rng; // its sequence is fixed by the standard
    struct Var {
        std::string name;
        Ty ty;
    };
    std::vector<Var> m_vars;
    int m_next = 0; // fresh names: v0, v1... (w0... for with-bound ones)
    int m_with = 0;

    // std::uniform_int_distribution's output differs between libraries.
    uint64_t pick(uint64_t n) { return m_rng() % n; }
    bool chance(int percent) { return pick(100) < uint64_t(percent); }

    std::string any(int d) { return gen(Ty(pick(n_types)), d); }

    std::string gen(Ty t, int d) {
        // Now and then, the wrong type or a failure.
        if (chance(3)) return wrong(t, d);
        if (d <= 0) return leaf(t);
        switch (t) {
        case Ty::Int:
            return gen_int(d);
        case Ty::Bool:
            return gen_bool(d);
        case Ty::Str:
            return gen_str(d);
        case Ty::List:
            return gen_list(d);
        case Ty::Set:
            return gen_set(d);
        case Ty::Fn:
            return gen_fn(d);
        }
        return "null";
    }

    std::string wrong(Ty t, int d) {
        switch (pick(6)) {
        case 0:
            return "(throw \"boom\")";
        case 1:
            return "(assert " + gen(Ty::Bool, d - 1) + "; " + leaf(t) + ")";
        case 2:
            return "{ a = 1; }.nope";
        case 3:
            return "null";
        default: {
            Ty other = Ty(pick(n_types));
            return gen(other, d - 1);
        }
        }
    }

    std::string var_of(Ty t) {
        std::vector<const Var*> c;
        for (auto& v : m_vars)
            if (v.ty == t) c.push_back(&v);
        if (c.empty()) return "";
        return c[pick(c.size())]->name;
    }

    std::string small_int() {
        int64_t n = int64_t(pick(12));
        if (chance(15)) return "(-" + std::to_string(n) + ")";
        return std::to_string(n);
    }

    // No piece puts a `$` in a string's value: Nix 2.8 prints it as `\$`,
    // current Nix only before a `{`.
    std::string str_lit() {
        static const char* const pieces[] = {"a",   "b",    "hello", " ", "1.2", "x-y", "\\n",
                                             "\\t", "\\\"", "\\\\",  "é", "2",   "pre", "''"};
        std::string s = "\"";
        for (uint64_t i = pick(4); i > 0; --i) s += pieces[pick(sizeof pieces / sizeof *pieces)];
        return s + "\"";
    }

    std::string leaf(Ty t) {
        if (chance(40)) {
            std::string v = var_of(t);
            if (!v.empty()) return v;
        }
        switch (t) {
        case Ty::Int:
            return small_int();
        case Ty::Bool:
            return chance(50) ? "true" : "false";
        case Ty::Str:
            return str_lit();
        case Ty::List:
            return chance(30) ? "[ ]" : "[ " + small_int() + " " + small_int() + " ]";
        case Ty::Set:
            return chance(30) ? "{ }" : "{ a = " + small_int() + "; }";
        case Ty::Fn:
            return chance(50) ? "(x: x)" : "(builtins.add " + small_int() + ")";
        }
        return "null";
    }

    // A binding of a fresh variable, visible in what body() generates.
    template <typename F> std::string with_var(Ty t, const char* prefix, F body) {
        std::string name = prefix + std::to_string(m_next++);
        m_vars.push_back({name, t});
        std::string s = body(name);
        m_vars.pop_back();
        return s;
    }

    // let v = e; in body, a lambda applied, or a with over a set literal.
    std::string binder(Ty t, int d) {
        Ty bt = Ty(pick(n_types));
        std::string val = gen(bt, d - 1);
        switch (pick(4)) {
        case 0:
            return with_var(bt, "v", [&](const std::string& n) {
                return "(let " + n + " = " + val + "; in " + gen(t, d - 1) + ")";
            });
        case 1:
            return with_var(bt, "v", [&](const std::string& n) {
                return "((" + n + ": " + gen(t, d - 1) + ") " + val + ")";
            });
        case 2: {
            // Formals, one with a default that may be used.
            std::string dflt = gen(bt, d - 1);
            bool pass = chance(50);
            return with_var(bt, "v", [&](const std::string& n) {
                return "(({ " + n + " ? " + dflt + ", ... }: " + gen(t, d - 1) + ") { " +
                       (pass ? n + " = " + val + "; " : std::string()) + "z = 1; })";
            });
        }
        default: {
            // with-bound names never collide with lexical ones, so which
            // binding wins is clear: lexical ones always beat `with`.
            std::string n = "w" + std::to_string(m_with++);
            m_vars.push_back({n, bt});
            std::string body = gen(t, d - 1);
            m_vars.pop_back();
            return "(with { " + n + " = " + val + "; }; " + body + ")";
        }
        }
    }

    std::string gen_int(int d) {
        auto I = [&] { return gen(Ty::Int, d - 1); };
        switch (pick(20)) {
        case 0:
            return "(" + I() + " + " + I() + ")";
        case 1:
            return "(" + I() + " - " + I() + ")";
        case 2:
            return "(" + I() + " * " + std::to_string(pick(4)) + ")";
        case 3:
            return "(" + I() + " / " + I() + ")";
        case 4:
            return "(builtins.length " + gen(Ty::List, d - 1) + ")";
        case 5:
            return "(builtins.stringLength " + gen(Ty::Str, d - 1) + ")";
        case 6:
            return "(if " + gen(Ty::Bool, d - 1) + " then " + I() + " else " + I() + ")";
        case 7:
            return binder(Ty::Int, d);
        case 8:
            return "(builtins.head " + gen(Ty::List, d - 1) + ")";
        case 9:
            return "(builtins.elemAt " + gen(Ty::List, d - 1) + " " + small_int() + ")";
        case 10: {
            const char* n = set_names[pick(n_set_names)];
            return "(" + gen(Ty::Set, d - 1) + "." + n + " or " + I() + ")";
        }
        case 11:
            return with_var(Ty::Int, "v", [&](const std::string& acc) {
                return with_var(Ty::Int, "v", [&](const std::string& x) {
                    return "(builtins.foldl' (" + acc + ": " + x + ": " + I() + ") " + I() + " " +
                           gen(Ty::List, d - 1) + ")";
                });
            });
        case 12:
            return "(" + gen(Ty::Fn, d - 1) + " " + I() + ")";
        case 13:
            return std::string("(builtins.") + (chance(50) ? "bitAnd " : "bitXor ") + I() + " " +
                   I() + ")";
        case 14:
            return "(builtins.compareVersions " + gen(Ty::Str, d - 1) + " " + gen(Ty::Str, d - 1) +
                   ")";
        case 15:
            return "(builtins.seq " + any(d - 1) + " " + I() + ")";
        case 16:
            return "(builtins.deepSeq " + any(d - 1) + " " + I() + ")";
        case 17:
            return "(builtins.getAttr \"a\" " + gen(Ty::Set, d - 1) + ")";
        case 18:
            return "(rec { a = " + I() + "; b = a; }).b";
        default:
            return "(builtins.div " + I() + " " + I() + ")";
        }
    }

    std::string gen_bool(int d) {
        auto B = [&] { return gen(Ty::Bool, d - 1); };
        auto I = [&] { return gen(Ty::Int, d - 1); };
        static const char* const preds[] = {"isInt",   "isBool",     "isString", "isList",
                                            "isAttrs", "isFunction", "isNull"};
        switch (pick(16)) {
        case 0:
            return "(!" + B() + ")";
        case 1:
            return "(" + B() + " && " + B() + ")";
        case 2:
            return "(" + B() + " || " + B() + ")";
        case 3:
            return "(" + B() + " -> " + B() + ")";
        case 4:
            return "(" + I() + " == " + I() + ")";
        case 5:
            return "(" + I() + " < " + I() + ")";
        case 6: {
            Ty t = Ty(pick(n_types));
            return "(" + gen(t, d - 1) + (chance(50) ? " == " : " != ") + gen(t, d - 1) + ")";
        }
        case 7:
            return "(" + gen(Ty::Str, d - 1) + " <= " + gen(Ty::Str, d - 1) + ")";
        case 8:
            return "(" + gen(Ty::Set, d - 1) + " ? " + set_names[pick(n_set_names)] + ")";
        case 9:
            return "(builtins." + std::string(preds[pick(7)]) + " " + any(d - 1) + ")";
        case 10:
            return "(builtins.elem " + I() + " " + gen(Ty::List, d - 1) + ")";
        case 11:
            return with_var(Ty::Int, "v", [&](const std::string& x) {
                return std::string("(builtins.") + (chance(50) ? "all" : "any") + " (" + x + ": " +
                       B() + ") " + gen(Ty::List, d - 1) + ")";
            });
        case 12:
            return "(if " + B() + " then " + B() + " else " + B() + ")";
        case 13:
            return binder(Ty::Bool, d);
        case 14:
            return "(" + gen(Ty::List, d - 1) + " < " + gen(Ty::List, d - 1) + ")";
        default:
            return "(builtins.tryEval " + any(d - 1) + ").success";
        }
    }

    std::string gen_str(int d) {
        auto S = [&] { return gen(Ty::Str, d - 1); };
        auto I = [&] { return gen(Ty::Int, d - 1); };
        switch (pick(15)) {
        case 0:
            return "(" + S() + " + " + S() + ")";
        case 1:
            return "\"<${" + S() + "}>\"";
        case 2:
            return "(toString " + I() + ")";
        case 3:
            return "(toString " + gen(Ty::Bool, d - 1) + ")";
        case 4:
            return "(builtins.substring " + I() + " " + I() + " " + S() + ")";
        case 5:
            return "(builtins.concatStringsSep " + S() + " [ " + S() + " " + S() + " ])";
        case 6:
            // The replacement is a literal: Nix 2.8 forces every replacement,
            // current Nix only those it uses.
            return "(builtins.replaceStrings [ " + S() + " ] [ " + str_lit() + " ] " + S() + ")";
        case 7:
            return "(builtins.typeOf " + any(d - 1) + ")";
        case 8: {
            Ty t = Ty(pick(n_types - 1)); // no functions: toJSON rejects them (an error Nix
            return "(builtins.toJSON " + gen(t, d - 1) + ")"; // 2.8 phrases differently)
        }
        case 9:
            return "(toString " + gen(Ty::List, d - 1) + ")";
        case 10:
            return binder(Ty::Str, d);
        case 11:
            return "(builtins.concatStringsSep \".\" (builtins.attrNames " + gen(Ty::Set, d - 1) +
                   "))";
        case 12:
            return "''" + std::string(chance(50) ? "\n  " : "") + "in ${" + S() + "} ''";
        case 13:
            return "(if " + gen(Ty::Bool, d - 1) + " then " + S() + " else " + S() + ")";
        default:
            return "(builtins.head (builtins.splitVersion " + S() + " ++ [ \"\" ]))";
        }
    }

    std::string gen_list(int d) {
        auto L = [&] { return gen(Ty::List, d - 1); };
        auto I = [&] { return gen(Ty::Int, d - 1); };
        switch (pick(16)) {
        case 0: {
            std::string s = "[";
            for (uint64_t i = pick(4); i > 0; --i) s += " " + I();
            return s + " ]";
        }
        case 1:
            return "(" + L() + " ++ " + L() + ")";
        case 2:
            return "(builtins.map " + fn_lit(d) + " " + L() + ")";
        case 3:
            return with_var(Ty::Int, "v", [&](const std::string& x) {
                return "(builtins.filter (" + x + ": " + gen(Ty::Bool, d - 1) + ") " + L() + ")";
            });
        case 4:
            return "(builtins.genList " + fn_lit(d) + " " + std::to_string(pick(5)) + ")";
        case 5:
            return "(builtins.tail " + L() + ")";
        case 6:
            return "(builtins.sort builtins.lessThan " + L() + ")";
        case 7:
            return "(builtins.sort (p: q: p > q) " + L() + ")";
        case 8:
            return "(builtins.concatLists [ " + L() + " " + L() + " ])";
        case 9:
            return "(builtins.attrValues " + gen(Ty::Set, d - 1) + ")";
        case 10:
            return "(builtins.catAttrs \"a\" [ " + gen(Ty::Set, d - 1) + " " + gen(Ty::Set, d - 1) +
                   " ])";
        case 11:
            return with_var(Ty::Int, "v", [&](const std::string& x) {
                return "(builtins.concatMap (" + x + ": [ " + x + " " + I() + " ]) " + L() + ")";
            });
        case 12:
            return binder(Ty::List, d);
        case 13:
            return "(if " + gen(Ty::Bool, d - 1) + " then " + L() + " else " + L() + ")";
        case 14:
            return "(builtins.partition (e: e > " + I() + ") " + L() + ").right";
        default:
            return "(builtins.fromJSON \"[1, -2, 3]\")";
        }
    }

    // n attributes named from the first `names` of set_names.
    std::string attr_list(int d, uint64_t n, uint64_t names = n_set_names) {
        std::string s;
        std::vector<bool> used(n_set_names);
        for (uint64_t i = 0; i < n; ++i) {
            uint64_t k = pick(names);
            if (used[k] && !chance(5)) continue; // a duplicate now and then: an error
            used[k] = true;
            s += std::string(" ") + set_names[k] + " = " + gen(Ty::Int, d - 1) + ";";
        }
        return s;
    }

    std::string gen_set(int d) {
        auto S = [&] { return gen(Ty::Set, d - 1); };
        switch (pick(14)) {
        case 0:
            return "{" + attr_list(d, pick(4)) + " }";
        case 1:
            return "(" + S() + " // " + S() + ")";
        case 2:
            return "(builtins.removeAttrs " + S() + " [ \"" + set_names[pick(n_set_names)] +
                   "\" ])";
        case 3:
            return "(builtins.listToAttrs [ { name = \"" +
                   std::string(set_names[pick(n_set_names)]) +
                   "\"; value = " + gen(Ty::Int, d - 1) + "; } ])";
        case 4:
            return with_var(Ty::Str, "v", [&](const std::string& n) {
                return with_var(Ty::Int, "v", [&](const std::string& v) {
                    return "(builtins.mapAttrs (" + n + ": " + v + ": " + gen(Ty::Int, d - 1) +
                           ") " + S() + ")";
                });
            });
        case 5:
            return "(builtins.intersectAttrs " + S() + " " + S() + ")";
        case 6:
            return "(rec {" + attr_list(d, 1, 2) + " c = 1; x = c + 1; })";
        case 7:
            return binder(Ty::Set, d);
        case 8:
            return "{ a.b = " + gen(Ty::Int, d - 1) + "; a.c = " + gen(Ty::Int, d - 1) + "; }.a";
        case 9:
            return "{ ${" + gen(Ty::Str, d - 1) + "} = " + gen(Ty::Int, d - 1) + "; }";
        case 10: {
            std::string v = var_of(Ty::Int);
            if (v.empty()) return S();
            return "{ inherit " + v + "; a = " + v + "; }";
        }
        case 11:
            return "(builtins.functionArgs ({ a, b ? 1 }: a))";
        case 12:
            return "(if " + gen(Ty::Bool, d - 1) + " then " + S() + " else " + S() + ")";
        default:
            return "(builtins.zipAttrsWith (n: vs: builtins.length vs) [ " + S() + " " + S() +
                   " ])";
        }
    }

    // Always a function, for builtins that Nix 2.8 and current Nix check at
    // different times (map and genList check eagerly only in current Nix).
    std::string fn_lit(int d) {
        return with_var(Ty::Int, "v", [&](const std::string& x) {
            return "(" + x + ": " + gen(Ty::Int, d - 1) + ")";
        });
    }

    std::string gen_fn(int d) {
        switch (pick(6)) {
        case 0:
        case 1:
            return with_var(Ty::Int, "v", [&](const std::string& x) {
                return "(" + x + ": " + gen(Ty::Int, d - 1) + ")";
            });
        case 2:
            return "(builtins.mul " + std::to_string(pick(4)) + ")";
        case 3:
            return "((p: q: p - q) " + gen(Ty::Int, d - 1) + ")";
        case 4:
            return "{ __functor = self: e: e + " + gen(Ty::Int, d - 1) + "; }";
        default:
            return binder(Ty::Fn, d);
        }
    }
};

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: gen_expr SEED COUNT\n");
        return 2;
    }
    uint64_t seed = std::strtoull(argv[1], nullptr, 10);
    long count = std::strtol(argv[2], nullptr, 10);
    for (long i = 0; i < count; ++i) {
        // One generator per expression, so expression i is the same whatever COUNT is.
        Gen g(seed * 1000003 + uint64_t(i));
        std::string e = g.top();
        std::fwrite(e.data(), 1, e.size(), stdout);
        std::fputc('\0', stdout);
    }
    return 0;
}
