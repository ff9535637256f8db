# Home Manager's basic-configuration input. Its current test checks an
# rclone-config user service, from a newer module than the one Hearth
# follows (which writes rclone.conf during activation, see the module's
# header); this case checks that activation step instead.
{ pkgs, ... }:
{
  programs.rclone = {
    enable = true;
    package = pkgs.runCommand "rclone" { meta.mainProgram = "rclone"; } "";
    remotes.myremote.config.type = "local";
  };

  test.expected."activation/createRcloneConfig" = ./basic-configuration-expected.sh;
}
