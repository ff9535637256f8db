# services.syncthing: Syncthing as a systemd user service, a oneshot
# syncthing-init service that pushes `settings` (devices, folders and the
# other config sections) into the running daemon through its REST API, and
# optionally a tray applet service. Linux only: the launchd agents of macOS
# are not shipped.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.syncthing;

  jsonFormat = pkgs.formats.json { };

  # Empty sections and unset options say nothing to the daemon, so they are
  # dropped until nothing more can be dropped.
  cleanedSettings = lib.converge (lib.filterAttrsRecursive (_: v: v != null && v != { })) cfg.settings;

  unixGui = lib.hasPrefix "/" cfg.guiAddress;

  # What curl needs to reach one REST endpoint. Over a unix socket the URL
  # still needs a host; curl >= 8.21 refuses a bare dot there.
  endpoint = path: if unixGui then "--unix-socket ${cfg.guiAddress} http://localhost${path}" else "${cfg.guiAddress}${path}";

  # syncthing's home: $XDG_STATE_HOME/syncthing since 1.27, unless an older
  # ~/.config/syncthing exists, which is also where older releases (Debian
  # 12 ships 1.19) keep everything. The updater looks in both; the keys go
  # where this package's syncthing will look.
  stateDir = "\${XDG_STATE_HOME:-$HOME/.local/state}/syncthing";
  configDir = "\${XDG_CONFIG_HOME:-$HOME/.config}/syncthing";
  keyDir = if lib.versionOlder (cfg.package.version or "1.27") "1.27" then configDir else stateDir;

  # Store names allow fewer characters than device and folder IDs.
  storeSafe = lib.stringAsChars (c: if builtins.match "[A-Za-z0-9+._?=-]" c != null then c else "_");

  coreutil = lib.getExe' pkgs.coreutils;
  jq = lib.getExe' pkgs.jq "jq";
  curl = lib.getExe' pkgs.curl "curl";
  xmllint = lib.getExe' pkgs.libxml2 "xmllint";

  deviceList = lib.mapAttrsToList (_: d: d // { deviceID = d.id; }) cfg.settings.devices;

  # A folder names its devices by their attribute names; the API wants ids.
  folderDevice =
    folder: d:
    if builtins.isString d then
      { deviceId = cfg.settings.devices.${d}.id; }
    else
      { deviceId = cfg.settings.devices.${d.name}.id; } // lib.filterAttrs (_: v: v != null) d;

  folderList = lib.mapAttrsToList (_: f: f // { devices = map (folderDevice f) f.devices; }) (
    lib.filterAttrs (_: f: f.enable) cfg.settings.folders
  );

  # Encryption passwords stay out of the store: jq reads each file when the
  # script runs and swaps it in for the path.
  secretDevices = folder: builtins.filter (d: d ? encryptionPasswordFile) folder.devices;
  secretVar = d: "secret_${builtins.hashString "sha256" d.encryptionPasswordFile}";
  jqFor =
    kind: obj:
    if kind == "folders" && secretDevices obj != [ ] then
      let
        swaps = map (
          d:
          ''.devices[] |= (if .deviceId == "${d.deviceId}" then del(.encryptionPasswordFile) | .encryptionPassword = ''$${secretVar d} else . end)''
        ) (secretDevices obj);
        files = map (d: "--rawfile ${secretVar d} ${lib.escapeShellArg d.encryptionPasswordFile}") (secretDevices obj);
      in
      "${jq} ${lib.concatStringsSep " " files} ${lib.escapeShellArg (lib.concatStringsSep " | " ([ "." ] ++ swaps))}"
    else
      "${jq} .";

  # POST adds or replaces one object; PUT of the whole list would do the
  # same but also drops whatever was added in the GUI, which only the
  # override options may do (below).
  postAll =
    kind: objs:
    lib.concatMapStrings (
      obj:
      let
        json = pkgs.writeText "syncthing-${kind}-${storeSafe obj.id}.json" (builtins.toJSON obj);
      in
      ''
        ${jqFor kind obj} ${json} | api --json @- -X POST ${endpoint "/rest/config/${kind}"}
      ''
    ) objs;

  dropStale = kind: idAttr: objs: ''
    for id in $(api -X GET ${endpoint "/rest/config/${kind}"} | ${jq} --raw-output --argjson keep ${
      lib.escapeShellArg (builtins.toJSON (map (o: o.id) objs))
    } '[.[].${idAttr}] - $keep | .[]'); do
      api -X DELETE ${endpoint "/rest/config/${kind}"}/"$id"
    done
  '';

  otherSections = lib.removeAttrs cleanedSettings [
    "devices"
    "folders"
  ];

  initScript = pkgs.writeShellScript "merge-syncthing-config" (
    ''
      set -efu
      # Secrets pass through files here: keep them private.
      umask 0077
      RUNTIME_DIRECTORY="''${RUNTIME_DIRECTORY:-$(${coreutil "mktemp"} -d)}"

      # curl with the daemon's API key, waiting for the daemon to have
      # written its config.xml and to answer.
      api() {
        until for dir in "${stateDir}" "${configDir}"; do
          ${xmllint} --xpath 'string(configuration/gui/apikey)' "$dir/config.xml" >"$RUNTIME_DIRECTORY/api_key" 2>/dev/null && break
        done; do
          ${coreutil "sleep"} 1
        done
        { ${coreutil "printf"} 'X-API-Key: '; ${coreutil "cat"} "$RUNTIME_DIRECTORY/api_key"; } >"$RUNTIME_DIRECTORY/headers"
        ${curl} -sSLk -H "@$RUNTIME_DIRECTORY/headers" --retry 1000 --retry-delay 1 --retry-all-errors "$@"
      }

    ''
    # Without any settings the devices and folders made in the GUI stay.
    + lib.optionalString (cleanedSettings != { }) (
      postAll "devices" deviceList
      + lib.optionalString cfg.overrideDevices (dropStale "devices" "deviceID" deviceList)
      + postAll "folders" folderList
      + lib.optionalString cfg.overrideFolders (dropStale "folders" "id" folderList)
      + lib.concatStrings (
        lib.mapAttrsToList (name: value: ''
          api -X PUT -d ${lib.escapeShellArg (builtins.toJSON value)} ${endpoint "/rest/config/${name}"}
        '') otherSections
      )
    )
    + lib.optionalString (cfg.passwordFile != null) ''
      password=$(${coreutil "cat"} ${lib.escapeShellArg (toString cfg.passwordFile)})
      api -X PATCH -d '{"password": "'"$password"'"}' ${endpoint "/rest/config/gui"}
    ''
    + ''
      api -X PATCH -d ${lib.escapeShellArg (builtins.toJSON { address = cfg.guiAddress; })} ${endpoint "/rest/config/gui"}

      if api ${endpoint "/rest/config/restart-required"} | ${jq} -e .requiresRestart >/dev/null; then
        api -X POST ${endpoint "/rest/system/restart"}
      fi
    ''
  );

  # Runs as root ("+" in ExecStartPre) only to read key files the user may
  # not; the copies belong to the user's state directory.
  copyKeys = pkgs.writeShellScript "syncthing-copy-keys" (
    ''
      ${coreutil "install"} -dm700 "${keyDir}"
    ''
    + lib.optionalString (cfg.cert != null) ''
      ${coreutil "install"} -Dm400 ${lib.escapeShellArg cfg.cert} "${keyDir}/cert.pem"
    ''
    + lib.optionalString (cfg.key != null) ''
      ${coreutil "install"} -Dm400 ${lib.escapeShellArg cfg.key} "${keyDir}/key.pem"
    ''
  );

  serveArgs = [
    (lib.getExe' cfg.package "syncthing")
    "serve"
    "--no-browser"
    "--no-restart"
    "--no-upgrade"
    "--gui-address=${lib.optionalString unixGui "unix://"}${cfg.guiAddress}"
  ]
  ++ cfg.extraOptions;

  nullOrOption =
    type: description:
    mkOption {
      type = types.nullOr type;
      default = null;
      inherit description;
    };

  deviceModule =
    { name, ... }:
    {
      freeformType = jsonFormat.type;
      options = {
        name = mkOption {
          type = types.str;
          default = name;
          description = "Name the device is shown under; the attribute name by default.";
        };
        id = mkOption {
          type = types.str;
          example = "7CFNTQM-IMTJBHJ-3UWRDIU-ZGQJFR6-VCXZ3NB-XUH3KZO-N52ITXR-LAIYUAU";
          description = "The device's ID, as `syncthing device-id` prints it on that device.";
        };
        autoAcceptFolders = mkOption {
          type = types.bool;
          default = false;
          description = "Accept folders this device shares with us, at the default path.";
        };
      };
    };

  folderDeviceModule = {
    freeformType = jsonFormat.type;
    options = {
      name = mkOption {
        type = types.str;
        description = "Attribute name of a device in {option}`services.syncthing.settings.devices`.";
      };
      encryptionPasswordFile = mkOption {
        type = types.nullOr (
          types.pathWith {
            inStore = false;
            absolute = true;
          }
        );
        default = null;
        description = ''
          File holding the password this folder is encrypted with for that
          device; read when syncthing-init runs, never copied to the store.
        '';
      };
    };
  };

  folderModule =
    { name, ... }:
    {
      freeformType = jsonFormat.type;
      options = {
        enable = mkOption {
          type = types.bool;
          default = true;
          description = "Share this folder; `false` keeps the definition without sharing it here.";
        };
        path = mkOption {
          type = types.str // {
            check = p: types.str.check p && (lib.hasPrefix "/" p || lib.hasPrefix "~/" p);
            description = "string starting with / or ~/";
          };
          default = name;
          description = "Directory to share, absolute or starting with `~/`; the attribute name by default.";
        };
        id = mkOption {
          type = types.str;
          default = name;
          description = "Folder ID, the same on every device sharing it.";
        };
        label = mkOption {
          type = types.str;
          default = name;
          description = "Name the folder is shown under.";
        };
        type = mkOption {
          type = types.enum [
            "sendreceive"
            "sendonly"
            "receiveonly"
            "receiveencrypted"
          ];
          default = "sendreceive";
          description = "Which way changes flow for this folder.";
        };
        devices = mkOption {
          type = types.listOf (types.either types.str (types.submodule folderDeviceModule));
          default = [ ];
          description = ''
            Devices to share the folder with: names of
            {option}`services.syncthing.settings.devices` entries, or sets
            with such a `name` and per-device settings.
          '';
        };
        versioning = mkOption {
          type = types.nullOr (
            types.submodule {
              freeformType = jsonFormat.type;
              options.type = mkOption {
                type = types.enum [
                  "external"
                  "simple"
                  "staggered"
                  "trashcan"
                ];
                description = "Versioning strategy (see <https://docs.syncthing.net/users/versioning.html>).";
              };
            }
          );
          default = null;
          example = {
            type = "simple";
            params.keep = "10";
          };
          description = "How old versions of changed or deleted files are kept; `null` keeps none.";
        };
        copyOwnershipFromParent = mkOption {
          type = types.bool;
          default = false;
          description = "Give new files the owner of their directory (needs privileges syncthing rarely has).";
        };
      };
    };
in
{
  options.services.syncthing = {
    enable = lib.mkEnableOption "Syncthing, the continuous file synchronisation daemon";

    package = lib.mkPackageOption pkgs "syncthing" { };

    cert = mkOption {
      type = types.nullOr types.str;
      default = null;
      description = "Path of a `cert.pem` copied into Syncthing's state directory before it starts.";
    };

    key = mkOption {
      type = types.nullOr types.str;
      default = null;
      description = "Path of a `key.pem` copied into Syncthing's state directory before it starts.";
    };

    passwordFile = mkOption {
      type = types.nullOr types.path;
      default = null;
      description = "File holding the password of the web GUI, set by syncthing-init.";
    };

    overrideDevices = mkOption {
      type = types.bool;
      default = true;
      description = ''
        Remove devices the daemon knows that
        {option}`services.syncthing.settings.devices` does not list (those
        added in the GUI, for instance).
      '';
    };

    overrideFolders = mkOption {
      type = types.bool;
      default = true;
      description = ''
        Remove folders the daemon knows that
        {option}`services.syncthing.settings.folders` does not list.
      '';
    };

    settings = mkOption {
      type = types.submodule {
        freeformType = jsonFormat.type;
        options = {
          options = mkOption {
            type = types.submodule {
              freeformType = jsonFormat.type;
              options = {
                localAnnounceEnabled = nullOrOption types.bool "Announce this device on the local network and listen for others.";
                localAnnouncePort = nullOrOption types.int "Port of the local IPv4 broadcast announcements.";
                relaysEnabled = nullOrOption types.bool "Connect through relays when no direct connection works.";
                urAccepted = nullOrOption types.int "Usage reporting: -1 declines, a positive version accepts it, 0 asks later.";
                limitBandwidthInLan = nullOrOption types.bool "Apply the rate limits to devices on the local network too.";
                maxFolderConcurrency = nullOrOption types.int "How many folders may scan or sync at once.";
              };
            };
            default = { };
            description = "Global options (the `options` element of the configuration).";
          };

          devices = mkOption {
            type = types.attrsOf (types.submodule deviceModule);
            default = { };
            example = {
              laptop.id = "7CFNTQM-IMTJBHJ-3UWRDIU-ZGQJFR6-VCXZ3NB-XUH3KZO-N52ITXR-LAIYUAU";
            };
            description = "Devices to connect to, by name.";
          };

          folders = mkOption {
            type = types.attrsOf (types.submodule folderModule);
            default = { };
            example = {
              "~/Sync" = {
                id = "sync";
                devices = [ "laptop" ];
              };
            };
            description = "Folders to share, by path (or any name, with `path` set).";
          };
        };
      };
      default = { };
      example = {
        options.relaysEnabled = false;
        gui.theme = "dark";
      };
      description = ''
        Syncthing configuration in the JSON shape of its REST API (which
        differs slightly from config.xml, e.g. `listenAddresses` is a list).
        syncthing-init sends it to the running daemon each time it starts.
      '';
    };

    guiAddress = mkOption {
      type = types.str;
      default = "127.0.0.1:8384";
      example = "/run/user/1000/syncthing.sock";
      description = "Address the web GUI and REST API listen on; a path means a unix socket.";
    };

    allProxy = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "socks5://proxy.example:1080";
      description = "Value of {env}`all_proxy` for the daemon, to connect through a SOCKS proxy.";
    };

    extraOptions = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "--reset-deltas" ];
      description = "Arguments appended to `syncthing serve`.";
    };

    tray = {
      enable = lib.mkEnableOption "a Syncthing tray applet service";

      command = mkOption {
        type = types.str;
        default = "syncthingtray --wait";
        example = "qsyncthingtray";
        description = "Command line of the applet, relative to the package's {file}`bin`.";
      };

      package = lib.mkPackageOption pkgs "syncthingtray" { };
    };
  };

  config = lib.mkMerge [
    (lib.mkIf cfg.enable {
      assertions = [ (lib.hm.assertions.assertPlatform "services.syncthing" pkgs lib.platforms.linux) ];

      home.packages = [ (lib.getOutput "man" cfg.package) ];

      systemd.user.services.syncthing = {
        Unit = {
          Description = "Syncthing - Open Source Continuous File Synchronization";
          Documentation = "man:syncthing(1)";
          After = [ "network.target" ];
        };
        Service = {
          ExecStartPre = lib.mkIf (cfg.cert != null || cfg.key != null) "+${copyKeys}";
          ExecStart = lib.escapeShellArgs serveArgs;
          Environment = lib.mkIf (cfg.allProxy != null) [ "all_proxy=${cfg.allProxy}" ];
          Restart = "on-failure";
          # 3 and 4: syncthing asks to be restarted (upgrade, config change).
          SuccessExitStatus = [
            3
            4
          ];
          RestartForceExitStatus = [
            3
            4
          ];
          LockPersonality = true;
          MemoryDenyWriteExecute = true;
          NoNewPrivileges = true;
          PrivateUsers = true;
          RestrictNamespaces = true;
          SystemCallArchitectures = "native";
          SystemCallFilter = "@system-service";
        };
        Install.WantedBy = [ "default.target" ];
      };

      # Always there: even without settings it makes the GUI address the
      # daemon records match the one it was started with.
      systemd.user.services.syncthing-init = {
        Unit = {
          Description = "Syncthing configuration updater";
          Requires = [ "syncthing.service" ];
          After = [ "syncthing.service" ];
        };
        Service = {
          Type = "oneshot";
          ExecStart = initScript;
          RuntimeDirectory = "syncthing-init";
          RemainAfterExit = true;
        };
        Install.WantedBy = [ "default.target" ];
      };
    })

    (lib.mkIf cfg.tray.enable {
      assertions = [ (lib.hm.assertions.assertPlatform "services.syncthing.tray" pkgs lib.platforms.linux) ];

      home.packages = [ cfg.tray.package ];

      # Its icon is a StatusNotifierItem (services/tray.nix).
      services.tray.appletsEnabled = true;

      systemd.user.services.${cfg.tray.package.pname} = {
        Unit = {
          Description = cfg.tray.package.pname;
          Requires = [ config.lib.tray.targets.sni ] ++ config.lib.tray.sniWatcherRequires;
          Wants = config.lib.tray.sniWatcherWants;
          After = [
            "graphical-session.target"
            config.lib.tray.targets.sni
          ]
          ++ config.lib.tray.sniWatcherAfter;
          PartOf = [ "graphical-session.target" ];
        };
        Service.ExecStart = "${cfg.tray.package}/bin/${cfg.tray.command}";
        Install.WantedBy = [ "graphical-session.target" ];
      };
    })
  ];
}
