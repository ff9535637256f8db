# Maintainer teams for `meta.teams`; Hearth defines none yet.
{ lib }:
{ }
