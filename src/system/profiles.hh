// Per-user package profiles (users.users.<name>.packages, and Home
// Manager's packages with useUserPackages): each user's user-environment
// becomes a generation of the store profile
// <store state>/profiles/per-user-system/<name>, and
// /etc/profiles/per-user/<name> points at that profile, so a user's
// packages change atomically and older ones stay until collected.
#pragma once

#include "store/local_store.hh"
#include "system/manifest.hh"
#include "system/report.hh"
#include "system/target.hh"

#include <map>
#include <string>

namespace hearth::system {

std::string user_profile_path(const store::LocalStore& store, const std::string& user);

// Returns the /etc links to make: /etc/profiles/per-user/<name> -> profile,
// written as the target sees the profile (its logical path when the store
// lives inside the target root).
Result<std::map<std::string, std::string>> update_user_profiles(store::LocalStore& store,
                                                                const Target& target,
                                                                const Manifest& m, Report& report,
                                                                bool dry);

} // namespace hearth::system
