# programs.aria2: the aria2 download utility, its aria2.conf as key=value
# lines, and optionally aria2c as a user daemon answering JSON-RPC.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.aria2;

  keyValue = pkgs.formats.keyValue { };
in
{
  imports = [
    (lib.mkRemovedOptionModule [
      "programs"
      "aria2"
      "extraConfig"
    ] "Put those lines into 'programs.aria2.settings' instead.")
  ];

  options.programs.aria2 = {
    enable = lib.mkEnableOption "aria2, a multi-protocol download utility";

    package = lib.mkPackageOption pkgs "aria2" { nullable = true; };

    settings = lib.mkOption {
      type = keyValue.type;
      default = { };
      example = {
        max-upload-limit = "50K";
        seed-ratio = 1.0;
        ftp-pasv = true;
      };
      description = ''
        Options for {file}`$XDG_CONFIG_HOME/aria2/aria2.conf`: the long
        command-line options of {manpage}`aria2c(1)`, without the dashes.
      '';
    };

    systemd.enable = lib.mkEnableOption "aria2c as a systemd user service with its RPC interface on";
  };

  config = lib.mkIf cfg.enable (
    lib.mkMerge [
      {
        home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

        xdg.configFile."aria2/aria2.conf" = lib.mkIf (cfg.settings != { }) {
          source = keyValue.generate "aria2.conf" cfg.settings;
        };
      }

      (lib.mkIf cfg.systemd.enable {
        assertions = [
          {
            assertion = cfg.package != null;
            message = "programs.aria2.systemd.enable needs programs.aria2.package.";
          }
        ];

        systemd.user.services.aria2 = {
          Unit = {
            Description = "Aria2c daemon";
            Documentation = "man:aria2c(1)";
            After = [ "default.target" ];
            PartOf = [ "default.target" ];
          };
          # The package's command is aria2c (nixpkgs' mainProgram).
          Service = {
            ExecStart = "${lib.getExe' cfg.package "aria2c"} --enable-rpc";
            Restart = "on-failure";
          };
          Install.WantedBy = [ "default.target" ];
        };
      })
    ]
  );
}
