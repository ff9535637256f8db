# Hearth's own case: without accounts.calendar.basePath todoman has nowhere
# to look, which an assertion reports.
{ pkgs, ... }:
{
  programs.todoman = {
    enable = true;
    package = pkgs.runCommand "todoman" { } "";
  };
}
