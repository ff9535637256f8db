# Mirrors Home Manager's zellij-config-mixed: settings, then the extra
# text under a `// extraConfig` comment.
{
  programs.zellij = {
    enable = true;
    settings.default_layout = "welcome";
    extraConfig = ''
      This_could_have_been_json {
      }
    '';
  };

  test.expected."home-files/.config/zellij/config.kdl" = ./config-mixed-expected.kdl;
}
