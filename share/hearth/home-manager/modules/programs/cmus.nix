# programs.cmus: installs cmus and writes ~/.config/cmus/rc: a
# `colorscheme` line for the chosen theme, then extraConfig.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.cmus;
in
{
  options.programs.cmus = {
    enable = lib.mkEnableOption "Enable cmus, the music player.";

    theme = lib.mkOption {
      type = lib.types.lines;
      default = "";
      example = "gruvbox";
      description = "Colour scheme cmus loads at start (one of those cmus ships in its data directory).";
    };

    extraConfig = lib.mkOption {
      type = lib.types.lines;
      default = "";
      example = ''
        set audio_backend = "mpd"
        set status_display = "default"
      '';
      description = "Commands appended to cmus' {file}`rc`.";
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ pkgs.cmus ];

    # Two lines always, even when either part is empty.
    home.file.".config/cmus/rc".text =
      lib.optionalString (cfg.theme != "") "colorscheme ${cfg.theme}" + "\n" + cfg.extraConfig + "\n";
  };
}
