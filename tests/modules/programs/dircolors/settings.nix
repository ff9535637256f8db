# Mirrors Home Manager's dircolors-settings: the coreutils defaults with
# three entries added or replaced, sorted, then the extra lines after an
# empty one.
{
  programs.dircolors = {
    enable = true;
    settings = {
      OTHER_WRITABLE = "30;46";
      ".sh" = "01;32";
      ".csh" = "01;32";
    };
    extraConfig = ''
      # Extra dircolors configuration.
    '';
  };

  test.expected."home-files/.dir_colors" = ./settings-expected.conf;
}
