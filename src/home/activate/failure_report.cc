#include "home/activate/failure_report.hh"

#include <cstdlib>
#include <fstream>

namespace hearth::home {

namespace {

enum class Phase { checks, writing, linked };

// Where an entry sits: before writeBoundary nothing is written; until
// linkGeneration has finished the home may hold part of the new links.
Phase phase_of(const Manifest& m, const std::string& entry) {
    Phase phase = Phase::checks;
    for (const auto& e : m.activation) {
        if (e.name == "writeBoundary") phase = Phase::writing;
        if (e.name == entry) return phase;
        if (e.name == "linkGeneration") phase = Phase::linked;
    }
    return phase;
}

bool is_builtin(const Manifest& m, const std::string& entry) {
    for (const auto& e : m.activation)
        if (e.name == entry) return e.builtin;
    return false;
}

std::string what_the_home_holds(Phase phase) {
    switch (phase) {
    case Phase::checks:
        return "Nothing was changed: the home directory is as it was.";
    case Phase::writing:
        return "The home directory still reflects the previous generation, possibly with part of "
               "the new one linked; every link points into a complete generation.";
    case Phase::linked:
        return "The files of the new generation are all linked; the entries after this one did "
               "not run.";
    }
    return {};
}

std::string what_to_do(const Manifest& m, const FailurePoint& p, const std::string& gen) {
    std::string again = "then switch again (or run " + gen +
                        "/activate), which picks up where this activation stopped.";
    if (p.entry == "checkLinkTargets")
        return "Move the files named above out of the way, back them up with 'home-manager "
               "switch -b EXT', or set 'force = true' on their home.file entries, " +
               again;
    if (p.entry == "installPackages") return "Fix the profile problem shown above, " + again;
    if (!is_builtin(m, p.entry))
        return "This is the home.activation." + p.entry +
               " entry of your configuration or of a module it enables: fix the cause shown "
               "above, " +
               again;
    return "Fix the cause shown above, " + again;
}

} // namespace

std::optional<FailurePoint> read_failure_point(const std::string& report_file) {
    std::ifstream in(report_file);
    FailurePoint p;
    for (std::string line; std::getline(in, line);) {
        auto eq = line.find('=');
        if (eq == std::string::npos) continue;
        std::string key = line.substr(0, eq), value = line.substr(eq + 1);
        if (key == "entry")
            p.entry = value;
        else if (key == "status")
            p.status = std::atoi(value.c_str());
        else if (key == "path" && p.path.empty())
            p.path = value;
    }
    if (p.entry.empty()) return std::nullopt;
    return p;
}

void record_failure(const std::string& key, const std::string& value) {
    const char* file = std::getenv("HEARTH_ACTIVATE_REPORT");
    if (!file || !*file || value.empty()) return;
    std::ofstream(file, std::ios::app) << key << "=" << value << "\n";
}

std::string failure_report(const Manifest& m, const std::string& generation,
                           const FailurePoint& p) {
    Phase phase = phase_of(m, p.entry);
    std::string text =
        "Activation failed in " + p.entry + " (exit status " + std::to_string(p.status) + ")";
    if (!p.path.empty()) text += " at '" + p.path + "'";
    text += ". " + what_the_home_holds(phase) + " " + what_to_do(m, p, generation);
    return text;
}

} // namespace hearth::home
