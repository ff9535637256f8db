# Not one of Home Manager's cases: an option that needs quoting is
# shell-quoted; the others are written bare.
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

  test.expected."home-files/.config/systemd/user/cliphist.service" = ./quoted-options.service;
}
