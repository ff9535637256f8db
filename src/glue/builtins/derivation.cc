// derivationStrict: turns a derivation's attributes into a store
// derivation (the .drv), following Nix 2.26's derivationStrict. The
// attributes become the builder's environment (or, with __structuredAttrs,
// one JSON document); the contexts of their strings become the inputs;
// the outputs' paths are input-addressed (hash modulo) or, with
// outputHash, fixed.
#include "glue/builtins/builtins.hh"

#include "glue/names.hh"
#include "lang/builtins/hash.hh"
#include "lang/print.hh"
#include "util/json.hh"

#include <optional>
#include <set>
#include <sstream>

namespace hearth::glue {

using lang::ContextBuilder;
using lang::EvalError;
using lang::EvalState;
using lang::PosIdx;
using lang::Value;

namespace {

[[noreturn]] void fail(std::string msg) {
    throw EvalError(lang::ErrorKind::Eval, std::move(msg));
}

[[noreturn]] void experimental(const char* feature) {
    fail(std::string("experimental Nix feature '") + feature +
         "' is disabled; add "
         "'--extra-experimental-features " +
         feature + "' to enable it");
}

// Attributes that __structuredAttrs replaces by outputChecks.<output>.NAME.
bool is_output_check(std::string_view name) {
    for (const char* n : {"allowedReferences", "allowedRequisites", "disallowedReferences",
                          "disallowedRequisites", "maxSize", "maxClosureSize"})
        if (name == n) return true;
    return false;
}

// The state of one derivationStrict call while its attributes are read.
class DrvBuilder {
  public:
    DrvBuilder(EvalState& st, std::string name) : m_st(st) { m_drv.name = std::move(name); }

    // Reads the attributes and adds the derivation to the store.
    void run(const lang::Bindings* attrs, PosIdx pos);
    const store::Derivation& drv() const { return m_drv; }
    const store::StorePath& drv_path() const { return m_drv_path; }

  private:
    void read_flags(const lang::Bindings* attrs, PosIdx pos);
    void read_attr(const lang::Attr& a);
    void set_hash_mode(std::string_view mode);
    void set_outputs(const std::vector<std::string>& names);
    void add_inputs();
    void set_outputs_and_write();

