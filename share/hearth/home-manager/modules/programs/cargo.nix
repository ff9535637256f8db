# programs.cargo: Cargo's own configuration, config.toml in the Cargo
# home (~/.cargo unless cargoHome says otherwise, then exported as
# CARGO_HOME).
#
# UNVERIFIED: written when Home Manager's module and tests could not be read
# (the session's lookup budget was spent); options and output follow a
# recollection of them. The cases in tests/modules pin this file's own
# output until they are checked against Home Manager's tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.cargo;

  tomlFormat = pkgs.formats.toml { };
in
{
  options.programs.cargo = {
    enable = lib.mkEnableOption "Cargo, Rust's package manager, and its configuration";

    package = lib.mkPackageOption pkgs "cargo" { nullable = true; };

    cargoHome = lib.mkOption {
      type = lib.types.str;
      default = ".cargo";
      example = ".local/share/cargo";
      description = "Cargo's home directory, relative to the home directory.";
    };

    settings = lib.mkOption {
      type = tomlFormat.type;
      default = { };
      example = {
        net.git-fetch-with-cli = true;
        build.jobs = 2;
      };
      description = ''
        Settings for {file}`config.toml` in the Cargo home; see
        <https://doc.rust-lang.org/cargo/reference/config.html>.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    home.sessionVariables.CARGO_HOME = lib.mkIf (
      cfg.cargoHome != ".cargo"
    ) "${config.home.homeDirectory}/${cfg.cargoHome}";

    home.file."${cfg.cargoHome}/config.toml" = lib.mkIf (cfg.settings != { }) {
      source = tomlFormat.generate "cargo-config" cfg.settings;
    };
  };
}
