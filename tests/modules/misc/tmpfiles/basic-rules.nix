# Home Manager's tmpfiles-basic-rules: one file per configuration name,
# one quoted line per rule, the argument C-escaped. HM matches the rule
# lines with regexes; these are the whole files. The systemd units are
# linked from ${pkgs.systemd}/example (written out as their sources);
# systemd sits at a store path here (pkgs.nix).
{ config, lib, ... }:
{
  _module.args.pkgs = lib.mkForce (import ./pkgs.nix { inherit lib; });

  systemd.user.tmpfiles.settings = {
    cache."%C".d.age = "4 weeks";
    myTool."%h/.config/myTool.conf"."f+" = {
      mode = "0644";
      user = "alice";
      group = "users";
      argument = "my unescaped config";
    };
  };

  home.file.unit-sources.text = lib.concatLines (
    lib.mapAttrsToList (n: f: "${n} -> ${f.source}") (
      lib.filterAttrs (n: _: lib.hasPrefix "systemd/" n) config.xdg.configFile
    )
  );
  home.file.on-change.text = config.xdg.configFile."user-tmpfiles.d/home-manager-cache.conf".onChange;

  test.expected = {
    "home-files/.config/user-tmpfiles.d/home-manager-cache.conf" = ./basic-rules-expected-cache.conf;
    "home-files/.config/user-tmpfiles.d/home-manager-myTool.conf" = ./basic-rules-expected-myTool.conf;
    "home-files/unit-sources" = ./basic-rules-expected-units.txt;
    "home-files/on-change" = ./basic-rules-expected-on-change.sh;
  };
}
