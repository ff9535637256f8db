# Mirrors Home Manager's foot regex-modes test: a list repeats its key.
{
  programs.foot = {
    enable = true;
    settings = {
      "regex:one" = {
        regex = "(some regex)";
        launch = "echo Regex one works";
      };
      "regex:two" = {
        regex = "(some other regex)";
        launch = "echo Second also works!";
      };
      key-bindings.regex-launch = [
        "[one] Shift+Control+1"
        "[two] Shift+Control+2"
      ];
    };
  };

  test.expected."home-files/.config/foot/foot.ini" = ./regex-modes-expected.ini;
}
