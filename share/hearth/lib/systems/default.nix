# Platforms: system doubles ("x86_64-linux"), LLVM-style configs
# ("x86_64-unknown-linux-gnu"), their parsed form and `elaborate`, which
# gives the `stdenv.hostPlatform`-style record with isLinux, isDarwin, ...
# Only what Home Manager and its packages ask of a platform is modelled:
# CPU, vendor, kernel and ABI, for the Linux, Darwin and BSD doubles.
{ lib }:
let
  inherit (builtins) elemAt length filter attrNames isString;
  inherit (lib.lists) elem;

  typed = type: name: attrs: { _type = type; inherit name; } // attrs;

  endian = {
    littleEndian = typed "significant-byte" "littleEndian" { };
    bigEndian = typed "significant-byte" "bigEndian" { };
  };

  cpu = bits: byte: family: extra:
    { inherit bits family; significantByte = endian.${byte}; } // extra;

  cpuTypes = builtins.mapAttrs (name: attrs: typed "cpu-type" name attrs) {
    aarch64 = cpu 64 "littleEndian" "arm" { version = "8"; arch = "armv8-a"; };
    armv5tel = cpu 32 "littleEndian" "arm" { version = "5"; arch = "armv5t"; };
    armv6l = cpu 32 "littleEndian" "arm" { version = "6"; arch = "armv6"; };
    armv7a = cpu 32 "littleEndian" "arm" { version = "7"; arch = "armv7-a"; };
    armv7l = cpu 32 "littleEndian" "arm" { version = "7"; arch = "armv7-a"; };
    i386 = cpu 32 "littleEndian" "x86" { arch = "i386"; };
    i486 = cpu 32 "littleEndian" "x86" { arch = "i486"; };
    i586 = cpu 32 "littleEndian" "x86" { arch = "i586"; };
    i686 = cpu 32 "littleEndian" "x86" { arch = "i686"; };
    x86_64 = cpu 64 "littleEndian" "x86" { arch = "x86-64"; };
    loongarch64 = cpu 64 "littleEndian" "loongarch" { };
    m68k = cpu 32 "bigEndian" "m68k" { };
    microblaze = cpu 32 "bigEndian" "microblaze" { };
    microblazeel = cpu 32 "littleEndian" "microblaze" { };
    mips = cpu 32 "bigEndian" "mips" { };
    mipsel = cpu 32 "littleEndian" "mips" { };
    mips64 = cpu 64 "bigEndian" "mips" { };
    mips64el = cpu 64 "littleEndian" "mips" { };
    powerpc = cpu 32 "bigEndian" "power" { };
    powerpc64 = cpu 64 "bigEndian" "power" { };
    powerpc64le = cpu 64 "littleEndian" "power" { };
    riscv32 = cpu 32 "littleEndian" "riscv" { };
    riscv64 = cpu 64 "littleEndian" "riscv" { };
    s390 = cpu 32 "bigEndian" "s390" { };
    s390x = cpu 64 "bigEndian" "s390" { };
    wasm32 = cpu 32 "littleEndian" "wasm" { };
    wasm64 = cpu 64 "littleEndian" "wasm" { };
  };

  # LLVM spells AArch64 "arm64" in Apple configs.
  cpuByName = name: if name == "arm64" then cpuTypes.aarch64 else cpuTypes.${name} or (throw "Unknown CPU type: ${name}");

  vendors = lib.attrsets.genAttrs [ "apple" "pc" "unknown" "w64" "none" ] (n: typed "vendor" n { });

  execFormats = lib.attrsets.genAttrs [ "elf" "macho" "pe" "wasm" "unknown" ] (n: typed "exec-format" n { });
  kernelFamilies = lib.attrsets.genAttrs [ "bsd" "darwin" ] (n: typed "kernel-family" n { });

  kernels = builtins.mapAttrs (name: attrs: typed "kernel" name attrs) {
    linux = { execFormat = execFormats.elf; families = { }; };
    darwin = { execFormat = execFormats.macho; families = { inherit (kernelFamilies) darwin; }; };
    freebsd = { execFormat = execFormats.elf; families = { inherit (kernelFamilies) bsd; }; };
    netbsd = { execFormat = execFormats.elf; families = { inherit (kernelFamilies) bsd; }; };
    openbsd = { execFormat = execFormats.elf; families = { inherit (kernelFamilies) bsd; }; };
    windows = { execFormat = execFormats.pe; families = { }; };
    wasi = { execFormat = execFormats.wasm; families = { }; };
    none = { execFormat = execFormats.unknown; families = { }; };
  };

  abis = lib.attrsets.genAttrs [ "gnu" "gnueabi" "gnueabihf" "gnuabi64" "musl" "musleabi" "musleabihf" "eabi" "eabihf" "elf" "msvc" "unknown" ] (n: typed "abi" n { });

  mkParsed = c: vendor: kernel: abi: {
    _type = "system";
    cpu = c;
    vendor = vendors.${vendor} or (typed "vendor" vendor { });
    kernel = kernels.${kernel} or (throw "Unknown kernel: ${kernel}");
    abi = abis.${abi} or (typed "abi" abi { });
  };

  # The vendor and ABI a double implies, as nixpkgs chooses them.
  parseDouble = system:
    let
      parts = lib.strings.splitString "-" system;
      c = cpuByName (elemAt parts 0);
      kernel = elemAt parts 1;
      vendor = if kernel == "darwin" then "apple" else if kernel == "windows" then "w64" else "unknown";
      abi =
        if kernel == "linux" then
          if c.family == "arm" && c.bits == 32 then (if c.version == "5" then "gnueabi" else "gnueabihf") else "gnu"
        else if kernel == "windows" then
          "gnu"
        else
          "unknown";
    in
    if length parts != 2 then throw "Unsupported system double: ${system}" else mkParsed c vendor kernel abi;

  # "cpu-vendor-kernel[-abi]", or "cpu-linux-abi" / "cpu-kernel" shorthands.
  parseConfig = config:
    let
      p = lib.strings.splitString "-" config;
      n = length p;
      at = elemAt p;
    in
    if n == 4 then
      mkParsed (cpuByName (at 0)) (at 1) (at 2) (at 3)
    else if n == 3 && at 1 == "linux" then
      mkParsed (cpuByName (at 0)) "unknown" "linux" (at 2)
    else if n == 3 then
      mkParsed (cpuByName (at 0)) (at 1) (builtins.head (builtins.match "([a-z]+).*" (at 2))) "unknown"
    else if n == 2 then
      parseDouble config
    else
      throw "Unsupported system config: ${config}";

  doubleFromParsed = parsed: "${parsed.cpu.name}-${parsed.kernel.name}";
  configFromParsed = parsed:
    if parsed.cpu.name == "aarch64" && parsed.kernel.name == "darwin" then
      "arm64-apple-darwin"
    else
      "${parsed.cpu.name}-${parsed.vendor.name}-${parsed.kernel.name}"
      + lib.strings.optionalString (parsed.abi.name != "unknown") "-${parsed.abi.name}";

  allDoubles = [
    "aarch64-linux" "armv5tel-linux" "armv6l-linux" "armv7a-linux" "armv7l-linux" "i686-linux"
    "loongarch64-linux" "m68k-linux" "microblaze-linux" "microblazeel-linux" "mips-linux"
    "mips64-linux" "mips64el-linux" "mipsel-linux" "powerpc64-linux" "powerpc64le-linux"
    "riscv32-linux" "riscv64-linux" "s390-linux" "s390x-linux" "x86_64-linux"
    "aarch64-darwin" "armv7a-darwin" "i686-darwin" "x86_64-darwin"
    "aarch64-freebsd" "i686-freebsd" "x86_64-freebsd"
    "aarch64-netbsd" "i686-netbsd" "x86_64-netbsd"
    "aarch64-openbsd" "i686-openbsd" "x86_64-openbsd"
  ];

  byKernel = k: filter (d: (parseDouble d).kernel.name == k) allDoubles;
  byCpu = pred: filter (d: pred (parseDouble d).cpu) allDoubles;
