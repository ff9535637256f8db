# A remote without programs.notmuch fails the module's assertion.
{
  services.muchsync.remotes.server.remote.host = "server.tld";
}
