# The module of a Firefox-like browser, for programs.firefox (./default.nix)
# and any derivative that keeps Firefox's profile layout: the package and
# its wrapping, profiles.ini, and per profile user.js, userChrome.css,
# userContent.css, bookmarks, containers.json, extensions and their
# storage. The profile file formats shared with Thunderbird are in
# ../mozilla/profiles.nix.
{
  # Where the options live, e.g. [ "programs" "firefox" ].
  modulePath,
  # The browser's name as people write it ("Firefox").
  name,
  wrappedPackageName ? null,
  unwrappedPackageName ? null,
  # platforms.linux.configPath, the legacy directory, and optionally
  # platforms.linux.xdgConfigPath, the one under $XDG_CONFIG_HOME that is the
  # default from state version 26.05 on; platforms.darwin.configPath.
  platforms,
  visible ? false,
  enableBookmarks ? true,
}:
{
  config,
  options,
  lib,
  pkgs,
  ...
}:
let
  inherit (lib)
    concatStringsSep
    length
    literalExpression
    mapAttrsToList
    mkIf
    mkMerge
    mkOption
    optional
    optionalString
    types
    ;
  inherit (pkgs.stdenv.hostPlatform) isDarwin;

  # `name` is the profile's own name inside the profile submodule.
  appName = name;
  cfg = lib.getAttrFromPath modulePath config;
  opts = lib.getAttrFromPath modulePath options;
  moduleName = concatStringsSep "." modulePath;
  mozilla = import ../mozilla/profiles.nix { inherit lib; };
  bookmarks = import ./bookmarks.nix { inherit lib pkgs; };
  jsonFormat = pkgs.formats.json { };

  # Before 19.09 the package was the unwrapped browser.
  isWrapped = lib.versionAtLeast config.home.stateVersion "19.09" && wrappedPackageName != null;
  defaultPackageName = if isWrapped then wrappedPackageName else unwrappedPackageName;
  packageName = if wrappedPackageName != null then wrappedPackageName else unwrappedPackageName;

  # From 26.05 on, the profiles go under $XDG_CONFIG_HOME where the browser
  # supports it; earlier configurations keep the legacy directory.
  xdgConfigPath = platforms.linux.xdgConfigPath or null;
  useXdgPath =
    !isDarwin && xdgConfigPath != null && lib.versionAtLeast config.home.stateVersion "26.05";
  xdgConfigPathAbsolute = "${config.xdg.configHome}/${xdgConfigPath}";
  legacyPathByDefault =
    !isDarwin && xdgConfigPath != null && !useXdgPath && opts.configPath.highestPrio >= 1500;

  # Extensions every profile finds in its extensions directory, under the
  # application ID Firefox's derivatives share.
  extensionDir = "share/mozilla/extensions/{ec8030f7-c20a-464f-9b0e-13a3a9e97384}";

  # nixpkgs' wrapped browser takes policies, PKCS #11 modules and its
  # configuration through override; Debian's firefox-esr has no such
  # hook (Firefox reads policies.json only next to its own installation or
  # in /etc), so it is used as it is and policies are reported unused.
  canWrap = p: p != null && !isDarwin && isWrapped && p ? override;
  wrapPackage =
    p:
    if canWrap p then
      p.override (old: {
        cfg = old.cfg or { } // {
          inherit (cfg) enableGnomeExtensions;
        };
        extraPolicies = (old.extraPolicies or { }) // cfg.policies;
        pkcs11Modules = (old.pkcs11Modules or [ ]) ++ cfg.pkcs11Modules;
      })
    else
      p;

  # Names of the entities (profiles, containers) that share an id.
  uniqueIdsAssertion =
    entities: kind:
    let
      byId = lib.zipAttrs (mapAttrsToList (n: e: { ${toString e.id} = n; }) entities);
      shared = lib.filterAttrs (_: names: length names > 1) byId;
    in
    {
      assertion = shared == { };
      message =
        "Must not have a ${name} ${kind} with an existing ID but\n"
        + concatStringsSep "\n" (
          mapAttrsToList (id: names: "  - ID ${id} is used by " + concatStringsSep ", " names) shared
        );
    };

  # Firefox reserves context ids 0 (no container) and the last two.
  containersJson =
    containers:
    builtins.toJSON {
      version = 5;
      lastUserContextId = lib.foldl' lib.max 0 (mapAttrsToList (_: c: c.id) containers);
      identities =
        mapAttrsToList (_: c: {
          userContextId = c.id;
          inherit (c) name icon color;
          public = true;
        }) containers
        ++ map
          (n: {
            userContextId = n.id;
            name = "userContextIdInternal.${n.name}";
            icon = "";
            color = "";
            accessKey = "";
            public = false;
          })
          [
            {
              id = 4294967294;
              name = "thumbnail";
            }
            {
              id = 4294967295;
              name = "webextStorageLocal";
            }
          ];
    }
    + "\n";

  containerModule =
    { name, ... }:
    {
      options = {
        name = mkOption {
          type = types.str;
          default = name;
          description = "The container's name.";
        };
        id = mkOption {
          type = types.ints.unsigned;
          default = 0;
          description = "The container's number, unique in its profile, from 1 to 4294967293.";
        };
        color = mkOption {
          type = types.enum [
            "blue"
            "turquoise"
            "green"
            "yellow"
            "orange"
            "red"
            "pink"
            "purple"
            "toolbar"
          ];
          default = "pink";
          description = "The container's colour.";
        };
        icon = mkOption {
          type = types.enum [
            "briefcase"
            "cart"
            "circle"
            "dollar"
            "fence"
            "fingerprint"
            "gift"
            "vacation"
            "food"
            "fruit"
            "pet"
            "tree"
            "chill"
          ];
          default = "fruit";
          description = "The container's icon.";
        };
      };
    };

  extensionsType = types.coercedTo (types.listOf types.package) (packages: {
    packages = mkIf (packages != [ ]) (
      lib.warn ''
        ${moduleName}.profiles.<profile>.extensions is now a submodule: list the
        packages in ${moduleName}.profiles.<profile>.extensions.packages.
      '' packages
    );
  }) (types.submodule { options = extensionsOptions; });

  extensionsOptions = {
    packages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = literalExpression "[ pkgs.nur.repos.rycee.firefox-addons.ublock-origin ]";
      description = ''
        Add-on packages linked into the profile's extensions directory.
        ${appName} leaves new add-ons disabled unless the profile sets
        `"extensions.autoDisableScopes" = 0;`.
      '';
    };
    force = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Acknowledge that `settings` replaces the stored settings of every
        extension it names.
      '';
    };
    settings = mkOption {
      type = types.attrsOf (
        types.submodule {
          options = {
            settings = mkOption {
              type = types.attrsOf jsonFormat.type;
              description = "The extension's stored settings.";
            };
            force = mkOption {
              type = types.bool;
              default = false;
              description = "Replace this extension's stored settings.";
            };
          };
        }
      );
      default = { };
      description = ''
        Stored settings per extension, keyed by the extension's ID (an
        e-mail-like name or a UUID in braces).
      '';
    };
  };

  profileModule =
    { config, name, ... }:
    let
      optionPath = modulePath ++ [
        "profiles"
        name
      ];
    in
    {
      options = {
        name = mkOption {
          type = types.str;
          default = name;
          description = "The profile's name.";
        };
        id = mkOption {
          type = types.ints.unsigned;
          default = 0;
          description = "The profile's number, unique among the profiles.";
        };
        path = mkOption {
          type = types.str;
          default = name;
          description = "The profile's directory, relative to the profiles directory.";
        };
        isDefault = mkOption {
          type = types.bool;
          default = config.id == 0;
          defaultText = literalExpression "id == 0";
          description = "Whether the browser opens this profile by default.";
        };
        preConfig = mkOption {
          type = types.lines;
          default = "";
          description = ''
            Lines of {file}`user.js` before the settings, which the
            settings can override.
          '';
        };
        settings = mkOption {
          type = types.attrsOf jsonFormat.type;
          default = { };
          example = {
            "browser.startup.homepage" = "https://nixos.org";
            "general.smoothScroll" = false;
          };
          description = ''
            Preferences written to {file}`user.js`. Booleans, integers and
            strings are preferences of that type; other values are written
            as strings holding their JSON.
          '';
        };
        extraConfig = mkOption {
          type = types.lines;
          default = "";
          description = "Lines of {file}`user.js` after the settings.";
        };
        userChrome = mkOption {
          type = types.oneOf [
            types.lines
            types.path
          ];
          default = "";
          description = "The profile's {file}`chrome/userChrome.css`, as text or a file.";
        };
        userContent = mkOption {
          type = types.oneOf [
            types.lines
            types.path
          ];
          default = "";
          description = "The profile's {file}`chrome/userContent.css`, as text or a file.";
        };
        bookmarks = mkOption {
          type = types.coercedTo bookmarks.settingsType (
            nodes:
            if nodes == [ ] then
              { }
            else
              lib.warn ''
                ${appName} bookmarks now go in ${moduleName}.profiles.${name}.bookmarks.settings,
                with ${moduleName}.profiles.${name}.bookmarks.force = true.
              '' {
                force = true;
                settings = nodes;
              }
          ) (bookmarks.submodule (optionPath ++ [ "bookmarks" ]));
          default = { };
          internal = !enableBookmarks;
          description = "Bookmarks the browser imports when it starts.";
        };
        search = mkOption {
          type = types.submodule (
            args:
            import ./search.nix {
              inherit (args) config;
              inherit lib pkgs;
              inherit appName;
              modulePath = optionPath ++ [ "search" ];
              profilePath = config.path;
            }
          );
          default = { };
          description = "The profile's search engines.";
        };
        containersForce = mkOption {
          type = types.bool;
          default = false;
          description = ''
            Replace an existing {file}`containers.json`, which ${appName}
            rewrites whenever it runs.
          '';
        };
        containers = mkOption {
          type = types.attrsOf (types.submodule containerModule);
          default = { };
          example = {
            shopping = {
              id = 1;
              color = "blue";
              icon = "cart";
            };
          };
          description = "Containers (contextual identities) of the profile.";
        };
        extensions = mkOption {
          type = extensionsType;
          default = { };
          description = "Add-ons of the profile and their stored settings.";
        };
        assertions = mkOption {
          internal = true;
          type = types.listOf types.unspecified;
          default = [ ];
          description = "Assertions of this profile.";
        };
      };

      config.assertions = [
        (uniqueIdsAssertion config.containers "container")
        {
          assertion =
            config.extensions.force || lib.all (s: s.force) (lib.attrValues config.extensions.settings);
          message = ''
            Using '${
              lib.showAttrPath (optionPath ++ [
                "extensions"
                "settings"
              ])
            }' will override all previous extensions settings.
            Enable '${
              lib.showAttrPath (optionPath ++ [
                "extensions"
                "force"
              ])
            }' to acknowledge this.
          '';
        }
      ]
      ++ config.bookmarks.assertions;
    };

  # The files of one profile, keyed by target.
  profileFiles =
    profile:
    let
      dir = "${cfg.profilesPath}/${profile.path}";
      textOrSource = v: if builtins.isString v then { text = v; } else { source = v; };
      bookmarksFile = profile.bookmarks.configFile;
      extensionSettings = profile.extensions.settings;
      prefs =
        lib.optionalAttrs (bookmarksFile != null) {
          "browser.bookmarks.file" = toString bookmarksFile;
          "browser.places.importBookmarksHTML" = true;
        }
        // lib.optionalAttrs (extensionSettings != { }) {
          "extensions.webextensions.ExtensionStorageIDB.enabled" = false;
        }
        // profile.settings;
      extensionsEnv = pkgs.buildEnv {
        name = "hm-firefox-extensions";
        paths = profile.extensions.packages;
      };
    in
    mkMerge [
      {
        "${dir}/.keep".text = "";
        "${dir}/chrome/userChrome.css" = mkIf (profile.userChrome != "") (textOrSource profile.userChrome);
        "${dir}/chrome/userContent.css" = mkIf (profile.userContent != "") (
          textOrSource profile.userContent
        );
        "${dir}/user.js" = mkIf (prefs != { } || profile.preConfig != "" || profile.extraConfig != "") {
          text = mozilla.userJs profile.preConfig prefs profile.extraConfig;
        };
        "${dir}/containers.json" = mkIf (profile.containers != { }) {
          text = containersJson profile.containers;
          force = profile.containersForce;
        };
        "${dir}/search.json.mozlz4" = mkIf profile.search.enable {
          source = profile.search.file;
          inherit (profile.search) force;
        };
        "${dir}/extensions" = mkIf (profile.extensions.packages != [ ]) {
          source = "${extensionsEnv}/${extensionDir}";
          recursive = true;
          force = true;
        };
      }
      (lib.mapAttrs' (
        id: ext:
        lib.nameValuePair "${dir}/browser-extension-data/${id}/storage.js" {
          force = ext.force || profile.extensions.force;
          text = builtins.toJSON ext.settings;
        }
      ) extensionSettings)
    ];

  defaults = lib.catAttrs "name" (lib.filter (p: p.isDefault) (lib.attrValues cfg.profiles));
  containerIds = lib.concatMap (p: mapAttrsToList (_: c: c.id) p.containers) (
    lib.attrValues cfg.profiles
  );
