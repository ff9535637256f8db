# The home environment: who and where the user is, the packages of the
# profile (`home.path`), the session variables and the file that exports
# them (hm-session-vars.sh), and the `home.activation` DAG itself. The
# generation that ties these together is in generation.nix; home.file in
# files.nix.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib)
    literalExpression
    mkDefault
    mkIf
    mkOption
    types
    ;

  cfg = config.home;

  olderThan2009 = lib.versionOlder cfg.stateVersion "20.09";

  sessionValue = types.nullOr (
    types.oneOf [
      types.str
      types.path
      types.int
      types.float
      types.bool
    ]
  );

  languageOption =
    var:
    mkOption {
      type = types.nullOr types.str;
      default = null;
      description = "Locale exported as {env}`${var}` in the session; unset when `null`.";
    };

  # home.language.<field> -> environment variable.
  languageVars = {
    base = "LANG";
    ctype = "LC_CTYPE";
    numeric = "LC_NUMERIC";
    time = "LC_TIME";
    collate = "LC_COLLATE";
    monetary = "LC_MONETARY";
    messages = "LC_MESSAGES";
    paper = "LC_PAPER";
    name = "LC_NAME";
    address = "LC_ADDRESS";
    telephone = "LC_TELEPHONE";
    measurement = "LC_MEASUREMENT";
  };

  keyboardType = types.submodule {
    options = {
      layout = mkOption {
        type = types.nullOr types.str;
        default = if lib.versionOlder cfg.stateVersion "19.09" then "us" else null;
        description = "XKB layout name, such as `us` or `de`; `null` keeps the system's.";
      };
      model = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = "pc105";
        description = "XKB model of the physical keyboard.";
      };
      options = mkOption {
        type = types.listOf types.str;
        default = [ ];
        example = [ "ctrl:nocaps" ];
        description = "XKB options, such as key remappings or the key that switches layouts.";
      };
      variant = mkOption {
        type = types.nullOr types.str;
        default = if lib.versionOlder cfg.stateVersion "19.09" then "" else null;
        example = "dvorak";
        description = "Variant of the XKB layout; `null` keeps the system's.";
      };
    };
  };

  # The exact layout of hm-session-vars.sh: a once-only guard, one export
  # per variable (sorted), a newline closing that block, the search-path
  # exports, then the extra lines. POSIX syntax only: bash, dash and zsh
  # all source it.
  sessionVarsText =
    ''
      # Only source this once.
      if [ -n "''${__HM_SESS_VARS_SOURCED-}" ]; then return; fi
      export __HM_SESS_VARS_SOURCED=1

      ${config.lib.shell.exportAll cfg.sessionVariables}
    ''
    + lib.concatStringsSep "\n" (
      lib.mapAttrsToList (
        name: values: config.lib.shell.export name (config.lib.shell.prependToVar ":" name values)
      ) cfg.sessionSearchVariables
    )
    + "\n"
    + cfg.sessionVariablesExtra;
