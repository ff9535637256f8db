// A sandbox root for system-layer tests: a Debian-like /etc (passwd,
// group, shadow, gshadow with the accounts a fresh Debian 12 has), a store
// inside the root, and helpers to put hand-written configurations into it.
#pragma once

#include "../store/fixture.hh"

#include "store/local_store.hh"
#include "system/target.hh"

#include <fstream>
#include <sstream>

namespace hearth::test {

inline std::string slurp(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Reads a file inside `root` as if `root` were /: absolute links (into
// /nix/store, /etc, ...) are followed inside it.
inline std::string slurp_in(const std::string& root, const std::string& abs) {
    std::string done;
    std::string rest = abs;
    for (int hops = 0; hops < 40 && !rest.empty();) {
        size_t start = rest.find_first_not_of('/');
        if (start == std::string::npos) break;
        size_t end = rest.find('/', start);
        std::string part =
            rest.substr(start, end == std::string::npos ? std::string::npos : end - start);
        rest = end == std::string::npos ? "" : rest.substr(end);
        std::string candidate = done + "/" + part;
        char buf[4096];
        ssize_t n = ::readlink((root + candidate).c_str(), buf, sizeof buf);
        if (n < 0) {
            done = candidate;
            continue;
        }
        ++hops;
        std::string dest(buf, size_t(n));
        rest = dest + rest;
        if (dest[0] != '/') rest = done + "/" + rest;
        done.clear();
    }
    return slurp(root + done);
}

class SystemRoot {
  public:
    SystemRoot() {
        // Users activated inside the root must be able to reach it.
        ::chmod(m_dir.path().c_str(), 0755);
        std::filesystem::create_directories(m_dir / "etc");
        write_file(m_dir / "etc/passwd",
                   "root:x:0:0:root:/root:/bin/bash\n"
                   "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
                   "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"
                   "systemd-network:x:998:998:systemd Network Management:/:/usr/sbin/nologin\n");
        write_file(
            m_dir / "etc/group",
            "root:x:0:\ndaemon:x:1:\nusers:x:100:\nsystemd-network:x:998:\nnogroup:x:65534:\n");
        write_file(m_dir / "etc/shadow", "root:*:19700:0:99999:7:::\ndaemon:*:19700:0:99999:7:::\n",
                   0640);
        write_file(m_dir / "etc/gshadow", "root:*::\nusers:*::\n", 0640);
        store::StoreConfig c;
        c.root = m_dir.path();
        m_store = store::LocalStore::open(c).value();
    }

    system::Target target() const { return system::Target::at_root(m_dir.path(), m_dir.path()); }
    store::LocalStore& store() { return *m_store; }
    std::string operator/(const std::string& rel) const { return m_dir / rel; }
    const std::string& path() const { return m_dir.path(); }

    // Adds a directory tree (files: relative path -> contents; a leading
    // '!' marks an executable) to the store under `name`.
    std::string add_tree(const std::string& name, const std::map<std::string, std::string>& files) {
        std::string src = m_dir / ("src-" + name + "-" + std::to_string(m_counter++));
        for (auto& [rel, text] : files) {
            std::filesystem::create_directories(
                std::filesystem::path(src + "/" + rel).parent_path());
            bool exec = !text.empty() && text[0] == '!';
            write_file(src + "/" + rel, exec ? text.substr(1) : text, exec ? 0755 : 0644);
        }
        auto p = m_store->add_to_store(src, name).value();
        return m_store->print(p);
    }

    std::string add_text(const std::string& name, const std::string& text) {
        return m_store->print(m_store->add_text(name, text, {}).value());
    }

  private:
    TempDir m_dir;
    std::unique_ptr<store::LocalStore> m_store;
    int m_counter = 0;
};

} // namespace hearth::test
