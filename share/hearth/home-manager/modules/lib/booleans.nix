# lib.hm.booleans: spelling booleans the way configuration files want them.
{ lib }:

{
  # "yes"/"no", as OpenSSH-style files spell booleans.
  yesNo = b: if b then "yes" else "no";
}
