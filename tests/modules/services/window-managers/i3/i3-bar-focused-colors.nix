# Mirrors Home Manager's i3-bar-focused-colors test: the colours of the
# focused output join the bar's colors block.
{
  xsession.windowManager.i3 = {
    enable = true;
    config.bars = [
      {
        colors.focusedBackground = "#ffffff";
        colors.focusedStatusline = "#000000";
        colors.focusedSeparator = "#999999";
      }
    ];
  };

  test.expected."home-files/.config/i3/config" = ./i3-bar-focused-colors-expected.conf;
}
