{
  chromium-basic-options = ./basic-options.nix;
  chromium-command-line-args = ./command-line-args.nix;
  chromium-command-line-args-override = ./command-line-args-override.nix;
  chromium-crx-extension = ./crx-extension.nix;
  chromium-extension-version-without-crxpath = ./extension-version-without-crxpath.nix;
  chromium-null-package-command-line-args = ./null-package-command-line-args.nix;
  chromium-plasma-support-command-line-args = ./plasma-support-command-line-args.nix;
}
