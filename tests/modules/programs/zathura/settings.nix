# Home Manager has no zathura test; the expected file follows its
# module's layout: extraConfig, then `set` lines, then `map` lines.
{
  programs.zathura = {
    enable = true;
    options = {
      default-bg = "#000000";
      recolor = true;
      scroll-step = 50;
      zoom-step = 1.5;
    };
    mappings = {
      D = "toggle_page_mode";
      "[fullscreen] <C-i>" = "zoom in";
    };
    extraConfig = ''
      include colors
    '';
  };

  test.expected."home-files/.config/zathura/zathurarc" = ./settings-expected;
}
