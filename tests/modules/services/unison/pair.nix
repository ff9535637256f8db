# One pair with the default options: its service and timer.
{
  imports = [ ./package.nix ];

  services.unison = {
    enable = true;
    pairs.documents.roots = [
      "/home/hm-user/documents"
      "ssh://remote/documents"
    ];
  };

  test.expected = {
    "home-files/.config/systemd/user/unison-pair-documents.service" = ./pair.service;
    "home-files/.config/systemd/user/unison-pair-documents.timer" = ./pair.timer;
    "home-files/.config/systemd/user/timers.target.wants/unison-pair-documents.timer" = ./pair.timer;
  };
}
