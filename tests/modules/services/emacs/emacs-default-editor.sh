#!@bash@/bin/bash
exec @emacs@/bin/emacsclient "${@:---create-frame}"