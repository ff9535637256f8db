# Hearth's own case: a remote without `type` is rejected by its type.
{
  programs.rclone = {
    enable = true;
    remotes.broken.config.host = "example.org";
  };

  test.expected."activation/createRcloneConfig" = ./secrets-expected.sh;
}
