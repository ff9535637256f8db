# <nixos>: evaluates the system configuration (by default <nixos-config>,
# i.e. /etc/nixos/configuration.nix through NIX_PATH or -I). `manifest` is
# what `nixos-rebuild` applies; `system` builds it with all it refers to.
{
  configuration ? import ./lib/from-env.nix "NIXOS_CONFIG" <nixos-config>,
  system ? builtins.currentSystem,
  pkgs ? null,
}:

let
  eval = import ./lib/eval-config.nix {
    inherit system pkgs;
    modules = [ configuration ];
  };
in
{
  inherit (eval) config options pkgs;
  inherit (eval.config.system.build) manifest toplevel;
  system = eval.config.system.build.toplevel;
}
