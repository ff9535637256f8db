# targets.genericLinux: settings for running on a Linux distribution other
# than NixOS (Debian, Ubuntu, Fedora...), where the session does not know
# about the Nix profiles: XDG data directories, cursor and terminfo search
# paths, zsh's distribution function directories.
#
# Deliberate difference from Home Manager: Home Manager sources Nix's own
# profile script (etc/profile.d/nix.sh of the Nix package) to put the
# profiles on PATH. Hearth runs without Nix, so hm-session-vars.sh and
# .bashrc source Hearth's equivalent, share/hearth/profile.d/hearth.sh,
# copied to the store, instead.
#
# Not provided: the GPU driver wrapping (targets.genericLinux.gpu and
# nixGL), which needs driver packages built by Nixpkgs.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.targets.genericLinux;

  profile = config.home.profileDirectory;

  # A store path, so the generation keeps the script it was built with.
  profileScript = "${../../../profile.d/hearth.sh}";

  # Where distributions keep their compiled terminal descriptions
  # (Debian's ncurses uses the first two as well as the third).
  hostTerminfoDirs = [
    "/etc/terminfo"
    "/lib/terminfo"
    "/usr/share/terminfo"
  ];

  channelsDir =
    if config.nix.enable && (config.nix.settings.use-xdg-base-directories or false) then
      "${config.xdg.stateHome}/nix/defexpr/channels"
    else
      "$HOME/.nix-defexpr/channels";
in
{
  imports = [
    (lib.mkRenamedOptionModule
      [ "targets" "genericLinux" "extraXdgDataDirs" ]
      [ "xdg" "systemDirs" "data" ]
    )
  ];

  options.targets.genericLinux.enable = lib.mkEnableOption "" // {
    description = ''
      Whether to adapt the session to a Linux distribution other than
      NixOS: the profiles' data, cursor and terminfo directories, and the
      distribution's own, become visible to programs.
    '';
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "targets.genericLinux" pkgs lib.platforms.linux) ];

    # The profiles first, then the usual distribution directories (the
    # session's own value still follows, see xdg-system-dirs.nix).
    xdg.systemDirs.data = [
      "\${NIX_STATE_DIR:-/nix/var/nix}/profiles/default/share"
      "${profile}/share"
      "/usr/share/ubuntu"
      "/usr/local/share"
      "/usr/share"
      "/var/lib/snapd/desktop"
    ];

    # Cursor themes from the profile, and the host's, since a program built
    # against the store would otherwise only look in its own prefix.
    home.sessionSearchVariables.XCURSOR_PATH = [
      "${profile}/share/icons"
      "/usr/share/icons"
      "/usr/share/pixmaps"
    ];

    # Re-exporting TERM makes ncurses look the terminal up again, now that
    # the profile's terminfo may be reachable.
    home.sessionVariablesExtra = ''
      . "${profileScript}"

      # reset TERM with new TERMINFO available (if any)
      export TERM="$TERM"
    '';

    # Interactive non-login bash reads neither /etc/profile nor
    # hm-session-vars.sh through .profile, so source both here.
    programs.bash.initExtra = ''
      . "${profileScript}"
      . "${profile}/etc/profile.d/hm-session-vars.sh"
    '';

    # zsh from the store does not look in the distribution's function
    # directories; add the ones that exist (the (/-N) qualifier drops the
    # missing ones).
    programs.zsh.envExtra = ''
      # Make system functions available to zsh
      () {
        setopt LOCAL_OPTIONS CASE_GLOB EXTENDED_GLOB

        local system_fpaths=(
            # Package default
            /usr/share/zsh/site-functions(/-N)

            # Debian
            /usr/share/zsh/functions/**/*(/-N)
            /usr/share/zsh/vendor-completions/(/-N)
            /usr/share/zsh/vendor-functions/(/-N)
        )
        fpath=(''${fpath} ''${system_fpaths})
      }
    '';

    systemd.user.sessionVariables = {
      NIX_PATH = "${channelsDir}\${NIX_PATH:+:}$NIX_PATH";
      TERMINFO_DIRS = "${profile}/share/terminfo:$TERMINFO_DIRS\${TERMINFO_DIRS:+:}${lib.concatStringsSep ":" hostTerminfoDirs}";
    };
  };
}
