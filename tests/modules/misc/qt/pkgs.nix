# The test stubs plus nixpkgs' Qt prefixes and placeholder ("@<name>@")
# plugin and style packages, for the qt cases.
{ lib }:
let
  stubs = import ../../stubs.nix { inherit lib; };
  placeholder = name: {
    type = "derivation";
    inherit name;
    pname = name;
    version = "0";
    outPath = "@${name}@";
    outputs = [ "out" ];
    meta = { };
  };
  placeholders = names: lib.genAttrs names placeholder;
in
stubs
// placeholders [
  "adwaita-qt"
  "adwaita-qt6"
  "qgnomeplatform"
  "qgnomeplatform-qt6"
]
// {
  qt5.qtbase = {
    qtPluginPrefix = "lib/qt-5.15.16/plugins";
    qtQmlPrefix = "lib/qt-5.15.16/qml";
  };
  qt6.qtbase = {
    qtPluginPrefix = "lib/qt-6/plugins";
    qtQmlPrefix = "lib/qt-6/qml";
  };
  libsForQt5 = placeholders [
    "qtstyleplugins"
    "qt5ct"
  ];
  qt6Packages = placeholders [
    "qt6gtk2"
    "qt6ct"
  ];
  kdePackages = placeholders [
    "kio"
    "plasma-integration"
    "systemsettings"
  ];
}
