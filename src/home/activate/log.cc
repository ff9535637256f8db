#include "home/activate/log.hh"

#include <unistd.h>

#include <cstdlib>

namespace hearth::home {

namespace {

bool wants_colour(FILE* f) {
    if (std::getenv("NO_COLOR")) return false;
    if (!::isatty(::fileno(f))) return false;
    const char* term = std::getenv("TERM");
    return term && std::string(term) != "dumb";
}

constexpr const char* reset = "\033[0m";
constexpr const char* error_colour = "\033[1m\033[31m";
constexpr const char* warn_colour = "\033[33m";
constexpr const char* note_colour = "\033[1m\033[36m";

} // namespace

Log::Log(bool verbose, FILE* out, FILE* err)
    : m_verbose(verbose), m_colour_out(wants_colour(out)), m_colour_err(wants_colour(err)),
      m_out(out), m_err(err) {}

void Log::emit(FILE* f, const char* colour, const std::string& msg) const {
    bool colour_on = colour && (f == m_err ? m_colour_err : m_colour_out);
    std::fprintf(f, "%s%s%s\n", colour_on ? colour : "", msg.c_str(), colour_on ? reset : "");
    std::fflush(f);
}

void Log::info(const std::string& msg) const {
    emit(m_out, nullptr, msg);
}
void Log::note(const std::string& msg) const {
    emit(m_out, note_colour, msg);
}
void Log::warn(const std::string& msg) const {
    emit(m_out, warn_colour, msg);
}
void Log::error(const std::string& msg) const {
    emit(m_err, error_colour, msg);
}
void Log::verbose(const std::string& msg) const {
    if (m_verbose) emit(m_out, nullptr, msg);
}

void Log::would_run(const std::vector<std::string>& argv) const {
    std::string line;
    for (const auto& a : argv) line += (line.empty() ? "" : " ") + shell_quote(a);
    emit(m_out, nullptr, line);
}

std::string shell_quote(const std::string& word) {
    if (!word.empty() &&
        word.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                               "0123456789@%+=:,./-_") == std::string::npos)
        return word;
    std::string out = "'";
    for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

} // namespace hearth::home
