# Home Manager's tmpfiles-escaped-argument-warning: an argument that
# already holds escape sequences draws a warning.
{
  systemd.user.tmpfiles.settings.foo.path.f.argument = "my\\x20unescaped\\x20config";

  test.expected.warnings = ./escaped-argument-warning-expected.txt;
}
