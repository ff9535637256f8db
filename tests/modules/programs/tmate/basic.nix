# After Home Manager's tmate test: every server setting (port and the
# Ed25519 fingerprint as there, host and RSA fingerprint too), then the
# extra lines.
{
  programs.tmate = {
    enable = true;
    host = "tmate.example.org";
    port = 222;
    dsaFingerprint = "SHA256:1111111111111111111111111111111111111111111";
    rsaFingerprint = "SHA256:2222222222222222222222222222222222222222222";
    extraConfig = ''set -g tmate-session-name "session-name"'';
  };

  test.expected."home-files/.tmate.conf" = ./basic-expected.conf;
}