    EvalState& m_st;
    store::Derivation m_drv;
    ContextBuilder m_ctx;
    bool m_structured = false, m_ignore_nulls = false;
    std::string m_json; // the members of __json so far, in name order
    std::optional<std::string> m_output_hash;
    std::optional<util::HashAlgo> m_output_hash_algo;
    std::optional<store::FileIngestion> m_ingestion;
    std::set<std::string> m_outputs{"out"};
    store::StorePath m_drv_path;
};

void DrvBuilder::read_flags(const lang::Bindings* attrs, PosIdx pos) {
    if (const lang::Attr* a = attrs->find(m_st.s.__structuredAttrs))
        m_structured = m_st.force_bool(*a->value, pos,
                                       "while evaluating the `__structuredAttrs` attribute passed "
                                       "to builtins.derivationStrict");
    if (const lang::Attr* a = attrs->find(m_st.s.__ignoreNulls))
        m_ignore_nulls = m_st.force_bool(*a->value, pos,
                                         "while evaluating the `__ignoreNulls` attribute passed "
                                         "to builtins.derivationStrict");
}

void DrvBuilder::set_hash_mode(std::string_view mode) {
    if (mode == "recursive" || mode == "nar")
        m_ingestion = store::FileIngestion::recursive;
    else if (mode == "flat")
        m_ingestion = store::FileIngestion::flat;
    else if (mode == "text")
        experimental("dynamic-derivations");
    else if (mode == "git")
        experimental("git-hashing");
    else
        fail("invalid value '" + std::string(mode) + "' for 'outputHashMode' attribute");
}

void DrvBuilder::set_outputs(const std::vector<std::string>& names) {
    m_outputs.clear();
    for (const auto& n : names) {
        if (m_outputs.count(n)) fail("duplicate derivation output '" + n + "'");
        // drvPath is taken: derivationStrict's result has it beside the outputs.
        if (n == "drvPath") fail("invalid derivation output name 'drvPath'");
        m_outputs.insert(n);
    }
    if (m_outputs.empty()) fail("derivation cannot have an empty set of outputs");
}

void DrvBuilder::read_attr(const lang::Attr& a) {
    EvalState& st = m_st;
    const std::string& key = st.symbols[a.name];
    Value& v = *a.value;
    if (m_ignore_nulls) {
        st.force(v, {});
        if (v.type == lang::Type::Null) return;
    }
    if (key == "__contentAddressed" && st.force_bool(v, {}, ""))
        experimental("ca-derivations");
    else if (key == "__impure" && st.force_bool(v, {}, ""))
        experimental("impure-derivations");
    else if (a.name == st.s.args) {
        const lang::ListData* l = st.force_list(v, {}, "");
        for (size_t i = 0; i < l->size; ++i)
            m_drv.args.push_back(
                traced({}, "while evaluating an element of the argument list", [&] {
                    return st.coerce_to_string(*l->elems[i], {}, "", m_ctx, lang::CoerceMore::Yes);
                }));
    } else if (m_structured) {
        if (a.name == st.s.__structuredAttrs) return;
        std::ostringstream json;
        lang::print_json(st, v, json, {}, true, m_ctx);
        if (!m_json.empty()) m_json += ",";
        m_json += util::json_quote(key) + ":" + json.str();
        if (a.name == st.s.builder)
            m_drv.builder = st.force_string(v, {}, "", &m_ctx);
        else if (a.name == st.s.system)
            m_drv.platform = st.force_string_no_ctx(v, {}, "");
        else if (key == "outputHash")
            m_output_hash = st.force_string_no_ctx(v, {}, "");
        else if (key == "outputHashAlgo")
            m_output_hash_algo = util::parse_hash_algo(st.force_string_no_ctx(v, {}, ""));
        else if (key == "outputHashMode")
            set_hash_mode(st.force_string_no_ctx(v, {}, ""));
        else if (a.name == st.s.outputs) {
            const lang::ListData* l = st.force_list(v, {}, "");
            std::vector<std::string> names;
            for (size_t i = 0; i < l->size; ++i)
                names.emplace_back(st.force_string_no_ctx(*l->elems[i], {}, ""));
            set_outputs(names);
        }
        if (is_output_check(key))
            st.print_trace(
                "warning: In a derivation named '" + m_drv.name +
                "', 'structuredAttrs' disables the effect of the derivation attribute '" + key +
                "'; use 'outputChecks.<output>." + key + "' instead");
    } else {
        std::string s = st.coerce_to_string(v, {}, "", m_ctx, lang::CoerceMore::Yes);
        m_drv.env[key] = s;
        if (a.name == st.s.builder)
            m_drv.builder = s;
        else if (a.name == st.s.system)
            m_drv.platform = s;
        else if (key == "outputHash")
            m_output_hash = s;
        else if (key == "outputHashAlgo")
            m_output_hash_algo = util::parse_hash_algo(s);
        else if (key == "outputHashMode")
            set_hash_mode(s);
        else if (a.name == st.s.outputs) {
            std::vector<std::string> names;
            std::istringstream words(s);
            for (std::string w; words >> w;) names.push_back(w);
            set_outputs(names);
        }
    }
}

// Every string context element becomes an input: a plain path a source,
// an output an input derivation, a .drv with its closure everything in it.
void DrvBuilder::add_inputs() {
    EvalStore& es = eval_store(m_st);
    const lang::Context* c = m_st.make_context(m_ctx);
    for (uint32_t i = 0; c && i < c->size; ++i) {
        std::string_view item = c->items[i];
        if (item.starts_with('=')) {
            auto closure = es.closure(std::string(item.substr(1)));
            if (!closure) throw_store_error(closure.error());
            for (const auto& p : *closure) {
                m_drv.input_srcs.insert(p);
                if (!p.ends_with(".drv")) continue;
                auto drv = es.derivation(p);
                if (!drv) throw_store_error(drv.error());
                for (const auto& [name, _] : drv->outputs) m_drv.input_drvs[p].insert(name);
            }
        } else if (item.starts_with('!')) {
            size_t bang = item.find('!', 1);
            m_drv.input_drvs[std::string(item.substr(bang + 1))].insert(
                std::string(item.substr(1, bang - 1)));
        } else {
            m_drv.input_srcs.insert(std::string(item));
        }
    }
}

void DrvBuilder::set_outputs_and_write() {
    if (m_output_hash) {
        if (m_outputs.size() != 1 || *m_outputs.begin() != "out")
            fail("multiple outputs are not supported in fixed-output derivations");
        util::Hash h;
        if (m_output_hash->empty()) {
            if (!m_output_hash_algo) fail("empty hash requires explicit hash algorithm");
            h = util::Hash{*m_output_hash_algo,
                           std::vector<uint8_t>(util::hash_size(*m_output_hash_algo), 0)};
            m_st.print_trace("warning: found empty hash, assuming '" +
                             util::format_hash(h, util::HashFormat::sri) + "'");
        } else {
            h = lang::parse_hash_any(m_st, *m_output_hash, m_output_hash_algo, {});
        }
        m_drv.outputs["out"] =
            store::fixed_output(m_ingestion.value_or(store::FileIngestion::flat), h);
    } else {
        for (const auto& o : m_outputs) m_drv.outputs[o] = {};
    }
    auto path = eval_store(m_st).add_derivation(m_drv);
    if (!path) throw_store_error(path.error());
    m_drv_path = *path;
}

void DrvBuilder::run(const lang::Bindings* attrs, PosIdx pos) {
    if (auto reason = bad_name_reason(m_drv.name))
        fail("invalid derivation name: " + *reason + ". Please pass a different 'name'.");
    read_flags(attrs, pos);
    for (const lang::Attr* a : m_st.sorted_by_name(attrs)) {
        if (a->name == m_st.s.__ignoreNulls) continue;
        traced(a->pos,
               "while evaluating attribute '" + m_st.symbols[a->name] + "' of derivation '" +
                   m_drv.name + "'",
               [&] { read_attr(*a); });
    }
    if (m_structured) m_drv.env["__json"] = "{" + m_json + "}";
    add_inputs();
    if (m_drv.builder.empty()) fail("required attribute 'builder' missing");
    if (m_drv.platform.empty()) fail("required attribute 'system' missing");
    if (m_drv.name.ends_with(".drv"))
        fail("derivation names are allowed to end in '.drv' only if they produce a single "
             "derivation file");
    set_outputs_and_write();
}

std::string where(EvalState& st, PosIdx pos) {
    const lang::Pos& p = st.positions[pos];
    std::string file = p.origin ? (p.origin->path.empty() ? p.origin->label : p.origin->path) : "";
    return file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

// derivationStrict ATTRS: { drvPath; <output> = path; ... }
void bi_derivationStrict(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const lang::Bindings* attrs = st.force_attrs(
        *args[0], pos, "while evaluating the argument passed to builtins.derivationStrict");
    const lang::Attr* name_attr = attrs->find(st.s.name);
    if (!name_attr) {
        EvalError e(lang::ErrorKind::MissingAttr, "attribute 'name' missing");
        e.add_trace({}, "in the attrset passed as argument to builtins.derivationStrict");
        throw e;
    }
    std::string name(
        traced(name_attr->pos, "while evaluating the derivation attribute 'name'", [&] {
            return st.force_string_no_ctx(
                *name_attr->value, pos,
                "while evaluating the `name` attribute passed to builtins.derivationStrict");
        }));
    DrvBuilder b(st, name);
    // The trace names the derivation and where its name was set: the best
    // hint there is to which of many nested calls made it.
    traced({},
           "while evaluating derivation '" + name +
               "'\n         whose name attribute is located at " + where(st, name_attr->pos),
           [&] { b.run(attrs, pos); });

    const store::StoreDir& dir = eval_store(st).dir();
    std::string drv_path = dir.print(b.drv_path());
    std::vector<lang::Attr> result;
    Value* dv = st.alloc_value();
    ContextBuilder dctx;
    std::string deep = "=" + drv_path;
    dctx.add(deep);
    st.mk_string(*dv, drv_path, dctx);
    result.push_back({st.s.drvPath, {}, dv});
    for (const auto& [output, o] : b.drv().outputs) {
        Value* ov = st.alloc_value();
        ContextBuilder octx;
        std::string built = "!" + output + "!" + drv_path;
        octx.add(built);
        st.mk_string(*ov, o.path, octx);
        result.push_back({st.symbols.intern(output), {}, ov});
    }
    out.mk_attrs(st.make_bindings(result));
}

const lang::PrimOp table[] = {
    {"derivationStrict", 1, bi_derivationStrict,
     "Instantiates a derivation: its .drv path and output paths."},
};

} // namespace

std::span<const lang::PrimOp> derivation_builtins() {
    return table;
}

} // namespace hearth::glue
