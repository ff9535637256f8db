# users.users and users.groups: the accounts the system layer creates when
# missing (it never deletes accounts it did not create), and each user's
# package list, linked at /etc/profiles/per-user/<name>.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib)
    mkDefault
    mkIf
    mkMerge
    mkOption
    types
    ;

  cfg = config.users;

  userModule =
    { name, config, ... }:
    {
      options = {
        name = mkOption {
          type = types.passwdEntry types.str;
          apply =
            x:
            assert (builtins.stringLength x < 32 || abort "Username '${x}' is longer than 31 characters which is not allowed!");
            x;
          description = "The account's name; the attribute name unless set.";
        };
        description = mkOption {
          type = types.passwdEntry types.str;
          default = "";
          example = "Alice Q. User";
          description = "The GECOS field: usually the user's full name.";
        };
        uid = mkOption {
          type = types.nullOr types.int;
          default = null;
          description = "The account's UID; null picks a free one when the account is created.";
        };
        isSystemUser = mkOption {
          type = types.bool;
          default = false;
          description = "A system account (UID below 1000 when picked automatically).";
        };
        isNormalUser = mkOption {
          type = types.bool;
          default = false;
          description = ''
            An account for a person: sets group to "users", createHome to
            true, home to /home/<name> and the default user shell.
          '';
        };
        group = mkOption {
          type = types.str;
          apply =
            x:
            assert (builtins.stringLength x < 32 || abort "Group name '${x}' is longer than 31 characters which is not allowed!");
            x;
          default = "";
          description = "The user's primary group.";
        };
        extraGroups = mkOption {
          type = types.listOf types.str;
          default = [ ];
          description = "The user's supplementary groups.";
        };
        home = mkOption {
          type = types.passwdEntry types.path;
          default = "/var/empty";
          description = "The user's home directory.";
        };
        homeMode = mkOption {
          type = types.strMatching "[0-7]{1,5}";
          default = "700";
          description = "Mode of the home directory when it is created.";
        };
        createHome = mkOption {
          type = types.bool;
          default = false;
          description = "Whether to create the home directory, owned by the user.";
        };
        useDefaultShell = mkOption {
          type = types.bool;
          default = false;
          description = "Whether the shell is users.defaultUserShell.";
        };
        shell = mkOption {
          type = types.nullOr (types.either types.shellPackage (types.passwdEntry types.path));
          default = "/usr/sbin/nologin";
          example = "/bin/bash";
          description = ''
            The login shell: a path, or a package with `shellPath`. Hearth
            runs on a host it does not own, so the default is the host's
            nologin rather than a package.
          '';
        };
        packages = mkOption {
          type = types.listOf types.package;
          default = [ ];
          description = "Packages linked into /etc/profiles/per-user/<name>.";
        };
      };

      config = mkMerge [
        {
          name = mkDefault name;
          shell = mkIf config.useDefaultShell (mkDefault cfg.defaultUserShell);
        }
        (mkIf config.isNormalUser {
          group = mkDefault "users";
          createHome = mkDefault true;
          home = mkDefault "${cfg.defaultUserHome}/${config.name}";
          useDefaultShell = mkDefault true;
          isSystemUser = mkDefault false;
        })
      ];
    };

  groupModule =
    { name, config, ... }:
    {
      options = {
        name = mkOption {
          type = types.passwdEntry types.str;
          description = "The group's name; the attribute name unless set.";
        };
        gid = mkOption {
          type = types.nullOr types.int;
          default = null;
          description = "The group's GID; null picks a free one when the group is created.";
        };
        members = mkOption {
          type = types.listOf (types.passwdEntry types.str);
          default = [ ];
          description = "Members of the group besides those listing it in extraGroups.";
        };
      };
      config = {
        name = mkDefault name;
        members = lib.mapAttrsToList (_: u: u.name) (
          lib.filterAttrs (_: u: builtins.elem config.name u.extraGroups) cfg.users
        );
      };
    };

  idsAreUnique =
    set: idAttr:
    let
      ids = map (v: toString v.${idAttr}) (builtins.attrValues (lib.filterAttrs (_: v: v.${idAttr} != null) set));
    in
    builtins.length ids == builtins.length (lib.unique ids);

  groupNames = lib.mapAttrsToList (_: g: g.name) cfg.groups;
  usersWithoutExistingGroup = lib.filterAttrs (_: u: u.group != "" && !builtins.elem u.group groupNames) cfg.users;

  nameRegex = "[a-zA-Z0-9_.][a-zA-Z0-9_.-]*";

  userAssertions =
    user:
    [
      {
        assertion = builtins.match nameRegex user.name != null;
        message = "The username \"${user.name}\" is not valid, it does not match the regex \"${nameRegex}\".";
      }
      {
        assertion = user.isNormalUser && user.uid != null -> user.uid >= 1000;
        message = ''
          A user cannot have a users.users.${user.name}.uid set below 1000 and set users.users.${user.name}.isNormalUser.
          Either users.users.${user.name}.isSystemUser must be set to true instead of users.users.${user.name}.isNormalUser
          or users.users.${user.name}.uid must be changed to 1000 or above.
        '';
      }
      {
        assertion =
          let
            isEffectivelySystemUser = user.isSystemUser || (user.uid != null && user.uid < 1000 && !user.isNormalUser);
          in
          lib.xor isEffectivelySystemUser user.isNormalUser;
        message = ''
          Exactly one of users.users.${user.name}.isSystemUser and users.users.${user.name}.isNormalUser must be set.
        '';
      }
      {
        assertion = user.group != "";
        message = ''
          users.users.${user.name}.group is unset. This used to default to
          nogroup, but this is unsafe. For example you can create a group
          for this user with:
          users.users.${user.name}.group = "${user.name}";
          users.groups.${user.name} = {};
        '';
      }
    ];
