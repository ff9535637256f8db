// The files Hearth installed into a target and what it put there, so that
// a switch replaces and removes only its own. Each kind of resource (/etc
// files, unit files) keeps its own record under the state directory, one
// line per path: "link\t<path>\t<destination>" or "file\t<path>\t<sha256>".
//
// Rules: a path that already holds what is wanted is kept (and recorded);
// a path Hearth recorded and nobody changed since is replaced; anything
// else in the way is moved aside to "<path>.hearth-backup", never deleted.
// A recorded path the new configuration no longer has is removed only if
// it still holds what Hearth put there; otherwise it is left and reported.
// The record is written after the files, so a crash in between leaves at
// worst a file Hearth will treat as foreign (and back up) next time.
#pragma once

#include "system/error.hh"
#include "system/report.hh"
#include "system/target.hh"

#include <sys/types.h>

#include <map>
#include <optional>
#include <set>
#include <string>

namespace hearth::system {

class OwnedFiles {
  public:
    struct Entry {
        bool is_link = true;
        std::string value; // link destination, or the file's sha256 (base16)
        bool operator==(const Entry&) const = default;
    };

    // `record` is a file name under the target's state dir ("etc-files").
    static Result<OwnedFiles> load(const Target& target, std::string record, bool dry);

    // `path` is absolute within the target (/etc/...).
    Result<void> link(const std::string& path, const std::string& dest, Report& report);
    Result<void> file(const std::string& path, const std::string& text, mode_t mode, uid_t uid,
                      gid_t gid, Report& report);
    // Removes what was recorded before but not installed since load().
    Result<void> remove_stale(Report& report);
    Result<void> save() const;

    const std::set<std::string>& changed() const { return m_changed; }
    const std::set<std::string>& removed() const { return m_removed; }
    const std::map<std::string, Entry>& recorded() const { return m_old; }

  private:
    OwnedFiles(const Target& t, std::string record, bool dry)
        : m_target(t), m_record(std::move(record)), m_dry(dry) {}
    // What is on disk at `path`, in the record's terms; nullopt if nothing.
    std::optional<Entry> on_disk(const std::string& path) const;
    // Clears the way for a new entry; false when it must be skipped.
    Result<bool> make_room(const std::string& path, const Entry& wanted, Report& report);

    Target m_target;
    std::string m_record;
    bool m_dry;
    std::map<std::string, Entry> m_old, m_new;
    std::set<std::string> m_changed, m_removed;
};

} // namespace hearth::system
