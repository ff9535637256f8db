# Mirrors Home Manager's firefox-profiles-duplicate-ids test.
{
  programs.firefox = {
    enable = true;
    profiles = {
      first = {
        isDefault = true;
        id = 1;
      };
      second.id = 1;
    };
  };
}
