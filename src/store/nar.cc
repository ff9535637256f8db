#include "store/nar.hh"

#include "util/fd.hh"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

namespace hearth::store {

std::string_view file_type_name(FileType type) {
    switch (type) {
    case FileType::regular:
        return "regular";
    case FileType::directory:
        return "directory";
    case FileType::symlink:
        return "symlink";
    case FileType::unknown:
        return "unknown";
    }
    return "unknown";
}

namespace {

constexpr std::string_view nar_magic = "nix-archive-1";
// Bounds what a hostile archive can make us allocate for one name or target.
constexpr uint64_t max_short_string = 4096;
constexpr size_t chunk_size = 65536;

void write_u64(const NarSink& sink, uint64_t n) {
    std::array<char, 8> buf{};
    for (int i = 0; i < 8; ++i) buf[i] = static_cast<char>((n >> (8 * i)) & 0xff);
    sink(std::string_view(buf.data(), 8));
}

void write_padding(const NarSink& sink, uint64_t len) {
    static constexpr std::array<char, 8> zeros{};
    if (len % 8) sink(std::string_view(zeros.data(), 8 - len % 8));
}

void write_str(const NarSink& sink, std::string_view s) {
    write_u64(sink, s.size());
    sink(s);
    write_padding(sink, s.size());
}

FileType type_of(const struct stat& st) {
    if (S_ISREG(st.st_mode)) return FileType::regular;
    if (S_ISDIR(st.st_mode)) return FileType::directory;
    if (S_ISLNK(st.st_mode)) return FileType::symlink;
    return FileType::unknown;
}

Result<void> dump_regular(const std::string& path, const struct stat& st, const NarSink& sink) {
    util::Fd fd{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)};
    if (fd.fd < 0) return sys_error("opening file", path);
    if (st.st_mode & S_IXUSR) {
        write_str(sink, "executable");
        write_str(sink, "");
    }
    write_str(sink, "contents");
    uint64_t size = static_cast<uint64_t>(st.st_size), left = size;
    write_u64(sink, size);
    std::vector<char> buf(chunk_size);
    while (left > 0) {
        ssize_t n = ::read(fd.fd, buf.data(), std::min<uint64_t>(left, buf.size()));
        if (n < 0) {
            if (errno == EINTR) continue;
            return sys_error("reading file", path);
        }
        if (n == 0)
            return fail(ErrorKind::io, "file '" + path + "' shrank while being archived", path);
        sink(std::string_view(buf.data(), static_cast<size_t>(n)));
        left -= static_cast<uint64_t>(n);
    }
    write_padding(sink, size);
    return {};
}

Result<std::vector<std::string>> sorted_entries(const std::string& path) {
    std::unique_ptr<DIR, int (*)(DIR*)> dir(::opendir(path.c_str()), ::closedir);
    if (!dir) return sys_error("opening directory", path);
    std::vector<std::string> names;
    errno = 0;
    while (auto* ent = ::readdir(dir.get())) {
        std::string name = ent->d_name;
        if (name != "." && name != "..") names.push_back(std::move(name));
        errno = 0;
    }
    if (errno) return sys_error("reading directory", path);
    std::sort(names.begin(), names.end());
    return names;
}

Result<void> dump_node(const std::string& path, const NarSink& sink, const NarFilter& filter) {
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0) return sys_error("getting status of", path);
    write_str(sink, "(");
    write_str(sink, "type");
    switch (type_of(st)) {
    case FileType::regular:
        write_str(sink, "regular");
        HEARTH_TRY(dump_regular(path, st, sink));
        break;
    case FileType::symlink: {
        std::string target(static_cast<size_t>(st.st_size) + 1, '\0');
        ssize_t n = ::readlink(path.c_str(), target.data(), target.size());
        if (n < 0) return sys_error("reading symbolic link", path);
        target.resize(static_cast<size_t>(n));
        write_str(sink, "symlink");
        write_str(sink, "target");
        write_str(sink, target);
        break;
    }
    case FileType::directory: {
        write_str(sink, "directory");
        auto names = HEARTH_TRY(sorted_entries(path));
        for (const auto& name : names) {
            std::string child = path + "/" + name;
            if (filter) {
                struct stat cst;
                if (::lstat(child.c_str(), &cst) != 0) return sys_error("getting status of", child);
                if (!filter(child, type_of(cst))) continue;
            }
            write_str(sink, "entry");
            write_str(sink, "(");
            write_str(sink, "name");
            write_str(sink, name);
            write_str(sink, "node");
            HEARTH_TRY(dump_node(child, sink, filter));
            write_str(sink, ")");
        }
        break;
    }
    case FileType::unknown:
        return fail(ErrorKind::io, "file '" + path + "' has an unsupported type", path);
    }
    write_str(sink, ")");
    return {};
}

} // namespace

Result<void> dump_path(const std::string& path, const NarSink& sink, const NarFilter& filter) {
    write_str(sink, nar_magic);
    return dump_node(path, sink, filter);
}

Result<std::string> dump_path_to_string(const std::string& path, const NarFilter& filter) {
    std::string out;
    HEARTH_TRY(dump_path(
        path, [&](std::string_view s) { out += s; }, filter));
    return out;
}

std::string dump_contents(std::string_view contents, bool executable) {
    std::string out;
    NarSink sink = [&](std::string_view s) { out += s; };
    write_str(sink, nar_magic);
    write_str(sink, "(");
    write_str(sink, "type");
    write_str(sink, "regular");
    if (executable) {
        write_str(sink, "executable");
        write_str(sink, "");
    }
    write_str(sink, "contents");
    write_str(sink, contents);
    write_str(sink, ")");
    return out;
}

