# Derivations nixpkgs.test.sh really builds (Nix 2.8, throwaway store);
# each output tree is compared with expected/<attr>.txt.
{
  nixpkgs ? ../../share/hearth/nixpkgs,
}:
let
  pkgs = import nixpkgs {
    config = { };
    overlays = [ ];
  };
  inherit (pkgs) lib;
  one = pkgs.writeTextDir "share/doc/one" "one\n";
  two = pkgs.writeTextDir "share/doc/two" "two\n";
  tool = pkgs.writeShellScriptBin "tool" ''echo "tool $*"'';
  # Listed first, but its priority number is higher, so `tool` wins.
  toolLow =
    pkgs.writeTextFile {
      name = "tool-low";
      destination = "/bin/tool";
      text = "loses\n";
    }
    // {
      meta.priority = 10;
    };
in
{
  writeText = pkgs.writeText "greeting" "hello\nworld\n";

  writeShellScriptBin = pkgs.runCommand "run-tool" { } ''
    mkdir $out
    cp -r ${tool}/bin $out/bin
    ${tool}/bin/tool a b > $out/ran
  '';

  # Every marker replaced, the secret's surrounding newlines dropped, a
  # `&` and a glob character in the secret kept as they are.
  replaceSecret = pkgs.runCommand "replace-secret" { } ''
    printf '\n\nse&cr*t\n\n' > secret
    printf 'user = eve\npassword = @password@\nagain = "@password@"\n\n' > $out
    ${pkgs.replace-secret}/bin/replace-secret @password@ secret $out
  '';

  writeShellApplication = pkgs.runCommand "run-app" { } ''
    ${
      pkgs.writeShellApplication {
        name = "shout";
        runtimeInputs = [ pkgs.coreutils ];
        text = ''echo "$1" | tr '[:lower:]' '[:upper:]' '';
      }
    }/bin/shout quiet > $out
  '';

  runCommand = pkgs.runCommand "rc" { greeting = "hi"; } ''
    mkdir -p $out/sub
    echo "$greeting" > $out/sub/file
    ln -s sub/file $out/link
  '';

  symlinkJoin = pkgs.symlinkJoin {
    name = "joined";
    paths = [
      one
      two
      tool
    ];
    postBuild = "echo extra > $out/extra";
  };

  buildEnv = pkgs.buildEnv {
    name = "env";
    paths = [
      toolLow
      one
      two
      tool
    ];
    pathsToLink = [
      "/bin"
      "/share"
    ];
  };

  buildEnvFolded = pkgs.buildEnv {
    name = "env-folded";
    paths = [ one ];
  };

  buildEnvIdentical = pkgs.buildEnv {
    name = "env-identical";
    paths = [
      one
      (pkgs.writeTextDir "share/doc/one" "one\n" // { name = "same-again"; })
    ];
  };

  linkFarm = pkgs.linkFarm "farm" {
    "deep/er/one" = one;
    tool = tool;
  };

  linkFarmFromDrvs = pkgs.linkFarmFromDrvs "farm-drvs" [
    one
    two
  ];

  formatsJson = (pkgs.formats.json { }).generate "settings.json" {
    name = "x";
    list = [
      1
      true
      null
    ];
    nested.deeper = { };
  };

  formatsToml = (pkgs.formats.toml { }).generate "settings.toml" {
    top = "level";
    section = {
      key = "value";
      numbers = [
        1
        2
      ];
    };
    array = [
      { a = 1; }
      { a = 2; }
    ];
  };

  formatsIni = (pkgs.formats.ini { }).generate "settings.ini" {
    main = {
      enable = true;
      name = "x y";
    };
    other.count = 3;
  };

  wrapper = pkgs.runCommand "wrapped" { nativeBuildInputs = [ pkgs.makeWrapper ]; } ''
    mkdir -p $out/bin
    cp ${tool}/bin/tool $out/bin/tool
    wrapProgram $out/bin/tool --set GREETING hi --unset NOPE --prefix PATH : /opt/x --add-flags first
    makeWrapper ${tool}/bin/tool $out/bin/other --argv0 named --set-default D d --chdir / --run 'echo run' --suffix P : s
    $out/bin/tool second > $out/ran
  '';

  replaceVars = pkgs.replaceVars (pkgs.writeText "template" "@a@ and @b@ and @kept@\n") {
    a = "A";
    b = "B";
    kept = null;
  };

  substituteAll = pkgs.substituteAll {
    src = pkgs.writeText "template" "@greeting@, @who@\n";
    greeting = "hello";
    who = "you";
  };

  mkDerivation = pkgs.stdenv.mkDerivation {
    pname = "demo";
    version = "1.0";
    src = pkgs.linkFarm "demo-src" {
      "Makefile" = pkgs.writeText "Makefile" ''
        all:
        	echo built > out.txt
        check:
        	test -f out.txt
        install:
        	mkdir -p $(PREFIX)/share $(DOC)
        	cp out.txt $(PREFIX)/share/
        	echo doc > $(DOC)/README
      '';
      "script.sh" = pkgs.writeScript "script" "#!/usr/bin/env bash\necho hi\n";
      "fix.patch" = pkgs.writeText "fix.patch" "";
    };
    outputs = [
      "out"
      "doc"
    ];
    patches = [ ];
    makeFlags = [
      "PREFIX=${placeholder "out"}"
      "DOC=${placeholder "doc"}/share/doc"
    ];
    doCheck = true;
    preBuild = "echo pre > pre.txt";
    postInstall = ''
      mkdir -p $out/bin
      cp script.sh $out/bin/script
      cp pre.txt $out/share/
      substituteInPlace $out/share/out.txt --replace-fail built substituted
    '';
    propagatedBuildInputs = [ one ];
  };

  mkDerivationDoc = (import ./builds.nix { inherit nixpkgs; }).mkDerivation.doc;

  setupHook = pkgs.runCommand "uses-hook" {
    nativeBuildInputs = [
      (pkgs.makeSetupHook {
        name = "greet-hook";
        substitutions.who = "hook";
      } (pkgs.writeText "hook.sh" "greet() { echo \"hello from @who@\"; }\n"))
    ];
  } "greet > $out";

  writeClosure = pkgs.runCommand "closure-names" { } ''
    sed -E 's|^/nix/store/[a-z0-9]{32}-||' ${pkgs.writeClosure [ (pkgs.linkFarm "top" { inner = one; }) ]} | sort > $out
  '';

  hostPackage = pkgs.runCommand "host-ls" { } ''
    ${pkgs.coreutils}/bin/echo via-host > $out
    test -L ${pkgs.coreutils}/bin/ls
  '';
}
