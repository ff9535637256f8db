{
  khard-basic-config = ./basic_config.nix;
  khard-empty-config = ./empty_config.nix;
  khard-multiple-accounts = ./multiple_accounts.nix;
  khard-multiple-with-abooks = ./multiple_with_abooks.nix;
  khard-dirty-path = ./dirty_path.nix;
  khard-mistaken-subdir = ./mistaken_subdir.nix;
  khard-discover-type = ./discover_type.nix;
}
