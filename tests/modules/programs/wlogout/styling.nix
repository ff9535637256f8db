# Home Manager's wlogout-styling test: CSS text becomes style.css as is.
{
  home.stateVersion = "22.11";

  programs.wlogout = {
    enable = true;
    package = {
      type = "derivation";
      name = "wlogout";
      outPath = "@wlogout@";
    };
    style = ''
      * {
          border: none;
          border-radius: 0;
          font-family: Source Code Pro;
          font-weight: bold;
          color: #abb2bf;
          font-size: 18px;
          min-height: 0px;
      }
      window {
          background: #16191C;
          color: #aab2bf;
      }
      #window {
          padding: 0 0px;
      }
    '';
  };

  test.expected."home-files/.config/wlogout/style.css" = ./styling-expected.css;
}
