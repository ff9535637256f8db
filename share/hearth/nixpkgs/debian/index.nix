# Lookups over the index `hearth lock index` writes (names.json,
# shard-N.json, host.json; see src/pkgs/index_nix.hh) and the lock file,
# whose pins win.
{ indexDir, lockFile }:
let
  readJSON = file: builtins.fromJSON (builtins.readFile (/. + indexDir + "/${file}"));
  names = if indexDir == null then { } else readJSON "names.json";
  host = if indexDir == null then { } else readJSON "host.json";
  lock =
    if lockFile != null && builtins.pathExists lockFile then
      (builtins.fromJSON (builtins.readFile lockFile)).packages
    else
      { };
  # Each shard read and parsed once per index, however many entries and
  # package sets ask for it: a lazy list of them.
  shardCount =
    if indexDir == null then
      0
    else
      builtins.length (
        builtins.filter (f: builtins.substring 0 6 f == "shard-") (
          builtins.attrNames (builtins.readDir (/. + indexDir))
        )
      );
  shards = builtins.genList (n: readJSON "shard-${toString n}.json") shardCount;
  shard = builtins.elemAt shards;

  # A virtual name (awk) stands for the package that provides it.
  resolve = name: let v = names.${name}; in if builtins.isString v then v else name;

  entry =
    name:
    if lock ? ${name} then
      lock.${name}
    else
      let
        real = resolve name;
      in
      if lock ? ${real} then lock.${real} else (shard names.${real}).${real};

  # The package and its dependencies the host does not provide, the package
  # first (genericClosure keeps the start set's order first).
  closure =
    name:
    map (x: x.key) (
      builtins.genericClosure {
        startSet = [ { key = resolve name; } ];
        operator =
          item:
          map (d: { key = resolve d; }) (builtins.filter (d: !(host ? ${d})) (entry item.key).depends);
      }
    );
in
{
  inherit names host entry closure resolve;
}
