import (toString ./lib/answer.nix)
