# Mirrors Home Manager's ncmpcpp-example-settings: settings in name order
# with the music directory among them, bindings in list order (one key
# may appear more than once).
{
  programs.ncmpcpp = {
    enable = true;
    mpdMusicDir = "/home/user/music";
    settings = {
      user_interface = "alternative";
      display_volume_level = false;
      playlist_disable_highlight_delay = 0;
    };
    bindings = [
      {
        key = "j";
        command = "scroll_down";
      }
      {
        key = "k";
        command = "scroll_up";
      }
      {
        key = "J";
        command = [
          "select_item"
          "scroll_down"
        ];
      }
      {
        key = "K";
        command = [
          "select_item"
          "scroll_up"
        ];
      }
      {
        key = "x";
        command = "delete_playlist_items";
      }
      {
        key = "x";
        command = "delete_browser_items";
      }
      {
        key = "x";
        command = "delete_stored_playlist";
      }
    ];
  };

  test.expected = {
    "home-files/.config/ncmpcpp/config" = ./example-settings-expected-config;
    "home-files/.config/ncmpcpp/bindings" = ./example-settings-expected-bindings;
  };
}
