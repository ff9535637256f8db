#include "system/owned_files.hh"

#include "system/fs.hh"
#include "util/encoding.hh"
#include "util/hash.hh"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <sstream>

namespace hearth::system {

namespace {

std::string sha256_of(const std::string& text) {
    auto h = util::hash_string(util::HashAlgo::sha256, text);
    return util::format_hash(h, util::HashFormat::base16);
}

std::string parent_of(const std::string& p) {
    return p.substr(0, p.rfind('/'));
}

} // namespace

Result<OwnedFiles> OwnedFiles::load(const Target& target, std::string record, bool dry) {
    OwnedFiles o(target, std::move(record), dry);
    auto text = HEARTH_TRY(read_file(target.state_dir() + "/" + o.m_record));
    if (!text) return o;
    std::istringstream in(*text);
    for (std::string line; std::getline(in, line);) {
        auto t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
        if (t1 == std::string::npos || t2 == std::string::npos) continue;
        o.m_old[line.substr(t1 + 1, t2 - t1 - 1)] =
            Entry{line.substr(0, t1) == "link", line.substr(t2 + 1)};
    }
    return o;
}

std::optional<OwnedFiles::Entry> OwnedFiles::on_disk(const std::string& path) const {
    std::string real = m_target.at(path);
    struct stat st;
    if (::lstat(real.c_str(), &st) != 0) return std::nullopt;
    if (S_ISLNK(st.st_mode)) return Entry{true, read_link(real).value_or("")};
    if (!S_ISREG(st.st_mode)) return Entry{false, "(not a regular file)"};
    auto text = read_file(real);
    if (!text.ok() || !*text) return Entry{false, "(unreadable)"};
    return Entry{false, sha256_of(**text)};
}

Result<bool> OwnedFiles::make_room(const std::string& path, const Entry& wanted, Report& report) {
    auto have = on_disk(path);
    if (!have) return true;
    auto rec = m_old.find(path);
    bool ours = rec != m_old.end() && rec->second == *have;
    if (ours || *have == wanted) return true;
    std::string backup = path + ".hearth-backup";
    if (exists_no_follow(m_target.at(backup))) {
        report.warn("leaving " + path + " alone: it was not installed by Hearth and " + backup +
                    " exists");
        return false;
    }
    report.say((m_dry ? "would move " : "moving ") + path + " (not installed by Hearth) to " +
               backup);
    if (!m_dry && ::rename(m_target.at(path).c_str(), m_target.at(backup).c_str()) != 0)
        return fail_errno("moving aside", m_target.at(path));
    return true;
}

Result<void> OwnedFiles::link(const std::string& path, const std::string& dest, Report& report) {
    Entry wanted{true, dest};
    if (on_disk(path) == wanted) {
        m_new[path] = wanted;
        return {};
    }
    if (!HEARTH_TRY(make_room(path, wanted, report))) return {};
    m_new[path] = wanted;
    m_changed.insert(path);
    if (m_dry) return {};
    HEARTH_TRY(make_dirs(m_target.at(parent_of(path))));
    return write_symlink_atomic(m_target.at(path), dest);
}

Result<void> OwnedFiles::file(const std::string& path, const std::string& text, mode_t mode,
                              uid_t uid, gid_t gid, Report& report) {
    Entry wanted{false, sha256_of(text)};
    std::string real = m_target.at(path);
    struct stat st;
    bool same_meta = ::lstat(real.c_str(), &st) == 0 && (st.st_mode & 07777) == mode &&
                     (::geteuid() != 0 || (st.st_uid == uid && st.st_gid == gid));
    if (same_meta && on_disk(path) == wanted) {
        m_new[path] = wanted;
        return {};
    }
    if (!HEARTH_TRY(make_room(path, wanted, report))) return {};
    m_new[path] = wanted;
    m_changed.insert(path);
    if (m_dry) return {};
    HEARTH_TRY(make_dirs(m_target.at(parent_of(path))));
    bool root = ::geteuid() == 0;
    return write_file_atomic(real, text, mode, root ? uid : uid_t(-1), root ? gid : gid_t(-1));
}

Result<void> OwnedFiles::remove_stale(Report& report) {
    for (auto& [path, entry] : m_old) {
        if (m_new.count(path)) continue;
        auto have = on_disk(path);
        if (!have) continue;
        if (*have != entry) {
            report.warn("leaving " + path + ": it changed since Hearth installed it");
            continue;
        }
        m_removed.insert(path);
        if (m_dry) continue;
        if (::unlink(m_target.at(path).c_str()) != 0 && errno != ENOENT)
            return fail_errno("removing", m_target.at(path));
    }
    return {};
}

Result<void> OwnedFiles::save() const {
    if (m_dry) return {};
    std::string text;
    for (auto& [path, e] : m_new)
        text += std::string(e.is_link ? "link" : "file") + "\t" + path + "\t" + e.value + "\n";
    HEARTH_TRY(make_dirs(m_target.state_dir()));
    return write_file_atomic(m_target.state_dir() + "/" + m_record, text, 0644);
}

} // namespace hearth::system
