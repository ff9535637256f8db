# Mirrors Home Manager's astroid-controls: an account sending through
# msmtp, with an attached signature and gpg signing, and a poll script.
# Adapted: the package is a placeholder (the test stubs have no astroid),
# and poll.sh's text is compared where Home Manager checks it holds the
# command and is executable.
{ config, lib, ... }:
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  accounts.email.accounts."hm@example.com" = {
    astroid.enable = true;
    notmuch.enable = true;
    msmtp.enable = true;
    signature = {
      showSignature = "attach";
      text = "Test signature";
    };
    gpg = {
      key = "test-key";
      signByDefault = true;
    };
    astroid.extraConfig.select_query = "tag:inbox";
  };

  programs.astroid = {
    enable = true;
    package = {
      type = "derivation";
      name = "astroid";
      outPath = "@astroid@";
    };
    pollScript = "fetch-mail";
  };

  assertions = [
    {
      assertion = lib.elem config.programs.astroid.package config.home.packages;
      message = "Astroid must install its configured package.";
    }
    {
      assertion = config.xdg.configFile."astroid/poll.sh".executable;
      message = "poll.sh must be executable.";
    }
  ];

  test.expected = {
    "home-files/.config/astroid/config" = ./controls.json;
    "home-files/.config/astroid/poll.sh" = ./controls-poll.sh;
  };
}
