# Home Manager's qt-kvantum-settings: sections sorted, lists joined with
# ", ", every atom (null too) written as Nix's generators write it.
{ lib, ... }:
{
  qt = {
    enable = true;
    kvantum = {
      enable = true;
      settings = {
        General = {
          theme = "KvAdapta";
          hello = "world";
        };
        Applications = {
          KvArc = [
            "app1"
            "app2"
          ];
          KvFlat = [ "app3" ];
        };
        SomethingElse = {
          foo = "bar";
          baz = [
            "qux"
            123
            true
            null
          ];
        };
      };
    };
  };

  test.expected."home-files/.config/Kvantum/kvantum.kvconfig" = ./kvantum-settings-expected.kvconfig;
}
