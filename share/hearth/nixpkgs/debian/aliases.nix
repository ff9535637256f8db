# nixpkgs attribute names whose Debian package has another name. An alias
# applies only when its target is in the index and the layers below do not
# define the name already (bashInteractive stays the host's bash).
{
  bashInteractive = "bash";
  fd = "fd-find";
  gnumake = "make";
  gnugrep = "grep";
  gnused = "sed";
  gnutar = "tar";
  gnupg = "gnupg";
  xz = "xz-utils";
  bzip2 = "bzip2";
  python3 = "python3";
  python = "python3";
  python311 = "python3.11";
  ripgrep = "ripgrep";
  nodejs = "nodejs";
  neovim = "neovim";
  neovim-unwrapped = "neovim";
  vim = "vim";
  vim-full = "vim-nox";
  git = "git";
  gitMinimal = "git";
  gitFull = "git";
  htop = "htop";
  fzf = "fzf";
  bat = "bat";
  openssh = "openssh-client";
  openssl = "openssl";
  curl = "curl";
  wget = "wget";
  unzip = "unzip";
  zip = "zip";
  p7zip = "p7zip-full";
  sqlite = "sqlite3";
  silver-searcher = "silversearcher-ag";
  tmux = "tmux";
  man = "man-db";
  texinfoInteractive = "info";
  # programs.java's default JDK (and the JRE its example names).
  jdk = "default-jdk";
  jre = "default-jre";
  jdk_headless = "default-jdk-headless";
  jre_headless = "default-jre-headless";
  # Debian ships Poetry as a Python module that brings the command along.
  poetry = "python3-poetry";
  flock = "util-linux";
  gcc = "gcc";
  clang = "clang";
  cmake = "cmake";
  ninja = "ninja-build";
  pkg-config = "pkgconf";
  shellcheck = "shellcheck";
  # Debian's imagemagick is a metapackage with no programs of its own.
  imagemagick = "imagemagick-6.q16";
  ffmpeg = "ffmpeg";
  pandoc = "pandoc";
  direnv = "direnv";
  nix-direnv = "nix-direnv";
  delta = "git-delta";
  dust = "du-dust";
  procps = "procps";
  util-linux = "util-linux";
  inetutils = "inetutils-telnet";
  swaynotificationcenter = "sway-notification-center";
  kakoune-unwrapped = "kakoune";
  mr = "myrepos";
  dconf = "dconf-cli";
  nettools = "net-tools";
  # The same font; ./fixups.nix links it where nixpkgs has it.
  soundfont-fluid = "fluid-soundfont-gm";
  dnsutils = "bind9-dnsutils";
  file = "file";
  jq = "jq";
  yq = "yq";
  perl = "perl";
  ruby = "ruby";
  go = "golang-go";
  rustc = "rustc";
  cargo = "cargo";
  emacs = "emacs";
  zsh = "zsh";
  fish = "fish";
  bash-completion = "bash-completion";
  qgnomeplatform = "qgnomeplatform-qt5";
  # nixpkgs' libxml2 has xmllint in its bin output; Debian splits it off
  # (the library comes along as its dependency).
  libxml2 = "libxml2-utils";
  # Debian 12 ships Firefox only as its ESR; nixpkgs' unwrapped package is
  # what Home Manager installs before state version 19.09.
  firefox = "firefox-esr";
  firefox-unwrapped = "firefox-esr";
  firefox-esr-unwrapped = "firefox-esr";
  # Thunderbird's withExternalGnupg installs the GPGME library.
  gpgme = "libgpgme11";
  # Debian names the mako notification daemon after what it does.
  mako = "mako-notifier";
  # The tray applets of Home Manager's desktop services.
  networkmanagerapplet = "network-manager-gnome";
  nextcloud-client = "nextcloud-desktop";
  # Debian 12's caffeine is the original Caffeine 2.9, not the caffeine-ng
  # fork nixpkgs packages; both have bin/caffeine.
  caffeine-ng = "caffeine";
}
