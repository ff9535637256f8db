# Mirrors Home Manager's newsboat-basics (state version 18.09): feeds
# before queries, in ~/.newsboat; and the default config file.
{
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
    "home-files/.newsboat/urls" = ./basics-expected-urls.txt;
    "home-files/.newsboat/config" = ./basics-expected-config.txt;
  };
}
