# Hearth's own case (Home Manager has no accounts.calendar test): two
# primary calendars fail the module's assertion.
{
  accounts.calendar = {
    basePath = ".calendars";
    accounts = {
      home.primary = true;
      work.primary = true;
      shared = { };
    };
  };
}
