# Mirrors Home Manager's lf-no-pv-keybind: a previewer without a key.
{
  programs.lf = {
    enable = true;
    extraConfig = ''
      # More config...
    '';
    previewer.source = ./pv.sh;
  };

  test.expected."home-files/.config/lf/lfrc" = ./no-pv-keybind-expected.lfrc;
}
