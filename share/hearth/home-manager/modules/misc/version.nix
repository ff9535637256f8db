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
        It is occasionally necessary for Home Manager to change configuration
        defaults in a way that is incompatible with stateful data. This could,
        for example, include switching the default data format or location of
        a file.

        The *state version* indicates which default settings are in effect
        and will therefore help avoid breaking program configurations.
        Switching to a higher state version typically requires performing
        some manual steps, such as data conversion or moving files.
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
        description = "The full Home Manager version.";
      };

      release = mkOption {
        internal = true;
        readOnly = true;
        type = types.str;
        default = releaseInfo.release;
        example = "26.11";
        description = "The Home Manager release.";
      };

      isReleaseBranch = mkOption {
        internal = true;
        readOnly = true;
        type = types.bool;
        default = releaseInfo.isReleaseBranch;
        description = "Whether the Home Manager version is from a versioned release branch.";
      };

      revision = mkOption {
        internal = true;
        type = types.nullOr types.str;
        # Hearth ships this tree as data, not as a git checkout.
        default = null;
        description = "The Home Manager git revision, when known.";
      };
    };
  };
}
