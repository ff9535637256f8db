# Home Manager's default-fonts test: one alias per generic family with
# fonts, sorted with the description by element name.
{
  fonts.fontconfig = {
    enable = true;
    defaultFonts = {
      sansSerif = [
        "A"
        "B"
      ];
      emoji = [ "C" ];
    };
  };

  test.expected."home-files/.config/fontconfig/conf.d/52-hm-default-fonts.conf" =
    ./default-fonts-expected.conf;
}
