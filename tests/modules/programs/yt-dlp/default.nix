{
  yt-dlp-config = ./config.nix;
  yt-dlp-simple-config = ./simple-config.nix;
  yt-dlp-extra-config = ./extra-config.nix;
}
