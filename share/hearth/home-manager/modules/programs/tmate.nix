# programs.tmate: ~/.tmate.conf, naming the tmate server to use (host,
# port, key fingerprints) before the extra lines; not written when all
# are unset.
#
# Checked against Home Manager's module and tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.tmate;

  nullOrStr = types.nullOr types.str;

  lines =
    lib.optional (cfg.host != null) ''set -g tmate-server-host "${cfg.host}"''
    ++ lib.optional (cfg.port != null) "set -g tmate-server-port ${toString cfg.port}"
    ++ lib.optional (
      cfg.dsaFingerprint != null
    ) ''set -g tmate-server-ed25519-fingerprint "${cfg.dsaFingerprint}"''
    ++ lib.optional (
      cfg.rsaFingerprint != null
    ) ''set -g tmate-server-rsa-fingerprint "${cfg.rsaFingerprint}"''
    ++ lib.optional (cfg.extraConfig != "") cfg.extraConfig;
in
{
  options.programs.tmate = {
    enable = lib.mkEnableOption "tmate, terminal sharing built on tmux";

    package = lib.mkPackageOption pkgs "tmate" { };

    host = mkOption {
      type = nullOrStr;
      default = null;
      example = "tmate.example.org";
      description = "Address of the tmate server; `null` keeps tmate's own.";
    };

    port = mkOption {
      type = types.nullOr types.port;
      default = null;
      example = 2222;
      description = "Port of the tmate server.";
    };

    dsaFingerprint = mkOption {
      type = nullOrStr;
      default = null;
      example = "SHA256:1111111111111111111111111111111111111111111";
      description = "Fingerprint of the server's Ed25519 host key.";
    };

    rsaFingerprint = mkOption {
      type = nullOrStr;
      default = null;
      example = "SHA256:1111111111111111111111111111111111111111111";
      description = "Fingerprint of the server's RSA host key.";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = ''set -g tmate-session-name "work"'';
      description = "Lines added to {file}`~/.tmate.conf` after the server settings.";
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    # Nothing to say, no file: tmate then uses its defaults.
    home.file.".tmate.conf" = lib.mkIf (lines != [ ]) { text = lib.concatLines lines; };
  };
}
