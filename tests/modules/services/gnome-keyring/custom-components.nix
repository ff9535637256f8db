# Mirrors Home Manager's gnome-keyring-custom-components test.
{
  services.gnome-keyring = {
    enable = true;
    components = [
      "pkcs11"
      "secrets"
      "ssh"
    ];
  };

  test.expected."home-files/.config/systemd/user/gnome-keyring.service" =
    ./custom-components-expected.service;
}
