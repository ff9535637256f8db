# Home Manager's assertion on default profiles, which its thunderbird
# module words without a space after the commas.
{
  programs.thunderbird = {
    enable = true;
    profiles = {
      a.isDefault = true;
      b.isDefault = true;
    };
  };
}
