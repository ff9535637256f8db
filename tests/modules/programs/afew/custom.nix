# Hearth's own case (Home Manager has no afew tests): filters of the
# user's own replace the default chain.
{
  programs.afew = {
    enable = true;
    package = {
      type = "derivation";
      name = "afew";
      outPath = "@afew@";
    };
    extraConfig = ''
      [SpamFilter]

      [Filter.0]
      query = from:pointyheaded@boss.com
      tags = -new;+boss
      message = Message from above

      [InboxFilter]
    '';
  };

  test.expected."home-files/.config/afew/config" = ./custom-expected;
}
