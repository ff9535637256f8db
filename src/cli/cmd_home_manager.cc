// `home-manager` (also `hearth home-manager`): Home Manager's command line
// (spec §5). Options are global and may come in any order; the last
// command word wins. This file only parses; src/home/manager.cc acts.
#include "cli/commands.hh"

#include "home/manager.hh"

#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

namespace hearth::cli {

namespace {

const char* const help_text =
    "Usage: home-manager [OPTION] COMMAND\n"
    "\n"
    "Options\n"
    "\n"
    "  -f FILE           The home configuration file.\n"
    "                    Default is '~/.config/home-manager/home.nix'.\n"
    "  -A ATTRIBUTE      Optional attribute that selects a configuration\n"
    "                    expression in the configuration file.\n"
    "  -I PATH           Add a path to the Nix expression search path.\n"
    "  -b EXT            Move existing files to new path rather than fail.\n"
    "  -v                Verbose output\n"
    "  -n                Do a dry run, only prints what actions would be taken\n"
    "  -h                Print this help\n"
    "  --version         Print the Home Manager version\n"
    "\n"
    "Options passed on to the builder\n"
    "\n"
    "  --arg(str) NAME VALUE    Override inputs passed to home-manager.nix\n"
    "  --show-trace\n"
    "\n"
    "Commands\n"
    "\n"
    "  help         Print this help\n"
    "  instantiate  Instantiate the configuration and print the resulting derivation\n"
    "  build        Build configuration into result directory\n"
    "  switch       Build and activate configuration\n"
    "               (--rollback: activate the previous generation;\n"
    "                -c NAME: activate a specialisation)\n"
    "  generations  List all home environment generations\n"
    "  remove-generations ID...\n"
    "      Remove indicated generations. Use 'generations' command to find\n"
    "      suitable generation numbers.\n"
    "  expire-generations TIMESTAMP\n"
    "      Remove generations older than TIMESTAMP where TIMESTAMP is\n"
    "      interpreted as in the -d argument of the date tool. For example\n"
    "      \"-30 days\" or \"2018-01-01\".\n"
    "  packages     List all packages installed in home-manager-path\n"
    "  news         Show news entries in a pager\n"
    "  option [--recursive] OPTION...\n"
    "      Print the value of an option of the configuration, with its\n"
    "      default, type, description and the files declaring and defining it\n"
    "      (--recursive: every value below OPTION, one per line)\n"
    "  edit         Open the home configuration in $VISUAL or $EDITOR\n"
    "  init [--switch] [DIR]\n"
    "      Write a home.nix in DIR (default ~/.config/home-manager) unless\n"
    "      one is there (--switch: then build and activate it)\n"
    "  uninstall    Remove Home Manager's files, packages and state\n"
    "               (asks for confirmation)\n"
    "  diff         Show which files under $HOME and which packages the next\n"
    "               switch would add, remove or change, without activating\n"
    "               (Hearth addition, also 'hearth home diff')\n"
    "\n"
    "Configurations are evaluated without flakes; the Debian packages they use\n"
    "are pinned in hearth.lock.json beside the configuration, written on the\n"
    "first build that uses them.\n";

const std::set<std::string> commands = {"build",
                                        "instantiate",
                                        "switch",
                                        "generations",
                                        "remove-generations",
                                        "expire-generations",
                                        "packages",
                                        "help",
                                        "edit",
                                        "news",
                                        "option",
                                        "init",
                                        "repl",
                                        "uninstall",
                                        "diff"};

std::string self_exe(const char* argv0) {
    char buf[PATH_MAX];
    ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    return n > 0 ? std::string(buf, n) : std::string(argv0);
}

int usage_error(const std::string& prog, const std::string& message) {
    std::fprintf(stderr, "%s: %s\nRun '%s --help' for usage help\n", prog.c_str(), message.c_str(),
                 prog.c_str());
    return 1;
}

int edit(const home::ManagerOptions& o) {
    auto config = home::find_configuration(o);
    if (!config.ok()) return std::fprintf(stderr, "%s\n", config.error().message.c_str()), 1;
    const char* editor = std::getenv("VISUAL");
    if (!editor || !*editor) editor = std::getenv("EDITOR");
    if (!editor || !*editor) {
        std::fprintf(stderr, "Please set the $EDITOR or $VISUAL environment variable\n");
        return 1;
    }
    ::execlp("/bin/sh", "sh", "-c", (std::string(editor) + " \"$1\"").c_str(), "sh",
             config->c_str(), nullptr);
    return 1;
}

// Whether `path` can be written, or made by whoever runs us (its nearest
// existing ancestor can be written).
bool writable_or_creatable(std::string path) {
    while (!path.empty()) {
        if (::access(path.c_str(), F_OK) == 0) return ::access(path.c_str(), W_OK) == 0;
        path = path.substr(0, path.rfind('/'));
    }
    return ::access("/", W_OK) == 0;
}

// A standalone home's links, profile and activate script name /nix/store
// paths, so its store must be the machine's, at /nix/store, and not the
// private store other commands default to (StoreConfig::from_environment);
// HEARTH_STORE still chooses another root. A user who cannot write there
// is told how to get a store of their own, as Nix's single-user
// installation has one, before anything is built.
bool use_machine_store(const std::string& command, bool init_switch) {
    if (const char* set = std::getenv("HEARTH_STORE"); set && *set) return true;
    ::setenv("HEARTH_STORE", "/", 1);
    // The commands that write to the store (instantiate writes .drv files).
    bool builds = command == "build" || command == "switch" || command == "instantiate" ||
                  (command == "init" && init_switch);
    if (!builds ||
        (writable_or_creatable("/nix/store") && writable_or_creatable("/nix/var/hearth")))
        return true;
    const char* user = std::getenv("USER");
    std::string who = user && *user ? user : "you";
    std::fprintf(stderr, "error: the store at /nix/store is not writable by %s\n", who.c_str());
    // An existing /nix belongs to someone (a Nix installation, another
    // user): taking it over is not ours to suggest.
    if (::access("/nix", F_OK) != 0)
        std::fprintf(stderr,
                     "hint: a standalone home needs a store its user can write, as Nix's "
                     "single-user installation does;\n"
                     "      once, as root: install -d -m 0755 -o %s /nix\n",
                     who.c_str());
    else
        std::fprintf(stderr, "hint: run home-manager as a user who can write /nix/store and "
                             "/nix/var, or set HEARTH_STORE\n"
                             "      to the root of a store whose nix/store is mounted on "
                             "/nix/store\n");
    return false;
}

// One command, its arguments parsed (defined below the parser).
int run_home_command(const home::ManagerOptions& o, const std::string& command,
                     const std::vector<std::string>& operands, bool init_switch, bool recursive);

} // namespace

int cmd_home_manager(int argc, char** argv) {
    const std::string prog = "home-manager";
    home::ManagerOptions o;
    o.self_exe = self_exe(argv[0]);
    std::string command;
    std::vector<std::string> operands;
    bool init_switch = false, recursive = false;
    auto need = [&](int& i, const std::string& opt) -> const char* {
        if (i + 1 >= argc) return nullptr;
        (void)opt;
        return argv[++i];
    };
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        const char* v = nullptr;
        if (a == "-f" || a == "--file" || a == "-A" || a == "-I" || a == "-b" || a == "-B" ||
            a == "-c" || a == "--specialisation" || a == "--flake") {
            if (!(v = need(i, a))) return usage_error(prog, "missing argument for " + a);
            if (a == "-f" || a == "--file")
                o.file = v;
            else if (a == "-A")
                o.attr = v;
            else if (a == "-I")
                o.eval_args.insert(o.eval_args.end(), {"-I", v});
            else if (a == "-b")
                o.backup_ext = v;
            else if (a == "-B")
                o.backup_command = v;
            else if (a == "--flake") {
                std::fprintf(stderr,
                             "%s: --flake is not supported: Hearth evaluates "
                             "non-flake configurations only; use -f FILE (default "
                             "~/.config/home-manager/home.nix)\n",
                             prog.c_str());
                return 1;
            } else {
                if (command != "switch")
                    return usage_error(prog, a + " can only be used after switch");
                o.specialisation = v;
            }
        } else if (a == "--arg" || a == "--argstr" || a == "--option") {
            if (i + 2 >= argc) return usage_error(prog, "missing argument for " + a);
            o.eval_args.insert(o.eval_args.end(), {a, argv[i + 1], argv[i + 2]});
            i += 2;
        } else if (a == "--show-trace") {
            o.eval_args.push_back(a);
        } else if (a == "-n" || a == "--dry-run") {
            o.dry_run = true;
        } else if (a == "-v" || a == "--verbose") {
            o.verbose = true;
        } else if (a == "--no-out-link") {
            o.no_out_link = true;
        } else if (a == "--rollback") {
            if (command != "switch") return usage_error(prog, a + " can only be used after switch");
            o.rollback = true;
        } else if (a == "--switch" || a == "--no-flake") {
            if (command != "init") return usage_error(prog, a + " can only be used after init");
            if (a == "--switch") init_switch = true;
        } else if (a == "--recursive") {
            if (command != "option") return usage_error(prog, a + " can only be used after option");
            recursive = true;
        } else if (a == "-h" || a == "--help") {
            std::fputs(help_text, stdout);
            return 0;
        } else if (a == "--version") {
            std::printf("%s\n", HEARTH_VERSION);
            return 0;
        } else if (commands.count(a) && (command.empty() || operands.empty())) {
            command = a;
        } else if (!a.empty() && a[0] == '-' && command != "expire-generations") {
            return usage_error(prog, "unknown option '" + a + "'");
        } else if (!command.empty()) {
            operands.push_back(a);
        } else {
            std::fprintf(stderr, "Unknown command: %s\n", a.c_str());
            std::fputs(help_text, stderr);
            return 1;
        }
    }
    if (o.dry_run) ::setenv("DRY_RUN", "1", 1);
    if (o.verbose) ::setenv("VERBOSE", "1", 1);
    if (command.empty()) {
        std::fputs(help_text, stderr);
        return 1;
    }
    if (command == "help") return std::fputs(help_text, stdout), 0;
    if (!use_machine_store(command, init_switch)) return 1;
    return run_home_command(o, command, operands, init_switch, recursive);
}

