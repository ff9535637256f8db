{
  difftastic-with-git-both = ./with-git-both.nix;
  difftastic-with-git-external-diff = ./with-git-external-diff.nix;
  difftastic-legacy-diff-tool-mode = ./legacy-diff-tool-mode.nix;
  difftastic-migration = ./migration.nix;
}
