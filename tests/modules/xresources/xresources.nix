# Home Manager's xresources test: sorted `name: value` lines, booleans as
# words, floats as Nix's toString writes them, lists joined by ", ".
{ lib, ... }:
{
  xresources.properties = {
    "Test*string" = "test-string";
    "Test*boolean1" = true;
    "Test*boolean2" = false;
    "Test*int" = 10;
    "Test*float" = 12.3;
    "Test*list" = [
      "list-str"
      true
      false
      10
    ];
  };

  test.expected."home-files/.Xresources" = ./xresources-expected.conf;
}
