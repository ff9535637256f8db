# Home Manager's msmtp unknown-account test.
{
  programs.msmtp = {
    enable = true;
    accountOrder = [ "missing" ];
  };
}
