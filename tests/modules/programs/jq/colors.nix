# Every colour set: JQ_COLORS joins them in jq's order.
{
  programs.jq = {
    enable = true;
    colors = {
      null = "1;30";
      false = "0;31";
      true = "0;32";
      numbers = "0;36";
      strings = "0;33";
      arrays = "1;35";
      objects = "1;37";
      objectKeys = "1;34";
    };
  };

  test.expected."home-path/etc/profile.d/hm-session-vars.sh" = ./colors-expected-vars.sh;
}
