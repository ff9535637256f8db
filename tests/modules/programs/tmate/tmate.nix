# Mirrors Home Manager's tmate-basic: only the settings given, in the
# module's order, then the extra lines.
{
  programs.tmate = {
    enable = true;
    port = 222;
    dsaFingerprint = "SHA256:1111111111111111111111111111111111111111111";
    extraConfig = ''set tmate-session-name "session-name"'';
  };

  test.expected."home-files/.tmate.conf" = ./tmate-expected.conf;
}
