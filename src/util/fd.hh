// util::Fd: a file descriptor closed when it goes out of scope.
#pragma once

#include <unistd.h>

namespace hearth::util {

struct Fd {
    int fd = -1;

    explicit Fd(int f) : fd(f) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

} // namespace hearth::util
