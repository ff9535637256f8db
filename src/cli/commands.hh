// The hearth binary's commands. Each lives in its own cmd_<name>.cc and
// parses only its own arguments; main.cc dispatches on argv[0] or argv[1].
#pragma once

namespace hearth::cli {

int cmd_instantiate(int argc, char** argv); // also `nix-instantiate`
int cmd_eval(int argc, char** argv);
int cmd_repl(int argc, char** argv);          // `hearth repl`, as `nix repl`
int cmd_lock(int argc, char** argv);          // `hearth lock ...`: Debian packages
int cmd_store(int argc, char** argv);         // `hearth store ...`, also `nix-store`
int cmd_activate(int argc, char** argv);      // what a home generation's activate runs
int cmd_home_manager(int argc, char** argv);  // `hearth home-manager`, also `home-manager`
int cmd_build(int argc, char** argv);         // also `nix-build`
int cmd_nixos_rebuild(int argc, char** argv); // `hearth system`, also `nixos-rebuild`
int cmd_channel(int argc, char** argv);       // `hearth channel`, also `nix-channel`
int cmd_options(int argc, char** argv);       // `hearth options`: module option docs

} // namespace hearth::cli
