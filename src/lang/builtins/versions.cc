// Version strings: compareVersions, splitVersion, parseDrvName, following
// the component rules of Nix's manual (numbers compare as numbers, "pre"
// sorts before anything, other strings compare as strings).
#include "lang/builtins/table.hh"

#include <cctype>
#include <cstdlib>

namespace hearth::lang {

namespace {

// The next component of a version: a run of digits or a run of non-digits,
// with '.' and '-' as separators.
std::string_view next_component(std::string_view s, size_t& p) {
    while (p < s.size() && (s[p] == '.' || s[p] == '-')) ++p;
    if (p >= s.size()) return {};
    size_t start = p;
    if (std::isdigit((unsigned char)s[p]))
        while (p < s.size() && std::isdigit((unsigned char)s[p])) ++p;
    else
        while (p < s.size() && !std::isdigit((unsigned char)s[p]) && s[p] != '.' && s[p] != '-')
            ++p;
    return s.substr(start, p - start);
}

bool component_less(std::string_view a, std::string_view b) {
    auto is_num = [](std::string_view x) {
        return !x.empty() && std::isdigit((unsigned char)x[0]);
    };
    if (is_num(a) && is_num(b)) {
        unsigned long long x = std::strtoull(std::string(a).c_str(), nullptr, 10);
        unsigned long long y = std::strtoull(std::string(b).c_str(), nullptr, 10);
        return x < y;
    }
    if (a.empty() && is_num(b)) return true;
    if (a == "pre" && b != "pre") return true;
    if (b == "pre") return false;
    if (is_num(b)) return true;
    if (is_num(a)) return false;
    return a < b;
}

int compare_versions(std::string_view a, std::string_view b) {
    size_t p = 0, q = 0;
    while (p < a.size() || q < b.size()) {
        std::string_view x = next_component(a, p);
        std::string_view y = next_component(b, q);
        if (component_less(x, y)) return -1;
        if (component_less(y, x)) return 1;
    }
    return 0;
}

void bi_compareVersions(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::string_view a = st.force_string_no_ctx(
        *args[0], pos, "while evaluating the first argument passed to builtins.compareVersions");
    std::string_view b = st.force_string_no_ctx(
        *args[1], pos, "while evaluating the second argument passed to builtins.compareVersions");
    out.mk_int(compare_versions(a, b));
}

void bi_splitVersion(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::string_view s = st.force_string_no_ctx(
        *args[0], pos, "while evaluating the first argument passed to builtins.splitVersion");
    std::vector<Value*> parts;
    size_t p = 0;
    while (true) {
        std::string_view c = next_component(s, p);
        if (c.empty()) break;
        Value* v = st.alloc_value();
        st.mk_string(*v, c);
        parts.push_back(v);
    }
    ListData* l = st.alloc_list(parts.size());
    std::copy(parts.begin(), parts.end(), l->elems);
    out.mk_list(l);
}

void bi_parseDrvName(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::string_view s = st.force_string_no_ctx(
        *args[0], pos, "while evaluating the first argument passed to builtins.parseDrvName");
    // The name ends at the first '-' followed by something other than a letter.
    size_t split = s.size();
    for (size_t i = 0; i + 1 < s.size(); ++i)
        if (s[i] == '-' && !std::isalpha((unsigned char)s[i + 1])) {
            split = i;
            break;
        }
    Value* name = st.alloc_value();
    st.mk_string(*name, s.substr(0, split));
    Value* version = st.alloc_value();
    st.mk_string(*version, split < s.size() ? s.substr(split + 1) : "");
    std::vector<Attr> attrs{{st.s.name, {}, name}, {st.symbols.intern("version"), {}, version}};
    out.mk_attrs(st.make_bindings(attrs));
}

const PrimOp table[] = {
    {"compareVersions", 2, bi_compareVersions,
     "-1, 0 or 1 as version a is older, equal or newer than b."},
    {"parseDrvName", 1, bi_parseDrvName,
     "{ name; version; } from a package name like \"nix-0.12pre12876\"."},
    {"splitVersion", 1, bi_splitVersion, "The components of a version string."},
};

} // namespace

std::span<const PrimOp> versions_builtins() {
    return table;
}

} // namespace hearth::lang
