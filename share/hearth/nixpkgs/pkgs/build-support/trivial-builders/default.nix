# The trivial builders of nixpkgs' manual: files and scripts from text
# (writeTextFile and its shorthands), shell applications, runCommand and
# friends, symlink joins and link farms. Every builder is a plain
# mkDerivation over the host's bash and coreutils.
{
  lib,
  stdenv,
  stdenvNoCC,
  runtimeShell,
  lndir,
}:
let
  inherit (lib)
    optionalAttrs
    optionalString
    concatMapStrings
    concatStringsSep
    escapeShellArg
    ;

  shellDryRun = "${stdenv.shell} -n -O extglob";
in
rec {
  runCommandWith =
    {
      stdenv ? stdenvNoCC,
      runLocal ? false,
      derivationArgs ? { },
      name,
    }:
    buildCommand:
    stdenv.mkDerivation (
      {
        enableParallelBuilding = true;
        inherit buildCommand name;
        passAsFile = [ "buildCommand" ] ++ (derivationArgs.passAsFile or [ ]);
      }
      // optionalAttrs runLocal {
        preferLocalBuild = true;
        allowSubstitutes = false;
      }
      // builtins.removeAttrs derivationArgs [ "passAsFile" ]
    );

  runCommand =
    name: env:
    runCommandWith {
      stdenv = stdenvNoCC;
      runLocal = false;
      inherit name;
      derivationArgs = env;
    };

  runCommandLocal =
    name: env:
    runCommandWith {
      stdenv = stdenvNoCC;
      runLocal = true;
      inherit name;
      derivationArgs = env;
    };

  runCommandCC =
    name: env:
    runCommandWith {
      inherit stdenv name;
      derivationArgs = env;
    };

  # A file (or `destination` under a directory) holding `text`, built
  # locally: fetching it from a cache would cost more than writing it.
  writeTextFile =
    {
      name,
      text,
      executable ? false,
      destination ? "",
      checkPhase ? "",
      meta ? { },
      passthru ? { },
      allowSubstitutes ? false,
      preferLocalBuild ? true,
      derivationArgs ? { },
    }:
    assert lib.assertMsg (destination != "" -> (lib.hasPrefix "/" destination && destination != "/")) ''
      destination must be an absolute path, relative to the derivation's out path,
      got '${destination}' instead.

      Ensure that the path starts with a / and specifies at least the filename.
    '';
    let
      matches = builtins.match "/bin/([^/]+)" destination;
    in
    runCommand name
      (
        {
          inherit
            text
            executable
            checkPhase
            allowSubstitutes
            preferLocalBuild
            ;
          passAsFile = [ "text" ] ++ derivationArgs.passAsFile or [ ];
          meta = optionalAttrs (executable && matches != null) { mainProgram = lib.head matches; } // meta;
          passthru = passthru // optionalAttrs (derivationArgs ? passthru) derivationArgs.passthru;
        }
        // builtins.removeAttrs derivationArgs [
          "passAsFile"
          "passthru"
        ]
      )
      ''
        target=$out${escapeShellArg destination}
        if [ -n "$target" ] && [ "$target" != "$out" ]; then mkdir -p "$(dirname "$target")"; fi
        if [ -e "$textPath" ]; then
          mv "$textPath" "$target"
        else
          printf '%s' "$text" > "$target"
        fi
        if [ -n "$executable" ]; then
          chmod +x "$target"
        fi
        eval "$checkPhase"
      '';

  writeText = name: text: writeTextFile { inherit name text; };

  writeTextDir =
    path: text:
    writeTextFile {
      inherit text;
      name = builtins.baseNameOf path;
      destination = "/${path}";
    };

  writeScript =
    name: text:
    writeTextFile {
      inherit name text;
      executable = true;
    };

  writeScriptBin =
    name: text:
    writeTextFile {
      inherit name text;
      executable = true;
      destination = "/bin/${name}";
    };

  writeShellScript =
    name: text:
    writeTextFile {
      inherit name;
      executable = true;
      text = ''
        #!${runtimeShell}
        ${text}
      '';
      checkPhase = ''
        ${shellDryRun} "$target"
      '';
    };

  writeShellScriptBin =
    name: text:
    writeTextFile {
      inherit name;
      executable = true;
      destination = "/bin/${name}";
      text = ''
        #!${runtimeShell}
        ${text}
      '';
      checkPhase = ''
        ${shellDryRun} "$target"
      '';
      meta.mainProgram = name;
    };

  # A checked script in bin/: strict bash options, a PATH of its runtime
  # inputs, `bash -n` and, when the host has it, shellcheck.
  writeShellApplication =
    {
      name,
      text,
      runtimeInputs ? [ ],
      runtimeEnv ? null,
      meta ? { },
      passthru ? { },
      checkPhase ? null,
      excludeShellChecks ? [ ],
      extraShellCheckFlags ? [ ],
      bashOptions ? [
        "errexit"
        "nounset"
        "pipefail"
      ],
      inheritPath ? true,
      derivationArgs ? { },
    }:
    writeTextFile {
      inherit name meta passthru derivationArgs;
      executable = true;
      destination = "/bin/${name}";
      allowSubstitutes = true;
      preferLocalBuild = false;
      text =
        "#!${runtimeShell}\n"
        + concatMapStrings (option: "set -o ${option}\n") bashOptions
        + optionalString (runtimeEnv != null) (
          concatStringsSep "" (
            lib.mapAttrsToList (n: v: ''
              ${lib.toShellVar n v}
              export ${n}
            '') runtimeEnv
          )
        )
        + optionalString (runtimeInputs != [ ]) ''

          export PATH="${lib.makeBinPath runtimeInputs}${optionalString inheritPath ":$PATH"}"
        ''
        + ''

          ${text}
        '';
      checkPhase =
        let
          excludeFlags = lib.optional (excludeShellChecks != [ ]) "--exclude=${concatStringsSep "," excludeShellChecks}";
          shellcheckFlags = lib.escapeShellArgs (excludeFlags ++ extraShellCheckFlags);
        in
        if checkPhase == null then
          ''
            runHook preCheck
            ${shellDryRun} "$target"
            if command -v shellcheck >/dev/null 2>&1; then
              shellcheck ${shellcheckFlags} "$target"
            fi
            runHook postCheck
          ''
        else
          checkPhase;
    };

  # Every file of every path, linked into one tree; earlier paths win.
  symlinkJoin =
    args_@{
      name ?
        assert lib.assertMsg (args_ ? pname && args_ ? version)
          "symlinkJoin requires either a `name` OR `pname` and `version`";
        "${args_.pname}-${args_.version}",
      paths,
      preferLocalBuild ? true,
      allowSubstitutes ? false,
      postBuild ? "",
      ...
    }:
    let
      args =
        builtins.removeAttrs args_ [
          "name"
          "postBuild"
        ]
        // {
          paths = map toString paths;
          inherit preferLocalBuild allowSubstitutes;
          passAsFile = [ "paths" ];
        };
    in
    runCommand name args ''
      mkdir -p $out
      for i in $(cat $pathsPath); do
        ${lndir}/bin/lndir -silent $i $out
      done
      ${postBuild}
    '';

  # `entries` is a list of { name; path; } or an attribute set name -> path.
  linkFarm =
    name: entries:
    let
      entries' =
        if lib.isList entries then
          entries
        else if lib.isAttrs entries then
          lib.mapAttrsToList (name: path: { inherit name path; }) entries
        else
          throw "linkFarm entries must be either attrs or a list!";
      linkCommands = lib.concatMapStrings (
        { name, path }:
        ''
          mkdir -p -- "$(dirname -- ${escapeShellArg "${name}"})"
          ln -s -- ${escapeShellArg "${path}"} ${escapeShellArg "${name}"}
        ''
      ) entries';
    in
    runCommand name
      {
        preferLocalBuild = true;
        allowSubstitutes = false;
        passthru.entries = if lib.isList entries then lib.listToAttrs (map (x: lib.nameValuePair x.name x.path) entries) else entries;
      }
      ''
        mkdir -p $out
        cd $out
        ${linkCommands}
      '';

  linkFarmFromDrvs =
    name: drvs:
    let
      mkEntryFromDrv = drv: {
        name = drv.name;
        path = drv;
      };
    in
    linkFarm name (map mkEntryFromDrv drvs);

  # The store paths of the closure of `paths`, one per line, sorted.
  writeClosure =
    paths:
    runCommand "runtime-deps"
      {
        exportReferencesGraph = lib.foldl' (acc: e: acc ++ [ "graph-${toString (builtins.length acc)}" e ]) [ ] (lib.toList paths);
        preferLocalBuild = true;
        allowSubstitutes = false;
      }
      ''
        for g in graph-*; do
          # A references graph lists each path, its deriver, a count, then
          # that many references; the paths are the lines starting with the store.
          while IFS= read -r p; do
            read -r _deriver
            read -r n
            echo "$p"
            for ((k = 0; k < n; k++)); do read -r _ref; done
          done <"$g"
        done | sort -u >"$out"
      '';

  emptyFile =
    runCommand "empty-file"
      {
        outputHashAlgo = "sha256";
        outputHashMode = "recursive";
        outputHash = "0ip26j2h11n1kgkz36rl4akv694yz65hr72q4kv4b3lxcbi65b3p";
        preferLocalBuild = true;
      }
      ''
        touch $out
      '';

  emptyDirectory =
    runCommand "empty-directory"
      {
        outputHashAlgo = "sha256";
        outputHashMode = "recursive";
        outputHash = "0sjjj9z1dhilhpc8pq4154czrb79z9cm044jvn75kxcjv6v5l2m5";
        preferLocalBuild = true;
      }
      ''
        mkdir -p $out
      '';
}
