# An event swayidle does not know fails an assertion.
{
  services.swayidle = {
    enable = true;
    events.idlehint = "true";
  };
}
