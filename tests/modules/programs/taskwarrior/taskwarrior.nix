# Mirrors Home Manager's taskwarrior test for the generated taskrc; the
# activation script is Hearth's own (Home Manager's tests do not check it).
{
  programs.taskwarrior = {
    enable = true;
    colorTheme = "dark-violets-256";
    dataLocation = "/some/data/location";
    config = {
      urgency.user.tag.next.coefficient = 42.42;
      urgency.blocked.coefficient = -42;
    };
    extraConfig = ''
      include /my/stuff
      urgency.user.tag.test.coefficient=-42.42
    '';
  };

  test.expected = {
    "home-files/.config/task/home-manager-taskrc" = ./taskwarrior-expected-taskrc;
    "activation/regenDotTaskRc" = ./taskwarrior-expected-activation.sh;
  };
}
