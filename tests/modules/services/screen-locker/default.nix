{
  screen-locker-basic-configuration = ./basic-configuration.nix;
  screen-locker-no-xautolock = ./no-xautolock.nix;
  screen-locker-no-xautolock-unit = ./no-xautolock-unit.nix;
  screen-locker-moved-options = ./moved-options.nix;
}
