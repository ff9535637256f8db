# programs.borgmatic: one ~/.config/borgmatic.d/<name>.yaml per backup
# (borgmatic reads every file of that directory). Each file is a single
# flat mapping, written as JSON (which YAML accepts), merging the typed
# location, storage, retention and consistency settings with each
# section's extraConfig. Optionally the backup excludes the links Home
# Manager itself manages, listed in a generated exclude file.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) literalExpression mkOption types;

  cfg = config.programs.borgmatic;
  yaml = pkgs.formats.yaml { };

  dropNulls = lib.filterAttrs (_: v: v != null);

  optional' =
    type: description: extra:
    mkOption (
      {
        type = types.nullOr type;
        default = null;
        inherit description;
      }
      // extra
    );

  extraConfig = mkOption {
    type = yaml.type;
    default = { };
    description = "More borgmatic settings, merged into the file as they are.";
  };

  keep =
    period:
    optional' types.int "How many ${period} archives to keep; -1 keeps them all." {
      example = 3;
    };

  repositoryType = types.submodule {
    options = {
      path = mkOption {
        type = types.str;
        example = "ssh://myuser@myrepo.myserver.com/./repo";
        description = "Where the repository is.";
      };
      label = optional' types.str "Name to pick the repository by with `--repository`." {
        example = "remote";
      };
    };
  };

  # A plain string is a repository path without a label.
  normaliseRepositories = map (r: if builtins.isString r then { path = r; } else dropNulls r);

  checkType = types.submodule {
    options = {
      name = mkOption {
        type = types.enum [
          "repository"
          "archives"
          "data"
          "extract"
        ];
        example = "repository";
        description = "Which consistency check to run.";
      };
      frequency = optional' (types.strMatching "([[:digit:]]+ .*)|always") "How often the check runs." {
        example = "2 weeks";
      };
    };
  };

  # Every home.file link that is not a recursive directory, one path a line.
  managedLinks = pkgs.writeText "hm-symlinks.txt" (
    lib.concatMapStrings (f: "${config.home.homeDirectory}/${f.target}\n") (
      lib.filter (f: !f.recursive) (builtins.attrValues config.home.file)
    )
  );

  backupType = types.submodule (
    { config, ... }:
    {
      options = {
        location = {
          sourceDirectories = optional' (types.listOf types.str) ''
            Directories to back up. Exclusive with
            {option}`programs.borgmatic.backups.<name>.location.patterns`.
          '' { example = literalExpression "[ config.home.homeDirectory ]"; };

          patterns = optional' (types.listOf types.str) ''
            Borg patterns choosing what to back up (see
            {command}`borg help patterns`); paths are relative to `/`.
            Exclusive with
            {option}`programs.borgmatic.backups.<name>.location.sourceDirectories`.
          '' { example = [ "R /home/user" "- home/user/.cache" ]; };

          repositories = mkOption {
            type = types.listOf (types.either types.str repositoryType);
            apply = normaliseRepositories;
            example = [
              {
                path = "ssh://myuser@myrepo.myserver.com/./repo";
                label = "server";
              }
              "/var/lib/backups/local.borg"
            ];
            description = "Repositories to back up to: paths, or paths with labels.";
          };

          excludeHomeManagerSymlinks = mkOption {
            type = types.bool;
            default = false;
            example = true;
            description = ''
              Leave out the links Home Manager manages, so that a restored
              home does not point into a store that may lack them.
            '';
          };

          inherit extraConfig;
        };

        storage = {
          encryptionPasscommand = optional' types.str "Command printing the repository passphrase." {
            example = literalExpression ''"''${pkgs.password-store}/bin/pass borg-repo"'';
          };
          inherit extraConfig;
        };

        retention = {
          keepWithin = optional' (types.strMatching "[[:digit:]]+[Hdwmy]") "Keep every archive younger than this." {
            example = "2d";
          };
          keepSecondly = keep "secondly";
          keepMinutely = keep "minutely";
          keepHourly = keep "hourly";
          keepDaily = keep "daily";
          keepWeekly = keep "weekly";
          keepMonthly = keep "monthly";
          keepYearly = keep "yearly";
          inherit extraConfig;
        };

        consistency = {
          checks = mkOption {
            type = types.listOf checkType;
            default = [ ];
            description = "Consistency checks to run.";
          };
          inherit extraConfig;
        };

        output = { inherit extraConfig; };
        hooks = { inherit extraConfig; };
      };

      config.location.extraConfig.exclude_from = lib.mkIf config.location.excludeHomeManagerSymlinks (
        lib.mkAfter [ (toString managedLinks) ]
      );
    }
  );

  # Later sections' extraConfig win over earlier keys, as in Home Manager.
  backupFile =
    b:
    lib.generators.toYAML { } (
      dropNulls (
        {
          source_directories = b.location.sourceDirectories;
          patterns = b.location.patterns;
          repositories = b.location.repositories;
          encryption_passcommand = b.storage.encryptionPasscommand;
          keep_within = b.retention.keepWithin;
          keep_secondly = b.retention.keepSecondly;
          keep_minutely = b.retention.keepMinutely;
          keep_hourly = b.retention.keepHourly;
          keep_daily = b.retention.keepDaily;
          keep_weekly = b.retention.keepWeekly;
          keep_monthly = b.retention.keepMonthly;
          keep_yearly = b.retention.keepYearly;
          checks = b.consistency.checks;
        }
        // b.location.extraConfig
        // b.storage.extraConfig
        // b.retention.extraConfig
        // b.consistency.extraConfig
        // b.output.extraConfig
        // b.hooks.extraConfig
      )
    );

  perBackup = f: lib.mapAttrsToList f cfg.backups;
in
{
  options.programs.borgmatic = {
    enable = lib.mkEnableOption "Borgmatic";

    package = lib.mkPackageOption pkgs "borgmatic" { nullable = true; };

    backups = mkOption {
      type = types.attrsOf backupType;
      example = literalExpression ''
        {
          personal.location = {
            sourceDirectories = [ "/home/me/personal" ];
            repositories = [ "ssh://myuser@myserver.com/./personal-repo" ];
          };
        }
      '';
      description = "Named backup configurations, each with its sources and repositories.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions =
      perBackup (name: b: {
        assertion = b.location.sourceDirectories == null || b.location.patterns == null;
        message = ''
          Borgmatic backup configuration "${name}" cannot specify both 'location.sourceDirectories' and 'location.patterns'.
        '';
      })
      ++ perBackup (name: b: {
        assertion = b.location.sourceDirectories != null || b.location.patterns != null;
        message = ''
          Borgmatic backup configuration "${name}" must specify one of 'location.sourceDirectories' or 'location.patterns'.
        '';
      });

    xdg.configFile = lib.mapAttrs' (
      name: b: lib.nameValuePair "borgmatic.d/${name}.yaml" { text = backupFile b; }
    ) cfg.backups;

    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];
  };
}
