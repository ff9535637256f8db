# programs.git: writes ~/.config/git/config (git's INI dialect through
# lib.generators.toGitINI, sections sorted, includes appended last), and
# ~/.config/git/{ignore,attributes,allowed_signers} when they have content,
# byte for byte as Home Manager does. Diff tools (delta, difftastic...) and
# `git maintenance` timers are separate modules and not shipped here.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib)
    literalExpression
    mkIf
    mkOption
    types
    ;

  cfg = config.programs.git;

  gitIniType =
    let
      primitive = types.either types.str (types.either types.bool types.int);
      multiple = types.either primitive (types.listOf primitive);
      section = types.attrsOf multiple;
    in
    types.attrsOf (types.attrsOf (types.either multiple section));

  # `settings` takes an attribute set (definitions merge into one
  # configuration, rendered with sorted sections) or a list of them (each
  # rendered on its own, in order, so sections may repeat and keep their
  # order). Attribute-set definitions stay one value; when lists are given
  # too, that merged set comes first.
  settingsType = lib.mkOptionType {
    name = "gitSettings";
    description = "${gitIniType.description} or list of ${gitIniType.description}";
    check = v: builtins.isAttrs v || builtins.isList v;
    merge =
      loc: defs:
      let
        sets = builtins.filter (d: builtins.isAttrs d.value) defs;
        lists = builtins.filter (d: builtins.isList d.value) defs;
      in
      if lists == [ ] then
        gitIniType.merge loc sets
      else
        lib.optional (sets != [ ]) (gitIniType.merge loc sets) ++ (types.listOf gitIniType).merge loc lists;
    emptyValue.value = { };
    getSubOptions = gitIniType.getSubOptions;
  };

  toGitINI = lib.generators.toGitINI;

  includeModule = types.submodule (
    { config, ... }:
    {
      options = {
        condition = mkOption {
          type = types.nullOr types.str;
          default = null;
          description = ''
            Include this configuration only when {var}`condition`
            matches. Allowed conditions are described in
            {manpage}`git-config(1)`.
          '';
        };

        path = mkOption {
          type = types.either types.str types.path;
          description = "Path of the configuration file to include.";
        };

        contents = mkOption {
          type = types.attrsOf types.anything;
          default = { };
          example = literalExpression ''
            {
              user = {
                email = "bob@work.example.com";
                name = "Bob Work";
                signingKey = "1A2B3C4D5E6F7G8H";
              };
              commit = {
                gpgSign = true;
              };
            };
          '';
          description = ''
            Configuration to include. If empty then a path must be given.

            This follows the configuration structure as described in
            {manpage}`git-config(1)`.
          '';
        };

        contentSuffix = mkOption {
          type = types.str;
          default = "gitconfig";
          description = ''
            Nix store name for the git configuration text file,
            when generating the configuration text from nix options.
          '';
        };
      };

      config.path = mkIf (config.contents != { }) (
        lib.mkDefault (pkgs.writeText (lib.hm.strings.storeFileName config.contentSuffix) (toGitINI config.contents))
      );
    }
  );

  # The program each signature format runs unless `signing.signer` says.
  defaultSigners = {
    openpgp = "${pkgs.gnupg}/bin/gpg";
    ssh = "${pkgs.openssh}/bin/ssh-keygen";
    x509 = "${pkgs.gnupg}/bin/gpgsm";
  };

  fragments = if builtins.isList cfg.settings then cfg.settings else [ ];

  includeSection =
    i:
    if i.condition != null then
      { includeIf.${i.condition}.path = "${i.path}"; }
    else
      { include.path = "${i.path}"; };

  renamed =
    from: to:
    lib.mkRenamedOptionModule
      (
        [
          "programs"
          "git"
        ]
        ++ from
      )
      (
        [
          "programs"
          "git"
        ]
        ++ to
      );
