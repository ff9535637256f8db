// Faults of fetching: an archive that cannot be reached, a download cut
// off, bytes that are not the pinned ones. Each names the package and
// leaves no file behind, in a directory or in the store. A local server on
// 127.0.0.1 plays the archive; apt's own http method does the fetching.
#include "pkgs/apt_fetch.hh"
#include "pkgs/realise.hh"
#include "util/encoding.hh"
#include "util/hash.hh"

#include "temp_dir.hh"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

using namespace hearth::pkgs;
namespace fs = std::filesystem;
using hearth::pkgs::test::TempDir;

namespace {

const std::string body = "not really a .deb, but bytes all the same\n";

std::string sha256_hex(const std::string& s) {
    return hearth::util::base16_encode(
        hearth::util::hash_string(hearth::util::HashAlgo::sha256, s).bytes);
}

// A socket listening on 127.0.0.1, on the port the kernel chose (`port`).
int listen_on_loopback(int backlog, int& port) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    port = ntohs(a.sin_port);
    ::listen(fd, backlog);
    return fd;
}

std::string loopback_url(int port, const std::string& file) {
    return "http://127.0.0.1:" + std::to_string(port) + "/" + file;
}

// Answers every request on 127.0.0.1 with `response` (a whole HTTP reply,
// possibly cut short) and closes the connection, or with `keep_alive`
// answers every request that comes down it; one connection at a time.
class Server {
  public:
    explicit Server(std::string response, bool keep_alive = false)
        : m_response(std::move(response)), m_keep_alive(keep_alive) {
        m_fd = listen_on_loopback(8, m_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~Server() {
        ::shutdown(m_fd, SHUT_RDWR);
        // A client that keeps its connection (a pooled apt method) would
        // keep the server reading.
        if (int c = m_conn.load(); c >= 0) ::shutdown(c, SHUT_RDWR);
        ::close(m_fd);
        m_thread.join();
    }
    std::string url(const std::string& file) const { return loopback_url(m_port, file); }
    int connections() const { return m_connections; }

  private:
    void serve() {
        for (;;) {
            int c = ::accept(m_fd, nullptr, nullptr);
            if (c < 0) return;
            m_conn = c;
            ++m_connections;
            std::string req;
            char buf[4096];
            for (bool open = true; open;) {
                size_t end;
                while ((end = req.find("\r\n\r\n")) == std::string::npos) {
                    ssize_t n = ::read(c, buf, sizeof buf);
                    if (n <= 0) {
                        open = false;
                        break;
                    }
                    req.append(buf, static_cast<size_t>(n));
                }
                if (!open) break;
                req.erase(0, end + 4);
                (void)!::write(c, m_response.data(), m_response.size());
                open = m_keep_alive;
            }
            m_conn = -1;
            ::close(c);
        }
    }
    std::string m_response;
    bool m_keep_alive;
    std::atomic<int> m_conn{-1};
    std::atomic<int> m_connections{0};
    int m_fd = -1;
    int m_port = 0;
    std::thread m_thread;
};

// Answers each connection in its own thread, holding the answers until
// `together` connections have been open at once (or a few seconds passed),
// and records the most that were open at once.
class ConcurrencyServer {
  public:
    ConcurrencyServer(std::string response, int together)
        : m_response(std::move(response)), m_together(together) {
        m_fd = listen_on_loopback(16, m_port);
        m_accept = std::thread([this] {
            for (;;) {
                int c = ::accept(m_fd, nullptr, nullptr);
                if (c < 0) return;
                std::lock_guard g(m_mutex);
                m_threads.emplace_back([this, c] { serve(c); });
            }
        });
    }
    ~ConcurrencyServer() {
        ::shutdown(m_fd, SHUT_RDWR);
        ::close(m_fd);
        m_accept.join();
        std::lock_guard g(m_mutex);
        for (auto& t : m_threads) t.join();
    }
    std::string url(const std::string& file) const { return loopback_url(m_port, file); }
    int most_at_once() const { return m_most; }

  private:
    void serve(int c) {
        std::string req;
        char buf[4096];
        while (req.find("\r\n\r\n") == std::string::npos) {
            ssize_t n = ::read(c, buf, sizeof buf);
            if (n <= 0) break;
            req.append(buf, static_cast<size_t>(n));
        }
        {
            std::unique_lock l(m_wait_mutex);
            m_most = std::max(m_most.load(), ++m_open);
            m_cv.notify_all();
            m_cv.wait_for(l, std::chrono::seconds(5), [this] { return m_most >= m_together; });
        }
        (void)!::write(c, m_response.data(), m_response.size());
        ::close(c);
        std::lock_guard l(m_wait_mutex);
        --m_open;
    }
    std::string m_response;
    int m_together;
    int m_fd = -1;
    int m_port = 0;
    std::mutex m_mutex, m_wait_mutex;
    std::condition_variable m_cv;
    int m_open = 0;
    std::atomic<int> m_most{0};
    std::thread m_accept;
    std::vector<std::thread> m_threads;
};

std::string reply(const std::string& payload, size_t claimed) {
    return "HTTP/1.1 200 OK\r\nContent-Length: " + std::to_string(claimed) +
           "\r\nConnection: close\r\n\r\n" + payload;
}

FetchRequest request(const std::string& url, const std::string& payload) {
    return {"hello", url, sha256_hex(payload), payload.size()};
}

} // namespace

TEST(Fetch, GoodDownloadIsKept) {
    Server server(reply(body, body.size()));
    TempDir dir;
    auto r = apt_fetch(request(server.url("hello.deb"), body), dir.path + "/hello.deb");
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(fs::file_size(dir.path + "/hello.deb"), body.size());
}

// One fetch after another (as the store's builder runs fetch derivations)
// reuses the apt method of the first, and so its connection.
TEST(Fetch, NextFetchReusesTheMethodAndItsConnection) {
    Server server("HTTP/1.1 200 OK\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" +
                      body,
                  true);
    TempDir dir;
    for (const char* name : {"a", "b", "c"}) {
        auto r = apt_fetch(request(server.url(std::string(name) + ".deb"), body),
                           dir.path + "/" + name + ".deb");
        ASSERT_TRUE(r) << r.error().message;
    }
    EXPECT_EQ(server.connections(), 1);
}

TEST(Fetch, SeveralDownloadsRunAtOnce) {
    ConcurrencyServer server(reply(body, body.size()), 2);
    TempDir dir;
    std::vector<FetchJob> jobs;
    for (const char* name : {"a", "b", "c", "d"})
        jobs.push_back({request(server.url(std::string(name) + ".deb"), body),
                        dir.path + "/" + name + ".deb"});
    auto r = apt_fetch_all(jobs);
    ASSERT_TRUE(r) << r.error().message;
    for (const auto& j : jobs) EXPECT_EQ(fs::file_size(j.dest), body.size()) << j.dest;
    EXPECT_GE(server.most_at_once(), 2);
}

TEST(Fetch, OneFailureAmongManyNamesItsPackage) {
    std::string other = body;
    other[0] = 'N';
    ConcurrencyServer server(reply(other, other.size()), 1);
    TempDir dir;
    std::vector<FetchJob> jobs;
    for (const char* name : {"a", "b", "c"}) {
        jobs.push_back({request(server.url(std::string(name) + ".deb"), body),
                        dir.path + "/" + name + ".deb"});
        jobs.back().request.package = name;
    }
    auto r = apt_fetch_all(jobs);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::hash_mismatch);
    // The earliest job's failure, whichever download ended first.
    EXPECT_NE(r.error().message.find("'a'"), std::string::npos) << r.error().message;
    for (const auto& j : jobs) EXPECT_FALSE(fs::exists(j.dest)) << j.dest;
}