in
{
  meta.maintainers = [ lib.maintainers.rycee ];

  options.home = {
    username = mkOption {
      type = types.nonEmptyStr;
      defaultText = literalExpression ''
        "$USER" before state version 20.09; no default from 20.09 on
      '';
      example = "alice";
      description = "Login name of the user this configuration is for.";
    };

    homeDirectory = mkOption {
      type = types.path;
      defaultText = literalExpression ''
        "$HOME" before state version 20.09; no default from 20.09 on
      '';
      apply = toString;
      example = "/home/alice";
      description = "Absolute path of that user's home directory; {option}`home.file` paths are relative to it.";
    };

    uid = mkOption {
      type = types.nullOr types.ints.unsigned;
      default = null;
      example = 1000;
      description = ''
        The user's uid. When set, activation checks that it runs as this
        user.
      '';
    };

    profileDirectory = mkOption {
      type = types.path;
      defaultText = literalExpression ''"''${home.homeDirectory}/.nix-profile"  or  "/etc/profiles/per-user/''${home.username}"'';
      readOnly = true;
      description = ''
        Nix profile that holds {option}`home.packages`: the user's own
        profile, or the per-user profile under {file}`/etc/profiles`
        when the system installs the packages.
      '';
    };

    language = lib.mapAttrs (_: languageOption) languageVars;

    keyboard = mkOption {
      type = types.nullOr keyboardType;
      default = if lib.versionAtLeast cfg.stateVersion "21.11" then null else { };
      defaultText = literalExpression ''
        { } before state version 21.11; null from 21.11 on
      '';
      description = ''
        XKB settings for the user's X session; `null` leaves the keyboard
        to the system.
      '';
    };

    shellAliases = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = literalExpression ''{ k = "kubectl"; please = "sudo"; }'';
      description = ''
        Aliases, from name to command, that every shell module defines
        (each shell's own aliases take precedence).
      '';
    };

    sessionVariables = mkOption {
      type = types.lazyAttrsOf sessionValue;
      default = { };
      example = {
        PAGER = "less";
        LESSHISTFILE = "$HOME/.cache/lesshst";
      };
      description = ''
        Variables exported by {file}`hm-session-vars.sh`, which the shell
        modules source at startup. Each value is written between double
        quotes as is, so `$OTHER` references expand when the file is read;
        a `null` value is skipped. They are written in name order, not in
        order of dependency, so avoid referring from one to another.
      '';
    };

    sessionVariablesPackage = mkOption {
      type = types.package;
      internal = true;
      description = "The package holding {file}`hm-session-vars.sh`.";
    };

    sessionPath = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "$HOME/bin"
        "$HOME/.cargo/bin"
      ];
      description = ''
        Directories put in front of {env}`PATH` at login. Each is
        written between double quotes, so `$HOME` and similar expand but
        `~` and globs do not.
      '';
    };

    sessionSearchVariables = mkOption {
      type = types.attrsOf (types.listOf types.str);
      default = { };
      example = {
        INFOPATH = [ "$HOME/.local/share/info" ];
      };
      description = ''
        Search-path variables (such as {env}`PATH`) to extend at login: the
        listed entries come first, then the variable's previous value.
      '';
    };

    sessionVariablesExtra = mkOption {
      type = types.lines;
      default = "";
      internal = true;
      description = "Extra lines appended to {file}`hm-session-vars.sh`.";
    };

    packages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      description = "Packages installed into the user's profile, so their programs are on {env}`PATH`.";
    };

    extraOutputsToInstall = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "man"
        "dev"
      ];
      description = "Outputs, besides each package's default ones, to link into the profile when a package has them.";
    };

    extraDependencies = mkOption {
      type = types.listOf types.pathInStore;
      default = [ ];
      internal = true;
      description = ''
        Store paths kept alive by the generation (listed in its
        {file}`extra-dependencies` file).
      '';
    };

    checks = mkOption {
      type = types.listOf types.package;
      default = [ ];
      internal = true;
      description = "Packages that must build before the generation is made.";
    };

    path = mkOption {
      type = types.package;
      internal = true;
      description = "The package collecting every {option}`home.packages` entry.";
    };

    extraProfileCommands = mkOption {
      type = types.lines;
      default = "";
      internal = true;
      description = "Commands run when building {option}`home.path`.";
    };

    emptyActivationPath = mkOption {
      type = types.bool;
      default = lib.versionAtLeast cfg.stateVersion "22.11";
      internal = true;
      description = ''
        Whether activation starts from an empty {env}`PATH` (plus the
        tools it needs) instead of appending the caller's.
      '';
    };

    extraActivationPath = mkOption {
      type = types.listOf types.package;
      default = [ ];
      internal = true;
      description = "Packages whose {file}`bin` directories activation adds to {env}`PATH`.";
    };

    activation = mkOption {
      type = lib.hm.types.dagOf types.str;
      default = { };
      example = literalExpression ''
        {
          makeNotesDir = lib.hm.dag.entryAfter [ "writeBoundary" ] '''
            run mkdir -p $VERBOSE_ARG "$HOME/notes"
          ''';
        }
      '';
      description = ''
        The activation scripts, as a DAG of named bash snippets run in
        order. Snippets that write must come after `writeBoundary`; those
        before it may only check. Use `run` for commands that change
        anything so `DRY_RUN` is honoured.
      '';
    };

    activationGenerateGcRoot = mkOption {
      type = types.bool;
      default = true;
      internal = true;
      description = "Whether activation registers the generation as a garbage collector root.";
    };

    extraBuilderCommands = mkOption {
      type = types.lines;
      default = "";
      internal = true;
      description = "Shell lines appended to the build of the generation directory.";
    };

    enableNixpkgsReleaseCheck = mkOption {
      type = types.bool;
      default = true;
      description = ''
        Whether to warn when the Home Manager release and the Nixpkgs
        release differ.
      '';
    };

    preferXdgDirectories = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Whether modules should place their files in XDG locations rather
        than directly under the home directory, where they can.
      '';
    };

    enableDebugInfo = mkOption {
      type = types.bool;
      default = false;
      description = "Whether to install the debug outputs of packages and point gdb at them.";
    };
  };

  config = {
    # Before 20.09 the identity came from the environment of the caller.
    home.username = mkIf olderThan2009 (mkDefault (builtins.getEnv "USER"));
    home.homeDirectory = mkIf olderThan2009 (mkDefault (builtins.getEnv "HOME"));

    home.profileDirectory =
      if config.submoduleSupport.enable && config.submoduleSupport.externalPackageInstall then
        "/etc/profiles/per-user/${cfg.username}"
      else if config.nix.useXdg then
        "${config.xdg.stateHome}/nix/profile"
      else
        cfg.homeDirectory + "/.nix-profile";

    home.sessionVariables = lib.mapAttrs' (field: var: lib.nameValuePair var cfg.language.${field}) (
      lib.filterAttrs (field: _: cfg.language.${field} != null) languageVars
    );

    home.sessionSearchVariables.PATH = mkIf (cfg.sessionPath != [ ]) cfg.sessionPath;

    home.extraOutputsToInstall = mkIf cfg.enableDebugInfo [ "debug" ];

    home.sessionVariablesPackage = pkgs.writeTextFile {
      name = "hm-session-vars.sh";
      destination = "/etc/profile.d/hm-session-vars.sh";
      text = sessionVarsText;
    };

    home.packages = [ cfg.sessionVariablesPackage ];

    home.path = pkgs.buildEnv {
      name = "home-manager-path";
      paths = cfg.packages;
      inherit (cfg) extraOutputsToInstall;
      postBuild = cfg.extraProfileCommands;
      meta.description = "Environment of packages installed through home-manager";
    };

    warnings =
      let
        hmRelease = config.home.version.release;
        libRelease = lib.trivial.release;
        pkgsRelease = pkgs.lib.trivial.release or libRelease;
      in
      lib.optional (cfg.enableNixpkgsReleaseCheck && (hmRelease != libRelease || hmRelease != pkgsRelease)) ''
        You are using

          Home Manager version ${hmRelease} and
          Nixpkgs version ${pkgsRelease}.

        Using mismatched versions is likely to cause errors and unexpected
        behavior. It is therefore highly recommended to use a release of Home
        Manager that corresponds with your chosen release of Nixpkgs.

        If you insist then you can disable this warning by adding

          home.enableNixpkgsReleaseCheck = false;

        to your configuration.
      '';
  };
}
