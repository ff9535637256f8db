// What the host already provides: the installed packages that every Debian
// system keeps, namely those marked Essential or of Priority required, and
// everything they depend on (dpkg keeps those installed for them). Only
// these are taken from the host; every other dependency of a package is
// brought into the store, installed or not, so that what runs is the same
// on every machine. See docs/debian-packages.md.
#pragma once

#include "pkgs/control.hh"
#include "pkgs/error.hh"

#include <map>
#include <set>
#include <string>

namespace hearth::pkgs {

class HostSystem {
  public:
    // Reads dpkg's status file (/var/lib/dpkg/status unless told).
    static Result<HostSystem> load(const std::string& status_file = "/var/lib/dpkg/status");
    static HostSystem from_text(std::string_view status_text);

    // A package or virtual package name the host provides.
    bool provides(const std::string& name) const { return m_provided.contains(name); }
    // Whether the host's copy satisfies a relation (versions checked for
    // real packages; virtual names count when provided at all).
    bool satisfies(const Relation& r) const;
    const std::set<std::string>& provided() const { return m_provided; }

  private:
    std::set<std::string> m_provided;
    std::map<std::string, std::string> m_versions; // provided real packages
};

} // namespace hearth::pkgs
