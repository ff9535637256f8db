# Mirrors Home Manager's qutebrowser-quickmarks: "name url" lines, no
# final newline.
{
  programs.qutebrowser = {
    enable = true;
    quickmarks = {
      nixpkgs = "https://github.com/NixOS/nixpkgs";
      home-manager = "https://github.com/nix-community/home-manager";
    };
  };

  test.expected."home-files/.config/qutebrowser/quickmarks" = ./quickmarks-expected;
}
