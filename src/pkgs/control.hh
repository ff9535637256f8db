// Debian control data: RFC 822-style stanzas (Packages indexes and dpkg's
// status file), dependency fields and dpkg's version ordering
// (deb-version(7)). Knows nothing of where the text comes from.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace hearth::pkgs {

// One stanza's fields in order; names keep their case, lookups ignore it.
struct Stanza {
    std::vector<std::pair<std::string, std::string>> fields;
    std::string_view get(std::string_view name) const;
};

// Calls `fn` for each stanza of `text`; continuation lines are joined with
// '\n' as dpkg keeps them.
void for_each_stanza(std::string_view text, const std::function<void(const Stanza&)>& fn);

// "name (op version)" with an optional ":arch" qualifier dropped.
struct Relation {
    std::string name;
    std::string op; // "", "<<", "<=", "=", ">=", ">>"
    std::string version;
};
// Alternatives: "a | b" is one entry with two relations.
using Dependency = std::vector<Relation>;

// Parses Depends-style text: comma-separated groups of '|' alternatives.
std::vector<Dependency> parse_relations(std::string_view text);

// dpkg's ordering of versions: <0, 0 or >0.
int compare_versions(std::string_view a, std::string_view b);
// Whether `version` satisfies `op constraint` (an empty op always does).
bool satisfies(std::string_view version, std::string_view op, std::string_view constraint);

} // namespace hearth::pkgs
