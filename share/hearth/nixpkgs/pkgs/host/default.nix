# Packages the host provides: each is a derivation whose bin/ links to the
# host's own programs (found in /usr/bin, /bin, /usr/sbin, /sbin at build
# time), so `${pkgs.coreutils}/bin/ls` works. They stand in until the
# Debian layer (../../debian) provides real store packages; a program the
# host lacks is simply absent from bin/.
{ lib, stdenvNoCC }:
let
  mkHostPackage =
    {
      pname,
      programs,
      description,
      mainProgram ? pname,
      passthru ? { },
    }:
    stdenvNoCC.mkDerivation {
      inherit pname passthru;
      version = "host";
      programs = lib.concatStringsSep " " programs;
      dontUnpack = true;
      dontFixup = true;
      installPhase = ''
        mkdir -p $out/bin
        for p in $programs; do
          for d in /usr/bin /bin /usr/sbin /sbin; do
            if [ -x "$d/$p" ]; then
              ln -s "$d/$p" "$out/bin/$p"
              break
            fi
          done
        done
      '';
      preferLocalBuild = true;
      allowSubstitutes = false;
      meta = {
        description = "${description} (provided by the host)";
        inherit mainProgram;
        platforms = lib.platforms.unix;
      };
    };

  bashPrograms = [
    "bash"
    "sh"
  ];
in
{
  inherit mkHostPackage;

  bash = mkHostPackage {
    pname = "bash";
    programs = bashPrograms;
    description = "GNU Bourne-Again Shell";
    passthru.shellPath = "/bin/bash";
  };
  bashInteractive = mkHostPackage {
    pname = "bash-interactive";
    programs = bashPrograms;
    description = "GNU Bourne-Again Shell, interactive";
    mainProgram = "bash";
    passthru.shellPath = "/bin/bash";
  };
  coreutils = mkHostPackage {
    pname = "coreutils";
    description = "GNU core utilities";
    mainProgram = "ls";
    programs = [
      "[" "arch" "b2sum" "base32" "base64" "basename" "basenc" "cat" "chcon" "chgrp" "chmod" "chown"
      "chroot" "cksum" "comm" "cp" "csplit" "cut" "date" "dd" "df" "dir" "dircolors" "dirname" "du"
      "echo" "env" "expand" "expr" "factor" "false" "fmt" "fold" "groups" "head" "hostid" "id"
      "install" "join" "link" "ln" "logname" "ls" "md5sum" "mkdir" "mkfifo" "mknod" "mktemp" "mv"
      "nice" "nl" "nohup" "nproc" "numfmt" "od" "paste" "pathchk" "pinky" "pr" "printenv" "printf"
      "ptx" "pwd" "readlink" "realpath" "rm" "rmdir" "runcon" "seq" "sha1sum" "sha224sum" "sha256sum"
      "sha384sum" "sha512sum" "shred" "shuf" "sleep" "sort" "split" "stat" "stdbuf" "stty" "sum"
      "sync" "tac" "tail" "tee" "test" "timeout" "touch" "tr" "true" "truncate" "tsort" "tty"
      "uname" "unexpand" "uniq" "unlink" "users" "vdir" "wc" "who" "whoami" "yes"
    ];
  };
  gnused = mkHostPackage {
    pname = "gnused";
    programs = [ "sed" ];
    description = "GNU sed, a batch stream editor";
    mainProgram = "sed";
  };
  gnugrep = mkHostPackage {
    pname = "gnugrep";
    programs = [ "grep" "egrep" "fgrep" ];
    description = "GNU implementation of the Unix grep command";
    mainProgram = "grep";
  };
  findutils = mkHostPackage {
    pname = "findutils";
    programs = [ "find" "xargs" ];
    description = "GNU Find Utilities";
    mainProgram = "find";
  };
  gawk = mkHostPackage {
    pname = "gawk";
    programs = [ "gawk" "awk" ];
    description = "GNU implementation of the Awk programming language";
  };
  gnutar = mkHostPackage {
    pname = "gnutar";
    programs = [ "tar" ];
    description = "GNU implementation of the `tar' archiver";
    mainProgram = "tar";
  };
  gzip = mkHostPackage {
    pname = "gzip";
    programs = [ "gzip" "gunzip" "zcat" ];
    description = "GNU zip compression program";
  };
  xz = mkHostPackage {
    pname = "xz";
    programs = [ "xz" "unxz" "xzcat" "lzma" "unlzma" "lzcat" ];
    description = "General-purpose data compression software, successor of LZMA";
  };
  diffutils = mkHostPackage {
    pname = "diffutils";
    programs = [ "diff" "cmp" "diff3" "sdiff" ];
    description = "Commands for showing the differences between files";
    mainProgram = "diff";
  };
  which = mkHostPackage {
    pname = "which";
    programs = [ "which" ];
    description = "Shows the full path of (shell) commands";
  };
  patch = mkHostPackage {
    pname = "patch";
    programs = [ "patch" ];
    description = "GNU Patch, a program to apply differences to files";
  };
  # Home Manager points LOCALE_ARCHIVE_2_27 here for Nix-built programs.
  # Debian's glibc reads /usr/lib/locale itself and ignores that variable,
  # so the host's archive (if locale-gen made one) is all there is to offer.
  glibcLocales = stdenvNoCC.mkDerivation {
    pname = "glibc-locales";
    version = "host";
    dontUnpack = true;
    dontFixup = true;
    installPhase = ''
      mkdir -p $out/lib/locale
      if [ -e /usr/lib/locale/locale-archive ]; then
        ln -s /usr/lib/locale/locale-archive $out/lib/locale/locale-archive
      fi
    '';
    preferLocalBuild = true;
    allowSubstitutes = false;
    meta = {
      description = "Locale archive (provided by the host)";
      platforms = lib.platforms.linux;
    };
  };
  shellcheck = mkHostPackage {
    pname = "shellcheck";
    programs = [ "shellcheck" ];
    description = "Shell script analysis tool";
  };
}
