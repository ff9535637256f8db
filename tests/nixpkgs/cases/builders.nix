# The trivial builders' derivations: their names, the text they will
# write, their scripts and flags, checked without building.
{ lib, pkgs, nixpkgs }:
let
  app = pkgs.writeShellApplication {
    name = "app";
    runtimeInputs = [ pkgs.coreutils ];
    runtimeEnv.GREETING = "hi there";
    text = ''echo "$GREETING"'';
  };
in
{
  writeText = {
    expr = with (pkgs.writeText "greeting" "hello\n").drvAttrs; {
      inherit name text executable preferLocalBuild allowSubstitutes passAsFile;
    };
    expected = {
      name = "greeting";
      text = "hello\n";
      executable = false;
      preferLocalBuild = true;
      allowSubstitutes = false;
      passAsFile = [ "buildCommand" "text" ];
    };
  };

  writeTextDir = {
    expr = with (pkgs.writeTextDir "share/doc/x.txt" "x").drvAttrs; [ name (lib.hasInfix "target=$out/share/doc/x.txt\n" buildCommand) ];
    expected = [ "x.txt" true ];
  };

  writeTextFileRelativeDestination = {
    expr = (pkgs.writeTextFile { name = "x"; text = ""; destination = "bin/x"; }).drvPath;
    expectedError = true;
  };

  writeTextFileDerivationArgs = {
    expr =
      (pkgs.writeTextFile {
        name = "x";
        text = "";
        derivationArgs.extra = "yes";
      }).extra;
    expected = "yes";
  };

  writeScriptBin = {
    expr = with pkgs.writeScriptBin "tool" "#!/bin/sh\n"; [ drvAttrs.executable (lib.hasInfix "target=$out/bin/tool\n" drvAttrs.buildCommand) meta.mainProgram ];
    expected = [ true true "tool" ];
  };

  writeShellScript = {
    expr = with (pkgs.writeShellScript "s" "echo hi").drvAttrs; [ text checkPhase ];
    expected = [ "#!/bin/bash\necho hi\n" "/bin/bash -n -O extglob \"$target\"\n" ];
  };

  writeShellScriptBin = {
    expr = with pkgs.writeShellScriptBin "s" "echo hi"; [ (lib.hasInfix "$out/bin/s" drvAttrs.buildCommand) meta.mainProgram (lib.getExe (pkgs.writeShellScriptBin "s" "")) ];
    expected = [ true "s" "${pkgs.writeShellScriptBin "s" ""}/bin/s" ];
  };

  writeShellApplicationText = {
    expr = app.drvAttrs.text;
    expected = ''
      #!/bin/bash
      set -o errexit
      set -o nounset
      set -o pipefail
      GREETING='hi there'
      export GREETING

      export PATH="${pkgs.coreutils}/bin:$PATH"

      echo "$GREETING"
    '';
  };

  writeShellApplicationMeta = {
    expr = [ app.meta.mainProgram (lib.hasInfix "$out/bin/app" app.drvAttrs.buildCommand) ];
    expected = [ "app" true ];
  };

  writeShellApplicationOptions = {
    expr = lib.hasInfix "shellcheck '--exclude=SC2086,SC2001' -x" (pkgs.writeShellApplication {
      name = "a";
      text = "";
      bashOptions = [ ];
      inheritPath = false;
      excludeShellChecks = [ "SC2086" "SC2001" ];
      extraShellCheckFlags = [ "-x" ];
    }).drvAttrs.checkPhase;
    expected = true;
  };

  writeShellApplicationNoInherit = {
    expr =
      (pkgs.writeShellApplication {
        name = "a";
        text = "true";
        bashOptions = [ ];
        runtimeInputs = [ pkgs.gnused ];
        inheritPath = false;
      }).drvAttrs.text;
    expected = "#!/bin/bash\n\nexport PATH=\"${pkgs.gnused}/bin\"\n\ntrue\n";
  };

  runCommand = {
    expr = with (pkgs.runCommand "rc" { foo = "bar"; } "touch $out").drvAttrs; {
      inherit name foo buildCommand passAsFile;
      local = (pkgs.runCommand "rc" { } "").drvAttrs ? preferLocalBuild;
    };
    expected = {
      name = "rc";
      foo = "bar";
      buildCommand = "touch $out";
      passAsFile = [ "buildCommand" ];
      local = false;
    };
  };

  runCommandLocal = {
    expr = with (pkgs.runCommandLocal "rc" { } "touch $out").drvAttrs; [ preferLocalBuild allowSubstitutes ];
    expected = [ true false ];
  };

  runCommandWith = {
    expr =
      (pkgs.runCommandWith {
        name = "w";
        derivationArgs = {
          passAsFile = [ "big" ];
          big = "x";
        };
      } "true").drvAttrs.passAsFile;
    expected = [ "buildCommand" "big" ];
  };

  symlinkJoin = {
    expr = with (pkgs.symlinkJoin { name = "j"; paths = [ pkgs.gnused pkgs.gnugrep ]; postBuild = "echo post"; }).drvAttrs; [
      name
      (map (p: lib.hasSuffix "-host" p) paths)
      (lib.hasInfix "echo post" buildCommand)
    ];
    expected = [ "j" [ true true ] true ];
  };

  symlinkJoinPname = {
    expr = (pkgs.symlinkJoin { pname = "p"; version = "1"; paths = [ ]; }).name;
    expected = "p-1";
  };

  buildEnvPackages = {
    expr =
      (d: { inherit (d) packages pathsToLink ignoreCollisions; })
      (pkgs.buildEnv {
        name = "env";
        paths = [ pkgs.gnused (pkgs.gawk // { meta = pkgs.gawk.meta // { priority = 3; }; }) ];
        pathsToLink = [ "/bin" "/share" ];
        ignoreCollisions = true;
      }).drvAttrs;
    expected = {
      packages = "5 ${pkgs.gnused}\n3 ${pkgs.gawk}\n";
      pathsToLink = "/bin /share";
      ignoreCollisions = "1";
    };
  };

  linkFarm = {
    expr = with pkgs.linkFarm "farm" [ { name = "a/b"; path = "/tmp/x"; } ]; [
      (lib.hasInfix "ln -s -- /tmp/x a/b" drvAttrs.buildCommand)
      entries
    ];
    expected = [ true { "a/b" = "/tmp/x"; } ];
  };

  linkFarmFromDrvs = {
    expr = builtins.attrNames (pkgs.linkFarmFromDrvs "f" [ pkgs.gnused pkgs.gawk ]).entries;
    expected = [ "gawk-host" "gnused-host" ];
  };

  replaceVarsNulls = {
    expr = lib.hasInfix "--replace-fail @a@ A" (pkgs.replaceVars ./builders.nix { a = "A"; b = null; }).drvAttrs.buildPhase;
    expected = true;
  };

  replaceVarsName = {
    expr = (pkgs.replaceVars ./builders.nix { }).name;
    expected = "builders.nix";
  };

  makeWrapperHook = {
    expr = [ pkgs.makeWrapper.name (lib.hasInfix "nix-support/setup-hook" pkgs.makeWrapper.drvAttrs.buildCommand) ];
    expected = [ "make-shell-wrapper-hook" true ];
  };

  hostPackages = {
    expr = map (p: p.name) [ pkgs.bash pkgs.coreutils pkgs.gnused pkgs.gnugrep pkgs.findutils pkgs.gawk pkgs.gnutar pkgs.gzip pkgs.xz pkgs.diffutils pkgs.which pkgs.patch ];
    expected = [ "bash-host" "coreutils-host" "gnused-host" "gnugrep-host" "findutils-host" "gawk-host" "gnutar-host" "gzip-host" "xz-host" "diffutils-host" "which-host" "patch-host" ];
  };

  hostExe = {
    expr = [ (lib.getExe pkgs.gnused) pkgs.bash.shellPath pkgs.runtimeShell ];
    expected = [ "${pkgs.gnused}/bin/sed" "/bin/bash" "/bin/bash" ];
  };

  emptyFile = {
    expr = with pkgs.emptyFile.drvAttrs; [ outputHashMode name ];
    expected = [ "recursive" "empty-file" ];
  };
}
