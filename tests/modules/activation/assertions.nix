# Failed assertions abort the evaluation with Home Manager's layout;
# passing ones say nothing.
{
  assertions = [
    {
      assertion = false;
      message = "first problem";
    }
    {
      assertion = true;
      message = "not shown";
    }
    {
      assertion = false;
      message = "second problem";
    }
  ];
}
