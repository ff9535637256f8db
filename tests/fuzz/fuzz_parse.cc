// libFuzzer target: any bytes into the parser (and scope resolution). It must
// return an expression or throw EvalError; anything else (a crash, another
// exception, a sanitizer report, a hang) is a bug.
#include "harness.hh"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > hearth::fuzz::max_parse_input) return -1; // not added to the corpus
    hearth::fuzz::parse_one({reinterpret_cast<const char*>(data), size});
    return 0;
}
