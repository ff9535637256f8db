{
  fish-defaults = ./defaults.nix;
  fish-functions = ./functions.nix;
  fish-source-handlers = ./source-handlers.nix;
  fish-plugins = ./plugins.nix;
  fish-abbrs = ./abbrs.nix;
  fish-binds = ./binds.nix;
  fish-completions = ./completions.nix;
  fish-prefer-abbrs = ./prefer-abbrs.nix;
  fish-init-order = ./init-order.nix;
  fish-session-variables = ./session-variables.nix;
  fish-session-fallback = ./session-fallback.nix;
  fish-integrations = ./integrations.nix;
  fish-integrations-abbrs = ./integrations-abbrs.nix;
}
