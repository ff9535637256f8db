# user.conf: free-form keys beside the two environments, which are quoted
# for the shell (null as an empty value) and vanish when empty.
{
  systemd.user.settings = {
    Manager = {
      DefaultTimeoutStopSec = "20s";
      DefaultEnvironment = {
        PATH = "%h/.local/bin:/usr/bin:/bin";
        GREETING = "hello world";
        UNSET = null;
      };
      DefaultLimitNOFILE = [
        "1024"
        "2048"
      ];
    };
  };

  test.expected."home-files/.config/systemd/user.conf" = ./settings-expected.conf;
}
