# The LESS variable in an #env section, a blank line, then the config as
# written.
{
  programs.less = {
    enable = true;
    config = ''
      #command
      s        back-line
      t        forw-line
    '';
    options = {
      RAW-CONTROL-CHARS = true;
      quiet = true;
      wheel-lines = [
        3
        1
      ];
    };
  };

  test.expected."home-files/.config/lesskey" = ./options-and-config-expected.lesskey;
}