Result<NarHashResult> nar_hash_and_size(const std::string& path, const NarFilter& filter,
                                        util::HashAlgo algo) {
    util::Hasher hasher(algo);
    uint64_t size = 0;
    HEARTH_TRY(dump_path(
        path,
        [&](std::string_view s) {
            hasher.update(s);
            size += s.size();
        },
        filter));
    return NarHashResult{hasher.finish(), size};
}

Result<util::Hash> nar_hash(const std::string& path, const NarFilter& filter, util::HashAlgo algo) {
    auto r = HEARTH_TRY(nar_hash_and_size(path, filter, algo));
    return r.hash;
}

// ---- restore -------------------------------------------------------------

namespace {

class NarParser {
  public:
    explicit NarParser(std::istream& in) : m_in(in) {}

    Result<void> archive(const std::string& dest) {
        auto magic = HEARTH_TRY(short_string());
        if (magic != nar_magic) return bad("input is not a Nix archive");
        return node(dest);
    }

  private:
    Unexpected<Error> bad(std::string msg) { return fail(ErrorKind::bad_archive, std::move(msg)); }

    Result<uint64_t> u64() {
        std::array<unsigned char, 8> b{};
        if (!m_in.read(reinterpret_cast<char*>(b.data()), 8))
            return bad("unexpected end of archive");
        uint64_t n = 0;
        for (int i = 7; i >= 0; --i) n = (n << 8) | b[i];
        return n;
    }

    Result<void> padding(uint64_t len) {
        if (len % 8 == 0) return {};
        std::array<char, 8> b{};
        size_t n = 8 - len % 8;
        if (!m_in.read(b.data(), static_cast<std::streamsize>(n)))
            return bad("unexpected end of archive");
        for (size_t i = 0; i < n; ++i)
            if (b[i] != 0) return bad("non-zero padding in archive");
        return {};
    }

    Result<std::string> short_string() {
        uint64_t len = HEARTH_TRY(u64());
        if (len > max_short_string) return bad("string in archive is too long");
        std::string s(len, '\0');
        if (!m_in.read(s.data(), static_cast<std::streamsize>(len)))
            return bad("unexpected end of archive");
        HEARTH_TRY(padding(len));
        return s;
    }

    Result<void> expect(std::string_view word) {
        auto s = HEARTH_TRY(short_string());
        if (s != word)
            return bad("expected '" + std::string(word) + "' in archive, got '" + s + "'");
        return {};
    }

    Result<void> node(const std::string& dest) {
        HEARTH_TRY(expect("("));
        HEARTH_TRY(expect("type"));
        auto type = HEARTH_TRY(short_string());
        if (type == "regular") {
            HEARTH_TRY(regular(dest));
        } else if (type == "symlink") {
            HEARTH_TRY(expect("target"));
            auto target = HEARTH_TRY(short_string());
            if (::symlink(target.c_str(), dest.c_str()) != 0)
                return sys_error("creating symlink", dest);
        } else if (type == "directory") {
            return directory(dest);
        } else {
            return bad("unknown file type '" + type + "' in archive");
        }
        return expect(")");
    }

    Result<void> regular(const std::string& dest) {
        auto tag = HEARTH_TRY(short_string());
        bool executable = false;
        if (tag == "executable") {
            HEARTH_TRY(expect(""));
            executable = true;
            tag = HEARTH_TRY(short_string());
        }
        if (tag != "contents") return bad("expected 'contents' in archive, got '" + tag + "'");
        util::Fd fd{::open(dest.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                           executable ? 0755 : 0644)};
        if (fd.fd < 0) return sys_error("creating file", dest);
        uint64_t size = HEARTH_TRY(u64()), left = size;
        std::vector<char> buf(chunk_size);
        while (left > 0) {
            auto n = static_cast<size_t>(std::min<uint64_t>(left, buf.size()));
            if (!m_in.read(buf.data(), static_cast<std::streamsize>(n)))
                return bad("unexpected end of archive");
            for (size_t done = 0; done < n;) {
                ssize_t w = ::write(fd.fd, buf.data() + done, n - done);
                if (w < 0) {
                    if (errno == EINTR) continue;
                    return sys_error("writing file", dest);
                }
                done += static_cast<size_t>(w);
            }
            left -= n;
        }
        return padding(size);
    }

    static bool safe_name(const std::string& name) {
        return !name.empty() && name != "." && name != ".." &&
               name.find('/') == std::string::npos && name.find('\0') == std::string::npos;
    }

    Result<void> directory(const std::string& dest) {
        if (::mkdir(dest.c_str(), 0755) != 0) return sys_error("creating directory", dest);
        std::string previous;
        bool first = true;
        while (true) {
            auto tag = HEARTH_TRY(short_string());
            if (tag == ")") return {};
            if (tag != "entry") return bad("expected 'entry' in archive, got '" + tag + "'");
            HEARTH_TRY(expect("("));
            HEARTH_TRY(expect("name"));
            auto name = HEARTH_TRY(short_string());
            if (!safe_name(name)) return bad("archive has an invalid file name '" + name + "'");
            if (!first && name <= previous)
                return bad("archive directory is not sorted ('" + name + "' after '" + previous +
                           "')");
            previous = name;
            first = false;
            HEARTH_TRY(expect("node"));
            HEARTH_TRY(node(dest + "/" + name));
            HEARTH_TRY(expect(")"));
        }
    }

    std::istream& m_in;
};

} // namespace

Result<void> restore_path(const std::string& dest, std::istream& nar) {
    NarParser parser(nar);
    return parser.archive(dest);
}

} // namespace hearth::store