namespace {

// Each command's row: `repl` and others join here.
int run_home_command(const home::ManagerOptions& o, const std::string& command,
                     const std::vector<std::string>& operands, bool init_switch, bool recursive) {
    const std::string prog = "home-manager";
    if (command == "build") return home::hm_build(o);
    if (command == "instantiate") return home::hm_instantiate(o);
    if (command == "repl") return home::hm_repl(o);
    if (command == "switch") return home::hm_switch(o);
    if (command == "generations") return home::hm_generations();
    if (command == "packages") return home::hm_packages();
    if (command == "edit") return edit(o);
    if (command == "news") return home::hm_news(o);
    if (command == "option") return home::hm_option(o, operands, recursive);
    if (command == "uninstall") return home::hm_uninstall(o);
    if (command == "diff") return home::hm_diff(o);
    if (command == "init") {
        if (operands.size() > 1) return usage_error(prog, "init takes at most one directory");
        return home::hm_init(o, init_switch, operands.empty() ? "" : operands[0]);
    }
    if (command == "remove-generations") return home::hm_remove_generations(operands);
    if (command == "expire-generations") {
        if (operands.size() != 1) {
            std::fprintf(stderr, "expire-generations expects one argument, got %zu.\n",
                         operands.size());
            return 1;
        }
        return home::hm_expire_generations(operands[0], o.verbose);
    }
    std::fprintf(stderr, "%s: the %s command is not implemented by Hearth yet\n", prog.c_str(),
                 command.c_str());
    return 1;
}

} // namespace

} // namespace hearth::cli
