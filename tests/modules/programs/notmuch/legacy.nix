# Mirrors Home Manager's notmuch-legacy: the old options land in settings
# with a warning each, extraConfig's priorities and conditions kept, and
# mbsync's ignored files after the user's.
{
  config,
  lib,
  modulesPath,
  ...
}:
{
  imports = [
    ../../accounts/email-test-accounts.nix
    {
      programs.notmuch.extraConfig.new.tags = lib.mkDefault "overlay-tag";
    }
    {
      programs.notmuch.extraConfig.new = lib.mkIf true {
        disabled = lib.mkIf false "unused";
      };
    }
  ];

  accounts.email.accounts."hm@example.com".notmuch.enable = true;

  programs.mbsync.enable = true;
  programs.notmuch = {
    enable = true;
    new.ignore = [ "legacy-ignore" ];
    extraConfig = {
      user = {
        name = "Legacy Name";
        primary_email = "legacy@example.com";
      };
      maildir.synchronize_flags = "true";
      search.exclude_tags = "overlay-excluded";
      show.extra_headers = "";
    };
  };

  # Warnings name files by path, which differs between checkouts. (In
  # Hearth the mbsync module still sets the old new.ignore, so its file is
  # named too.)
  home.file.warnings.text =
    builtins.replaceStrings
      [ (toString ./.) modulesPath ]
      [ "<dir>" "<modules>" ]
      (lib.concatMapStrings (w: w + "\n") config.warnings);

  test.expected = {
    "home-files/.config/notmuch/default/config" = ./legacy-expected.conf;
    "home-files/warnings" = ./legacy-expected-warnings;
  };
}
