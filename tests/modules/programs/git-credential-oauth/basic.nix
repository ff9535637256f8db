# Mirrors Home Manager's git-credential-oauth basic test, which looks for the
# helper line in Git's config; here the whole file is compared. Home
# Manager's stubs name the package @git-credential-oauth@; Hearth's stubs
# have none, so the case sets a package with that path.
{
  programs.git-credential-oauth = {
    enable = true;
    package = {
      type = "derivation";
      name = "git-credential-oauth";
      outPath = "@git-credential-oauth@";
      outputs = [ "out" ];
      meta = { };
    };
  };

  programs.git.enable = true;

  test.expected."home-files/.config/git/config" = ./basic-expected.conf;
}
