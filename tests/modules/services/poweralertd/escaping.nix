# Blanks, quotes, % specifiers and $ variables stay literal in one argument.
{
  services.poweralertd = {
    enable = true;
    extraArgs = [
      "-i"
      "line power"
      ''say "100%" $HOME''
    ];
  };

  test.expected."home-files/.config/systemd/user/poweralertd.service" = ./escaping.service;
}
