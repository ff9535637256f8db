# Home Manager's shell-integration test: each shell's start-up file loads
# opam's environment only when opam's root holds a config. Home Manager
# greps the files for fragments; the same fragments are checked here. Its
# last step (bash sourcing the lines in an empty home without errors) is
# not repeated; the lines are in .bashrc, which the suite checks with
# `bash -n`. Hearth's stubs have no opam, so the package is a placeholder.
{ config, lib, ... }:
let
  # A home file's text by target, given as text or as a generated file.
  text =
    target:
    let
      f = lib.findFirst (f: f.target == target) null (builtins.attrValues config.home.file);
    in
    if f.text != null then f.text else f.source.text;
  has = name: fragments: builtins.all (f: lib.hasInfix f (text name)) fragments;
in
{
  programs.bash.enable = true;
  programs.bash.enableCompletion = false;
  programs.fish.enable = true;
  programs.zsh.enable = true;
  programs.opam = {
    enable = true;
    package = {
      type = "derivation";
      name = "opam";
      outPath = "@opam@";
      outputs = [ "out" ];
      meta = { };
    };
  };

  home.file.state.text = builtins.toJSON {
    bash = has ".bashrc" [
      ''opam_root="''${OPAMROOT-$HOME/.opam}"''
      ''[ -f "$opam_root/config" ]''
      "opam env --shell=bash"
    ];
    zsh = has ".zshrc" [
      ''opam_root="''${OPAMROOT-$HOME/.opam}"''
      ''[ -f "$opam_root/config" ]''
      "opam env --shell=zsh"
    ];
    fish = has ".config/fish/config.fish" [
      "set -q OPAMROOT"
      ''if test -f "$opam_root/config"''
      "opam env --shell=fish"
    ];
  };

  test.expected."home-files/state" = ./shell-integration-expected.json;
}
