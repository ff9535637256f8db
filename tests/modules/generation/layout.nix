# The generation's builder and its `activate` wrapper.
{
  home.extraDependencies = [ "${./layout.nix}" ];

  test.expected = {
    "generation/builder" = ./layout-expected-builder.sh;
    "generation/activate" = ./layout-expected-activate.sh;
  };
}