in
rec {
  /** Lists of system doubles: `all`, by kernel (`linux`, `darwin`,
      `freebsd`, ...), by CPU (`x86_64`, `aarch64`, `x86`, `arm`, ...),
      plus `unix`.
      Type: { string = [string]; }.  Example: `builtins.elem "x86_64-linux" doubles.linux` => `true` */
  doubles = {
    all = allDoubles;
    linux = byKernel "linux";
    darwin = byKernel "darwin";
    freebsd = byKernel "freebsd";
    netbsd = byKernel "netbsd";
    openbsd = byKernel "openbsd";
    unix = filter (d: (parseDouble d).kernel.name != "windows") allDoubles;
    x86_64 = byCpu (c: c.name == "x86_64");
    i686 = byCpu (c: c.name == "i686");
    aarch64 = byCpu (c: c.name == "aarch64");
    x86 = byCpu (c: c.family == "x86");
    arm = byCpu (c: c.family == "arm" && c.bits == 32);
    riscv = byCpu (c: c.family == "riscv");
    power = byCpu (c: c.family == "power");
    mips = byCpu (c: c.family == "mips");
    bigEndian = byCpu (c: c.significantByte.name == "bigEndian");
    littleEndian = byCpu (c: c.significantByte.name == "littleEndian");
  };

  /** The systems flakes usually expose outputs for.
      Type: [string].  Example: `builtins.elem "aarch64-darwin" flakeExposed` => `true` */
  flakeExposed = [
    "x86_64-linux"
    "aarch64-linux"
    "x86_64-darwin"
    "armv6l-linux"
    "armv7l-linux"
    "i686-linux"
    "aarch64-darwin"
    "powerpc64le-linux"
    "riscv64-linux"
    "x86_64-freebsd"
  ];

  /** Parsing between doubles/configs and the structured form.
      Type: { mkSystemFromString :: string -> parsed; doubleFromSystem :: parsed -> string; ... }.
      Example: `parse.mkSystemFromString "x86_64-linux"` gives `.cpu.name == "x86_64"` */
  parse = {
    inherit cpuTypes vendors kernels abis execFormats kernelFamilies;
    significantBytes = endian;
    mkSystemFromString = s: if length (lib.strings.splitString "-" s) == 2 then parseDouble s else parseConfig s;
    doubleFromSystem = doubleFromParsed;
    tripleFromSystem = configFromParsed;
  };

  /** Predicates on parsed systems, as attribute patterns for `matchAttrs`.
      Type: attrs.  Example: `inspect.predicates.isLinux` => `{ kernel = kernels.linux; }` */
  inspect.predicates = predicates;

  predicates = {
    isLinux = { kernel = kernels.linux; };
    isDarwin = { kernel.families = { inherit (kernelFamilies) darwin; }; };
    isFreeBSD = { kernel = kernels.freebsd; };
    isNetBSD = { kernel = kernels.netbsd; };
    isOpenBSD = { kernel = kernels.openbsd; };
    isBSD = { kernel.families = { inherit (kernelFamilies) bsd; }; };
    isWindows = { kernel = kernels.windows; };
    isWasi = { kernel = kernels.wasi; };
    isx86_64 = { cpu = cpuTypes.x86_64; };
    isi686 = { cpu = cpuTypes.i686; };
    isx86_32 = { cpu = { family = "x86"; bits = 32; }; };
    isx86 = { cpu.family = "x86"; };
    isAarch64 = { cpu = { family = "arm"; bits = 64; }; };
    isAarch32 = { cpu = { family = "arm"; bits = 32; }; };
    isAarch = { cpu.family = "arm"; };
    isRiscV = { cpu.family = "riscv"; };
    isRiscV32 = { cpu = { family = "riscv"; bits = 32; }; };
    isRiscV64 = { cpu = { family = "riscv"; bits = 64; }; };
    isPower = { cpu.family = "power"; };
    isPower64 = { cpu = { family = "power"; bits = 64; }; };
    isMips = { cpu.family = "mips"; };
    isS390 = { cpu.family = "s390"; };
    isLoongArch64 = { cpu = { family = "loongarch"; bits = 64; }; };
    isWasm = { cpu.family = "wasm"; };
    is32bit = { cpu.bits = 32; };
    is64bit = { cpu.bits = 64; };
    isLittleEndian = { cpu.significantByte = endian.littleEndian; };
    isBigEndian = { cpu.significantByte = endian.bigEndian; };
    isGnu = { abi = { name = "gnu"; }; };
    isMusl = { abi = { name = "musl"; }; };
  };

  /** The full platform record for a double, a config, or a partial
      platform set (`{ system = ...; }` / `{ config = ...; }`); attributes
      given in a set override the computed ones.
      Type: string | attrs -> attrs.
      Example: `(elaborate "aarch64-darwin").config` => `"arm64-apple-darwin"` */
  elaborate = args':
    let
      args = if isString args' then { system = args'; } else args';
      parsed =
        if args ? parsed then
          args.parsed
        else if args ? config then
          parse.mkSystemFromString args.config
        else
          parse.mkSystemFromString args.system;
      matches = pattern: lib.attrsets.matchAttrs pattern parsed;
      is = builtins.mapAttrs (_: matches) predicates;
      kernelName = parsed.kernel.name;
      final =
        is
        // {
          system = doubleFromParsed parsed;
          config = configFromParsed parsed;
          inherit parsed;
          isUnix = kernelName != "windows" && kernelName != "none" && kernelName != "wasi";
          isMacOS = kernelName == "darwin";
          isiOS = false;
          isAndroid = false;
          isCygwin = false;
          isMinGW = false;
          isNone = kernelName == "none";
          isStatic = false;
          isEfi = elem parsed.cpu.family [ "x86" "arm" "riscv" "loongarch" ];
          hasSharedLibraries = true;
          useLLVM = false;
          libc =
            if kernelName == "darwin" then
              "libSystem"
            else if kernelName == "linux" then
              (if final.isMusl then "musl" else "glibc")
            else if final.isBSD then
              "libc"
            else
              null;
          linker = if kernelName == "darwin" then "cctools" else "bfd";
          extensions = {
            sharedLibrary = if kernelName == "darwin" then ".dylib" else if kernelName == "windows" then ".dll" else ".so";
            staticLibrary = if kernelName == "windows" then ".lib" else ".a";
            library = final.extensions.sharedLibrary;
            executable = if kernelName == "windows" then ".exe" else "";
          };
          uname = {
            system =
              {
                linux = "Linux";
                darwin = "Darwin";
                freebsd = "FreeBSD";
                netbsd = "NetBSD";
                openbsd = "OpenBSD";
                windows = "Windows";
              }
              .${kernelName} or null;
            processor =
              if final.isPower64 then
                "ppc64${lib.strings.optionalString final.isLittleEndian "le"}"
              else if final.isPower then
                "ppc"
              else
                parsed.cpu.name;
            release = null;
          };
          linuxArch =
            if final.isAarch32 then
              "arm"
            else if final.isAarch64 then
              "arm64"
            else if final.isx86_32 then
              "i386"
            else if final.isx86_64 then
              "x86_64"
            else if final.isPower then
              "powerpc"
            else if final.isRiscV then
              "riscv"
            else if final.isS390 then
              "s390"
            else if final.isLoongArch64 then
              "loongarch"
            else
              parsed.cpu.name;
          darwinPlatform = if kernelName == "darwin" then "macos" else null;
          canExecute = platform:
            final.isAndroid == platform.isAndroid
            && parsed.kernel == platform.parsed.kernel
            && (parsed.cpu == platform.parsed.cpu || (final.isx86_64 && platform.isx86_32));
          emulatorAvailable = pkgs: false;
        }
        // builtins.removeAttrs args [ "parsed" ];
    in
    final;

  /** Whether two platform records denote the same platform (same system
      and parsed form).
      Type: attrs -> attrs -> bool.  Example: `equals (elaborate "x86_64-linux") (elaborate "x86_64-linux")` => `true` */
  equals = a: b: a.system == b.system && a.config == b.config && a.parsed == b.parsed;

  /** Platform record shorthands used in cross-compilation examples.
      Type: { string = attrs; }.  Example: `examples.aarch64-multiplatform.config` => `"aarch64-unknown-linux-gnu"` */
  examples = {
    aarch64-multiplatform.config = "aarch64-unknown-linux-gnu";
    gnu64.config = "x86_64-unknown-linux-gnu";
    gnu32.config = "i686-unknown-linux-gnu";
    musl64.config = "x86_64-unknown-linux-musl";
    raspberryPi.config = "armv6l-unknown-linux-gnueabihf";
    armv7l-hf-multiplatform.config = "armv7l-unknown-linux-gnueabihf";
    riscv64.config = "riscv64-unknown-linux-gnu";
    x86_64-darwin.config = "x86_64-apple-darwin";
    aarch64-darwin.config = "arm64-apple-darwin";
  };
}
