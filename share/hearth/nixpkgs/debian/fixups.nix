# Debian packages whose layout differs from the one Nix code (Home
# Manager's modules above all) expects of nixpkgs' package. Each entry is
# shell run last in the package's face (./package.nix), keyed by Debian
# name: $tree is the merged tree (bin/, share/, libexec/hearth/root where
# Debian's / is), and $out already holds links to the tree's bin/ and
# share/ entries, to which the fix adds.
rec {
  # Home Manager's programs.bash sources
  # ${bash-completion}/etc/profile.d/bash_completion.sh; Debian's copy of
  # that script loads /usr/share/bash-completion, which the host may lack.
  # Ours loads the store's (bash_completion finds its completions/
  # directory from its own location).
  bash-completion = ''
    mkdir -p $out/etc/profile.d
    cat > $out/etc/profile.d/bash_completion.sh <<EOF
    # Interactive bash only, and once.
    if [ -n "\''${BASH_VERSION-}" ] && [ -n "\''${PS1-}" ] &&
        [ -z "\''${BASH_COMPLETION_VERSINFO-}" ] && shopt -q progcomp; then
        . "$out/share/bash-completion/bash_completion"
    fi
    EOF
  '';

  # nixpkgs' fzf has its shell scripts in share/fzf; Debian ships them as
  # examples, and its bash completion file is upstream's completion.bash.
  fzf = ''
    mkdir $out/share/fzf
    for f in $tree/share/doc/fzf/examples/*.{bash,zsh,fish}; do
      ln -s "$f" $out/share/fzf/
    done
    ln -s $tree/share/bash-completion/completions/fzf $out/share/fzf/completion.bash
  '';

  # Debian ships fish's functions, completions and tools (the man page
  # completion generator Home Manager's programs.fish runs) in fish-common,
  # a dependency, so they are in the tree but not among fish's own share/
  # entries; nixpkgs' fish has them in share/fish.
  #
  # fish finds that directory, and everything it loads at startup (even
  # `alias`), from the path of its own executable, /proc/self/exe: next to
  # a bin/fish it takes ../share/fish if ../etc/fish exists too, else the
  # compiled-in /usr/share/fish, which the host may lack. Started through
  # the loader, as the tree's wrapper starts it, its executable is the
  # loader. So bin/fish runs a copy of the program, in libexec/hearth-fish
  # with the tree's share/fish beside it, directly, its libraries found
  # through LD_LIBRARY_PATH; the share/config.fish there, run before
  # anything else, gives the caller's LD_LIBRARY_PATH back, so that what
  # fish starts does not see the tree's libraries (under --no-config they
  # do). /etc/fish is fish's own directory there, as with nixpkgs' fish.
  fish = ''
    root=$tree/libexec/hearth/root
    ln -s $root/usr/share/fish $out/share/fish
    own=$out/libexec/hearth-fish
    mkdir -p $own/bin $own/etc/fish $own/share/fish
    cp $root/usr/bin/fish $own/bin/fish
    for prog in fish_indent fish_key_reader; do ln -s $tree/bin/$prog $own/bin/; done
    for entry in $root/usr/share/fish/*; do
      [ "''${entry##*/}" = config.fish ] || ln -s "$entry" $own/share/fish/
    done
    cat > $own/share/fish/config.fish <<EOF
    # Hearth: the caller's LD_LIBRARY_PATH back (see bin/fish), then Debian's
    # config.fish.
    if test "\$__HEARTH_FISH_LD_LIBRARY_PATH" = __hearth_unset__
        set -e LD_LIBRARY_PATH
    else
        set -gx LD_LIBRARY_PATH \$__HEARTH_FISH_LD_LIBRARY_PATH
    end
    set -e __HEARTH_FISH_LD_LIBRARY_PATH
    source $root/usr/share/fish/config.fish
    EOF
    libs=$(sed -n 's/.*--library-path "\(.*\)\''${LD_LIBRARY_PATH.*/\1/p' $tree/bin/fish)
    rm $out/bin/fish
    cat > $out/bin/fish <<EOF
    #!/bin/sh
    # Hearth: Debian's fish, from a copy that finds its share/fish (see
    # nixpkgs/debian/fixups.nix).
    R=$root
    export __HEARTH_FISH_LD_LIBRARY_PATH="\''${LD_LIBRARY_PATH-__hearth_unset__}"
    export LD_LIBRARY_PATH="$libs\''${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}"
    exec $own/bin/fish "\$@"
    EOF
    chmod +x $out/bin/fish
  '';

  # Debian renames bat to batcat (another package had the name first).
  bat = ''
    ln -s batcat $out/bin/bat
  '';

  # Debian renames fd to fdfind, for the same reason.
  fd-find = ''
    ln -s fdfind $out/bin/fd
  '';

  # ImageMagick 6's programs carry a suffix (convert-im6.q16); Debian's
  # install script makes the plain names with update-alternatives, which
  # Hearth does not run. (Where its coders are, the tree's wrappers say:
  # src/pkgs/wrappers.cc.)
  "imagemagick-6.q16" = ''
    for p in $out/bin/*-im6.q16; do
      name=''${p##*/}
      ln -s "$name" "$out/bin/''${name%-im6.q16}"
    done
  '';

  # Debian's zsh has its module and function directories compiled in as
  # /usr/lib/<triplet>/zsh/<version> and /usr/share/zsh/functions, so on a
  # host without zsh the store's zsh has no line editor and no compinit.
  # module_path cannot come from the environment (zsh ignores it there for
  # safety), so bin/zsh starts zsh with ZDOTDIR on a .zshenv of ours that
  # points module_path and fpath at the tree, as nixpkgs' zsh has them
  # built in, then gives ZDOTDIR back and reads the user's .zshenv; zsh
  # looks ZDOTDIR up again for each later startup file. Also nixpkgs'
  # share/zsh/<version>/{functions,help} (HELPDIR in programs.zsh).
  zsh = ''
    root=$tree/libexec/hearth/root
    for modules in $root/usr/lib/*/zsh/[0-9]*; do break; done
    version=''${modules##*/}
    rm -f $out/share/zsh
    mkdir -p $out/share/zsh/$version $out/etc/hearth-zsh
    ln -s $root/usr/share/zsh/functions $root/usr/share/zsh/help $out/share/zsh/$version/
    functions=$(cd $root/usr/share/zsh/functions && find -L . -type d | sed "s|^\.|$out/share/zsh/$version/functions|" | sort)

    cat > $out/etc/hearth-zsh/.zshenv <<EOF
    # Hearth: Debian's zsh from the store, its modules and functions too.
    module_path=($modules)
    fpath=($(echo $functions))
    if [[ -n \''${HEARTH_ZSH_ZDOTDIR+set} ]]; then
      export ZDOTDIR=\$HEARTH_ZSH_ZDOTDIR
      unset HEARTH_ZSH_ZDOTDIR
    else
      unset ZDOTDIR
    fi
    if [[ -f \''${ZDOTDIR:-\$HOME}/.zshenv ]]; then
      source \''${ZDOTDIR:-\$HOME}/.zshenv
    fi
    EOF

    for zsh in zsh zsh5 rzsh; do
      [ -e $out/bin/$zsh ] || continue
      rm $out/bin/$zsh
      cat > $out/bin/$zsh <<EOF
    #!/bin/sh
    # Hearth: runs Debian's $zsh with its modules and functions from the
    # store (see $out/etc/hearth-zsh/.zshenv).
    if [ -n "\''${ZDOTDIR+set}" ]; then export HEARTH_ZSH_ZDOTDIR="\$ZDOTDIR"; fi
    ZDOTDIR=$out/etc/hearth-zsh exec $tree/bin/$zsh "\$@"
    EOF
      chmod +x $out/bin/$zsh
    done
  '';

  # gnupg is a metapackage in Debian: gpg, gpg-agent, gpgconf, gpgsm...
  # are its dependencies' programs, so it has no bin/ of its own, where
  # nixpkgs' gnupg has them all. Each is the tree's wrapper.
  gnupg = ''
    mkdir -p $out/bin
    for p in $tree/libexec/hearth/bin/{gpg*,dirmngr*,kbxutil,watchgnupg}; do
      ln -s "$p" $out/bin/
    done
  '';

  # Debian's dbus has the daemon; dbus-send, dbus-update-activation-environment
  # (which sway's and Hyprland's sessions run) and the other tools nixpkgs'
  # dbus has in bin/ come from its dependencies dbus-bin and dbus-daemon.
  dbus = ''
    mkdir -p $out/bin
    for p in $tree/libexec/hearth/bin/dbus-*; do
      [ -e "$out/bin/''${p##*/}" ] || ln -s "$p" $out/bin/
    done
  '';

  # i3 is a metapackage in Debian too: i3, i3-msg, i3bar and the other
  # i3-* programs nixpkgs' i3 has in bin/ are i3-wm's (i3status and i3lock
  # are packages of their own in nixpkgs as well).
  i3 = ''
    mkdir -p $out/bin
    for p in $tree/libexec/hearth/bin/{i3,i3bar,i3-*}; do
      [ -e "$p" ] && ln -s "$p" $out/bin/
    done
  '';

  # nixpkgs' soundfont-fluid has the font as
  # share/soundfonts/FluidR3_GM2-2.sf2 (services.fluidsynth's default);
  # Debian's is share/sounds/sf2/FluidR3_GM.sf2.
  fluid-soundfont-gm = ''
    mkdir -p $out/share/soundfonts
    ln -s $tree/share/sounds/sf2/FluidR3_GM.sf2 $out/share/soundfonts/FluidR3_GM2-2.sf2
  '';

  # Debian's bin/kitty is a launcher that finds kitty's Python code from
  # /proc/self/exe, which under the wrappers' loader names ld.so. Ours runs
  # that code with Python itself after setting what the launcher gives it
  # (the directory of the kitty its kittens and new windows run): the
  # tree's Python, or the host's when the tree has none, then started the
  # way the tree's wrapper starts kitty, so kitty's extension modules find
  # the tree's libraries.
  kitty = ''
    code='import runpy, sys; sys.kitty_run_data = {"bundle_exe_dir": "'$out/bin'"}; runpy.run_path("'$tree/libexec/hearth/root/usr/lib/kitty'", run_name="__main__")'
    rm $out/bin/kitty
    if [ -e $tree/libexec/hearth/bin/python3 ]; then
      run="exec $tree/libexec/hearth/bin/python3"
    else
      loader=$(grep -o "^exec '[^']*' --library-path \"[^\"]*\"" $tree/bin/kitty || echo exec)
      run="R=$tree/libexec/hearth/root
    $loader /usr/bin/python3"
    fi
    printf '#!/bin/sh\n%s -c %s "$@"\n' "$run" "'$code'" > $out/bin/kitty
    chmod +x $out/bin/kitty
  '';

  # Debian's emacs is a metapackage over one build (emacs-gtk unless the
  # host has another) whose programs are emacs-gtk and emacsclient.emacs,
  # linked as emacs and emacsclient by update-alternatives; nixpkgs' emacs
  # has bin/emacs and bin/emacsclient (services.emacs). The build has its
  # lisp, etc and libexec directories compiled in as /usr paths, so bin/emacs
  # names the tree's through Emacs' environment variables, and its portable
  # dump with --dump-file. The dump's native code is looked up at
  # ../native-lisp from the directory of the executable Emacs was started
  # as, symbolic links resolved: hence a copy of the build's wrapper in
  # libexec/emacs/bin naming the tree outright, beside a native-lisp link.
  # Without a dump Emacs would load its preloaded lisp at every start, which
  # works only in batch mode.
  emacs = ''
    root=$tree/libexec/hearth/root
    for share in $root/usr/share/emacs/[0-9]*; do break; done
    version=''${share##*/}
    for exec in $root/usr/libexec/emacs/$version/*; do break; done
    mkdir -p $out/bin $out/libexec/emacs/bin
    # A build's own alternatives link these to the plain build.
    rm -f $out/bin/emacs $out/bin/emacsclient
    for build in emacs-gtk emacs-pgtk emacs-lucid emacs-nox; do
      [ -e $tree/libexec/hearth/bin/$build ] || continue
      sed -e "s|^out=.*|out=$tree|" $tree/libexec/hearth/bin/$build > $out/libexec/emacs/bin/$build
      chmod +x $out/libexec/emacs/bin/$build
      if [ -d $root/usr/lib/emacs/$version/native-lisp ]; then
        ln -s $root/usr/lib/emacs/$version/native-lisp $out/libexec/emacs/native-lisp
      fi
      dump=
      for f in $exec/$build.pdmp $exec/emacs.pdmp; do
        if [ -e $f ]; then dump="--dump-file=$f"; break; fi
      done
      cat > $out/bin/emacs <<EOF
    #!/bin/sh
    # Hearth: Debian's $build with its directories in the store, after
    # the caller's (emacsWithPackages' packages). A trailing empty element
    # would add the /usr directories compiled in, the host's.
    EMACSLOADPATH="\''${EMACSLOADPATH:+\''${EMACSLOADPATH%:}:}$share/site-lisp:$root/usr/share/emacs/site-lisp:$share/lisp"
    EMACSDATA="$share/etc"
    EMACSPATH="$exec"
    export EMACSLOADPATH EMACSDATA EMACSPATH
    exec $out/libexec/emacs/bin/$build $dump "\$@"
    EOF
      chmod +x $out/bin/emacs
      break
    done
    ln -s $tree/libexec/hearth/bin/emacsclient.emacs $out/bin/emacsclient
  '';
  # Debian's builds of Emacs by name, as nixpkgs has emacs-nox and
  # emacs-gtk (Home Manager's tests use emacs-nox).
  emacs-gtk = emacs;
  emacs-pgtk = emacs;
  emacs-lucid = emacs;
  emacs-nox = emacs;

  # Home Manager's services.kdeconnect runs libexec/kdeconnectd of a KDE
  # Connect before 24.05 (Debian 12 has 22.12), as nixpkgs laid it out;
  # Debian keeps the daemon in /usr/lib/<triplet>/libexec, which gets no
  # wrapper. Ours is the indicator's wrapper, running the daemon instead
  # from a tree it names outright (it no longer sits inside that tree).
  kdeconnect = ''
    root=$tree/libexec/hearth/root
    for daemon in $root/usr/lib/*/libexec/kdeconnectd; do break; done
    rel=''${daemon#$root/}
    mkdir -p $out/libexec
    sed -e "s|^out=.*|out=$tree|" \
      -e "s|'usr/bin/kdeconnect-indicator'|'$rel'|" \
      -e "s|^# Hearth: .*|# Hearth: runs Debian's kdeconnectd from the store.|" \
      $tree/bin/kdeconnect-indicator > $out/libexec/kdeconnectd
    chmod +x $out/libexec/kdeconnectd
  '';
}
