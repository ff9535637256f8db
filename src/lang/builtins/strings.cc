// String builtins (regular expressions are in regex.cc, versions in
// versions.cc).
#include "lang/builtins/table.hh"

namespace hearth::lang {

namespace {

void bi_toString(EvalState& st, PosIdx pos, Value** args, Value& out) {
    st.force(*args[0], {});
    if (args[0]->type == Type::String) { // itself, context and all
        out = *args[0];
        return;
    }
    ContextBuilder ctx;
    std::string s;
    s = st.coerce_to_string(*args[0], {},
                            "while evaluating the first argument passed to builtins.toString", ctx,
                            CoerceMore::Yes, CopyToStore::No);
    st.mk_string(out, s, ctx);
}

void bi_stringLength(EvalState& st, PosIdx pos, Value** args, Value& out) {
    ContextBuilder ctx;
    std::string buf;
    std::string_view s = st.coerce_to_string_view(
        *args[0], {}, "while evaluating the argument passed to builtins.stringLength", ctx, buf,
        CoerceMore::No, CopyToStore::Yes);
    out.mk_int(int64_t(s.size()));
}

void bi_substring(EvalState& st, PosIdx pos, Value** args, Value& out) {
    int64_t start = st.force_int(
        *args[0], pos,
        "while evaluating the first argument (the start offset) passed to builtins.substring");
    int64_t len = st.force_int(
        *args[1], pos,
        "while evaluating the second argument (the substring length) passed to builtins.substring");
    ContextBuilder ctx;
    std::string buf;
    std::string_view s = st.coerce_to_string_view(
        *args[2], {},
        "while evaluating the third argument (the string) passed to builtins.substring", ctx, buf,
        CoerceMore::No, CopyToStore::Yes);
    if (start < 0) st.error(ErrorKind::Eval, {}, "negative start position in 'substring'");
    if (len < 0) len = INT64_MAX;
    std::string_view r = size_t(start) >= s.size() ? "" : s.substr(size_t(start), size_t(len));
    // The context stays, even for an empty result (Nix keeps it).
    st.mk_string(out, r, ctx);
}

void bi_concatStringsSep(EvalState& st, PosIdx pos, Value** args, Value& out) {
    ContextBuilder ctx;
    std::string_view sep = st.force_string(*args[0], pos,
                                           "while evaluating the first argument (the separator "
                                           "string) passed to builtins.concatStringsSep",
                                           &ctx);
    const ListData* l = st.force_list(*args[1], pos,
                                      "while evaluating the second argument (the list of strings "
                                      "to concat) passed to builtins.concatStringsSep");
    std::string r;
    std::string buf;
    for (size_t i = 0; i < l->size; ++i) {
        if (i) r += sep;
        r += st.coerce_to_string_view(*l->elems[i], {},
                                      "while evaluating one element of the list of strings to "
                                      "concat passed to builtins.concatStringsSep",
                                      ctx, buf, CoerceMore::No, CopyToStore::Yes);
    }
    st.mk_string(out, r, ctx);
}

void bi_replaceStrings(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ListData* from = st.force_list(
        *args[0], pos, "while evaluating the first argument passed to builtins.replaceStrings");
    const ListData* to = st.force_list(
        *args[1], pos, "while evaluating the second argument passed to builtins.replaceStrings");
    if (from->size != to->size)
        st.error(
            ErrorKind::Eval, pos,
            "'from' and 'to' arguments passed to builtins.replaceStrings have different lengths");
    std::vector<std::string_view> froms;
    for (size_t i = 0; i < from->size; ++i)
        froms.push_back(st.force_string(
            *from->elems[i], pos,
            "while evaluating one of the strings to replace passed to builtins.replaceStrings"));
    // The replacements are forced only when used, as in Nix.
    std::vector<std::string> tos(to->size);
    std::vector<bool> forced(to->size, false);
    ContextBuilder ctx;
    std::string_view s = st.force_string(
        *args[2], pos, "while evaluating the third argument passed to builtins.replaceStrings",
        &ctx);
    std::string r;
    r.reserve(s.size());
    size_t p = 0;
    // The bytes a pattern can start with: a run of other bytes is copied at
    // once instead of trying every pattern at every byte (an empty pattern
    // matches everywhere, so then every position is tried).
    bool starts[256] = {};
    bool any_empty = false;
    for (auto f : froms) {
        if (f.empty())
            any_empty = true;
        else
            starts[static_cast<unsigned char>(f[0])] = true;
    }
    auto replacement = [&](size_t i) -> const std::string& {
        if (!forced[i]) {
            tos[i] = std::string(st.force_string(
                *to->elems[i], pos,
                "while evaluating one of the replacement strings passed to builtins.replaceStrings",
                &ctx));
            forced[i] = true;
        }
        return tos[i];
    };
    while (p <= s.size()) {
        if (!any_empty) {
            size_t q = p;
            while (q < s.size() && !starts[static_cast<unsigned char>(s[q])]) ++q;
            r.append(s.data() + p, q - p);
            p = q;
            if (p == s.size()) break; // no non-empty pattern matches at the end
        }
        bool found = false;
        for (size_t i = 0; i < froms.size(); ++i) {
            std::string_view f = froms[i];
            if (!f.empty() && (p == s.size() || f[0] != s[p])) continue;
            if (s.substr(p, f.size()) == f) {
                found = true;
                r += replacement(i);
                if (f.empty()) {
                    if (p < s.size()) r += s[p];
                    p++;
                } else {
                    p += f.size();
                }
                break;
            }
        }
        if (!found) {
            if (p < s.size()) r += s[p];
            p++;
        }
    }
    st.mk_string(out, r, ctx);
}

void bi_baseNameOf(EvalState& st, PosIdx pos, Value** args, Value& out) {
    ContextBuilder ctx;
    std::string s;
    s = st.coerce_to_string(*args[0], {},
                            "while evaluating the first argument passed to builtins.baseNameOf",
                            ctx, CoerceMore::No, CopyToStore::No);
    if (!s.empty() && s.back() == '/') s.pop_back();
    auto slash = s.rfind('/');
    st.mk_string(out, slash == std::string::npos ? s : s.substr(slash + 1), ctx);
}

void bi_dirOf(EvalState& st, PosIdx pos, Value** args, Value& out) {
    st.force(*args[0], pos);
    bool is_path = args[0]->type == Type::Path;
    ContextBuilder ctx;
    std::string s;
    s = st.coerce_to_string(*args[0], {},
                            "while evaluating the first argument passed to 'builtins.dirOf'", ctx,
                            CoerceMore::No, CopyToStore::No);
    auto slash = s.rfind('/');
    std::string d;
    if (slash == std::string::npos) {
        d = ".";
    } else {
        d = s.substr(0, slash);
        while (d.size() > 1 && d.back() == '/') d.pop_back(); // "a//b" -> "a"
        if (d.empty()) d = "/";
    }
    if (is_path)
        st.mk_path(out, d);
    else
        st.mk_string(out, d, ctx);
}

const PrimOp table[] = {
    {"baseNameOf", 1, bi_baseNameOf, "The last component of a path or string."},
    {"concatStringsSep", 2, bi_concatStringsSep, "Joins strings with a separator."},
    {"dirOf", 1, bi_dirOf, "All but the last component of a path or string."},
    {"replaceStrings", 3, bi_replaceStrings,
     "Replaces each occurrence of from[i] by to[i], left to right."},
    {"stringLength", 1, bi_stringLength, "The length of a string in bytes."},
    {"substring", 3, bi_substring, "The substring of LEN bytes at START (LEN < 0: to the end)."},
    {"toString", 1, bi_toString,
     "Converts a value to a string (numbers, Booleans, null, lists too)."},
};

} // namespace

std::span<const PrimOp> strings_builtins() {
    return table;
}

} // namespace hearth::lang
