// libFuzzer target: parse, evaluate strictly and print, as `hearth
// instantiate --eval --strict -E` does, boxed in by harness.hh. Every input
// must end in a printed value or a rendered error.
#include "harness.hh"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > hearth::fuzz::max_eval_input) return -1; // not added to the corpus
    hearth::fuzz::eval_one({reinterpret_cast<const char*>(data), size});
    return 0;
}
