# Home Manager's test of a style given as text: it becomes style.css, and
# the unit restarts on it as well as on config.json.
{
  services.swaync = {
    enable = true;
    package = {
      type = "derivation";
      name = "swaync";
      outPath = "@swaync@";
    };

    style = ''
      .notification-row {
        outline: none;
        background: #333;
      }

      .notification {
        border-radius: 12px;
        margin: 6px 12px;
      }
    '';
  };

  test.expected = {
    "home-files/.config/systemd/user/swaync.service" = ./style-text.service;
    "home-files/.config/swaync/style.css" = ./style-text.css;
    "home-files/.config/swaync/config.json" = ./empty-config.json;
  };
}
