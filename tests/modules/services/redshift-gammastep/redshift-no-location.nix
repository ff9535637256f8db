# Neither a location nor dawn and dusk times: the assertion says what to
# set.
{
  services.redshift.enable = true;
}
