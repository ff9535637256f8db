# Home Manager's gtk4-theme-css-injection: the theme's import, then the
# user's CSS.
let
  pkgs = import ./stub-packages.nix;
in
{
  gtk = {
    enable = true;
    gtk4 = {
      theme = {
        name = "Adwaita-dark";
        package = pkgs.gnome-themes-extra;
      };
      extraCss = ''
        /* Custom user CSS */
        window {
          background-color: #2d2d2d;
        }

        button {
          border-radius: 8px;
        }
      '';
    };
  };

  test.expected."home-files/.config/gtk-4.0/gtk.css" = ./gtk4-theme-css-injection-expected.css;
}
