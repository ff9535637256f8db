# targets.genericLinux with bash and zsh: the profiles' and distribution's
# data directories, XCURSOR_PATH, TERMINFO_DIRS and NIX_PATH for the
# systemd session, zsh's distribution fpath. The user's data directory is
# added with mkAfter to get Home Manager's expected line: its test harness
# puts the case after the modules, while a real configuration (and this
# harness) comes first.
#
# Where Home Manager sources Nix's nix.sh, hm-session-vars.sh and .bashrc
# source Hearth's profile.d/hearth.sh from the store; the last check makes
# sure the sourced store path is that very file.
{ config, lib, ... }:
let
  # Contexts dropped: only the text is compared.
  sourcesHearthSh =
    text:
    lib.hasInfix (builtins.unsafeDiscardStringContext ''. "${../../../share/hearth/profile.d/hearth.sh}"'') (
      builtins.unsafeDiscardStringContext text
    );
in
{
  targets.genericLinux.enable = true;
  xdg.systemDirs.data = lib.mkAfter [ "/foo" ];
  programs.bash.enable = true;
  programs.zsh.enable = true;
  programs.zsh.dotDir = config.home.homeDirectory;

  home.file."sources-hearth-sh".text = lib.boolToString (
    sourcesHearthSh config.home.sessionVariablesExtra && sourcesHearthSh config.programs.bash.initExtra
  );

  test.expected = {
    "home-files/.config/environment.d/10-home-manager.conf" = ./generic-linux-expected-environment.conf;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./generic-linux-expected-vars.sh;
    "home-files/.bashrc" = ./generic-linux-expected.bashrc;
    "home-files/.zshenv" = ./generic-linux-expected.zshenv;
    "home-files/sources-hearth-sh" = ./expected-true.txt;
    warnings = ./generic-linux-expected-warnings.txt;
  };
}
