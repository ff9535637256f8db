# Maintainer records for `meta.maintainers`. nixpkgs keeps thousands; Hearth
# ships only a handful, with the public handle and name and nothing else.
{ lib }:
{
  rycee = {
    name = "Robert Helgesson";
    github = "rycee";
  };
  khaneliman = {
    name = "Austin Horstman";
    github = "khaneliman";
  };
  teto = {
    name = "Matthieu Coudron";
    github = "teto";
  };
}
