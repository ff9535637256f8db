# The generation: the `home-manager-generation` derivation that
# `home-manager switch` builds and activates, and the same content as data
# (home.activationManifest, written to manifest.json in the generation),
# which `hearth activate` reads. Layout of the derivation:
#   activate                      runs `hearth activate <generation> ARGS`
#   bin/home-manager-generation   -> activate
#   hm-version, gen-version       Home Manager version; generation format (1)
#   home-files, home-path         the link farm and the package profile
#   manifest.json                 home.activationManifest
#   extra-dependencies            home.extraDependencies, one per line
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;
  inherit (lib.hm) dag;

  cfg = config.home;

  # Steps `hearth activate` performs itself instead of running bash; their
  # DAG data is one `hearthActivateStep NAME` line (see the manifest doc).
  builtinSteps = [
    "checkLinkTargets"
    "writeBoundary"
    "installPackages"
    "linkGeneration"
    "reloadSystemd"
  ];

  sorted = dag.topoSort cfg.activation;

  orderedActivation =
    if sorted ? result then
      sorted.result
    else
      abort ("Dependency cycle in activation script: " + builtins.toJSON sorted);

  manifestVersion = 1;

  manifest = {
    version = manifestVersion;
    generator = "hearth-home-manager";
    hmVersion = cfg.version.full;
    inherit (cfg)
      username
      homeDirectory
      uid
      profileDirectory
      stateVersion
      emptyActivationPath
      ;
    generateGcRoot = cfg.activationGenerateGcRoot;
    uninstall = config.uninstall;
    externalPackageInstall = config.submoduleSupport.externalPackageInstall;
    nixPackage = if config.nix.enable && config.nix.package != null then "${config.nix.package}" else null;
    homeFiles = "${config.home-files}";
    homePath = "${cfg.path}";
    files = cfg.linkedFiles;
    activation = map (e: {
      inherit (e) name;
      builtin = builtins.elem e.name builtinSteps;
      script = e.data;
    }) orderedActivation;
    activationPath = map (p: "${lib.getBin p}/bin") cfg.extraActivationPath;
    packages = map toString cfg.packages;
    extraDependencies = map toString cfg.extraDependencies;
    specialisations = lib.mapAttrs (_: s: "${s.configuration.home.activationPackage}") config.specialisation;
  };

  manifestFile = pkgs.writeText "hearth-manifest.json" (builtins.toJSON manifest);

  # A plain `hearth` is found on PATH, unless the `hearth` that runs the
  # script names itself in HEARTH_BIN: `home-manager switch` run from
  # wherever Hearth was built then activates with that same binary.
  activationCommand =
    if cfg.activationCommand == "hearth" then ''"''${HEARTH_BIN:-hearth}"'' else cfg.activationCommand;

  # @GENERATION_DIR@ is replaced by the generation's own path at build time;
  # the generation cannot name itself any other way.
  activateScript = pkgs.writeTextFile {
    name = "activation-script";
    executable = true;
    text = ''
      #!${pkgs.runtimeShell}
      # Home Manager generation made by Hearth; the activation steps are in
      # manifest.json and run by `hearth activate`.
      # A unit's PATH (a user unit run at login, with startAsUserService)
      # may lack where Hearth is installed; the usual places come last.
      PATH=''${PATH:+$PATH:}/usr/local/bin:/usr/bin
      exec ${activationCommand} activate "@GENERATION_DIR@" "$@"
    '';
  };

  extraDependenciesFile = pkgs.writeText "extra-dependencies" (
    lib.concatMapStrings (d: "${toString d}\n") cfg.extraDependencies
  );
in
{
  options.home = {
    activationCommand = mkOption {
      type = types.str;
      default = if pkgs ? hearth then "${pkgs.hearth}/bin/hearth" else "hearth";
      defaultText = lib.literalExpression ''"''${pkgs.hearth}/bin/hearth" or "hearth"'';
      internal = true;
      description = "The `hearth` executable the generation's {file}`activate` runs.";
    };

    activationManifest = mkOption {
      type = types.attrs;
      internal = true;
      readOnly = true;
      description = ''
        The generation as data: files to link, activation entries in order,
        packages. Versioned; described in docs/generation-manifest.md.
      '';
    };

    activationPackage = mkOption {
      type = types.package;
      internal = true;
      readOnly = true;
      description = "The built generation: the {file}`activate` script with everything it links and installs.";
    };
  };

  config = {
    # Separates checking from writing: entries before it must not change
    # anything. With driver version 0 Hearth records the new generation in
    # the home-manager profile here; a crash after it leaves the profile
    # pointing at the new generation with the old links still in place, and
    # re-running activation finishes the switch.
    home.activation.writeBoundary = dag.entryAnywhere ''
      hearthActivateStep writeBoundary
    '';

    # Puts home.path (home-manager-path) into the user's profile, replacing
    # the previous one in one profile transaction (with useUserPackages it
    # only removes a stale copy). A crash leaves either the old or the new
    # package set, never a mix.
    home.activation.installPackages = dag.entryAfter [ "writeBoundary" ] ''
      hearthActivateStep installPackages
    '';

    home.activationManifest = manifest;

    home.activationPackage =
      pkgs.runCommand "home-manager-generation"
        {
          preferLocalBuild = true;
          # Also exposes the script as an attribute of the derivation.
          inherit activateScript;
          # The checks only have to build; referring to them is enough.
          checks = cfg.checks;
        }
        ''
          mkdir -p $out/bin
          sed "s|@GENERATION_DIR@|$out|g" "$activateScript" > $out/activate
          chmod +x $out/activate
          ln -s $out/activate $out/bin/home-manager-generation
          echo ${lib.escapeShellArg cfg.version.full} > $out/hm-version
          echo 1 > $out/gen-version
          ln -s ${config.home-files} $out/home-files
          ln -s ${cfg.path} $out/home-path
          cp ${manifestFile} $out/manifest.json
          cp ${extraDependenciesFile} $out/extra-dependencies

          ${cfg.extraBuilderCommands}
        '';
  };
}
