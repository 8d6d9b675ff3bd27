// One libFuzzer executable a target: fuzz-NAME runs the target PP_FUZZ_TARGET names
// (tests/fuzz/fuzz_targets.h). Built by the fuzz preset only; scripts/fuzz runs it.

#include "fuzz_targets.h"

#include <cstring>

namespace {

const pp::fuzz::Target& chosen()
{
    static const pp::fuzz::Target* target = [] {
        for (const pp::fuzz::Target& t : pp::fuzz::targets()) {
            if (std::strcmp(t.name, PP_FUZZ_TARGET) == 0)
                return &t;
        }
        return static_cast<const pp::fuzz::Target*>(nullptr);
    }();
    return *target;  // fuzz/CMakeLists.txt builds only names that exist
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    chosen().run(data, size);
    return 0;
}
