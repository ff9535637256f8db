# Mirrors Home Manager's ranger-configuration: rc.conf's set, alias and map
# sections, each sorted and followed by a blank line, then the extra
# lines; rifle rules in list order.
{
  programs.ranger = {
    enable = true;
    settings = {
      column_ratios = "1,3,3";
      confirm_on_delete = "never";
      unicode_ellipsis = true;
      scroll_offset = 8;
    };
    aliases = {
      e = "edit";
      setl = "setlocal";
      filter = "scout -prts";
    };
    mappings = {
      Q = "quitall";
      q = "quit";
    };
    extraConfig = "unmap gd";
    rifle = [
      {
        condition = "mime ^text, label editor";
        command = ''vim -- "$@"'';
      }
      {
        condition = "mime ^text, label pager";
        command = ''less -- "$@"'';
      }
    ];
  };

  test.expected = {
    "home-files/.config/ranger/rc.conf" = ./configuration-expected-rc.conf;
    "home-files/.config/ranger/rifle.conf" = ./configuration-expected-rifle.conf;
  };
}
