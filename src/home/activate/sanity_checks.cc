// The sanity checks of Home Manager's activation init: the configuration
// is for this user, this home directory and (when home.uid is set) this
// uid. Skipped with SKIP_SANITY_CHECKS; nothing has been written yet.
#include "home/activate/steps.hh"

#include <sys/stat.h>
#include <unistd.h>

namespace hearth::home {

namespace {

bool same_file(const std::string& a, const std::string& b) {
    struct stat sa, sb;
    return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

Unexpected<Error> mismatch(const std::string& name, const std::string& actual,
                           const std::string& expected) {
    return fail(ErrorKind::sanity, name + " is \"" + actual + "\", expected \"" + expected + "\"");
}

} // namespace

Result<void> sanity_checks(Context& c) {
    const Manifest& m = c.new_gen.manifest;
    if (!m.username.empty() && c.user != m.username) return mismatch("USER", c.user, m.username);
    if (!m.home_directory.empty() && !same_file(c.home, m.home_directory))
        return mismatch("HOME", c.home, m.home_directory);
    if (m.uid && static_cast<long>(::getuid()) != *m.uid)
        return mismatch("UID", std::to_string(::getuid()), std::to_string(*m.uid));
    return {};
}

} // namespace hearth::home
