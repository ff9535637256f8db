# nixpkgs' lib with Home Manager's additions: `lib.hm`, and the HM
# maintainers merged into `lib.maintainers`. Takes the lib to extend.
nixpkgsLib:

nixpkgsLib.extend (
  self: super: {
    hm = import ./. { lib = self; };
    maintainers = super.maintainers // self.hm.maintainers;
  }
)
