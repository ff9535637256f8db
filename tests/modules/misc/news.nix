# News entries: only those whose condition holds, newest first, each with
# its id (by default the SHA-256 of the message), and news.display.
{ config, ... }:
{
  news.display = "silent";
  news.entries = [
    {
      id = "older";
      time = "2026-01-01T09:30:00+00:00";
      message = "First entry.";
    }
    {
      time = "2026-02-01T10:00:00+00:00";
      message = "Second entry.\nTwo lines.";
    }
    {
      id = "not-for-bash-users";
      time = "2026-03-01T10:00:00+00:00";
      condition = config.programs.bash.enable;
      message = "Not relevant.";
    }
  ];

  test.expected.news = ./news-expected.json;
}
