# A stand-in for Nixpkgs, enough for evaluating Home Manager modules
# without building: the builders return real (never built) derivations
# whose attributes keep their text, and named packages are placeholders
# spelled "@<name>@" as in Home Manager's own test suite, so expected files
# read the same. Replaced by Hearth's nixpkgs once it can evaluate here.
#
# Called like Nixpkgs (`import path { system; config; overlays; }`), so
# Home Manager's nixpkgs module can re-import it through `pkgs.path`.
{
  lib ? import ../../share/hearth/lib,
  system ? "x86_64-linux",
  config ? { },
  overlays ? [ ],
}:

let
  # Derivation arguments must be strings, lists or things with an outPath.
  drvSafe = lib.filterAttrs (_: v: !(builtins.isAttrs v) || v ? outPath);

  mkDrv =
    name: attrs:
    derivation (
      drvSafe attrs
      // {
        inherit name system;
        builder = "/bin/sh";
        args = [
          "-c"
          "exit 1"
        ];
      }
    )
    // attrs;

  placeholder = name: {
    type = "derivation";
    inherit name;
    pname = name;
    version = "0";
    outPath = "@${name}@";
    outputs = [ "out" ];
    meta = { };
  };

  hostPlatform = {
    inherit system;
    isLinux = lib.hasSuffix "-linux" system;
    isDarwin = lib.hasSuffix "-darwin" system;
    isx86 = lib.hasPrefix "x86_64" system || lib.hasPrefix "i686" system;
    isx86_64 = lib.hasPrefix "x86_64" system;
  };

  pkgs = {
    inherit lib system config;
    path = ./stubs.nix;
    stdenv = {
      inherit hostPlatform;
      buildPlatform = hostPlatform;
      shellDryRun = "@bash@/bin/bash -n -O extglob";
    };
    runtimeShell = "@bash@/bin/bash";

    callPackage =
      fn: args:
      let
        f = if builtins.isFunction fn then fn else import fn;
      in
      f (builtins.intersectAttrs (builtins.functionArgs f) pkgs // args);

    writeTextFile =
      {
        name,
        text,
        executable ? false,
        destination ? "",
        checkPhase ? "",
        ...
      }:
      mkDrv name {
        inherit text executable destination checkPhase;
      };
    writeText = name: text: pkgs.writeTextFile { inherit name text; };
    writeTextDir =
      path: text:
      pkgs.writeTextFile {
        name = baseNameOf path;
        inherit text;
        destination = "/${path}";
      };
    # The script text nixpkgs' builder writes, without its checks.
    writeShellApplication =
      {
        name,
        text,
        runtimeInputs ? [ ],
        ...
      }:
      pkgs.writeTextFile {
        inherit name;
        executable = true;
        destination = "/bin/${name}";
        text =
          "#!${pkgs.runtimeShell}\nset -o errexit\nset -o nounset\nset -o pipefail\n"
          + lib.optionalString (runtimeInputs != [ ]) ''

            export PATH="${lib.makeBinPath runtimeInputs}:$PATH"
          ''
          + ''

            ${text}
          '';
      };
    writeShellScriptBin =
      name: text:
      pkgs.writeTextFile {
        inherit name;
        executable = true;
        destination = "/bin/${name}";
        text = "#!${pkgs.runtimeShell}\n${text}";
      };
    writeShellScript =
      name: text:
      pkgs.writeTextFile {
        inherit name;
        executable = true;
        text = "#!${pkgs.runtimeShell}\n${text}";
      };

    # Entries become one "name=path" line each, enough to tell them apart.
    # The wrapping script stays readable as postBuild.
    symlinkJoin =
      {
        name,
        paths,
        postBuild ? "",
        ...
      }:
      mkDrv name { inherit paths postBuild; };

    linkFarm =
      name: entries:
      mkDrv name {
        links = lib.concatMapStringsSep "\n" (e: "${e.name}=${toString e.path}") entries;
      };
    linkFarmFromDrvs = name: drvs: pkgs.linkFarm name (map (d: { inherit (d) name; path = d; }) drvs);

    # Hearth's own formats render at evaluation time through writeText, so
    # their text is readable here.
    formats = import ../../share/hearth/nixpkgs/pkgs/pkgs-lib/formats.nix { inherit lib pkgs; };

    # passthru attributes land on the result, as with nixpkgs' builders.
    runCommand =
      name: env: script:
      mkDrv name (env // { buildCommand = script; }) // (env.passthru or { });
    runCommandLocal = pkgs.runCommand;

    buildEnv =
      {
        name,
        paths,
        extraOutputsToInstall ? [ ],
        postBuild ? "",
        ...
      }:
      mkDrv name { inherit paths extraOutputsToInstall postBuild; };

    vimPlugins = lib.mapAttrs (_: placeholder) {
      vim-sensible = "vimplugin-vim-sensible";
      vim-fugitive = "vimplugin-vim-fugitive";
    };

    glibc = placeholder "glibc" // {
      version = "2.40";
    };
    # Zellij writes KDL only from 0.32 on.
    zellij = placeholder "zellij" // {
      version = "0.44.3";
    };
    # programs.emacs: a package set for any Emacs, as nixpkgs'
    # emacsPackagesFor. Its packages are placeholders; trivialBuild and the
    # wrapper keep their arguments readable.
    emacsPackagesFor =
      emacs:
      lib.makeScope (extra: lib.callPackageWith (pkgs // extra)) (
        self:
        lib.mapAttrs (_: name: placeholder "emacs-${name}") {
          magit = "magit";
          evil = "evil";
          use-package = "use-package";
          company = "company";
        }
        // {
          inherit emacs;
          trivialBuild =
            {
              pname,
              version ? "0",
              src,
              packageRequires ? [ ],
              ...
            }:
            mkDrv "emacs-${pname}-${version}" { inherit pname version src packageRequires; };
          emacsWithPackages =
            f:
            mkDrv "emacs-with-packages-${emacs.version}" {
              inherit emacs;
              explicitRequires = if builtins.isFunction f then f self else f;
            };
        }
      );
    emacs-nox = placeholder "emacs-nox";
    # Used as a `path` option's value, so it must look like a store path.
    glibcLocales = mkDrv "glibc-locales-2.40" { };
    # nixpkgs' tealdeer names its program otherwise (lib.getExe).
    tealdeer = placeholder "tealdeer" // {
      meta.mainProgram = "tldr";
    };
    # programs.chromium wraps the program by its name.
    chromium = placeholder "chromium" // {
      meta.mainProgram = "chromium";
    };
    # xdg.mime runs these on the profile (lib.getExe names the first).
    shared-mime-info = placeholder "shared-mime-info" // {
      meta.mainProgram = "update-mime-database";
    };
    desktop-file-utils = placeholder "desktop-file-utils";
    # Wayland desktop programs, named for lib.getExe as in nixpkgs.
  }
  // lib.genAttrs [
    "waybar"
    "mako"
    "swayidle"
    "swaylock"
    "kanshi"
    "wofi"
    "fuzzel"
  ] (name: placeholder name // { meta.mainProgram = name; })
  // {
    # services.kdeconnect picks the daemon's directory by version.
    kdePackages.kdeconnect-kde = placeholder "kdeconnect-kde" // {
      version = "25.04.3";
    };
    # services.easyeffects writes its settings with kwriteconfig6.
    kdePackages.kconfig = placeholder "kconfig";
    # services.screen-locker sets the screensaver with xset.
    xorg.xset = placeholder "xset";
    # xsession (keyboard, cursor) and xresources run these.
    xorg.setxkbmap = placeholder "setxkbmap";
    xorg.xrdb = placeholder "xrdb";
    xorg.xsetroot = placeholder "xsetroot";
    # qt: nixpkgs' Qt prefixes, and the platform theme and style packages.
    qt5.qtbase = {
      qtPluginPrefix = "lib/qt-5.15.16/plugins";
      qtQmlPrefix = "lib/qt-5.15.16/qml";
    };
    qt6.qtbase = {
      qtPluginPrefix = "lib/qt-6/plugins";
      qtQmlPrefix = "lib/qt-6/qml";
    };
    libsForQt5.qtstyleplugins = placeholder "qtstyleplugins";
    libsForQt5.qt5ct = placeholder "qt5ct";
    qt6Packages.qt6gtk2 = placeholder "qt6gtk2";
    qt6Packages.qt6ct = placeholder "qt6ct";
    kdePackages.kio = placeholder "kio";
    kdePackages.plasma-integration = placeholder "plasma-integration";
    kdePackages.systemsettings = placeholder "systemsettings";
    # xsession.windowManager.awesome names the Lua awesome was built with.
    awesome = placeholder "awesome" // {
      lua.luaversion = "5.3";
    };
    luaPackages.vicious = placeholder "vicious";
    luaPackages.lgi = placeholder "lgi";
    # services.mopidy puts its extensions on this Python's path.
    mopidyPackages.python.sitePackages = "lib/python3.12/site-packages";
    # Home Manager's hyprland module builds its packages with .override.
    hyprland = placeholder "hyprland" // {
      override = _: pkgs.hyprland;
    };
    xdg-desktop-portal-hyprland = placeholder "xdg-desktop-portal-hyprland" // {
      override = _: pkgs.xdg-desktop-portal-hyprland;
    };
  }
  // lib.genAttrs [
    # GNOME settings, terminals and desktop portals
    "dconf"
    "gnome-terminal"
    "gtk2"
    "gtk3"
    "xdg-desktop-portal"
    "xdg-desktop-portal-wlr"
    "adwaita-qt"
    "adwaita-qt6"
    "qgnomeplatform"
    "qgnomeplatform-qt6"
    "terminator"
    "rxvt-unicode"
    # X window managers and X user services
    "bspwm"
    "herbstluftwm"
    "fluxbox"
    "spectrwm"
    "autorandr"
    "numlockx"
    "xcape"
    "xscreensaver"
    "xsettingsd"
    "parcellite"
    "clipit"
    "gromit-mpx"
    "trayer"
    "stalonetray"
    "cbatticon"
    # desktop user services: break reminders, sound, media
    "safeeyes"
    "rsibreak"
    "fluidsynth"
    "mopidy"
    "mopidy-local"
    "cmus"
    "rtorrent"
    "streamlink"
    "mpdris2"
    "mpdscribble"
    "replace-secret"
    "timidity"
    # documents, images, chat and build tools
    "pandoc"
    "pqiv"
    "nheko"
    "fd"
    "gradle"
    "jdk8"
    "jdk11"
    "jdk17"
    # profile-sync-daemon and the tools on its PATH; davmail
    "profile-sync-daemon"
    "rsync"
    "kmod"
    "gawk"
    "nettools"
    "util-linux"
    "davmail"
    # Wayland desktop programs (no meta.mainProgram: add it with a case
    # that runs one through lib.getExe)
    "swaynotificationcenter"
    "wlogout"
    "wlsunset"
    "wob"
    "tofi"
    "bemenu"
    # mail, contacts and calendars
    "afew"
    "offlineimap"
    "alot"
    "astroid"
    "lieer"
    "khal"
    "khard"
    "vdirsyncer"
    "todoman"
    # backups, sync, downloads and other programs
    "rclone"
    "borgmatic"
    "unison"
    "mr"
    "gallery-dl"
    "git-credential-oauth"
    "hexchat"
    "keepassxc"
    "opam"
    "translate-shell"
  ] placeholder
  # attribute name -> package name, as the placeholders spell it
  // lib.mapAttrs (_: placeholder) {
    bash = "bash";
    bash-completion = "bash-completion";
    bashInteractive = "bash-interactive";
    lndir = "lndir";
    vte = "vte";
    nix = "nix";
    git = "git";
    gitMinimal = "git-minimal";
    git-lfs = "git-lfs";
    gnupg = "gnupg";
    openssh = "openssh";
    zsh = "zsh";
    fish = "fish";
    autojump = "autojump";
    nix-zsh-completions = "nix-zsh-completions";
    zsh-autosuggestions = "zsh-autosuggestions";
    zsh-syntax-highlighting = "zsh-syntax-highlighting";
    direnv = "direnv";
    nix-direnv = "nix-direnv";
    mise = "mise";
    fzf = "fzf";
    starship = "starship";
    bat = "bat";
    htop = "htop";
    less = "less";
    man = "man";
    mandoc = "mandoc";
    texinfoInteractive = "texinfo-interactive";
    gzip = "gzip";
    install-info = "install-info";
    go = "go";
    keychain = "keychain";
    thefuck = "thefuck";
    lf = "lf";
    newsboat = "newsboat";
    xdg-utils = "xdg-utils";
    # programs.mise installs usage beside mise.
    usage = "usage";
    flock = "flock";
    aria2 = "aria2";
    yt-dlp = "yt-dlp";
    irssi = "irssi";
    bottom = "bottom";
    delta = "delta";
    difftastic = "difftastic";
    diff-so-fancy = "diff-so-fancy";
    sqlite = "sqlite";
    oh-my-zsh = "oh-my-zsh";
    zsh-history-substring-search = "zsh-history-substring-search";
    zoxide = "zoxide";
    ripgrep = "ripgrep";
    jq = "jq";
    gh = "gh";
    alacritty = "alacritty";
    kitty = "kitty";
    kitty-themes = "kitty-themes";
    procps = "procps";
    eza = "eza";
    btop = "btop";
    systemd = "systemd";
    pinentry-curses = "pinentry-curses";
    pinentry-tty = "pinentry-tty";
    tmux = "tmux";
    tmuxp = "tmuxp";
    tmuxinator = "tmuxinator";
    neovim = "neovim";
    neovim-unwrapped = "neovim-unwrapped";
    python3 = "python3";
    python3-pynvim = "python3-pynvim";
    makeWrapper = "make-wrapper";
    vim-full = "vim-full";
    xdg-user-dirs = "xdg-user-dirs";
    fontconfig = "fontconfig";
    feh = "feh";
    lsd = "lsd";
    zathura = "zathura";
    micro = "micro";
    foot = "foot";
    taskwarrior = "taskwarrior";
    pass = "pass";
    dunst = "dunst";
    hicolor-icon-theme = "hicolor-icon-theme";
    mpv = "mpv";
    nnn = "nnn";
    rofi = "rofi";
    # services.syncthing, mpd, gammastep/redshift, udiskie, gnome-keyring,
    # flameshot, picom, unclutter, playerctld, emacs
    coreutils = "coreutils";
    curl = "curl";
    libxml2 = "libxml2";
    syncthing = "syncthing";
    syncthingtray = "syncthingtray";
    mpd = "mpd";
    gammastep = "gammastep";
    redshift = "redshift";
    udiskie = "udiskie";
    gnome-keyring = "gnome-keyring";
    flameshot = "flameshot";
    picom = "picom";
    unclutter-xfixes = "unclutter-xfixes";
    playerctl = "playerctl";
    emacs = "emacs";
    # wayland.windowManager.hyprland
    dbus = "dbus";
    xwayland = "xwayland";
    # programs.firefox (and its pre-19.09 unwrapped package)
    firefox = "firefox";
    firefox-unwrapped = "firefox-unwrapped";
    thunderbird = "thunderbird";
    gpgme = "gpgme";
    # programs.msmtp, mbsync, notmuch, neomutt, aerc
    msmtp = "msmtp";
    isync = "isync";
    notmuch = "notmuch";
    neomutt = "neomutt";
    aerc = "aerc";
    # xsession.windowManager.i3, wayland.windowManager.sway
    i3 = "i3";
    i3status = "i3status";
    dmenu = "dmenu";
    sway = "sway";
    findutils = "findutils";
    # programs.qutebrowser ... programs.mise (the second programs batch)
    qutebrowser = "qutebrowser";
    socat = "socat";
    imv = "imv";
    ncmpcpp = "ncmpcpp";
    beets = "beets";
    cava = "cava";
    tmate = "tmate";
    screen = "screen";
    sioyek = "sioyek";
    mangohud = "mangohud";
    obs-studio = "obs-studio";
    jdk = "jdk";
    cargo = "cargo";
    poetry = "poetry";
    pyenv = "pyenv";
    uv = "uv";
    ruff = "ruff";
    ranger = "ranger";
    joshuto = "joshuto";
    hstr = "hstr";
    pet = "pet";
    navi = "navi";
    carapace = "carapace";
    # services.polybar, sxhkd, screen-locker, random-background and the
    # other desktop user services
    polybar = "polybar";
    sxhkd = "sxhkd";
    xss-lock = "xss-lock";
    xautolock = "xautolock";
    i3lock = "i3lock";
    clipmenu = "clipmenu";
    gnugrep = "gnugrep";
    gnused = "gnused";
    cliphist = "cliphist";
    wl-clipboard = "wl-clipboard";
    copyq = "copyq";
    networkmanagerapplet = "networkmanagerapplet";
    blueman = "blueman";
    pasystray = "pasystray";
    paprefs = "paprefs";
    pavucontrol = "pavucontrol";
    nextcloud-client = "nextcloud-client";
    bluez = "bluez";
    caffeine-ng = "caffeine-ng";
    easyeffects = "easyeffects";
    at-spi2-core = "at-spi2-core";
    poweralertd = "poweralertd";
    batsignal = "batsignal";
  };
in
pkgs
