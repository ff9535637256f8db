# Options only: flags for true, nothing for false, values after the name.
{
  programs.less = {
    enable = true;
    options = {
      use-color = true;
      chop-long-lines = false;
      prompt = "s%f";
      tabs = 4;
    };
  };

  test.expected."home-files/.config/lesskey" = ./options-expected.lesskey;
}
