# The expression `home-manager build/switch` evaluates for a non-flake
# configuration: `confPath` is the configuration file, `confAttr` (the -A
# flag) an attribute inside it.
{
  pkgs ? import <nixpkgs> { },
  confPath,
  confAttr ? null,
  check ? true,
}:

let
  # A path (not its import) keeps file names in error messages.
  configuration =
    if confAttr == "" || confAttr == null then confPath else (import confPath).${confAttr};

  env = import ../modules {
    inherit configuration pkgs check;
  };

  # What `home-manager news` and the notice after build and switch need:
  # the relevant entries (newest first) and the ids of every entry, which
  # reading the news marks as read.
  newsInfo = {
    display = env.newsDisplay;
    entries = map (e: { inherit (e) id time message; }) env.newsEntries;
    ids = map (e: e.id) env.config.news.entries;
  };
in
{
  inherit (env)
    activationPackage
    config
    options
    pkgs
    newsDisplay
    newsEntries
    ;

  inherit newsInfo;

  # newsInfo as a file to build: `hearth build --eval-cache` then skips the
  # evaluation while nothing it read has changed (the no-op switch).
  newsFile = pkgs.writeText "home-manager-news.json" (builtins.toJSON newsInfo);
}
