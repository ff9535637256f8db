// builtins.match and builtins.split: POSIX extended regular expressions with
// the semantics of the std::regex Nix uses (the engine is in lang/regex/).
// Compiled patterns are cached per pattern string, as Nix does: nixpkgs
// calls the same few patterns on thousands of strings.
#include "lang/builtins/table.hh"

#include "lang/regex/regex.hh"

#include <unordered_map>

namespace hearth::lang {

namespace {

using regex::Capture;
using regex::Regex;

const Regex& get_regex(EvalState& st, std::string_view pattern) {
    // Compiled programs do not depend on the EvalState, so one cache per
    // thread serves every evaluation.
    thread_local std::unordered_map<std::string, std::unique_ptr<Regex>> cache;
    auto it = cache.find(std::string(pattern));
    if (it != cache.end()) return *it->second;
    regex::CompileError err;
    auto re = Regex::compile(pattern, err);
    if (!re) {
        std::string p(pattern);
        if (err == regex::CompileError::Space)
            st.error(ErrorKind::Eval, {},
                     "memory limit exceeded by regular expression '" + p + "'");
        st.error(ErrorKind::Eval, {}, "invalid regular expression '" + p + "'");
    }
    return *cache.emplace(std::string(pattern), std::move(re)).first->second;
}

// The groups of a match as Nix lists them: strings, null when a group did
// not take part. Results carry no string context (Nix drops it).
Value* groups_list(EvalState& st, std::string_view s, const std::vector<Capture>& caps) {
    ListData* l = st.alloc_list(caps.size() - 1);
    for (size_t i = 1; i < caps.size(); ++i) {
        Value* v = st.alloc_value();
        if (caps[i].matched)
            st.mk_string(*v, s.substr(caps[i].first, caps[i].second - caps[i].first));
        else
            v->mk_null();
        l->elems[i - 1] = v;
    }
    Value* v = st.alloc_value();
    v->mk_list(l);
    return v;
}

void bi_match(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::string_view pattern = st.force_string_no_ctx(
        *args[0], pos, "while evaluating the first argument passed to builtins.match");
    const Regex& re = get_regex(st, pattern);
    std::string_view s = st.force_string(
        *args[1], pos, "while evaluating the second argument passed to builtins.match");
    std::vector<Capture> caps;
    if (!re.match(s, caps)) {
        out.mk_null();
        return;
    }
    out = *groups_list(st, s, caps);
}

void bi_split(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::string_view pattern = st.force_string_no_ctx(
        *args[0], pos, "while evaluating the first argument passed to builtins.split");
    const Regex& re = get_regex(st, pattern);
    std::string_view s = st.force_string(
        *args[1], pos, "while evaluating the second argument passed to builtins.split");
    std::vector<Value*> items;
    size_t prev_end = 0;
    auto text = [&](size_t from, size_t to) {
        Value* v = st.alloc_value();
        st.mk_string(*v, s.substr(from, to - from));
        items.push_back(v);
    };
    re.for_each_match(s, [&](const std::vector<Capture>& caps) {
        text(prev_end, caps[0].first);
        items.push_back(groups_list(st, s, caps));
        prev_end = caps[0].second;
    });
    text(prev_end, s.size());
    ListData* l = st.alloc_list(items.size());
    for (size_t i = 0; i < items.size(); ++i) l->elems[i] = items[i];
    out.mk_list(l);
}

const PrimOp table[] = {
    {"match", 2, bi_match,
     "The capture groups if the POSIX extended regex matches the whole string, else null."},
    {"split", 2, bi_split,
     "The string cut at each regex match: the parts interleaved with lists of the groups."},
};

} // namespace

std::span<const PrimOp> regex_builtins() {
    return table;
}

} // namespace hearth::lang
