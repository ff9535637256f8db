# Stand-ins for nixpkgs' Vim plugins Home Manager's neovim tests use and
# tests/modules/stubs.nix lacks: placeholders spelled as that file's, with
# `dependencies` where a case needs them.
let
  stub = name: extra: {
    type = "derivation";
    name = "vimplugin-${name}";
    pname = name;
    version = "0";
    outPath = "@vimplugin-${name}@";
    outputs = [ "out" ];
    meta = { };
  } // extra;
in
rec {
  vim-nix = stub "vim-nix" { };
  vim-commentary = stub "vim-commentary" { };
  vim-repeat = stub "vim-repeat" { };
  # Depends on vim-repeat, as a plugin with Debian Depends on another does.
  vim-surround = stub "vim-surround" { dependencies = [ vim-repeat ]; };
  # Runs a program, as Debian's editorconfig-vim runs the EditorConfig core.
  editorconfig-vim = stub "editorconfig-vim" {
    runtimeDeps = [
      {
        type = "derivation";
        name = "editorconfig";
        outPath = "@editorconfig@";
        outputs = [ "out" ];
      }
    ];
  };
}
