# The value of an environment variable when it is set and not empty,
# else the default: NIXOS_CONFIG overrides <nixos-config> as on NixOS.
name: default:
let
  value = builtins.getEnv name;
in
if value == "" then default else value
