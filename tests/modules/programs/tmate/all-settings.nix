# Not one of Home Manager's cases: every server setting, quoted where
# the module quotes, then the extra lines.
{
  programs.tmate = {
    enable = true;
    host = "tmate.example.org";
    port = 222;
    dsaFingerprint = "SHA256:1111111111111111111111111111111111111111111";
    rsaFingerprint = "SHA256:2222222222222222222222222222222222222222222";
    extraConfig = ''set -g tmate-session-name "session-name"'';
  };

  test.expected."home-files/.tmate.conf" = ./all-settings-expected.conf;
}
