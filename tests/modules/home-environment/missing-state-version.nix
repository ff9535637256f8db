# home.stateVersion has no default: leaving it out is an error naming it.
{ }
