# Search variables: sessionPath becomes PATH, xdg.localBinInPath appends
# the bin directory, other search variables sort by name; each is the new
# entries then the old value after a ":" only if it was set. The extra
# lines come last. xdg.enable is off, so no XDG exports.
{
  xdg.enable = false;
  xdg.localBinInPath = true;
  home.sessionPath = [
    "$HOME/bin"
    "/opt/tools/bin"
  ];
  home.sessionSearchVariables.MANPATH = [ "$HOME/.local/man" ];
  home.sessionVariables.EDITOR = "vim";
  home.sessionVariablesExtra = ''
    umask 027
  '';

  test.expected."home-path/etc/profile.d/hm-session-vars.sh" = ./session-path-expected.sh;
}
