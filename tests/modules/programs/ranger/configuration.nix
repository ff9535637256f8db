# Mirrors Home Manager's ranger-configuration: rc.conf's sections in
# order, each sorted, separated by blank lines; rifle rules in list
# order; a plugin linked by name.
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
    rifle = [
      {
        condition = "mime ^text, label editor";
        command = ''vim -- "$@"'';
      }
      {
        condition = "mime ^text, label pager";
        command = ''${pkgs.less}/bin/less -- "$@"'';
      }
    ];
  };

  test.expected = {
    "home-files/.config/ranger/rc.conf" = ./configuration-expected-rc.conf;
    "home-files/.config/ranger/rifle.conf" = ./configuration-expected-rifle.conf;
    "home-files/.config/ranger/plugins/zoxide" = ./plugin-zoxide.py;
  };
}
