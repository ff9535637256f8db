# Mirrors Home Manager's cliphist-extra-options: the options go before
# `store` in both watchers. (An older Home Manager expected each option
# quoted, '-max-items' '500', as nixpkgs' escapeShellArgs then did; today
# it quotes only what needs it.)
{
  services.cliphist = {
    enable = true;
    allowImages = true;
    extraOptions = [
      "-max-dedupe-search"
      "10"
      "-max-items"
      "500"
    ];
  };

  test.expected = {
    "home-files/.config/systemd/user/cliphist.service" = ./extra-options.service;
    "home-files/.config/systemd/user/cliphist-images.service" = ./extra-options-images.service;
  };
}