in
{
  meta.maintainers = [ lib.maintainers.rycee ];

  imports = [
    (renamed [ "userName" ] [ "settings" "user" "name" ])
    (renamed [ "userEmail" ] [ "settings" "user" "email" ])
    (renamed [ "aliases" ] [ "settings" "alias" ])
    (renamed [ "extraConfig" ] [ "settings" ])
    (renamed [ "signing" "gpgPath" ] [ "signing" "signer" ])
  ];

  options.programs.git = {
    enable = lib.mkEnableOption "Git";

    package = lib.mkPackageOption pkgs "git" {
      nullable = true;
      example = "pkgs.gitFull";
      extraDescription = ''
        Use {var}`pkgs.gitFull`
        to gain access to {command}`git send-email` for instance.
      '';
    };

    settings = mkOption {
      type = settingsType;
      default = { };
      example = literalExpression ''
        {
          core.whitespace = "trailing-space,space-before-tab";
          url."ssh://git@host".insteadOf = "otherhost";
        }
      '';
      description = ''
        Configuration written to {file}`$XDG_CONFIG_HOME/git/config`.
        An attribute set is rendered with its sections sorted by name; a
        list of attribute sets is rendered fragment by fragment, in order,
        for sections that must repeat or come in a given order. See
        {manpage}`git-config(1)` for the options.
      '';
    };

    iniContent = mkOption {
      type = gitIniType;
      internal = true;
    };

    hooks = mkOption {
      type = types.attrsOf types.path;
      default = { };
      example = literalExpression ''
        {
          pre-commit = ./pre-commit-script;
        }
      '';
      description = ''
        Configuration helper for Git hooks.
        See <https://git-scm.com/docs/githooks>
        for reference.
      '';
    };

    signing = {
      key = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = ''
          The default signing key fingerprint.

          Set to `null` to let the signer decide what signing key
          to use depending on commit’s author.
        '';
      };

      format = mkOption {
        type = types.nullOr (
          types.enum [
            "openpgp"
            "ssh"
            "x509"
          ]
        );
        default = if lib.versionOlder config.home.stateVersion "25.05" then "openpgp" else null;
        defaultText = literalExpression ''
          "openpgp" for state version < 25.05,
          undefined for state version ≥ 25.05
        '';
        description = ''
          The signing method to use when signing commits and tags.
          Valid values are `openpgp` (OpenPGP/GnuPG), `ssh` (SSH), and `x509` (X.509 certificates).
        '';
      };

      signByDefault = mkOption {
        type = types.nullOr types.bool;
        default = null;
        description = "Whether commits and tags should be signed by default.";
      };

      signer = mkOption {
        type = types.nullOr types.str;
        default = if cfg.signing.format == null then null else defaultSigners.${cfg.signing.format};
        defaultText = "\${pkgs.gnupg}/bin/gpg, \${pkgs.openssh}/bin/ssh-keygen or \${pkgs.gnupg}/bin/gpgsm, by format";
        description = "Path to signer binary to use.";
      };

      allowedSigners = mkOption {
        type = types.nullOr types.lines;
        default = null;
        description = ''
          Contents of {file}`$XDG_CONFIG_HOME/git/allowed_signers`, which
          `gpg.ssh.allowedSignersFile` then points to.
        '';
      };
    };

    ignores = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "*~"
        "*.swp"
      ];
      description = "List of paths that should be globally ignored.";
    };

    attributes = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "*.pdf diff=pdf" ];
      description = "List of defining attributes set globally.";
    };

    includes = mkOption {
      type = types.listOf includeModule;
      default = [ ];
      example = literalExpression ''
        [
          { path = "~/path/to/config.inc"; }
          {
            path = "~/path/to/conditional.inc";
            condition = "gitdir:~/src/dir";
          }
        ]
      '';
      description = "List of configuration files to include.";
    };

    lfs = {
      enable = lib.mkEnableOption "Git Large File Storage";

      package = lib.mkPackageOption pkgs "git-lfs" { };

      skipSmudge = mkOption {
        type = types.bool;
        default = false;
        description = ''
          Skip automatic downloading of objects on clone or pull.
          This requires a manual {command}`git lfs pull`
          every time a new commit is checked out on your repository.
        '';
      };
    };
  };

  config = mkIf cfg.enable (
    lib.mkMerge [
      {
        home.packages = lib.optional (cfg.package != null) cfg.package;

        programs.git.iniContent = mkIf (builtins.isAttrs cfg.settings) cfg.settings;

        xdg.configFile = {
          # Empty renderings are dropped so a list of fragments never
          # starts with a blank line.
          "git/config".text = lib.concatStringsSep "\n" (
            builtins.filter (s: s != "") (map toGitINI ([ cfg.iniContent ] ++ fragments))
          );

          "git/ignore" = mkIf (cfg.ignores != [ ]) { text = lib.concatStringsSep "\n" cfg.ignores + "\n"; };

          "git/attributes" = mkIf (cfg.attributes != [ ]) {
            text = lib.concatStringsSep "\n" cfg.attributes + "\n";
          };

          "git/allowed_signers" = mkIf (cfg.signing.allowedSigners != null) {
            text = cfg.signing.allowedSigners;
          };
        };
      }

      {
        programs.git.iniContent = {
          user.signingKey = mkIf (cfg.signing.key != null) cfg.signing.key;
          commit.gpgSign = mkIf (cfg.signing.signByDefault != null) cfg.signing.signByDefault;
          tag.gpgSign = mkIf (cfg.signing.signByDefault != null) cfg.signing.signByDefault;
          gpg = lib.mkMerge [
            (mkIf (cfg.signing.format != null) { format = cfg.signing.format; })
            (mkIf (cfg.signing.format != null && cfg.signing.signer != null) {
              ${cfg.signing.format}.program = cfg.signing.signer;
            })
            (mkIf (cfg.signing.allowedSigners != null) {
              ssh.allowedSignersFile = "${config.xdg.configHome}/git/allowed_signers";
            })
          ];
        };
      }

      (mkIf (cfg.hooks != { }) {
        programs.git.iniContent.core.hooksPath = toString (
          pkgs.linkFarm "git-hooks" (lib.mapAttrsToList (name: path: { inherit name path; }) cfg.hooks)
        );
      })

      # Includes go after everything else: a later value wins in git, so
      # an included file can override the settings above.
      (mkIf (cfg.includes != [ ]) {
        xdg.configFile."git/config".text = lib.mkAfter (
          lib.concatStringsSep "\n" (map (i: toGitINI (includeSection i)) cfg.includes)
        );
      })

      (mkIf cfg.lfs.enable {
        home.packages = [ cfg.lfs.package ];

        programs.git.iniContent.filter.lfs =
          let
            skipArg = lib.optional cfg.lfs.skipSmudge "--skip";
          in
          {
            clean = "git-lfs clean -- %f";
            process = lib.concatStringsSep " " ([ "git-lfs" "filter-process" ] ++ skipArg);
            required = true;
            smudge = lib.concatStringsSep " " ([ "git-lfs" "smudge" ] ++ skipArg ++ [ "--" "%f" ]);
          };
      })
    ]
  );
}
