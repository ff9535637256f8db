# Home Manager's cargo-empty-config test: settings without enable write
# nothing. (Home Manager's test sets them on the wrong module,
# programs.docker-cli; here they go to programs.cargo.)
{ config, lib, ... }:
{
  programs.cargo.settings = {
    net = {
      git-fetch-with-cli = true;
    };
  };

  home.file.cargo-files.text = lib.concatMapStrings (n: n + "\n") (
    lib.filter (lib.hasInfix "cargo") (builtins.attrNames config.home.file)
  );

  test.expected."home-files/cargo-files" = ./empty-config-expected.txt;
}
