# Several configurations in one file, selected with -A (confAttr).
{
  work = import ./home.nix;
}
