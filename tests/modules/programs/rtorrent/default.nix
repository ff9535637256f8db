# Hearth's own cases: Home Manager has no rtorrent test.
{
  rtorrent-extra-config = ./extra-config.nix;
  rtorrent-renamed-settings = ./renamed-settings.nix;
  rtorrent-empty = ./empty.nix;
}
