# Mirrors Home Manager's newsboat-basics-2003: from 20.03 queries come
# first.
{
  home.stateVersion = "20.03";

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
    "home-files/.newsboat/urls" = ./basics-2003-expected-urls.txt;
  };
}
