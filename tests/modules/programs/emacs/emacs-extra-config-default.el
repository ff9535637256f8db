(require 'hm-test)
(setq hm 'home-manager)
