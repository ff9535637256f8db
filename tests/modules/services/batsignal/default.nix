{
  batsignal = ./batsignal.nix;
}