in
{
  options = lib.setAttrByPath modulePath {
    enable = lib.mkEnableOption name;

    package = mkOption {
      inherit visible;
      type = types.nullOr types.package;
      default = pkgs.${defaultPackageName};
      defaultText = literalExpression "pkgs.${packageName}";
      description = ''
        The ${name} package, or null to configure ${name} without
        installing it. Before state version 19.09 an unwrapped package.
      '';
    };

    finalPackage = mkOption {
      inherit visible;
      type = types.nullOr types.package;
      readOnly = true;
      description = "The installed ${name}: the package, wrapped where it can be.";
    };

    languagePacks = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "en-GB"
        "de"
      ];
      description = ''
        Language packs, by code, installed through the policy of the same
        name from Mozilla's releases for the package's version.
      '';
    };

    name = mkOption {
      internal = true;
      type = types.str;
      default = name;
      description = "The browser's name.";
    };

    wrappedPackageName = mkOption {
      internal = true;
      type = types.nullOr types.str;
      default = wrappedPackageName;
      description = "The attribute name of the wrapped package.";
    };

    darwinAppName = mkOption {
      internal = true;
      type = types.str;
      default =
        let
          n = cfg.wrappedPackageName;
        in
        lib.toUpper (lib.substring 0 1 n) + lib.toLower (lib.substring 1 (lib.stringLength n - 1) n);
      description = "The name of the browser's application bundle on Darwin.";
    };

    configPath = mkOption {
      inherit visible;
      type = types.str;
      default =
        if isDarwin then
          platforms.darwin.configPath
        else if useXdgPath then
          xdgConfigPathAbsolute
        else
          platforms.linux.configPath;
      defaultText = literalExpression (
        if xdgConfigPath != null then
          ''"''${config.xdg.configHome}/${xdgConfigPath}" (before state version 26.05, "${platforms.linux.configPath}")''
        else
          ''"${platforms.linux.configPath}"''
      );
      description = "The directory holding profiles.ini, relative to the home directory or absolute.";
    };

    profilesPath = mkOption {
      internal = true;
      type = types.str;
      default = if isDarwin then "${cfg.configPath}/Profiles" else cfg.configPath;
      description = "The directory holding the profiles.";
    };

    vendorPath = mkOption {
      internal = true;
      type = types.nullOr types.str;
      default = null;
      description = "Deprecated: where native messaging hosts used to be linked.";
    };

    profileVersion = mkOption {
      internal = true;
      type = types.nullOr types.ints.unsigned;
      default = if isDarwin then null else 2;
      description = "The `Version` of profiles.ini's [General] section, or null.";
    };

    nativeMessagingHosts = mkOption {
      inherit visible;
      type = types.listOf types.package;
      default = [ ];
      description = "Packages with native messaging hosts for ${name}'s extensions.";
    };

    policies = lib.optionalAttrs (wrappedPackageName != null) (mkOption {
      inherit visible;
      type = types.attrsOf jsonFormat.type;
      default = { };
      example = {
        BlockAboutConfig = true;
      };
      description = ''
        Enterprise policies (see <https://mozilla.github.io/policy-templates/>),
        built into a wrapped package. Debian's packages cannot be wrapped
        this way, and their policies are left out with a warning.
      '';
    });

    enableGnomeExtensions = mkOption {
      inherit visible;
      type = types.bool;
      default = false;
      description = "Deprecated: enable the GNOME Shell connector through the package instead.";
    };

    pkcs11Modules = mkOption {
      type = types.listOf types.package;
      default = [ ];
      description = "PKCS #11 modules loaded by a wrapped package.";
    };

    profiles = mkOption {
      inherit visible;
      type = types.attrsOf (types.submodule profileModule);
      default = { };
      description = "The ${name} profiles.";
    };
  };

  config = mkIf cfg.enable (mkMerge [
    {
      assertions = [
        (lib.hm.assertions.assertPlatform moduleName pkgs (
          lib.flatten (lib.attrVals (lib.attrNames platforms) lib.platforms)
        ))
        {
          assertion = cfg.profiles == { } || length defaults == 1;
          message =
            "Must have exactly one default ${name} profile but found "
            + toString (length defaults)
            + optionalString (length defaults > 1) (", namely " + concatStringsSep ", " defaults);
        }
        {
          assertion = lib.all (id: id >= 1 && id <= 4294967293) containerIds;
          message = "Container id must be between 1 and 4294967293";
        }
        {
          assertion = cfg.languagePacks == [ ] || cfg.package != null;
          message = ''
            '${moduleName}.languagePacks' requires '${moduleName}.package'
            to be set to a non-null value.
          '';
        }
        (uniqueIdsAssertion cfg.profiles "profile")
      ]
      ++ lib.concatMap (p: p.assertions) (lib.attrValues cfg.profiles);

      warnings =
        optional cfg.enableGnomeExtensions ''
          Using '${moduleName}.enableGnomeExtensions' has been deprecated and
          will be removed in the future. Please change to overriding the package
          configuration using '${moduleName}.package' instead. You can refer to
          its example for how to do this.
        ''
        ++ optional (cfg.vendorPath != null) ''
          Using '${moduleName}.vendorPath' has been deprecated and
          will be removed in the future. Native messaging hosts will function normally without specifying this path.
        ''
        ++ optional legacyPathByDefault ''
          The default value of `${moduleName}.configPath` has changed from `"${platforms.linux.configPath}"` to `"${xdgConfigPathAbsolute}"`.
          You are currently using the legacy default (`"${platforms.linux.configPath}"`) because `home.stateVersion` is less than "26.05".
          To silence this warning and keep legacy behavior, set:
          ${moduleName}.configPath = "${platforms.linux.configPath}";
          To adopt the new default behavior, set:
            ${moduleName}.configPath = "${xdgConfigPathAbsolute}";

          To migrate to the XDG path, move `~/${platforms.linux.configPath}` to
          `$XDG_CONFIG_HOME/${xdgConfigPath}` and remove the old directory.
          Native messaging hosts are not moved by this option change.
        ''
        ++ optional ((cfg.policies or { }) != { } && cfg.package != null && !canWrap cfg.package) ''
          ${moduleName}.policies are not applied: ${cfg.package.name or packageName} cannot be
          wrapped with policies (Firefox reads them only from its installation directory
          or /etc/firefox/policies/policies.json).
        '';

      home.packages = optional (cfg.finalPackage != null) cfg.finalPackage;

      home.file = mkMerge (
        [
          {
            "${cfg.configPath}/profiles.ini" = mkIf (cfg.profiles != { }) {
              text = mozilla.profilesIni {
                inherit (cfg) profiles;
                version = cfg.profileVersion;
                pathPrefix = if isDarwin then "Profiles/" else "";
              };
            };
          }
        ]
        ++ map profileFiles (lib.attrValues cfg.profiles)
      );
    }
    (lib.setAttrByPath modulePath (
      {
        finalPackage = wrapPackage cfg.package;
      }
      // lib.optionalAttrs (wrappedPackageName != null) {
        policies.ExtensionSettings = mkIf (cfg.languagePacks != [ ]) (
          lib.listToAttrs (
            map (
              lang:
              lib.nameValuePair "langpack-${lang}@firefox.mozilla.org" {
                installation_mode = "normal_installed";
                install_url = "https://releases.mozilla.org/pub/firefox/releases/${cfg.package.version}/linux-x86_64/xpi/${lang}.xpi";
              }
            ) cfg.languagePacks
          )
        );
      }
    ))
  ]);
}
