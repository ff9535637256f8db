# zsh's own variables are exported (sorted, null left out, booleans bare)
# once per session after the generic file; profileExtra follows them in
# .zprofile.
{ config, ... }:
{
  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
    sessionVariables = {
      V1 = "v1";
      V2 = "v2-${config.programs.zsh.sessionVariables.V1}";
      PATH = "$HOME/bin:$PATH";
      MAILCHECK = 30;
      IS_TRUE = true;
      IS_FALSE = false;
      IS_EMPTY = "";
      SKIPPED = null;
    };
    profileExtra = ''
      umask 022
    '';
  };
  home.sessionVariables.EDITOR = "vim";

  test.expected = {
    "home-files/.zshenv" = ./session-variables-expected.zshenv;
    "home-files/.zprofile" = ./session-variables-expected.zprofile;
  };
}
