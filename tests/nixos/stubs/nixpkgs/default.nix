# A stand-in for <nixpkgs> with the few builders and packages the system
# modules and the seed's example use. Every derivation is for x86_64-linux
# whatever the machine, so store paths in expected outputs are stable;
# each builds with the host's /bin/sh and coreutils, outside a sandbox.
{
  config ? { },
  overlays ? [ ],
  system ? "x86_64-linux",
  ...
}:

let
  lib = import ../../../../share/hearth/lib;

  drv =
    name: script: attrs:
    derivation (
      {
        inherit name;
        system = "x86_64-linux";
        builder = "/bin/sh";
        args = [
          "-c"
          script
        ];
        PATH = "/usr/bin:/bin";
      }
      // attrs
    );

  # A package whose programs print their name.
  program =
    pname: version: programs:
    drv "${pname}-${version}" ''
      mkdir -p "$out/bin"
      for p in $programs; do
        printf '#!/bin/sh\necho %s "$@"\n' "$p" > "$out/bin/$p"
        chmod +x "$out/bin/$p"
      done
    '' { programs = programs; }
    // {
      inherit pname version;
      meta.mainProgram = builtins.head programs;
    };

  base = self: {
    inherit lib config overlays;
    path = ./.;
    stdenv.hostPlatform.system = "x86_64-linux";

    runtimeShell = "${self.bash}/bin/bash";

    writeTextFile =
      {
        name,
        text,
        executable ? false,
        destination ? "",
        ...
      }:
      drv name ''
        target="$out$destination"
        mkdir -p "$(dirname "$target")"
        printf '%s' "$text" > "$target"
        if [ -n "$executable" ]; then chmod +x "$target"; fi
      '' { inherit text executable destination; };

    writeText = name: text: self.writeTextFile { inherit name text; };
    writeScript =
      name: text:
      self.writeTextFile {
        inherit name text;
        executable = true;
      };
    writeTextDir =
      path: text:
      self.writeTextFile {
        name = builtins.baseNameOf path;
        inherit text;
        destination = "/${path}";
      };

    buildEnv =
      {
        name,
        paths,
        pathsToLink ? [ "/" ],
        extraOutputsToInstall ? [ ],
        ignoreCollisions ? false,
        ...
      }:
      drv name ''
        mkdir -p "$out"
        for p in $paths; do
          (cd "$p" && find . ! -type d) | while read -r f; do
            mkdir -p "$out/$(dirname "$f")"
            ln -sf "$p/$f" "$out/$f"
          done
        done
      '' { inherit paths pathsToLink extraOutputsToInstall ignoreCollisions; };

    bash = program "bash" "5.2" [ "bash" ];
    bashInteractive = self.bash // {
      shellPath = "/bin/bash";
    };
    coreutils = program "coreutils" "9.4" [ "ls" ];
    findutils = program "findutils" "4.9.0" [ "find" ];
    gnugrep = program "gnugrep" "3.11" [ "grep" ];
    gnused = program "gnused" "4.9" [ "sed" ];
    hello = program "hello" "2.12" [ "hello" ];
    atool = program "atool" "0.39.0" [ "atool" ];
    httpie = program "httpie" "3.2.2" [
      "http"
      "https"
    ];
  };
in
lib.fix (lib.foldl' (f: overlay: lib.extends overlay f) base overlays)
