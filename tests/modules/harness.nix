# Evaluates one test case of tests/modules and compares what it declares
# in `test.expected` against the configuration, byte for byte after store
# hashes are zeroed (as Home Manager's normalizeStorePaths does).
#
# A case is a Home Manager module; the cases of a directory are listed in
# its default.nix (`name = ./file.nix;`, or `{ file; stateVersion = false; }`
# to leave home.stateVersion undefined). Keys of `test.expected` name:
#   home-files/<target>     the text of the home.file entry with that target
#   home-path/<path>        the text of the home.packages file at <path>
#   activation-order        activation entry names, one per line
#   activation/<name>       the script of one activation entry
#   manifest.json           home.activationManifest as JSON
#   manifest/<attr>         one attribute of it as JSON
#   warnings                the warnings, each followed by a newline
#   news                    news.display and the relevant entries, newest
#                           first, as JSON
#   generation/builder      the build script of home-manager-generation
#   generation/activate     the text of its `activate`
# A case whose directory holds <name>-expected.err is expected to fail;
# modules.test.sh checks the error output and never reads this file's
# result for it.
{
  id,
  key ? "",
  hmPath ? ../../share/hearth/home-manager,
  libPath ? ../../share/hearth/lib,
}:

let
  lib = import libPath;
  pkgs = import ./stubs.nix { inherit lib; };

  # "programs/bash/basic" -> directory programs/bash, case basic.
  parts = lib.splitString "/" id;
  dir = ./. + "/${lib.concatStringsSep "/" (lib.init parts)}";
  entry = (import (dir + "/default.nix")).${lib.last parts};
  caseFile = entry.file or entry;
  setStateVersion = entry.stateVersion or true;

  testModule =
    { lib, ... }:
    {
      options.test.expected = lib.mkOption {
        type = lib.types.attrsOf lib.types.path;
        default = { };
        description = "Expected file per checked path (see harness.nix).";
      };

      config = lib.mkMerge [
        {
          # The fixed identity of Home Manager's own tests.
          home.username = "hm-user";
          home.homeDirectory = "/home/hm-user";
          xdg.enable = lib.mkDefault true;
          manual.manpages.enable = lib.mkDefault false;
          # Its packages and profile commands would be in every case's
          # expected packages; tests/modules/misc/xdg-mime turns it on.
          xdg.mime.enable = lib.mkDefault false;
        }
        (lib.mkIf setStateVersion { home.stateVersion = lib.mkDefault "18.09"; })
      ];
    };

  hm = import (hmPath + "/modules") {
    inherit pkgs lib;
    useNixpkgsModule = false;
    configuration = {
      imports = [
        caseFile
        testModule
      ];
    };
  };
  inherit (hm) config;

  zeroHash = lib.concatStrings (lib.replicate 32 "0");
  normalize =
    s:
    lib.concatMapStrings (x: if builtins.isList x then "${builtins.storeDir}/${zeroHash}-" else x) (
      builtins.split "${lib.escapeRegex builtins.storeDir}/[0-9a-df-np-sv-z]{32}-" (
        builtins.unsafeDiscardStringContext s
      )
    );

  # The text behind a file source: a text option, a generated file, or a
  # file of the test directory.
  sourceText =
    src:
    if builtins.isAttrs src && src ? text then
      src.text
    else if builtins.isPath src || (builtins.isString src && builtins.pathExists src) then
      builtins.readFile src
    else
      throw "cannot read the source ${toString src}";

  homeFile =
    target:
    let
      matches = builtins.filter (f: f.enable && f.target == target) (lib.attrValues config.home.file);
    in
    if matches == [ ] then
      throw "no home.file entry has target ${target}"
    else
      let
        f = builtins.head matches;
      in
      if f.text != null then f.text else sourceText f.source;

  homePathFile =
    path:
    let
      matches = builtins.filter (p: (p.destination or null) == "/${path}") config.home.packages;
    in
    if matches == [ ] then throw "no home.packages file at ${path}" else (builtins.head matches).text;

  activation = config.home.activationManifest.activation;

  actual =
    key:
    if lib.hasPrefix "home-files/" key then
      homeFile (lib.removePrefix "home-files/" key)
    else if lib.hasPrefix "home-path/" key then
      homePathFile (lib.removePrefix "home-path/" key)
    else if key == "activation-order" then
      lib.concatMapStrings (e: e.name + "\n") activation
    else if lib.hasPrefix "activation/" key then
      (lib.findFirst (e: e.name == lib.removePrefix "activation/" key) (throw "no activation entry ${key}")
        activation
      ).script
    else if key == "manifest.json" then
      builtins.toJSON config.home.activationManifest + "\n"
    else if lib.hasPrefix "manifest/" key then
      builtins.toJSON config.home.activationManifest.${lib.removePrefix "manifest/" key} + "\n"
    else if key == "generation/builder" then
      config.home.activationPackage.buildCommand
    else if key == "generation/activate" then
      config.home.activationPackage.activateScript.text
    else if key == "news" then
      builtins.toJSON {
        display = hm.newsDisplay;
        entries = map (e: { inherit (e) id time message; }) hm.newsEntries;
      }
      + "\n"
    else if key == "warnings" then
      lib.concatMapStrings (w: w + "\n") config.warnings
    else
      throw "unknown checked path ${key}";

  check =
    key: expectedFile:
    let
      got = normalize (actual key);
      want = builtins.readFile expectedFile;
    in
    if got == want then
      [ ]
    else
      [
        {
          inherit key;
          expected = want;
          actual = got;
        }
      ];

  failures = lib.concatLists (lib.mapAttrsToList check config.test.expected);
in
{
  checked = builtins.length (builtins.attrNames config.test.expected);
  inherit failures;
  # For writing expected files: `-A actual --argstr key home-files/.bashrc`.
  actual = normalize (actual key);
  expected = builtins.readFile config.test.expected.${key};
  # Warnings are traced by the entry point; tests compare them here too.
  warnings = config.warnings;
}
