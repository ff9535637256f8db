# Provider presets fill in servers and user names (values from Home
# Manager's accounts/email.nix); explicit settings still win where the
# preset only gives a default, and server user names fall back to the
# account's.
{ config, lib, ... }:

let
  accounts = config.accounts.email.accounts;
  server = s: if s == null then null else {
    inherit (s) host port userName authentication;
    tls = { inherit (s.tls) enable useStartTls certificatesFile; };
  };
  summary = a: {
    inherit (a) userName flavor;
    inbox = a.folders.inbox;
    maildir = a.maildir.absPath;
    imap = server a.imap;
    smtp = server a.smtp;
    jmap = a.jmap;
    passwordCommand = a.passwordCommand;
  };
in
{
  accounts.email = {
    maildirBasePath = "Mail";
    certificatesFile = null;
    accounts = {
      gmail = {
        primary = true;
        flavor = "gmail.com";
        address = "jane@gmail.com";
        realName = "Jane";
        passwordCommand = "pass show gmail";
      };
      gmail-starttls = {
        flavor = "gmail.com";
        address = "john@gmail.com";
        userName = "john";
        realName = "John";
        smtp.tls.useStartTls = true;
        maildir.path = "gm2";
      };
      fastmail = {
        flavor = "fastmail.com";
        address = "jane@fastmail.com";
        realName = "Jane";
        passwordCommand = [ "pass" "show" "fast mail" ];
      };
      office = {
        flavor = "outlook.office365.com";
        address = "jane@corp.example";
        realName = "Jane";
        imap.userName = "corp\\jane";
      };
      mbox = {
        flavor = "mailbox.org";
        address = "jane@mailbox.org";
        realName = "Jane";
      };
      dav = {
        flavor = "davmail";
        address = "jane@dav.example";
        realName = "Jane";
      };
    };
  };

  home.file."accounts.json".text = builtins.toJSON (lib.mapAttrs (_: summary) accounts) + "\n";

  test.expected."home-files/accounts.json" = ./flavors-expected.json;
}
