{ i3blocks-with-ordered-blocks = ./with-ordered-blocks.nix; }
