# Home Manager's carapace-environment-variables-conflict test: ignoreCase
# and CARAPACE_MATCH together fail.
{
  programs.carapace = {
    enable = true;
    enableBashIntegration = true;
    ignoreCase = true;
    environmentVariables.CARAPACE_MATCH = "1";
  };
}
