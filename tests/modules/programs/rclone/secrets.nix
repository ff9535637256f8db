# Hearth's own case: secrets are set one `rclone config update` each,
# remotes and keys in name order.
{ pkgs, ... }:
{
  programs.rclone = {
    enable = true;
    package = pkgs.runCommand "rclone" { meta.mainProgram = "rclone"; } "";
    writeAfter = "linkGeneration";
    remotes = {
      b2 = {
        config = {
          type = "b2";
          hard_delete = true;
        };
        secrets = {
          account = "/run/secrets/b2-account";
          key = "/run/secrets/b2-key";
        };
      };
      server.config = {
        type = "sftp";
        host = "server";
      };
    };
  };

  test.expected."activation/createRcloneConfig" = ./secrets-expected.sh;
}
