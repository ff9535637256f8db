# lib.systems: elaborate, doubles, parsing.
{ lib }:
with lib;
let
  e = systems.elaborate;
  flags = s: with e s; [ isLinux isDarwin isx86_64 isAarch64 is64bit is32bit isx86 isAarch isAarch32 isi686 isUnix isMacOS ];
in
{
  testElaborateX86Linux = {
    expr = with e "x86_64-linux"; [ system config parsed.cpu.name parsed.kernel.name parsed.vendor.name parsed.abi.name libc uname.system uname.processor linuxArch extensions.sharedLibrary ];
    expected = [ "x86_64-linux" "x86_64-unknown-linux-gnu" "x86_64" "linux" "unknown" "gnu" "glibc" "Linux" "x86_64" "x86_64" ".so" ];
  };
  testElaborateAarch64Darwin = {
    expr = with e "aarch64-darwin"; [ system config parsed.cpu.name parsed.kernel.name parsed.vendor.name parsed.abi.name libc uname.system darwinPlatform extensions.sharedLibrary ];
    expected = [ "aarch64-darwin" "arm64-apple-darwin" "aarch64" "darwin" "apple" "unknown" "libSystem" "Darwin" "macos" ".dylib" ];
  };
  testElaborateX86Darwin = { expr = with e "x86_64-darwin"; [ config isDarwin isx86_64 ]; expected = [ "x86_64-apple-darwin" true true ]; };
  testElaborateArmv7l = { expr = with e "armv7l-linux"; [ config is32bit isAarch32 isAarch linuxArch parsed.cpu.version ]; expected = [ "armv7l-unknown-linux-gnueabihf" true true true "arm" "7" ]; };
  testElaborateI686 = { expr = with e "i686-linux"; [ config isx86 isi686 isx86_64 linuxArch ]; expected = [ "i686-unknown-linux-gnu" true true false "i386" ]; };
  testElaborateRiscv = { expr = with e "riscv64-linux"; [ config isRiscV isRiscV64 is64bit ]; expected = [ "riscv64-unknown-linux-gnu" true true true ]; };
  testElaboratePower = { expr = with e "powerpc64le-linux"; [ isPower64 isLittleEndian uname.processor ]; expected = [ true true "ppc64le" ]; };
  testElaborateFreeBSD = { expr = with e "x86_64-freebsd"; [ config isFreeBSD isBSD isLinux isUnix ]; expected = [ "x86_64-unknown-freebsd" true true false true ]; };
  testFlagsLinux = { expr = flags "x86_64-linux"; expected = [ true false true false true false true false false false true false ]; };
  testFlagsAarch64Linux = { expr = flags "aarch64-linux"; expected = [ true false false true true false false true false false true false ]; };
  testFlagsDarwin = { expr = flags "aarch64-darwin"; expected = [ false true false true true false false true false false true true ]; };
  testElaborateFromAttrs = { expr = (e { system = "aarch64-linux"; }).config; expected = "aarch64-unknown-linux-gnu"; };
  testElaborateFromConfig = { expr = with e { config = "x86_64-unknown-linux-musl"; }; [ system isMusl isGnu libc ]; expected = [ "x86_64-linux" true false "musl" ]; };
  testElaborateFromDarwinConfig = { expr = (e { config = "arm64-apple-darwin"; }).system; expected = "aarch64-darwin"; };
  testElaborateOverride = { expr = (e { system = "x86_64-linux"; isStatic = true; }).isStatic; expected = true; };
  testElaborateUnknownCpu = { expr = (e "foo-linux").config; expectedError = true; };
  testCpuTypes = { expr = with (e "x86_64-linux").parsed.cpu; [ bits family significantByte.name _type ]; expected = [ 64 "x86" "littleEndian" "cpu-type" ]; };
  testKernelFamiliesDarwin = { expr = attrNames (e "x86_64-darwin").parsed.kernel.families; expected = [ "darwin" ]; };
  testCanExecute = { expr = [ ((e "x86_64-linux").canExecute (e "i686-linux")) ((e "x86_64-linux").canExecute (e "aarch64-linux")) ((e "x86_64-linux").canExecute (e "x86_64-linux")) ]; expected = [ true false true ]; };
  testDoublesLinux = { expr = [ (elem "x86_64-linux" systems.doubles.linux) (elem "aarch64-darwin" systems.doubles.linux) ]; expected = [ true false ]; };
  testDoublesDarwin = { expr = [ (elem "aarch64-darwin" systems.doubles.darwin) (elem "x86_64-darwin" systems.doubles.darwin) (elem "x86_64-linux" systems.doubles.darwin) ]; expected = [ true true false ]; };
  testDoublesAll = { expr = all (d: elem d systems.doubles.all) (systems.doubles.linux ++ systems.doubles.darwin); expected = true; };
  testDoublesX86_64 = { expr = all (d: hasPrefix "x86_64-" d) systems.doubles.x86_64; expected = true; };
  testDoublesRoundTrip = { expr = all (d: (e d).system == d) systems.doubles.all; expected = true; };
  testFlakeExposed = { expr = all (s: elem s systems.flakeExposed) [ "x86_64-linux" "aarch64-linux" "x86_64-darwin" "aarch64-darwin" ]; expected = true; };
  testFlakeExposedElaborate = { expr = map (s: (e s).system) systems.flakeExposed; expected = systems.flakeExposed; };
  testPlatformsAlias = { expr = platforms.linux == systems.doubles.linux; expected = true; };
  testParseDouble = { expr = systems.parse.doubleFromSystem (systems.parse.mkSystemFromString "aarch64-unknown-linux-gnu"); expected = "aarch64-linux"; };
  testParseTriple = { expr = systems.parse.tripleFromSystem (systems.parse.mkSystemFromString "x86_64-darwin"); expected = "x86_64-apple-darwin"; };
  testEquals = { expr = [ (systems.equals (e "x86_64-linux") (e "x86_64-linux")) (systems.equals (e "x86_64-linux") (e "aarch64-linux")) ]; expected = [ true false ]; };
  testExamples = { expr = (e systems.examples.aarch64-multiplatform).system; expected = "aarch64-linux"; };
}
