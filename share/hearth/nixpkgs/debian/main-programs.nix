# The program `lib.getExe` runs, by Debian package name, where it is not
# the package's own name (the default). The names are nixpkgs' meta.mainProgram
# for the same software, so that a configuration's `lib.getExe pkgs.ripgrep`
# finds bin/rg here too. Each program is in the Debian package's bin/, or
# linked there by ./fixups.nix (fd) or by an alternative (nc).
{
  aria2 = "aria2c";
  beets = "beet";
  bind9-dnsutils = "dig";
  # The JVM programs, wrapped from the JVM's .jinfo (src/pkgs/wrappers.cc).
  default-jdk = "java";
  default-jdk-headless = "java";
  default-jre = "java";
  default-jre-headless = "java";
  fd-find = "fd";
  getmail6 = "getmail";
  git-delta = "delta";
  gnupg = "gpg";
  golang-go = "go";
  # nixpkgs has ImageMagick 7 (magick); Debian 12 has 6, whose program is convert.
  "imagemagick-6.q16" = "convert";
  inetutils-telnet = "telnet";
  isync = "mbsync";
  lieer = "gmi";
  mako-notifier = "mako";
  man-db = "man";
  # nc is an alternative of each netcat (src/pkgs/alternatives.hh).
  netcat-openbsd = "nc";
  netcat-traditional = "nc";
  neovim = "nvim";
  network-manager-gnome = "nm-applet";
  nextcloud-desktop = "nextcloud";
  nodejs = "node";
  obs-studio = "obs";
  openssh-client = "ssh";
  owncloud-client = "owncloud";
  p7zip-full = "7z";
  python3-poetry = "poetry";
  ripgrep = "rg";
  rxvt-unicode = "urxvt";
  shared-mime-info = "update-mime-database";
  silversearcher-ag = "ag";
  sway-notification-center = "swaync";
  taskwarrior = "task";
  tealdeer = "tldr";
  unclutter-xfixes = "unclutter";
  xz-utils = "xz";
}
