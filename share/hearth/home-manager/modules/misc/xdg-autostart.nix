# xdg.autostart: links the listed desktop entries into
# ~/.config/autostart, where XDG-compliant sessions start them on login.
# The links live in one generated directory; by default its entries are
# linked one by one, so programs may still add their own, while `readOnly`
# links the whole directory instead, leaving nothing for them to write to.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.xdg.autostart;

  # Each entry keeps its own file name inside the directory.
  entriesDir = pkgs.runCommandLocal "xdg-autostart-entries" { } ''
    mkdir -p $out
    ${lib.concatMapStringsSep "\n" (entry: "ln -s ${entry} $out") cfg.entries}
  '';
in
{
  meta.maintainers = [ ];

  options.xdg.autostart = {
    enable = lib.mkEnableOption "creation of XDG autostart entries";

    readOnly = mkOption {
      type = types.bool;
      default = false;
      example = true;
      description = ''
        Whether {file}`$XDG_CONFIG_HOME/autostart` is itself a link to a
        read-only directory, so that no program can add autostart entries
        of its own.
      '';
    };

    entries = mkOption {
      type = types.listOf types.path;
      default = [ ];
      example = lib.literalExpression ''
        [ "''${pkgs.evolution}/share/applications/org.gnome.Evolution.desktop" ]
      '';
      description = ''
        Desktop files to link into {file}`$XDG_CONFIG_HOME/autostart`.
      '';
    };
  };

  # A read-only directory is linked even when empty: that is what keeps
  # other programs out.
  config = lib.mkIf (cfg.enable && (cfg.readOnly || cfg.entries != [ ])) {
    xdg.configFile.autostart = {
      source = entriesDir;
      recursive = !cfg.readOnly;
    };
  };
}
