#include "home/activate/user_units.hh"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace hearth::home {

namespace fs = std::filesystem;

namespace {

// The kinds modules/systemd.nix writes.
const char* const unit_suffixes[] = {".service", ".socket", ".timer",     ".path",
                                     ".target",  ".mount",  ".automount", ".slice"};

bool is_unit_name(const std::string& name) {
    for (const char* s : unit_suffixes)
        if (name.ends_with(s)) return true;
    return false;
}

std::string trim(const std::string& s) {
    size_t b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

// One `Key=value` line of a unit file, with the section it is in.
struct Setting {
    std::string section, key, value;
    bool operator==(const Setting&) const = default;
};

// The settings in file order; comments, blank lines and lines that are
// not assignments are left out, as systemd ignores them.
std::vector<Setting> parse_settings(const std::string& contents) {
    std::vector<Setting> out;
    std::istringstream in(contents);
    std::string line, section;
    while (std::getline(in, line)) {
        line = trim(line);
        if (line.empty() || line[0] == '#' || line[0] == ';') continue;
        if (line.front() == '[' && line.back() == ']') {
            section = line.substr(1, line.size() - 2);
            continue;
        }
        size_t eq = line.find('=');
        if (eq == std::string::npos) continue;
        out.push_back({section, trim(line.substr(0, eq)), trim(line.substr(eq + 1))});
    }
    return out;
}

std::optional<bool> parse_bool(const std::string& v) {
    for (const char* t : {"1", "yes", "y", "true", "t", "on"})
        if (v == t) return true;
    for (const char* f : {"0", "no", "n", "false", "f", "off"})
        if (v == f) return false;
    return std::nullopt;
}

std::string read_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

UserUnits read_user_units(const Generation* g, const std::string& dir) {
    UserUnits u;
    if (!g) return u;
    std::map<std::string, std::map<std::string, std::string>> drop_ins; // unit -> name -> text
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(g->home_files + dir, ec)) {
        std::string name = e.path().filename().string();
        bool is_dir = e.is_directory(ec);
        if (is_dir && (name.ends_with(".wants") || name.ends_with(".requires"))) {
            std::string target = name.substr(0, name.rfind('.'));
            for (const auto& w : fs::directory_iterator(e.path(), ec))
                u.wanted[w.path().filename().string()].insert(target);
        } else if (is_dir && name.ends_with(".d")) {
            for (const auto& f : fs::directory_iterator(e.path(), ec))
                if (f.path().extension() == ".conf")
                    drop_ins[name.substr(0, name.size() - 2)][f.path().filename().string()] =
                        read_text(f.path());
        } else if (is_unit_name(name)) {
            u.files[name] = read_text(e.path());
        }
    }
    for (const auto& [unit, confs] : drop_ins) {
        auto file = u.files.find(unit);
        for (const auto& [conf, text] : confs) {
            if (file != u.files.end())
                file->second += "\n" + text;
            else
                u.foreign_drop_ins[unit + ".d/" + conf] = text;
        }
    }
    return u;
}

std::optional<std::string> unit_setting(const std::string& contents, const std::string& key) {
    std::optional<std::string> value;
    for (const auto& s : parse_settings(contents))
        if (s.key == key) value = s.value;
    return value;
}

std::optional<bool> unit_bool(const std::string& contents, const std::string& key) {
    auto v = unit_setting(contents, key);
    return v ? parse_bool(*v) : std::nullopt;
}

SwitchMethod switch_method(const std::string& old_text, const std::string& new_text) {
    // Both definitions count: the old one is in force when a stop-start
    // stops the unit, the new one when it is started or restarted.
    auto either = [&](const char* key) {
        return unit_bool(old_text, key).value_or(false) || unit_bool(new_text, key).value_or(false);
    };
    if (either("RefuseManualStop")) return SwitchMethod::keep_old;
    if (unit_bool(new_text, "RefuseManualStart").value_or(false)) return SwitchMethod::stop_only;
    std::string method = unit_setting(new_text, "X-SwitchMethod").value_or("");
    if (method == "reload") return SwitchMethod::reload;
    if (method == "restart") return SwitchMethod::restart;
    if (method == "stop-start") return SwitchMethod::stop_start;
    if (method == "keep-old") return SwitchMethod::keep_old;
    if (unit_bool(new_text, "X-RestartIfChanged") == false) return SwitchMethod::keep_old;
    if (unit_bool(new_text, "X-ReloadIfChanged") == true) return SwitchMethod::reload;
    if (unit_bool(new_text, "X-StopIfChanged") == true) return SwitchMethod::stop_start;
    return SwitchMethod::restart;
}

bool only_reload_triggers_differ(const std::string& old_text, const std::string& new_text) {
    auto without_triggers = [](const std::string& text) {
        auto settings = parse_settings(text);
        std::erase_if(settings, [](const Setting& s) { return s.key == "X-Reload-Triggers"; });
        return settings;
    };
    return old_text != new_text && without_triggers(old_text) == without_triggers(new_text) &&
           parse_settings(old_text) != parse_settings(new_text);
}

std::string template_of(const std::string& unit) {
    size_t at = unit.find('@');
    size_t dot = unit.rfind('.');
    if (at == std::string::npos || dot == std::string::npos || dot <= at + 1) return "";
    return unit.substr(0, at + 1) + unit.substr(dot);
}

} // namespace hearth::home
