# home.stateVersion (which release's stateful defaults to keep) and
# home.version (which release this is). The release comes from
# ../../release.json, shared with the `home-manager --version` output.
{ config, lib, ... }:

let
  inherit (lib) mkOption types;

  releaseInfo = lib.importJSON ../../release.json;

  # Every release a configuration may name. Appending is the only edit:
  # a stateVersion, once chosen, must stay valid forever.
  stateVersions = [
    "18.09"
    "19.03"
    "19.09"
    "20.03"
    "20.09"
    "21.03"
    "21.05"
    "21.11"
    "22.05"
    "22.11"
    "23.05"
    "23.11"
    "24.05"
    "24.11"
    "25.05"
    "25.11"
    "26.05"
    "26.11"
  ];
in
{
  options.home = {
    stateVersion = mkOption {
      type = types.enum stateVersions;
      description = ''
        The release whose defaults this configuration was written against.
        When a new release changes a default that affects data already on
        disk (a file's location or format, say), modules keep the old
        behaviour for older state versions. Set it once, when you start
        using Home Manager; raising it later may mean migrating data by
        hand.
      '';
    };

    version = {
      full = mkOption {
        internal = true;
        readOnly = true;
        type = types.str;
        default =
          let
            inherit (config.home.version) release revision;
            suffix = lib.optionalString (revision != null) "+${lib.substring 0 8 revision}";
          in
          "${release}${suffix}";
        example = "26.11+213a0629";
        description = "Release plus, when known, the first eight characters of the revision.";
      };

      release = mkOption {
        internal = true;
        readOnly = true;
        type = types.str;
        default = releaseInfo.release;
        example = "26.11";
        description = "Release number, such as `26.11`.";
      };

      isReleaseBranch = mkOption {
        internal = true;
        readOnly = true;
        type = types.bool;
        default = releaseInfo.isReleaseBranch;
        description = "True on a `release-*` branch, false on the development branch.";
      };

      revision = mkOption {
        internal = true;
        type = types.nullOr types.str;
        # Hearth ships this tree as data, not as a git checkout.
        default = null;
        description = "Git commit of the sources, or `null` when unknown.";
      };
    };
  };
}
