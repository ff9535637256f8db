# startInBackground passes --background.
{
  services.nextcloud-client = {
    enable = true;
    startInBackground = true;
  };

  test.expected."home-files/.config/systemd/user/nextcloud-client.service" = ./background.service;
}
