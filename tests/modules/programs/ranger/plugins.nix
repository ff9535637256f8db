# A plugin linked by name, with extra packages beside ranger (Home
# Manager has no test of these).
{ pkgs, ... }:
{
  programs.ranger = {
    enable = true;
    extraPackages = [ pkgs.less ];
    aliases = {
      e = "edit";
      setl = "setlocal";
      filter = "scout -prts";
    };
    settings = {
      column_ratios = "1,3,4";
      preview_images = true;
      preview_images_method = "kitty";
      show_hidden = false;
      wrap_scroll = true;
    };
    mappings = {
      Q = "quitall";
      q = "quit";
    };
    extraConfig = "unmap gd";
    plugins = [
      {
        name = "zoxide";
        src = ./plugin-zoxide.py;
      }
    ];
  };

  test.expected = {
    "home-files/.config/ranger/rc.conf" = ./plugins-expected-rc.conf;
    "home-files/.config/ranger/plugins/zoxide" = ./plugin-zoxide.py;
  };
}
