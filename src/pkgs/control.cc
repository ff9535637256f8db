#include "pkgs/control.hh"

#include <cctype>
#include <strings.h>

namespace hearth::pkgs {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

// deb-version(7): '~' sorts before everything, even the end of the part;
// letters sort before non-letters.
int char_order(char c) {
    if (std::isdigit(static_cast<unsigned char>(c))) return 0;
    if (std::isalpha(static_cast<unsigned char>(c))) return c;
    if (c == '~') return -1;
    if (c) return c + 256;
    return 0;
}

int compare_fragment(std::string_view a, std::string_view b) {
    size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        int first_diff = 0;
        while ((i < a.size() && !std::isdigit(static_cast<unsigned char>(a[i]))) ||
               (j < b.size() && !std::isdigit(static_cast<unsigned char>(b[j])))) {
            int ac = i < a.size() ? char_order(a[i]) : 0;
            int bc = j < b.size() ? char_order(b[j]) : 0;
            if (ac != bc) return ac - bc;
            ++i, ++j;
        }
        while (i < a.size() && a[i] == '0') ++i;
        while (j < b.size() && b[j] == '0') ++j;
        while (i < a.size() && std::isdigit(static_cast<unsigned char>(a[i])) && j < b.size() &&
               std::isdigit(static_cast<unsigned char>(b[j]))) {
            if (!first_diff) first_diff = a[i] - b[j];
            ++i, ++j;
        }
        if (i < a.size() && std::isdigit(static_cast<unsigned char>(a[i]))) return 1;
        if (j < b.size() && std::isdigit(static_cast<unsigned char>(b[j]))) return -1;
        if (first_diff) return first_diff;
    }
    return 0;
}

struct Version {
    long epoch = 0;
    std::string_view upstream, revision;
};

Version split_version(std::string_view v) {
    Version out;
    if (auto colon = v.find(':'); colon != std::string_view::npos) {
        out.epoch = std::strtol(std::string(v.substr(0, colon)).c_str(), nullptr, 10);
        v.remove_prefix(colon + 1);
    }
    if (auto dash = v.rfind('-'); dash != std::string_view::npos) {
        out.revision = v.substr(dash + 1);
        v = v.substr(0, dash);
    }
    out.upstream = v;
    return out;
}

} // namespace

std::string_view Stanza::get(std::string_view name) const {
    for (const auto& [k, v] : fields)
        if (k.size() == name.size() && ::strncasecmp(k.data(), name.data(), k.size()) == 0)
            return v;
    return {};
}

void for_each_stanza(std::string_view text, const std::function<void(const Stanza&)>& fn) {
    Stanza st;
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t nl = text.find('\n', pos);
        std::string_view line = text.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
        pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
        if (trim(line).empty()) {
            if (!st.fields.empty()) fn(st);
            st.fields.clear();
        } else if (line[0] == ' ' || line[0] == '\t') {
            if (!st.fields.empty()) st.fields.back().second.append("\n").append(trim(line));
        } else if (auto colon = line.find(':'); colon != std::string_view::npos) {
            st.fields.emplace_back(std::string(line.substr(0, colon)),
                                   std::string(trim(line.substr(colon + 1))));
        }
    }
    if (!st.fields.empty()) fn(st);
}

std::vector<Dependency> parse_relations(std::string_view text) {
    std::vector<Dependency> out;
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t comma = text.find(',', pos);
        std::string_view group =
            text.substr(pos, comma == std::string_view::npos ? comma : comma - pos);
        pos = comma == std::string_view::npos ? text.size() + 1 : comma + 1;
        Dependency dep;
        size_t gpos = 0;
        while (gpos <= group.size()) {
            size_t bar = group.find('|', gpos);
            std::string_view alt =
                trim(group.substr(gpos, bar == std::string_view::npos ? bar : bar - gpos));
            gpos = bar == std::string_view::npos ? group.size() + 1 : bar + 1;
            if (alt.empty()) continue;
            Relation r;
            size_t paren = alt.find('(');
            std::string_view name = trim(alt.substr(0, paren));
            if (auto sp = name.find_first_of(" \t["); sp != std::string_view::npos)
                name = name.substr(0, sp);
            if (auto q = name.find(':'); q != std::string_view::npos) name = name.substr(0, q);
            r.name = std::string(name);
            if (paren != std::string_view::npos) {
                std::string_view c = alt.substr(paren + 1);
                c = trim(c.substr(0, c.find(')')));
                size_t k = 0;
                while (k < c.size() && (c[k] == '<' || c[k] == '>' || c[k] == '=')) ++k;
                r.op = std::string(c.substr(0, k));
                if (r.op == "<") r.op = "<=";
                if (r.op == ">") r.op = ">=";
                r.version = std::string(trim(c.substr(k)));
            }
            dep.push_back(std::move(r));
        }
        if (!dep.empty()) out.push_back(std::move(dep));
    }
    return out;
}

int compare_versions(std::string_view a, std::string_view b) {
    Version va = split_version(a), vb = split_version(b);
    if (va.epoch != vb.epoch) return va.epoch < vb.epoch ? -1 : 1;
    if (int c = compare_fragment(va.upstream, vb.upstream)) return c;
    return compare_fragment(va.revision, vb.revision);
}

bool satisfies(std::string_view version, std::string_view op, std::string_view constraint) {
    if (op.empty()) return true;
    int c = compare_versions(version, constraint);
    if (op == "<<") return c < 0;
    if (op == "<=") return c <= 0;
    if (op == "=") return c == 0;
    if (op == ">=") return c >= 0;
    if (op == ">>") return c > 0;
    return false;
}

} // namespace hearth::pkgs
