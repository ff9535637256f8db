# Home Manager maintainers referred to by the modules shipped here
# (`meta.maintainers`); merged into `lib.maintainers` as Home Manager does.
{
  rycee = {
    name = "Robert Helgesson";
    email = "robert@rycee.net";
    github = "rycee";
    githubId = 798147;
  };
}
