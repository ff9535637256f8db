// What the kernel alone takes for the links of bench/home/run.sh: N
// symlinks in 50 new directories under DIR, one symlink(2) each, then each
// replaced by symlink(2) and rename(2), single threaded, destinations of
// LEN bytes (Home Manager's are about 90, Stow's under 60, the most ext4
// keeps in the inode). Prints wall and CPU milliseconds of both passes.
// Build: c++ -std=c++20 -O2 -o link_floor bench/home/link_floor.cc
// Usage: link_floor DIR [N] [LEN]
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>

namespace {

double cpu_ms() {
    rusage r{};
    ::getrusage(RUSAGE_SELF, &r);
    return (r.ru_utime.tv_sec + r.ru_stime.tv_sec) * 1e3 +
           (r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e3;
}

std::string destination(const char* farm, int i, size_t len) {
    char buf[256];
    std::snprintf(buf, sizeof buf, "/nix/store/%032d-%s/.config/app-%02d/file-%04d", i, farm,
                  i % 50, i);
    std::string d = buf;
    d.resize(len, 'x');
    return d;
}

struct Timer {
    std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
    double cpu = cpu_ms();
    void print(const char* what) const {
        std::chrono::duration<double, std::milli> w = std::chrono::steady_clock::now() - wall;
        std::printf("%s: %.0f ms wall, %.0f ms CPU\n", what, w.count(), cpu_ms() - cpu);
    }
};

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: link_floor DIR [N] [LEN]\n");
        return 2;
    }
    std::string dir = argv[1];
    int n = argc > 2 ? std::stoi(argv[2]) : 5000;
    size_t len = argc > 3 ? std::stoul(argv[3]) : 90;
    auto path = [&](int i) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "/app-%02d/file-%04d", i % 50, i);
        return dir + buf;
    };
    Timer make;
    for (int d = 0; d < 50; ++d) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "/app-%02d", d);
        ::mkdir((dir + buf).c_str(), 0755);
    }
    for (int i = 0; i < n; ++i)
        if (::symlink(destination("home-manager-files", i, len).c_str(), path(i).c_str()) != 0)
            return std::perror("symlink"), 1;
    make.print("make");
    ::sync();
    ::sleep(1);
    Timer replace;
    for (int i = 0; i < n; ++i) {
        std::string tmp = path(i) + ".tmp";
        if (::symlink(destination("home-manager-fileS", i, len).c_str(), tmp.c_str()) != 0 ||
            ::rename(tmp.c_str(), path(i).c_str()) != 0)
            return std::perror("replace"), 1;
    }
    replace.print("replace");
    return 0;
}
