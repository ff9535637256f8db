# Home Manager's gtk4-no-theme-css-injection: without a theme, gtk.css is
# the user's CSS alone.
{
  gtk = {
    enable = true;
    gtk4.extraCss = ''
      /* Custom user CSS */
      window {
        background-color: #2d2d2d;
      }

      button {
        border-radius: 8px;
      }
    '';
  };

  test.expected."home-files/.config/gtk-4.0/gtk.css" = ./gtk4-no-theme-css-injection-expected.css;
}
