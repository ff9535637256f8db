# The fetch service and timer of Home Manager's module (which has no test
# for them), as unit files.
{
  programs.newsboat = {
    enable = true;
    auto-fetch-articles = {
      enable = true;
      onCalendar = "hourly";
    };
  };

  test.expected = {
    "home-files/.config/systemd/user/newsboat-fetch-articles.service" =
      ./auto-fetch-expected.service;
    "home-files/.config/systemd/user/newsboat-fetch-articles.timer" = ./auto-fetch-expected.timer;
  };
}
