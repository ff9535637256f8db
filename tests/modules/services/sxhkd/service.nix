# After Home Manager's module (the stored sxhkd-service test checks the
# older user service): the X session starts sxhkd in its own scope with the
# extra options.
{
  xsession = {
    enable = true;
    windowManager.command = "";
  };
  services.sxhkd = {
    enable = true;
    extraOptions = [
      "-m 1"
      "-r '/home/hm-user/command-output'"
    ];
  };

  test.expected."home-files/.xsession" = ./xsession;
}
