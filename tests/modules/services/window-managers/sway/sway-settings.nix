# Not a Home Manager test: free-form settings, set and include first, each
# group rendered as Home Manager's toSwayConf does (two spaces after a
# key, nested blocks indented by two).
{
  wayland.windowManager.sway = {
    enable = true;
    package = {
      type = "derivation";
      name = "sway";
      outPath = "@sway@";
    };
    checkConfig = false;
    config = null;
    systemd.enable = false;
    settings = {
      output."*".bg = "#000000 solid_color";
      include = [ "/etc/sway/config.d/*" ];
      set."$mod" = "Mod4";
    };
    extraConfig = "bindsym $mod+Return exec foot";
  };

  test.expected."home-files/.config/sway/config" = ./sway-settings.conf;
}
