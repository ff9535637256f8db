# programs.chromium and the other Chromium-based browsers (Google Chrome
# and its channels, Brave, Vivaldi): the package, with its command line
# arguments, and in the browser's configuration directory the external
# extensions (one JSON file each), spell-check dictionaries and native
# messaging hosts.
{
  config,
  lib,
  pkgs,
  ...
}:
let
  inherit (lib) literalExpression mkOption types;
  inherit (pkgs.stdenv.hostPlatform) isDarwin isLinux;

  # option name -> the browser's name as people write it, and whether the
  # option is listed in the manual.
  browsers = {
    chromium = {
      title = "Chromium";
      visible = true;
    };
    google-chrome.title = "Google Chrome";
    google-chrome-beta.title = "Google Chrome Beta";
    google-chrome-dev.title = "Google Chrome Dev";
    brave.title = "Brave Browser";
    vivaldi.title = "Vivaldi Browser";
  };

  # Configuration directories that are not the package's name.
  darwinDirs = {
    chromium = "Chromium";
    google-chrome = "Google/Chrome";
    google-chrome-beta = "Google/Chrome Beta";
    google-chrome-dev = "Google/Chrome Dev";
    brave = "BraveSoftware/Brave-Browser";
  };
  linuxDirs.brave = "BraveSoftware/Brave-Browser";

  extensionType = types.submodule {
    options = {
      id = mkOption {
        type = types.strMatching "[a-zA-Z]{32}";
        default = "";
        description = "The extension's ID, as in its Chrome Web Store address.";
      };
      updateUrl = mkOption {
        type = types.str;
        default = "https://clients2.google.com/service/update2/crx";
        visible = isLinux;
        readOnly = isDarwin;
        description = "Where the browser fetches the extension's update manifest (Linux only).";
      };
      crxPath = mkOption {
        type = types.nullOr types.path;
        default = null;
        visible = isLinux;
        description = "A local .crx file of the extension (Linux only); needs `version`.";
      };
      version = mkOption {
        type = types.nullOr types.str;
        default = null;
        visible = isLinux;
        description = "The version of the extension in `crxPath` (Linux only).";
      };
    };
  };

  browserOptions =
    attr:
    {
      title,
      visible ? false,
    }:
    {
      enable = mkOption {
        inherit visible;
        type = types.bool;
        default = false;
        example = true;
        description = "Whether to enable ${title}.";
      };

      package = mkOption {
        inherit visible;
        type = types.nullOr types.package;
        default = pkgs.${attr};
        defaultText = literalExpression "pkgs.${attr}";
        description = "The ${title} package, or null to configure ${title} without installing it.";
      };

      finalPackage = mkOption {
        inherit visible;
        type = types.nullOr types.package;
        readOnly = true;
        description = "The installed ${title}: the package with its command line arguments.";
      };

      commandLineArgs = mkOption {
        inherit visible;
        type = types.listOf types.str;
        default = [ ];
        example = [
          "--enable-logging=stderr"
          "--ignore-gpu-blocklist"
        ];
        description = ''
          Arguments ${title} always starts with. A package with nixpkgs'
          `override` takes them as its `commandLineArgs`; any other (Debian's)
          is wrapped in a script that passes them.
        '';
      };

      extensions = mkOption {
        inherit visible;
        type = types.listOf (types.coercedTo types.str (id: { inherit id; }) extensionType);
        default = [ ];
        example = literalExpression ''
          [
            { id = "cjpalhdlnbpafiamejdnhcphjbkeiagm"; } # uBlock Origin
            {
              id = "aaaaaaaaaabbbbbbbbbbccccccccccdd";
              crxPath = "/home/share/extension.crx";
              version = "1.0";
            }
          ]
        '';
        description = ''
          Extensions installed as external extensions: by ID from the Chrome
          Web Store or another update URL, or from a local .crx file with its
          version. Google Chrome on Linux ignores them.
        '';
      };

      dictionaries = mkOption {
        inherit visible;
        type = types.listOf types.package;
        default = [ ];
        example = literalExpression "[ pkgs.hunspellDictsChromium.en_US ]";
        description = "Spell-check dictionaries: packages with a `dictFileName`.";
      };

      nativeMessagingHosts = mkOption {
        inherit visible;
        type = types.listOf types.package;
        default = [ ];
        description = "Packages with etc/chromium/native-messaging-hosts for the extensions.";
      };

      plasmaSupport = mkOption {
        inherit visible;
        type = types.bool;
        default = false;
        description = ''
          Integrate ${title} with KDE Plasma (Linux only): the package is
          built with Plasma support where its `override` takes it, and
          Plasma's browser integration host is installed.
        '';
      };

      plasmaBrowserIntegrationPackage = mkOption {
        inherit visible;
        type = types.package;
        default = pkgs.kdePackages.plasma-browser-integration or pkgs.plasma-browser-integration;
        defaultText = literalExpression "pkgs.kdePackages.plasma-browser-integration";
        description = "The package of Plasma's browser integration host.";
      };
    };

  browserConfig =
    attr:
    let
      cfg = config.programs.${attr};
      # The package's name says which browser it is (an ungoogled-chromium
      # is a chromium); without a package, the option's name does.
      drvName = if cfg.package != null then (builtins.parseDrvName cfg.package.name).name else attr;
      browser = if drvName == "ungoogled-chromium" then "chromium" else drvName;
      isProprietaryChrome = lib.hasPrefix "google-chrome" drvName;
      configDir =
        if isDarwin then
          "Library/Application Support/${darwinDirs.${browser} or browser}"
        else
          "${config.xdg.configHome}/${linuxDirs.${browser} or browser}";

      crxInvalid = ext: (ext.crxPath == null) != (ext.version == null);

      extensionFile = ext: {
        name = "${configDir}/External Extensions/${ext.id}.json";
        value.text = builtins.toJSON (
          if ext.crxPath != null then
            {
              external_crx = ext.crxPath;
              external_version = ext.version;
            }
          else
            { external_update_url = ext.updateUrl; }
        );
      };

      dictionaryFile = pkg: {
        name = "${configDir}/Dictionaries/${pkg.passthru.dictFileName or pkg.dictFileName}";
        value.source = pkg;
      };

      plasma = cfg.plasmaSupport && isLinux;
      hosts = cfg.nativeMessagingHosts ++ lib.optional plasma cfg.plasmaBrowserIntegrationPackage;
      hostsJoined = pkgs.symlinkJoin {
        name = "${drvName}-native-messaging-hosts";
        paths = hosts;
      };

      args = lib.concatStringsSep " " cfg.commandLineArgs;
      exe = lib.getExe cfg.package;
      # A script in place of the program, passing the arguments before the
      # caller's; every other file of the package is linked as it is.
      wrapped = pkgs.symlinkJoin {
        name = "${cfg.package.name}-with-args";
        paths = [ cfg.package ];
        postBuild = ''
          rm "$out/bin/${baseNameOf exe}"
          cat > "$out/bin/${baseNameOf exe}" <<'EOF'
          #!${pkgs.runtimeShell}
          exec ${lib.escapeShellArg exe} ${lib.escapeShellArgs cfg.commandLineArgs} "$@"
          EOF
          chmod +x "$out/bin/${baseNameOf exe}"
        '';
      };
      # What nixpkgs' package takes through override; others get only the
      # arguments, through the wrapper.
      overrides =
        lib.optionalAttrs (cfg.commandLineArgs != [ ]) { commandLineArgs = args; }
        // lib.optionalAttrs plasma { plasmaSupport = true; };
      finalPackage =
        if cfg.package == null || overrides == { } then
          cfg.package
        else if cfg.package ? override then
          cfg.package.override overrides
        else if cfg.commandLineArgs != [ ] then
          wrapped
        else
          cfg.package;
      packageSet = cfg.package != null;
    in
    lib.mkIf cfg.enable {
      programs.${attr}.finalPackage = finalPackage;

      assertions = [
        {
          assertion = packageSet || cfg.commandLineArgs == [ ];
          message = "Cannot set `commandLineArgs` when `package` is null for ${attr}.";
        }
        {
          assertion = !lib.any crxInvalid cfg.extensions;
          message = "Cannot set `version` without `crxPath`, or `crxPath` without `version`, for `${attr}`.";
        }
      ];

      home.packages = lib.optional packageSet finalPackage;

      home.file =
        lib.listToAttrs (
          lib.optionals (!(isProprietaryChrome && isLinux)) (map extensionFile cfg.extensions)
          ++ map dictionaryFile cfg.dictionaries
        )
        // {
          "${configDir}/NativeMessagingHosts" = lib.mkIf (hosts != [ ]) {
            source = "${hostsJoined}/etc/chromium/native-messaging-hosts";
            recursive = true;
          };
        };
    };
in
{
  options.programs = lib.mapAttrs browserOptions browsers;

  config = lib.mkMerge (map browserConfig (lib.attrNames browsers));
}
