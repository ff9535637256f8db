# programs.cargo: Cargo's own configuration, config.toml in the Cargo
# home: ~/.cargo, or cargoHome, which is then exported as CARGO_HOME.
#
# Checked against Home Manager's module and tests (example-config,
# cargo-home, alt-cargohome, empty-config).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.cargo;

  tomlFormat = pkgs.formats.toml { };

  cargoHome = if cfg.cargoHome == null then ".cargo" else cfg.cargoHome;

  # CARGO_HOME must be absolute; home.file takes either form.
  absoluteHome =
    if lib.hasPrefix "/" cargoHome then cargoHome else "${config.home.homeDirectory}/${cargoHome}";
in
{
  options.programs.cargo = {
    enable = lib.mkEnableOption "management of cargo config";

    cargoHome = lib.mkOption {
      type = lib.types.nullOr lib.types.str;
      default = null;
      defaultText = ".cargo";
      example = lib.literalExpression ''"''${config.xdg.dataHome}/cargo"'';
      description = ''
        Cargo's home directory, which holds its caches and
        {file}`config.toml`: absolute or relative to the home directory. When
        set it is exported as {env}`CARGO_HOME`.
      '';
    };

    settings = lib.mkOption {
      type = tomlFormat.type;
      default = { };
      example = {
        net.git-fetch-with-cli = true;
      };
      description = ''
        Settings for {file}`config.toml` in the Cargo home; see
        <https://doc.rust-lang.org/cargo/reference/config.html>.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    home.file."${cargoHome}/config.toml".source = tomlFormat.generate "config.toml" cfg.settings;

    home.sessionVariables.CARGO_HOME = lib.mkIf (cfg.cargoHome != null) absoluteHome;
  };
}
