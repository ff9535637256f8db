# A plugin whose package name lacks the tmuxplugin prefix is refused.
{
  programs.tmux = {
    enable = true;
    plugins = [
      {
        type = "derivation";
        pname = "powerline";
        name = "powerline";
        outPath = "@powerline@";
        rtp = "@powerline@/powerline.tmux";
      }
    ];
  };

  test.expected."home-files/.config/tmux/tmux.conf" = ./defaults-expected.conf;
}
