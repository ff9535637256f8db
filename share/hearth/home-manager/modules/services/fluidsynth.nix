# services.fluidsynth: the FluidSynth MIDI synthesizer as a user service,
# playing through PulseAudio with the given SoundFont, and tied to the
# sound server's own user service so that it stops and starts with it.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.fluidsynth;

  soundUnit = "${cfg.soundService}.service";
in
{
  meta.maintainers = [ ];

  options.services.fluidsynth = {
    enable = lib.mkEnableOption "fluidsynth midi synthesizer";

    soundFont = mkOption {
      type = types.path;
      default = "${pkgs.soundfont-fluid}/share/soundfonts/FluidR3_GM2-2.sf2";
      defaultText = lib.literalExpression ''"''${pkgs.soundfont-fluid}/share/soundfonts/FluidR3_GM2-2.sf2"'';
      description = "The SoundFont 2 file to play with.";
    };

    soundService = mkOption {
      type = types.enum [
        "jack"
        "pipewire-pulse"
        "pulseaudio"
      ];
      default = "pulseaudio";
      example = "pipewire-pulse";
      description = "The sound server's user service, which FluidSynth is bound to.";
    };

    extraOptions = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "--sample-rate 96000" ];
      description = ''
        Arguments put as they are on fluidsynth's command line, before the
        SoundFont (see {manpage}`fluidsynth(1)`).
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "services.fluidsynth" pkgs lib.platforms.linux)
    ];

    systemd.user.services.fluidsynth = {
      Unit = {
        Description = "FluidSynth Daemon";
        Documentation = "man:fluidsynth(1)";
        BindsTo = [ soundUnit ];
        After = [ soundUnit ];
      };

      # -s runs it as a server, -i without its interactive shell; the audio
      # driver is pulseaudio whichever server provides it.
      Service.ExecStart = "${pkgs.fluidsynth}/bin/fluidsynth -a pulseaudio -si ${lib.concatStringsSep " " cfg.extraOptions} ${cfg.soundFont}";

      Install.WantedBy = [ "default.target" ];
    };
  };
}
