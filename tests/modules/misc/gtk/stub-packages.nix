# Placeholder packages for the gtk cases, spelled "@<name>@" as in Home
# Manager's test suite (tests/modules/stubs.nix has no theme packages).
let
  placeholder = name: {
    type = "derivation";
    inherit name;
    pname = name;
    version = "0";
    outPath = "@${name}@";
    outputs = [ "out" ];
    meta = { };
  };
in
builtins.listToAttrs (
  map (name: {
    inherit name;
    value = placeholder name;
  }) [
    "adwaita-icon-theme"
    "catppuccin-gtk"
    "gnome-themes-extra"
    "ubuntu-classic"
  ]
)
