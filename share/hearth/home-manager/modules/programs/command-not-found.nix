# programs.command-not-found: a handler in bash, zsh and fish that, for a
# command the shell cannot find, names the nixpkgs package providing it
# from a channel's programs.sqlite.
#
# Differs from Home Manager: the helper is Hearth's own shell script over
# the sqlite3 command (Home Manager's is a Perl script), with its own
# wording; like Home Manager's it honours NIX_SYSTEM and NIX_AUTO_RUN and
# exits with 127. A Debian machine has no such database unless a nixpkgs
# channel is installed; the handler then reports a plain "command not
# found".
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.command-not-found;

  sqlite = lib.getExe' pkgs.sqlite "sqlite3";

  helper = pkgs.writeTextFile {
    name = "command-not-found";
    destination = "/bin/command-not-found";
    executable = true;
    text = ''
      #!${pkgs.runtimeShell}
      program=$1
      db=${lib.escapeShellArg (toString cfg.dbPath)}
      system=''${NIX_SYSTEM:-${pkgs.stdenv.hostPlatform.system}}

      # SQL string literals double their quotes.
      q="'"
      quote() { printf '%s' "$q''${1//$q/$q$q}$q"; }

      packages=()
      if [ -f "$db" ]; then
        mapfile -t packages < <(${sqlite} -readonly "$db" \
          "select package from Programs where system = $(quote "$system") and name = $(quote "$program");" 2>/dev/null)
      fi

      case ''${#packages[@]} in
        0)
          echo "$program: command not found" >&2
          ;;
        1)
          if [ -n "''${NIX_AUTO_RUN-}" ]; then
            exec nix-shell -p "''${packages[0]}" --run "$(printf '%q ' exec "$@")"
          fi
          echo "$program: command not found; the package ''${packages[0]} provides it:" >&2
          echo "  nix-env -iA nixos.''${packages[0]}" >&2
          ;;
        *)
          echo "$program: command not found; these packages provide it:" >&2
          printf '  nix-env -iA nixos.%s\n' "''${packages[@]}" >&2
          ;;
      esac
      exit 127
    '';
  };

  helperExe = "${helper}/bin/command-not-found";
in
{
  options.programs.command-not-found = {
    enable = lib.mkEnableOption "a handler suggesting the package of a missing command";

    dbPath = lib.mkOption {
      type = lib.types.path;
      default = "/nix/var/nix/profiles/per-user/root/channels/nixos/programs.sqlite";
      description = ''
        The {file}`programs.sqlite` mapping programs to packages; a
        nixpkgs channel (its {file}`nixexprs.tar.xz`) provides one.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    programs.bash.initExtra = ''
      command_not_found_handle() {
        '${helperExe}' "$@"
      }
    '';

    programs.zsh.initContent = ''
      command_not_found_handler() {
        '${helperExe}' "$@"
      }
    '';

    # fish has a NixOS handler of its own; name ours explicitly.
    programs.fish.interactiveShellInit = ''
      function fish_command_not_found
        "${helperExe}" $argv
      end
    '';

    home.packages = [ helper ];
  };
}
