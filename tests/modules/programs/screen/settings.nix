# Mirrors Home Manager's screen-settings: the screenrc text is written as
# it is, through a file of its own.
{ config, ... }:
{
  programs.screen = {
    enable = true;
    screenrc = ''
      screen -t rtorrent rtorrent
      screen -t irssi irssi
      screen -t centerim centerim
      screen -t ncmpc ncmpc -c
      screen -t bash4
      screen -t bash5
      screen -t bash6
      screen -t bash7
      screen -t bash8
      screen -t bash9
      altscreen on
      term screen-256color
      bind ',' prev
      bind '.' next
    '';
  };

  home.file.source.text = toString config.home.file.".screenrc".source;

  test.expected = {
    "home-files/.screenrc" = ./settings-expected-screenrc;
    "home-files/source" = ./settings-expected-source;
  };
}
