# Mirrors Home Manager's bad-profile-name test: profile names that are not
# UUIDs fail the assertion, listed by name.
{
  programs.gnome-terminal = {
    enable = true;
    profile = {
      bad-name.visibleName = "a";
      "e0b782ed-6aca-44eb-8c75-62b3706b6220" = {
        default = true;
        visibleName = "b";
      };
      another-bad-name.visibleName = "c";
    };
  };
}