in
{
  options.users = {
    users = mkOption {
      type = types.attrsOf (types.submodule userModule);
      default = { };
      description = "User accounts; missing ones are created on a switch.";
    };

    groups = mkOption {
      type = types.attrsOf (types.submodule groupModule);
      default = { };
      description = "Groups; missing ones are created on a switch.";
    };

    defaultUserHome = mkOption {
      type = types.str;
      default = "/home";
      description = "The directory normal users' homes are created in.";
    };

    defaultUserShell = mkOption {
      type = types.either types.shellPackage (types.passwdEntry types.path);
      default = "/bin/bash";
      description = "The shell of users with useDefaultShell (normal users): the host's bash unless set.";
    };
  };

  config = {
    # The primary group of normal users, with the GID Debian and NixOS
    # both give it.
    users.groups.users.gid = mkDefault 100;

    environment.etc = lib.mapAttrs' (
      _: u:
      lib.nameValuePair "profiles/per-user/${u.name}" {
        source = pkgs.buildEnv {
          name = "user-environment";
          paths = u.packages;
          inherit (config.environment) pathsToLink extraOutputsToInstall;
        };
      }
    ) (lib.filterAttrs (_: u: u.packages != [ ]) cfg.users);

    environment.profiles = [
      "$HOME/.nix-profile"
      "\${XDG_STATE_HOME}/nix/profile"
      "$HOME/.local/state/nix/profile"
      "/etc/profiles/per-user/$USER"
    ];

    assertions = [
      {
        assertion = idsAreUnique cfg.users "uid" && idsAreUnique cfg.groups "gid";
        message = "UIDs and GIDs must be unique!";
      }
      {
        assertion = usersWithoutExistingGroup == { };
        message =
          let
            errUsers = builtins.attrNames usersWithoutExistingGroup;
            missingGroups = lib.unique (lib.mapAttrsToList (_: u: u.group) usersWithoutExistingGroup);
          in
          ''
            The following users have a primary group that is undefined: ${lib.concatStringsSep " " errUsers}
            Hint: Add this to your NixOS configuration:
              ${lib.concatStringsSep "\n  " (map (g: "users.groups.${g} = {};") missingGroups)}
          '';
      }
    ]
    ++ lib.concatMap userAssertions (builtins.attrValues cfg.users);
  };
}
