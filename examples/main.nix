# The main job until the system layer can switch configuration.nix: evaluate
# the seed configuration's module and eve's Home Manager module against stand-in
# packages, and print what they define.
let
  pkgs = {
    atool = { name = "atool"; type = "derivation"; outPath = "/nix/store/stand-in-atool"; };
    httpie = { name = "httpie"; type = "derivation"; outPath = "/nix/store/stand-in-httpie"; };
  };
  system = import ./configuration.nix { config = { }; inherit pkgs; };
  eve = system.home-manager.users.eve { inherit pkgs; };
in
{
  imports = map toString system.imports;
  users = system.users;
  eve = {
    packages = map (p: p.name) eve.home.packages;
    bash = eve.programs.bash.enable;
    inherit (eve.home) stateVersion;
  };
}
