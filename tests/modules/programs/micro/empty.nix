# Nothing set: both files are still written, as empty objects (Home
# Manager's module writes them unconditionally).
{
  programs.micro.enable = true;

  test.expected = {
    "home-files/.config/micro/settings.json" = ./empty-expected.json;
    "home-files/.config/micro/bindings.json" = ./empty-expected.json;
  };
}
