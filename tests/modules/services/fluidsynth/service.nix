# Home Manager's fluidsynth service test: PipeWire's PulseAudio server, a
# SoundFont of one's own and an extra option. Home Manager checks three
# lines of the unit; here the whole unit is compared.
{
  services.fluidsynth = {
    enable = true;
    soundService = "pipewire-pulse";
    soundFont = "/path/to/soundFont";
    extraOptions = [ "--sample-rate 96000" ];
  };

  test.expected."home-files/.config/systemd/user/fluidsynth.service" = ./service-expected.service;
}
