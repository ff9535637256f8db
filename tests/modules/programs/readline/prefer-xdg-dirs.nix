# With XDG directories preferred the file moves and INPUTRC points at it.
{
  home.preferXdgDirectories = true;
  programs.readline = {
    enable = true;
    variables.bell-style = "audible";
  };

  test.expected = {
    "home-files/.config/inputrc" = ./prefer-xdg-dirs-expected.inputrc;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./prefer-xdg-dirs-expected-vars.sh;
  };
}
