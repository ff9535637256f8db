(require 'evil)
(evil-mode 1)
