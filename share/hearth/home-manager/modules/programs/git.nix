# programs.git: writes ~/.config/git/config (git's INI dialect through
# lib.generators.toGitINI, sections sorted, includes appended last), and
# ~/.config/git/{ignore,attributes,allowed_signers} when they have content,
# byte for byte as Home Manager does, and the systemd timers of
# `git maintenance`. Diff tools (delta, difftastic, diff-so-fancy) are
# their own modules; this one only refuses two of them as git's pager.
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
            When set, the file is pulled in through `includeIf` and only
            takes effect where this condition holds (for example
            `gitdir:~/work/`); the forms git accepts are listed in
            {manpage}`git-config(1)`. When `null`, a plain `include` is
            written.
          '';
        };

        path = mkOption {
          type = types.either types.str types.path;
          description = "File that the include points git at.";
        };

        contents = mkOption {
          type = types.attrsOf types.anything;
          default = { };
          example = literalExpression ''
            {
              user.email = "me@employer.example";
              core.sshCommand = "ssh -i ~/.ssh/id_work";
            }
          '';
          description = ''
            Settings, in the same shape as {option}`programs.git.settings`,
            rendered to a file in the store that becomes
            {option}`path`. Leave empty to point at an existing file
            instead.
          '';
        };

        contentSuffix = mkOption {
          type = types.str;
          default = "gitconfig";
          description = ''
            Name suffix of the store file generated from
            {option}`contents`.
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

  # Modules that each make their tool git's pager; at most one may.
  pagerIntegrations = [
    "delta"
    "diff-highlight"
    "diff-so-fancy"
    "patdiff"
  ];
  enabledPagers = builtins.filter (
    name: lib.attrByPath [ "programs" name "enableGitIntegration" ] false config
  ) pagerIntegrations;

  # What `git maintenance start` would write; %i is the schedule.
  maintenanceExe = if cfg.package == null then "git" else lib.getExe' cfg.package "git";

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
        {var}`pkgs.gitFull` adds the extras left out of the default
        build, {command}`git send-email` among them.
      '';
    };

    settings = mkOption {
      type = settingsType;
      default = { };
      example = literalExpression ''
        {
          init.defaultBranch = "main";
          pull.rebase = true;
          alias.lg = "log --oneline --graph";
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
          commit-msg = ./hooks/check-subject.sh;
        }
      '';
      description = ''
        Hook scripts by hook name. They are linked into one directory
        that `core.hooksPath` points to, so they apply to every
        repository; see <https://git-scm.com/docs/githooks>.
      '';
    };

    signing = {
      key = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = ''
          Key used for signing, written as `user.signingKey`. When
          `null`, the signing program picks a key from the committer's
          identity.
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
          "openpgp" when home.stateVersion is older than 25.05, else null
        '';
        description = ''
          Kind of signature to make (`gpg.format`): `openpgp` for GnuPG,
          `ssh` for SSH keys or `x509` for S/MIME certificates.
        '';
      };

      signByDefault = mkOption {
        type = types.nullOr types.bool;
        default = null;
        description = "Sign every commit and tag (`commit.gpgSign` and `tag.gpgSign`); omitted when `null`.";
      };

      signer = mkOption {
        type = types.nullOr types.str;
        default = if cfg.signing.format == null then null else defaultSigners.${cfg.signing.format};
        defaultText = "\${pkgs.gnupg}/bin/gpg, \${pkgs.openssh}/bin/ssh-keygen or \${pkgs.gnupg}/bin/gpgsm, by format";
        description = "Program git runs to sign, stored as `gpg.<format>.program`.";
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
        ".direnv/"
        "*.orig"
      ];
      description = "Patterns ignored in every repository, written to {file}`$XDG_CONFIG_HOME/git/ignore`.";
    };

    attributes = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "*.lockb binary" ];
      description = "Attribute lines applied in every repository, written to {file}`$XDG_CONFIG_HOME/git/attributes`.";
    };

    includes = mkOption {
      type = types.listOf includeModule;
      default = [ ];
      example = literalExpression ''
        [
          { path = "~/.config/git/local"; }
          {
            condition = "gitdir:~/work/";
            path = "~/.config/git/work";
          }
        ]
      '';
      description = "Other configuration files to pull in, each optionally only under a condition; they come last so they can override the settings above.";
    };

    maintenance = {
      enable = lib.mkEnableOption ''
        scheduled {command}`git maintenance` runs (systemd user timers) on
        {option}`programs.git.maintenance.repositories`; for SSH remotes git
        needs its SSH support'';

      repositories = mkOption {
        type = types.listOf types.str;
        default = [ ];
        example = [ "/home/jane/src/hearth" ];
        description = "Absolute paths of the repositories to maintain (`maintenance.repo`).";
      };

      timers = mkOption {
        type = types.attrsOf types.str;
        default = {
          hourly = "*-*-* 1..23:53:00";
          daily = "Tue..Sun *-*-* 0:53:00";
          weekly = "Mon 0:53:00";
        };
        description = ''
          One timer per schedule: the name is given to
          `git maintenance run --schedule`, the value is the timer's
          `OnCalendar`.
        '';
      };
    };

    lfs = {
      enable = lib.mkEnableOption "Git Large File Storage";

      package = lib.mkPackageOption pkgs "git-lfs" { };

      skipSmudge = mkOption {
        type = types.bool;
        default = false;
        description = ''
          Pass `--skip` to the LFS filters so large files are not fetched
          on checkout; fetch them when wanted with
          {command}`git lfs pull`.
        '';
      };
    };
  };

  config = lib.mkMerge [
    {
      assertions = [
        {
          assertion = builtins.length enabledPagers <= 1;
          message = ''
            Only one of the following options can be enabled at a time.
            ${lib.concatMapStrings (name: "  - `programs.${name}.enableGitIntegration'\n") enabledPagers}'';
        }
      ];
    }

    (mkIf cfg.enable (
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

        (mkIf cfg.maintenance.enable {
          programs.git.iniContent.maintenance.repo = cfg.maintenance.repositories;

          # The service and timers `git maintenance start` would install,
          # with the same sandboxing.
          systemd.user.services."git-maintenance@" = {
            Unit = {
              Description = "Optimize Git repositories data";
              Documentation = [ "man:git-maintenance(1)" ];
            };
            Service = {
              Type = "oneshot";
              ExecStart = ''"${maintenanceExe}" for-each-repo --keep-going --config=maintenance.repo maintenance run --schedule=%i'';
              LockPersonality = "yes";
              MemoryDenyWriteExecute = "yes";
              NoNewPrivileges = "yes";
              RestrictAddressFamilies = "AF_UNIX AF_INET AF_INET6 AF_VSOCK";
              RestrictNamespaces = "yes";
              RestrictRealtime = "yes";
              RestrictSUIDSGID = "yes";
              SystemCallArchitectures = "native";
              SystemCallFilter = "@system-service";
            };
          };

          systemd.user.timers = lib.mapAttrs' (
            schedule: onCalendar:
            lib.nameValuePair "git-maintenance@${schedule}" {
              Unit.Description = "Optimize Git repositories data";
              Timer = {
                OnCalendar = onCalendar;
                Persistent = true;
              };
              Install.WantedBy = [ "timers.target" ];
            }
          ) cfg.maintenance.timers;
        })
      ]
    ))
  ];
}
