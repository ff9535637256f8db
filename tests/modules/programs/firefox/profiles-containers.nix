# Mirrors Home Manager's firefox-profiles-containers test (with the id its
# expected file shows): one container, then Firefox's two reserved ones.
{
  programs.firefox = {
    enable = true;
    profiles.containers.containers.shopping = {
      id = 1;
      icon = "circle";
      color = "yellow";
    };
  };

  test.expected."home-files/.mozilla/firefox/containers/containers.json" =
    ./profiles-containers-expected.json;
}
