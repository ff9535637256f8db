# Mirrors Home Manager's firefox-profiles-containers-id-zero test: 0 is
# Firefox's "no container".
{
  programs.firefox = {
    enable = true;
    profiles.my-profile = {
      isDefault = true;
      id = 1;
      containers.shopping = {
        id = 0;
        color = "blue";
        icon = "circle";
      };
    };
  };
}
