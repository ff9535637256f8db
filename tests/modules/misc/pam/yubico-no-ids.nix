# Home Manager's pam-yubico-no-ids: without ids neither the key file nor
# ~/.pam_environment is written (HM asserts the key file is absent; here
# the list of home files under those names is written and must be empty).
{ config, lib, ... }:
{
  home.file.pam-files.text = lib.concatLines (
    builtins.filter (t: t == ".pam_environment" || lib.hasPrefix ".yubico" t) (
      map (f: f.target) (lib.attrValues config.home.file)
    )
  );

  test.expected."home-files/pam-files" = ./yubico-no-ids-expected.txt;
}
