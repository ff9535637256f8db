{ config, ... }: { imports = if config.enable then [ ] else [ ]; }
