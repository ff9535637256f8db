# `settings` and the older `profiles` do not mix.
{
  services.kanshi = {
    enable = true;
    settings = [ { include = "other"; } ];
    profiles.nomad.outputs = [ { criteria = "eDP-1"; } ];
  };
}
