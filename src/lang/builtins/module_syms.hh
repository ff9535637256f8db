// Names the module-system builtins (module_*.cc) look up, and the `_type`
// tag test they all make.
#pragma once

#include "lang/builtins/table.hh"

#include <string_view>

namespace hearth::lang {

struct ModuleSyms {
#define HEARTH_MODULE_SYMS(X)                                                                      \
    X(type, "_type")                                                                               \
    X(content, "content") X(contents, "contents") X(condition, "condition")                        \
        X(priority, "priority") X(highestPrio, "highestPrio") X(values, "values")                  \
            X(file_, "_file") X(pos, "pos") X(options, "options") X(opt_type, "type")              \
                X(getSubModules, "getSubModules") X(substSubModules, "substSubModules")            \
                    X(loc, "loc") X(declarations, "declarations")                                  \
                        X(declarationPositions, "declarationPositions") X(imports, "imports")      \
                            X(config, "config") X(default_, "default") X(example, "example")       \
                                X(description, "description") X(apply, "apply")
#define HEARTH_DECLARE(name, text) Symbol name;
    HEARTH_MODULE_SYMS(HEARTH_DECLARE)
#undef HEARTH_DECLARE

    // Interned once per evaluation: these builtins run tens of thousands of
    // times, and interning is a hash and a probe per name. A new EvalState
    // (tests make many) may reuse an old one's address, so the cache is
    // checked name by name, which is cheaper than interning.
    static const ModuleSyms& get(EvalState& st) {
        static const EvalState* owner = nullptr;
        static ModuleSyms syms;
        if (owner != &st || !syms.valid(st)) {
#define HEARTH_INTERN(name, text) syms.name = st.symbols.intern(text);
            HEARTH_MODULE_SYMS(HEARTH_INTERN)
#undef HEARTH_INTERN
            owner = &st;
        }
        return syms;
    }
    bool valid(const EvalState& st) const {
#define HEARTH_CHECK(name, text)                                                                   \
    if (name.id >= st.symbols.size() || st.symbols[name] != text) return false;
        HEARTH_MODULE_SYMS(HEARTH_CHECK)
#undef HEARTH_CHECK
        return true;
    }

    // `v._type or ""` of a forced value, when that is a string; else "".
    std::string_view type_of(EvalState& st, Value& v, PosIdx pos) const {
        if (v.type != Type::Attrs) return {};
        const Attr* a = v.attrs->find(type);
        if (!a) return {};
        st.force(*a->value, pos);
        return a->value->type == Type::String ? a->value->string_view() : std::string_view{};
    }
};

} // namespace hearth::lang
