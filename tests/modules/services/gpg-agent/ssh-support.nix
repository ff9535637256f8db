# Every agent option: ssh support with its socket and sshcontrol, the
# extra socket, cache times, a pinentry program, a moved GnuPG home (so
# the sockets live in a hashed subdirectory), zsh's GPG_TTY line and the
# SSH_AUTH_SOCK fallback.
{ config, pkgs, ... }:
{
  programs.gpg = {
    enable = true;
    homedir = "${config.xdg.configHome}/gpg-home";
  };
  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
  };

  services.gpg-agent = {
    enable = true;
    enableSshSupport = true;
    enableExtraSocket = true;
    sshKeys = [
      "3F9A6C1E0B2D4785A6C0E9F1B2D3C4A5E6F70819"
      "81C0FFEE00DDBA11AD5EED00C0DEC0DE0A0B0C0D"
    ];
    defaultCacheTtl = 900;
    defaultCacheTtlSsh = 1200;
    maxCacheTtl = 14400;
    maxCacheTtlSsh = 28800;
    verbose = true;
    grabKeyboardAndMouse = false;
    enableScDaemon = false;
    noAllowExternalCache = true;
    pinentry.package = pkgs.pinentry-curses;
    pinentry.program = "pinentry-curses";
    extraConfig = ''
      allow-loopback-pinentry
      ignore-cache-for-signing
    '';
  };

  test.expected = {
    "home-files/.config/gpg-home/gpg-agent.conf" = ./ssh-support-expected.conf;
    "home-files/.config/gpg-home/sshcontrol" = ./ssh-support-expected-sshcontrol;
    "home-files/.config/systemd/user/gpg-agent.service" = ./ssh-support-expected.service;
    "home-files/.config/systemd/user/gpg-agent.socket" = ./ssh-support-expected.socket;
    "home-files/.config/systemd/user/gpg-agent-ssh.socket" = ./ssh-support-expected-ssh.socket;
    "home-files/.config/systemd/user/sockets.target.wants/gpg-agent-extra.socket" =
      ./ssh-support-expected-extra.socket;
    "home-files/.zshrc" = ./ssh-support-expected.zshrc;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./ssh-support-expected-vars.sh;
  };
}
