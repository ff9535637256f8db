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

  # What `home-manager news` and the notice after build and switch need:
  # the relevant entries (newest first) and the ids of every entry, which
  # reading the news marks as read.
  newsInfo = {
    display = env.newsDisplay;
    entries = map (e: { inherit (e) id time message; }) env.newsEntries;
    ids = map (e: e.id) env.config.news.entries;
  };
}
