// The builtins table: collects each theme's primops and the constants.
#include "lang/builtins/table.hh"

#include <cstring>
#include <ctime>

namespace hearth::lang {

bool is_top_level_builtin(std::string_view name) {
    static const char* names[] = {
        "abort",        "baseNameOf",  "derivation",   "dirOf",  "fetchGit", "fetchMercurial",
        "fetchTarball", "fetchTree",   "fromTOML",     "import", "isNull",   "map",
        "placeholder",  "removeAttrs", "scopedImport", "throw",  "toString", "derivationStrict"};
    for (auto* n : names)
        if (name == n) return true;
    return false;
}

void register_builtins(EvalState& st) {
    for (auto table :
         {attrs_builtins(),        lists_builtins(),          strings_builtins(),
          arith_builtins(),        types_builtins(),          control_builtins(),
          io_builtins(),           json_builtins(),           from_json_builtins(),
          versions_builtins(),     functions_builtins(),      hash_builtins(),
          context_builtins(),      regex_builtins(),          toml_builtins(),
          xml_builtins(),          module_defs_builtins(),    module_decls_builtins(),
          module_merge_builtins(), module_collect_builtins(), module_unify_builtins(),
          module_level_builtins(), module_values_builtins(),  module_definitions_builtins()})
        st.add_primops(table.data(), table.size());

    auto constant = [&](const char* name, bool top) {
        Value* v = st.alloc_value();
        st.add_constant(name, v, top);
        return v;
    };
    constant("true", true)->mk_bool(true);
    constant("false", true)->mk_bool(false);
    constant("null", true)->mk_null();
    st.mk_string(*constant("currentSystem", false), st.options.current_system);
    // The version of Nix whose semantics Hearth follows (see the README).
    st.mk_string(*constant("nixVersion", false), "2.26.3");
    constant("langVersion", false)->mk_int(6);
    // Impure, like getEnv: the time it is first used, so that an
    // evaluation that never looks at the clock can be replayed from its
    // input log.
    static const PrimOp current_time = {"currentTime", 1,
                                        [](EvalState& st, PosIdx, Value**, Value& out) {
                                            if (st.options.inputs)
                                                st.options.inputs->impure(
                                                    "builtins.currentTime was used");
                                            out.mk_int(int64_t(std::time(nullptr)));
                                        },
                                        nullptr};
    Value* time_fn = st.alloc_value();
    time_fn->mk_primop(&current_time);
    Value* time_arg = st.alloc_value();
    time_arg->mk_null();
    // A printout that shows thunks shows the number, as Nix's value is one
    // (`[ __currentTime ]`; `builtins.currentTime` is a selection, so <CODE>).
    if (st.options.nix_thunks)
        current_time.fn(st, {}, nullptr, *constant("currentTime", false));
    else
        constant("currentTime", false)->mk_lazy_app(time_fn, time_arg);
    st.mk_string(*constant("storeDir", false), "/nix/store");

    // __nixPath: [ { prefix; path; } ... ] from -I and NIX_PATH
    ListData* l = st.alloc_list(st.options.search_path.size());
    for (size_t i = 0; i < st.options.search_path.size(); ++i) {
        auto& e = st.options.search_path[i];
        std::vector<Attr> attrs;
        Value* p = st.alloc_value();
        st.mk_string(*p, e.path);
        Value* pre = st.alloc_value();
        st.mk_string(*pre, e.prefix);
        attrs.push_back({st.s.path, {}, p});
        attrs.push_back({st.s.prefix, {}, pre});
        Value* entry = st.alloc_value();
        entry->mk_attrs(st.make_bindings(attrs));
        l->elems[i] = entry;
    }
    constant("nixPath", false)->mk_list(l);
}

} // namespace hearth::lang