TEST(Fetch, UnreachableArchiveNamesThePackage) {
    // A port nothing listens on: bind one, learn its number, close it.
    int port;
    {
        Server s("");
        port = std::stoi(s.url("").substr(17));
    }
    TempDir dir;
    auto r = apt_fetch(request("http://127.0.0.1:" + std::to_string(port) + "/hello.deb", body),
                       dir.path + "/hello.deb");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::fetch_failed);
    EXPECT_NE(r.error().message.find("Debian package 'hello'"), std::string::npos)
        << r.error().message;
    EXPECT_FALSE(fs::exists(dir.path + "/hello.deb"));
}

TEST(Fetch, CutOffDownloadLeavesNothing) {
    Server server(reply(body.substr(0, 10), body.size()));
    TempDir dir;
    auto r = apt_fetch(request(server.url("hello.deb"), body), dir.path + "/hello.deb");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("'hello'"), std::string::npos) << r.error().message;
    EXPECT_FALSE(fs::exists(dir.path + "/hello.deb"));
}

TEST(Fetch, HashMismatchIsRefused) {
    std::string other = body;
    other[0] = 'N';
    Server server(reply(other, other.size()));
    TempDir dir;
    auto r = apt_fetch(request(server.url("hello.deb"), body), dir.path + "/hello.deb");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("'hello'"), std::string::npos) << r.error().message;
    EXPECT_FALSE(fs::exists(dir.path + "/hello.deb"));
}

TEST(Fetch, FailedPackageLeavesNothingInTheStore) {
    std::string other = body;
    other[0] = 'N';
    Server server(reply(other, other.size()));
    TempDir dir;
    auto store = hearth::store::LocalStore::open({dir.path + "/root", "/nix/store"});
    ASSERT_TRUE(store);
    LockFile lock;
    LockEntry e{"hello",
                "2.10-3",
                "amd64",
                "pool/main/h/hello/hello_2.10-3_amd64.deb",
                server.url("hello.deb"),
                sha256_hex(body),
                body.size(),
                {}};
    lock.packages["hello"] = e;
    auto host = HostSystem::from_text("");
    DebianRealiser realiser(**store, lock, host, []() -> Result<const AptIndex*> {
        return fail(ErrorKind::unknown, "no index");
    });
    auto r = realiser.realise({"hello"});
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("'hello'"), std::string::npos) << r.error().message;
    auto valid = (*store)->query_all_valid();
    ASSERT_TRUE(valid);
    EXPECT_TRUE(valid->empty());
    EXPECT_TRUE(fs::is_empty(dir.path + "/root/nix/store"));
}
