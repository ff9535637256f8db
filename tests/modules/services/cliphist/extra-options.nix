# Mirrors Home Manager's cliphist-extra-options test: the options go
# before `store`, shell-quoted.
{
  services.cliphist = {
    enable = true;
    extraOptions = [
      "-max-dedupe-search"
      "10"
      "-preview-width"
      "a b"
    ];
  };

  test.expected."home-files/.config/systemd/user/cliphist.service" = ./extra-options.service;
}
