// Doubles written as Nix writes them in JSON (builtins.toJSON, --json).
#pragma once

#include <string>

namespace hearth::util {

// The digits of nlohmann::json, Nix's JSON library: Grisu2 (Loitsch, 2010),
// which usually but not always finds the shortest digits that read back as d
// and, of those, not always the closest (1234567890123456.75 is
// "1.2345678901234567e+15", not ...68), so a correctly rounding shortest
// conversion (std::to_chars) differs now and then. Then plain notation while
// the decimal point is at most 15 digits right of the first digit and 3
// zeros left of it ("100.0", "0.0001"), else d.ddde+XX ("1e+16", "1e-05").
// Infinity and NaN are null.
std::string json_float(double d);

} // namespace hearth::util
