#include "pkgs/alternatives.hh"

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace hearth::pkgs {

namespace fs = std::filesystem;

namespace {

struct Word {
    std::string text;
    bool literal = true;    // nothing the shell would expand or match
    bool separator = false; // one of `separators`: the command's words end
};

// The characters that end a command's words: `;` `&&` `||` `|` `)` and
// redirections.
constexpr std::string_view separators = ";&|)<>";

// The script's logical lines: backslash-newline continuations joined.
std::vector<std::string> logical_lines(std::string_view script) {
    std::vector<std::string> lines;
    std::string cur;
    for (size_t i = 0; i < script.size(); ++i) {
        char c = script[i];
        if (c == '\\' && i + 1 < script.size() && script[i + 1] == '\n') {
            ++i;
            cur += ' ';
        } else if (c == '\n') {
            lines.push_back(std::move(cur));
            cur.clear();
        } else {
            cur += c;
        }
    }
    lines.push_back(std::move(cur));
    return lines;
}

// Shell words of one line, quotes removed; a word that starts with `#`
// ends the line, and `;` `&&` `||` `|` `)` `>` each make a word of their
// own so that a command's arguments end there.
std::vector<Word> shell_words(const std::string& line) {
    std::vector<Word> words;
    size_t i = 0;
    while (i < line.size()) {
        char c = line[i];
        if (c == ' ' || c == '\t') {
            ++i;
            continue;
        }
        if (c == '#') break;
        if (separators.find(c) != std::string_view::npos) {
            words.push_back({std::string(1, c), false, true});
            ++i;
            continue;
        }
        Word w;
        char quote = 0;
        for (; i < line.size(); ++i) {
            c = line[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
                else
                    w.text += c;
                if (quote == '"' && (c == '$' || c == '`')) w.literal = false;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ' ' || c == '\t' || separators.find(c) != std::string_view::npos) {
                break;
            } else {
                if (c == '$' || c == '`' || c == '\\' || c == '*' || c == '?') w.literal = false;
                w.text += c;
            }
        }
        words.push_back(std::move(w));
    }
    return words;
}

// Options of update-alternatives that take an argument of their own.
bool takes_argument(const std::string& opt) {
    static const std::set<std::string> with_arg = {"--altdir", "--admindir", "--instdir", "--root",
                                                   "--log"};
    return with_arg.count(opt) != 0;
}

// Reads `n` literal absolute-path-or-name words from `w[i..]` into out.
bool take(const std::vector<Word>& w, size_t i, size_t n, std::vector<std::string>& out) {
    if (i + n > w.size()) return false;
    for (size_t k = i; k < i + n; ++k) {
        if (!w[k].literal || w[k].separator || w[k].text.starts_with("--")) return false;
        out.push_back(w[k].text);
    }
    return true;
}

void parse_call(const std::vector<Word>& w, size_t i, std::vector<Alternative>& out) {
    std::optional<Alternative> alt;
    bool broken = false;
    for (; i < w.size() && !w[i].separator; ++i) {
        const std::string& opt = w[i].text;
        std::vector<std::string> args;
        if (opt == "--install") {
            if (!take(w, i + 1, 4, args) || !args[0].starts_with("/") ||
                !args[2].starts_with("/")) {
                broken = true;
                break;
            }
            char* end = nullptr;
            long prio = std::strtol(args[3].c_str(), &end, 10);
            if (*end != '\0') {
                broken = true;
                break;
            }
            alt = Alternative{{args[0], args[1], args[2]}, prio, {}};
            i += 4;
        } else if (opt == "--slave" || opt == "--follower") {
            if (!take(w, i + 1, 3, args)) {
                broken = true;
                break;
            }
            if (alt && args[0].starts_with("/") && args[2].starts_with("/"))
                alt->slaves.push_back({args[0], args[1], args[2]});
            i += 3;
        } else if (takes_argument(opt)) {
            ++i;
        }
    }
    if (alt && !broken) out.push_back(std::move(*alt));
}

bool lexists(const std::string& p) {
    struct stat st {};
    return ::lstat(p.c_str(), &st) == 0;
}

// Makes every directory from root down to root/rel a real one: the merge
// links a directory that only one package has as a whole, into that
// package's read-only store path, where no new entry can go. Such a link
// becomes a directory of links to its entries.
Result<void> open_dirs(const fs::path& root, const fs::path& rel) {
    fs::path cur = root;
    std::error_code ec;
    for (const auto& part : rel) {
        fs::path next = cur / part;
        struct stat st {};
        if (::lstat(next.c_str(), &st) != 0) {
            fs::create_directory(next, ec);
        } else if (S_ISLNK(st.st_mode)) {
            fs::path target = fs::read_symlink(next, ec);
            fs::path resolved = target.is_absolute() ? target : cur / target;
            if (ec || !fs::is_directory(resolved, ec))
                return fail(ErrorKind::io, "'" + next.string() + "' is not a directory");
            std::vector<std::string> names;
            for (auto& e : fs::directory_iterator(resolved, ec))
                names.push_back(e.path().filename().string());
            fs::remove(next, ec);
            if (!ec) fs::create_directory(next, ec);
            for (const auto& name : names) {
                if (ec) break;
                fs::create_symlink(target.is_absolute() ? target / name : ".." / target / name,
                                   next / name, ec);
            }
        } else if (!S_ISDIR(st.st_mode)) {
            return fail(ErrorKind::io, "'" + next.string() + "' is not a directory");
        }
        if (ec) return fail(ErrorKind::io, "opening '" + next.string() + "': " + ec.message());
        cur = next;
    }
    return {};
}

// Links root/link to root/path unless the tree has the link already or
// lacks the target. True when it made the link.
Result<bool> make_link(const std::string& root, const AltLink& l) {
    std::string link = root + l.link, target = root + l.path;
    std::error_code ec;
    if (lexists(link) || !fs::exists(target, ec)) return false;
    fs::path parent = fs::path(l.link).parent_path().relative_path();
    HEARTH_TRY(open_dirs(root, parent));
    fs::path text = fs::path(target).lexically_relative(fs::path(link).parent_path());
    fs::create_symlink(text, link, ec);
    if (ec) return fail(ErrorKind::io, "linking '" + l.link + "': " + ec.message());
    return true;
}

bool in_bin_dir(const std::string& link) {
    std::string dir = fs::path(link).parent_path().string();
    return dir == "/usr/bin" || dir == "/bin" || dir == "/usr/sbin" || dir == "/sbin" ||
           dir == "/usr/games";
}

// Whether `name` is `target`'s own name with a variant's tag on either
// side (nc for nc.openbsd, pinentry for pinentry-curses, telnet for
// inetutils-telnet). Only such a name counts as the package's program:
// Debian's role names (editor, pager, vi for nvim, awk for mawk) would
// make two packages of a kind collide in a profile, and nixpkgs' packages
// do not have them either.
bool names_its_target(const std::string& name, const std::string& target) {
    if (target.size() <= name.size() + 1) return false;
    auto sep = [](char c) { return c == '.' || c == '-' || c == '_'; };
    if (target.starts_with(name) && sep(target[name.size()])) return true;
    return target.ends_with(name) && sep(target[target.size() - name.size() - 1]);
}

struct Candidate {
    Alternative alt;
    size_t node;
};

} // namespace

std::vector<Alternative> parse_alternatives(std::string_view script) {
    std::vector<Alternative> out;
    for (const auto& line : logical_lines(script)) {
        auto words = shell_words(line);
        for (size_t i = 0; i < words.size(); ++i) {
            const std::string& t = words[i].text;
            if (t == "update-alternatives" || t.ends_with("/update-alternatives"))
                parse_call(words, i + 1, out);
        }
    }
    return out;
}

Result<std::vector<std::pair<std::string, std::string>>>
apply_alternatives(const std::string& root, const std::vector<EnvNode>& nodes) {
    // By alternative name, the winner: the highest priority, then the
    // earliest node (the requested package first), then script order.
    std::map<std::string, Candidate> winners;
    std::error_code ec;
    for (size_t n = 0; n < nodes.size(); ++n) {
        std::string info = nodes[n].real_dir + "/var/lib/dpkg/info";
        if (!fs::is_directory(info, ec)) continue;
        std::vector<fs::path> scripts;
        for (auto& e : fs::directory_iterator(info, ec))
            if (e.path().extension() == ".postinst") scripts.push_back(e.path());
        std::sort(scripts.begin(), scripts.end());
        for (const auto& s : scripts) {
            std::ifstream in(s, std::ios::binary);
            std::stringstream text;
            text << in.rdbuf();
            for (auto& alt : parse_alternatives(text.str())) {
                std::string name = alt.master.name;
                auto it = winners.find(name);
                if (it == winners.end() || alt.priority > it->second.alt.priority)
                    winners.insert_or_assign(name, Candidate{std::move(alt), n});
            }
        }
    }
    std::vector<std::pair<std::string, std::string>> own;
    for (const auto& [name, c] : winners) {
        std::vector<AltLink> links{c.alt.master};
        links.insert(links.end(), c.alt.slaves.begin(), c.alt.slaves.end());
        for (const auto& l : links) {
            bool made = HEARTH_TRY(make_link(root, l));
            std::string prog = fs::path(l.link).filename().string();
            if (made && c.node == 0 && in_bin_dir(l.link) &&
                names_its_target(prog, fs::path(l.path).filename().string()))
                own.emplace_back(prog, l.link.substr(1));
        }
    }
    return own;
}

} // namespace hearth::pkgs
