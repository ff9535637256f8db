# Common software licenses, as nixpkgs describes them in `meta.license`.
# Each has shortName (its attribute name), fullName, spdxId when SPDX has
# one, url, free, redistributable and deprecated.
{ lib }:
let
  # Fill in the defaults nixpkgs gives every license.
  mk = shortName: l:
    let
      free = l.free or true;
    in
    {
      inherit shortName free;
      redistributable = l.redistributable or free;
      deprecated = l.deprecated or false;
    }
    // lib.attrsets.optionalAttrs (l ? spdxId) { url = "https://spdx.org/licenses/${l.spdxId}.html"; }
    // l;
  spdx = id: fullName: { spdxId = id; inherit fullName; };
in
builtins.mapAttrs mk {
  agpl3Only = spdx "AGPL-3.0-only" "GNU Affero General Public License v3.0 only";
  agpl3Plus = spdx "AGPL-3.0-or-later" "GNU Affero General Public License v3.0 or later";
  artistic2 = spdx "Artistic-2.0" "Artistic License 2.0";
  asl20 = spdx "Apache-2.0" "Apache License 2.0";
  boost = spdx "BSL-1.0" "Boost Software License 1.0";
  bsd0 = spdx "0BSD" "BSD Zero Clause License";
  bsd2 = spdx "BSD-2-Clause" ''BSD 2-clause "Simplified" License'';
  bsd3 = spdx "BSD-3-Clause" ''BSD 3-clause "New" or "Revised" License'';
  bsl11 = spdx "BUSL-1.1" "Business Source License 1.1" // { free = false; redistributable = true; };
  cc-by-40 = spdx "CC-BY-4.0" "Creative Commons Attribution 4.0";
  cc-by-sa-40 = spdx "CC-BY-SA-4.0" "Creative Commons Attribution Share Alike 4.0";
  cc0 = spdx "CC0-1.0" "Creative Commons Zero v1.0 Universal";
  epl20 = spdx "EPL-2.0" "Eclipse Public License 2.0";
  fdl13Only = spdx "GFDL-1.3-only" "GNU Free Documentation License v1.3 only";
  gpl2Only = spdx "GPL-2.0-only" "GNU General Public License v2.0 only";
  gpl2Plus = spdx "GPL-2.0-or-later" "GNU General Public License v2.0 or later";
  gpl3Only = spdx "GPL-3.0-only" "GNU General Public License v3.0 only";
  gpl3Plus = spdx "GPL-3.0-or-later" "GNU General Public License v3.0 or later";
  isc = spdx "ISC" "ISC License";
  lgpl21Only = spdx "LGPL-2.1-only" "GNU Lesser General Public License v2.1 only";
  lgpl21Plus = spdx "LGPL-2.1-or-later" "GNU Lesser General Public License v2.1 or later";
  lgpl3Only = spdx "LGPL-3.0-only" "GNU Lesser General Public License v3.0 only";
  lgpl3Plus = spdx "LGPL-3.0-or-later" "GNU Lesser General Public License v3.0 or later";
  mit = spdx "MIT" "MIT License";
  mit0 = spdx "MIT-0" "MIT No Attribution";
  mpl20 = spdx "MPL-2.0" "Mozilla Public License 2.0";
  ofl = spdx "OFL-1.1" "SIL Open Font License 1.1";
  openssl = spdx "OpenSSL" "OpenSSL License";
  postgresql = spdx "PostgreSQL" "PostgreSQL License";
  psfl = spdx "Python-2.0" "Python Software Foundation License version 2";
  unlicense = spdx "Unlicense" "The Unlicense";
  vim = spdx "Vim" "Vim License";
  wtfpl = spdx "WTFPL" "Do What The F*ck You Want To Public License";
  zlib = spdx "Zlib" "zlib License";

  publicDomain = { fullName = "Public Domain"; };
  free = { fullName = "Unspecified free software license"; };
  unfree = { fullName = "Unfree"; free = false; };
  unfreeRedistributable = { fullName = "Unfree redistributable"; free = false; redistributable = true; };
  unfreeRedistributableFirmware = { fullName = "Unfree redistributable firmware"; free = false; redistributable = true; };
  unknown = { fullName = "Unknown"; free = false; };

  # Old names nixpkgs keeps as deprecated aliases.
  gpl2 = spdx "GPL-2.0" "GNU General Public License v2.0" // { deprecated = true; };
  gpl3 = spdx "GPL-3.0" "GNU General Public License v3.0" // { deprecated = true; };
  lgpl21 = spdx "LGPL-2.1" "GNU Lesser General Public License v2.1" // { deprecated = true; };
  lgpl3 = spdx "LGPL-3.0" "GNU Lesser General Public License v3.0" // { deprecated = true; };
  agpl3 = spdx "AGPL-3.0" "GNU Affero General Public License v3.0" // { deprecated = true; };
}
