greeting: { lib, ... }: { options.g = lib.mkOption { default = greeting; }; }
