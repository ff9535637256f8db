# The text goes to rtorrent.rc as it is.
{
  imports = [ ./package.nix ];

  programs.rtorrent = {
    enable = true;
    extraConfig = ''
      directory.default.set = ~/downloads
      session.path.set = ~/.local/share/rtorrent
      throttle.max_uploads.set = 8
    '';
  };

  test.expected."home-files/.config/rtorrent/rtorrent.rc" = ./extra-config-expected.rc;
}
