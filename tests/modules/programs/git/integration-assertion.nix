# Mirrors Home Manager's git-integration-assertion with the pager modules
# Hearth has (delta and diff-so-fancy; Home Manager's test pairs delta with
# patdiff): two tools cannot both be git's pager.
let
  both = {
    enable = true;
    enableGitIntegration = true;
  };
in
{
  programs.delta = both;
  programs.diff-so-fancy = both;
}
