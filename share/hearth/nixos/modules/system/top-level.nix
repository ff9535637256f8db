# system.stateVersion and the result of a
# configuration: system.build.manifest (the data the C++ system layer
# applies, described in docs/system-manifest.md) and system.build.toplevel
# (that manifest as a store file whose build realises everything it names).
# Failed assertions stop both, as NixOS's toplevel does; warnings are
# printed and also listed in the manifest.
{
  config,
  lib,
  pkgs,
  utils,
  ...
}:

let
  inherit (lib) mkOption types;

  failedAssertions = map (x: x.message) (builtins.filter (x: !x.assertion) config.assertions);

  checked =
    value:
    if config ? _unknownOptions then
      throw config._unknownOptions
    else if failedAssertions != [ ] then
      throw "\nFailed assertions:\n${lib.concatStringsSep "\n" (map (x: "- ${x}") failedAssertions)}"
    else
      lib.foldr lib.warn value config.warnings;

  user = u: {
    inherit (u)
      name
      uid
      group
      extraGroups
      description
      home
      homeMode
      createHome
      isNormalUser
      isSystemUser
      ;
    shell = if u.shell == null then null else utils.toShellPath u.shell;
  };

  etcFile = e: {
    source = "${e.source}";
    inherit (e) mode user group;
  };

  unit = u: {
    inherit (u)
      text
      enable
      wantedBy
      requiredBy
      upheldBy
      aliases
      restartIfChanged
      reloadIfChanged
      stopIfChanged
      ;
  };

  etc = lib.filterAttrs (_: e: e.enable) config.environment.etc;

  manifest = {
    version = 1;
    inherit (config.networking) hostName;
    inherit (config.system) stateVersion;
    systemPath = "${config.environment.systemPath}";
    users = lib.mapAttrs' (_: u: lib.nameValuePair u.name (user u)) config.users.users;
    groups = lib.mapAttrs' (_: g: lib.nameValuePair g.name { inherit (g) name gid members; }) config.users.groups;
    etc = lib.mapAttrs' (_: e: lib.nameValuePair e.target (etcFile e)) etc;
    units = lib.mapAttrs (_: unit) config.systemd.units;
    userUnits = lib.mapAttrs (_: unit) config.systemd.user.units;
    profiles = lib.mapAttrs' (
      _: u:
      lib.nameValuePair u.name {
        packages = map (p: "${p}") u.packages;
        path = "${config.environment.etc."profiles/per-user/${u.name}".source}";
      }
    ) (lib.filterAttrs (_: u: u.packages != [ ]) config.users.users);
    homeManager = config.system.homeActivations;
    userActivationScripts = config.system.userActivationScripts;
    inherit (config.environment) variables;
    inherit (config) warnings;
  };
in
{
  options.system = {
    stateVersion = mkOption {
      type = types.str;
      default = lib.trivial.release;
      description = "The release whose stateful defaults this system keeps.";
    };

    homeActivations = mkOption {
      type = types.attrsOf types.raw;
      default = { };
      internal = true;
      description = ''
        Home generations the system layer activates, by user name; Home
        Manager's NixOS module fills it in.
      '';
    };

    build = mkOption {
      type = types.lazyAttrsOf types.unspecified;
      default = { };
      description = "Results of the configuration, for the system layer to consume.";
    };
  };

  config.system.build = {
    manifest = checked manifest;
    toplevel = checked (
      pkgs.writeTextFile {
        name = "hearth-system";
        destination = "/manifest.json";
        text = builtins.toJSON manifest;
      }
    );
  };
}
