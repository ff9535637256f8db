# Home Manager's kanshi-alias-assertion: an alias inside a profile fails.
{
  services.kanshi = {
    enable = true;
    settings = [
      {
        profile.name = "nomad";
        profile.outputs = [
          {
            criteria = "eDP-1";
            alias = "test";
          }
        ];
      }
    ];
  };
}
