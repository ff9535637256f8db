#!@bash@/bin/bash
set -o errexit
set -o nounset
set -o pipefail

export PATH="/nix/store/00000000000000000000000000000000-home-manager/bin:@nix@/bin:$PATH"

if [[ ! -f "$FLAKE_DIR/flake.nix" ]]; then
  echo "No flake.nix found in $FLAKE_DIR." >&2
  exit 1
fi

echo "Changing to flake directory $FLAKE_DIR"
cd "$FLAKE_DIR"


echo "Upgrade Home Manager"
home-manager switch --flake . 

