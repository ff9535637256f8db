# Only released versions are accepted.
{
  home.stateVersion = "17.09";
}
