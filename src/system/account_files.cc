#include "system/account_files.hh"

#include "system/fs.hh"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <ctime>

namespace hearth::system {

void AccountTable::parse(const std::string& text) {
    m_rows.clear();
    size_t start = 0;
    while (start < text.size()) {
        size_t nl = text.find('\n', start);
        std::string line =
            text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        start = nl == std::string::npos ? text.size() : nl + 1;
        Row row;
        size_t f = 0;
        while (true) {
            size_t colon = line.find(':', f);
            row.push_back(
                line.substr(f, colon == std::string::npos ? std::string::npos : colon - f));
            if (colon == std::string::npos) break;
            f = colon + 1;
        }
        m_rows.push_back(std::move(row));
    }
}

std::string AccountTable::render() const {
    std::string out;
    for (auto& row : m_rows) {
        for (size_t i = 0; i < row.size(); ++i) out += (i ? ":" : "") + row[i];
        out += '\n';
    }
    return out;
}

AccountTable::Row* AccountTable::find(const std::string& name) {
    for (auto& r : m_rows)
        if (!r.empty() && r[0] == name) return &r;
    return nullptr;
}

const AccountTable::Row* AccountTable::find(const std::string& name) const {
    return const_cast<AccountTable*>(this)->find(name);
}

// lckpwdf() waits 15 seconds for the lock; so do we.
Result<AccountLock> AccountLock::acquire(const Target& target) {
    std::string path = target.at("/etc/.pwd.lock");
    HEARTH_TRY(make_dirs(target.at("/etc")));
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return fail_errno("opening", path);
    struct flock fl {};
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    for (int tries = 0; tries < 150; ++tries) {
        if (::fcntl(fd, F_SETLK, &fl) == 0) return AccountLock(fd);
        if (errno != EAGAIN && errno != EACCES) break;
        ::usleep(100 * 1000);
    }
    ::close(fd);
    return fail(
        ErrorKind::accounts,
        "cannot lock '" + path + "': the account files are being changed by another program", path);
}

AccountLock::~AccountLock() {
    if (m_fd >= 0) ::close(m_fd);
}

namespace {

Result<std::string> read_or_empty(const std::string& path, bool& present) {
    auto text = HEARTH_TRY(read_file(path));
    present = text.has_value();
    return text.value_or("");
}

// Keeps the file's mode and group (shadow is 0640 root:shadow on Debian);
// a new file gets `mode` and root's ownership.
Result<void> replace(const std::string& path, const std::string& text, const std::string& old,
                     mode_t mode) {
    if (text == old) return {};
    struct stat st;
    uid_t uid = 0;
    gid_t gid = 0;
    if (::stat(path.c_str(), &st) == 0) {
        mode = st.st_mode & 07777;
        uid = st.st_uid;
        gid = st.st_gid;
        // The backup file shadow-utils keeps: the previous contents.
        HEARTH_TRY(write_file_atomic(path + "-", old, mode, ::geteuid() == 0 ? uid : uid_t(-1),
                                     ::geteuid() == 0 ? gid : gid_t(-1)));
    }
    bool root = ::geteuid() == 0;
    return write_file_atomic(path, text, mode, root ? uid : uid_t(-1), root ? gid : gid_t(-1));
}

} // namespace

Result<AccountFiles> AccountFiles::read(const Target& target) {
    AccountFiles f;
    bool present = false;
    f.original_passwd = HEARTH_TRY(read_or_empty(target.at("/etc/passwd"), present));
    f.original_group = HEARTH_TRY(read_or_empty(target.at("/etc/group"), present));
    f.original_shadow = HEARTH_TRY(read_or_empty(target.at("/etc/shadow"), f.has_shadow));
    f.original_gshadow = HEARTH_TRY(read_or_empty(target.at("/etc/gshadow"), f.has_gshadow));
    f.passwd.parse(f.original_passwd);
    f.group.parse(f.original_group);
    f.shadow.parse(f.original_shadow);
    f.gshadow.parse(f.original_gshadow);
    return f;
}

Result<void> AccountFiles::write(const Target& target) const {
    // Shadow files first: a reader that finds a user in passwd expects its
    // shadow entry to exist already.
    if (has_shadow || !shadow.rows().empty())
        HEARTH_TRY(replace(target.at("/etc/shadow"), shadow.render(), original_shadow, 0640));
    if (has_gshadow)
        HEARTH_TRY(replace(target.at("/etc/gshadow"), gshadow.render(), original_gshadow, 0640));
    HEARTH_TRY(replace(target.at("/etc/group"), group.render(), original_group, 0644));
    HEARTH_TRY(replace(target.at("/etc/passwd"), passwd.render(), original_passwd, 0644));
    return {};
}

namespace {

std::optional<unsigned> field_number(const AccountTable::Row* r, size_t i) {
    if (!r || r->size() <= i || (*r)[i].empty()) return std::nullopt;
    char* end = nullptr;
    unsigned long v = std::strtoul((*r)[i].c_str(), &end, 10);
    if (*end) return std::nullopt;
    return unsigned(v);
}

} // namespace

std::optional<uid_t> AccountFiles::uid_of(const std::string& user) const {
    return field_number(passwd.find(user), 2);
}

std::optional<gid_t> AccountFiles::gid_of(const std::string& name) const {
    return field_number(group.find(name), 2);
}

std::optional<gid_t> AccountFiles::primary_gid_of(const std::string& user) const {
    return field_number(passwd.find(user), 3);
}

std::optional<std::string> AccountFiles::user_of(uid_t uid) const {
    for (auto& row : passwd.rows())
        if (row.size() > 2 && field_number(&row, 2) == uid) return row[0];
    return std::nullopt;
}

std::vector<gid_t> AccountFiles::supplementary_gids_of(const std::string& user) const {
    std::vector<gid_t> out;
    for (auto& row : group.rows()) {
        if (row.size() < 4) continue;
        size_t at = 0;
        while (at <= row[3].size()) {
            size_t comma = row[3].find(',', at);
            if (comma == std::string::npos) comma = row[3].size();
            if (row[3].compare(at, comma - at, user) == 0 && comma - at == user.size())
                if (auto gid = field_number(&row, 2)) out.push_back(gid_t(*gid));
            at = comma + 1;
        }
    }
    return out;
}

} // namespace hearth::system
