# Mirrors Home Manager's firefox-profiles-search test (its "search" and
# "searchWithoutDefault" profiles): Firefox's own engines by id, custom ones
# with icons, an order, and the defaults with their hashes. The JSON is
# read before compression; the header case checks the mozlz4 framing.
{ config, ... }:
let
  profiles = config.programs.firefox.profiles;
  nixPackages = {
    name = "Nix Packages";
    urls = [
      {
        template = "https://search.nixos.org/packages";
        params = [
          {
            name = "type";
            value = "packages";
          }
          {
            name = "query";
            value = "{searchTerms}";
          }
        ];
      }
    ];
    definedAliases = [ "@np" ];
  };
in
{
  programs.firefox = {
    enable = true;
    profiles = {
      search = {
        id = 0;
        search = {
          force = true;
          default = "google";
          privateDefault = "ddg";
          order = [
            "nix-packages"
            "nixos-wiki"
          ];
          engines = {
            nix-packages = nixPackages // {
              icon = "/run/current-system/sw/share/icons/hicolor/scalable/apps/nix-snowflake.svg";
            };
            nixos-wiki = {
              name = "NixOS Wiki";
              urls = [ { template = "https://wiki.nixos.org/w/index.php?search={searchTerms}"; } ];
              iconMapObj."16" = "https://wiki.nixos.org/favicon.ico";
              definedAliases = [ "@nw" ];
            };
            bing.metaData.hidden = true;
            google.metaData.alias = "@g";
          };
        };
      };
      searchWithoutDefault = {
        id = 1;
        search = {
          force = true;
          order = [
            "google"
            "nix-packages"
          ];
          engines.nix-packages = nixPackages;
        };
      };
    };
  };

  home.file = {
    search-json.text = profiles.search.search.file.json + "\n";
    search-without-default-json.text = profiles.searchWithoutDefault.search.file.json + "\n";
    search-build.text = profiles.searchWithoutDefault.search.file.buildCommand;
  };

  test.expected = {
    "home-files/search-json" = ./profiles-search-expected.json;
    "home-files/search-without-default-json" = ./profiles-search-expected-without-default.json;
    "home-files/search-build" = ./profiles-search-expected-build.sh;
  };
}
