# Mirrors Home Manager's newsboat-basics-2105: from 21.05 the files
# move to $XDG_CONFIG_HOME/newsboat, the format unchanged.
{
  home.stateVersion = "21.05";

  programs.newsboat = {
    enable = true;
    urls = [
      {
        url = "http://example.org/feed.xml";
        tags = [
          "tag1"
          "tag2"
        ];
        title = "Cool feed";
      }
      { url = "http://example.org/feed2.xml"; }
    ];
    queries.foo = ''rssurl =~ "example.com"'';
  };

  test.expected = {
    "home-files/.config/newsboat/urls" = ./basics-2003-expected-urls.txt;
  };
}
