# systemd.services with NixOS's service options, /etc files, system
# packages, variables, groups and the host name.
{ pkgs, lib, ... }:

{
  networking.hostName = "hearth-test";
  system.stateVersion = "25.05";

  users.groups.web.gid = 950;
  users.users.web = {
    isSystemUser = true;
    group = "web";
    uid = 950;
    description = "Web server";
  };
  users.users.ann = {
    isNormalUser = true;
    uid = 1001;
    extraGroups = [ "web" "wheel" ];
    shell = pkgs.bashInteractive;
    packages = [ pkgs.hello ];
  };

  environment.systemPackages = [ pkgs.hello ];
  environment.variables = {
    EDITOR = "vi";
    MANPATH = [ "/usr/share/man" "/opt/man" ];
  };

  environment.etc."hearth/motd".text = "hello from hearth\n";
  environment.etc.secret = {
    text = "s3cret\n";
    mode = "0440";
    user = "web";
    group = "web";
  };
  environment.etc."hearth/off" = {
    enable = false;
    text = "never installed\n";
  };
  environment.etc.renamed = {
    target = "hearth/renamed.conf";
    source = pkgs.writeText "renamed.conf" "x = 1\n";
  };

  systemd.services.web = {
    description = "Example web server";
    wantedBy = [ "multi-user.target" ];
    requiredBy = [ "web.target" ];
    after = [ "network.target" "web-setup.service" ];
    before = [ "shutdown.target" ];
    wants = [ "network.target" ];
    requires = [ "web-setup.service" ];
    path = [ pkgs.hello "/opt/tools" ];
    environment = {
      GREETING = "say \"hi\"";
      EMPTY = null;
    };
    preStart = "mkdir -p /var/lib/web";
    script = ''
      exec hello --greeting "$GREETING"
    '';
    scriptArgs = "%i";
    postStart = "echo started";
    restartIfChanged = false;
    unitConfig.ConditionPathExists = "/etc/hearth";
    serviceConfig = {
      User = "web";
      Restart = "always";
      RestartSec = 5;
      ExecStartPre = [ "/bin/true" ];
      PrivateTmp = true;
      NoNewPrivileges = false;
    };
  };

  systemd.services.web-setup = {
    serviceConfig.Type = "oneshot";
    serviceConfig.ExecStart = "/bin/true";
    stopIfChanged = false;
    reloadIfChanged = true;
    enable = false;
  };
}
