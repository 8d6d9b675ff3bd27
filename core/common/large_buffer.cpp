#include "common/large_buffer.h"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace pp {

void reserveLarge(QByteArray& buffer, qsizetype size)
{
    buffer.reserve(size);
#if defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
    if (size < 2 * static_cast<qsizetype>(kHugePage))
        return;
    // Only whole huge pages inside the buffer: the advice covers pages, and the bytes
    // around the buffer are the allocator's.
    auto past = [](const char* p) { return reinterpret_cast<std::uintptr_t>(p) % kHugePage; };
    char* const start = buffer.data();
    char* const end = start + buffer.capacity();
    char* const from = past(start) == 0 ? start : start + (kHugePage - past(start));
    char* const to = end - past(end);
    if (to > from)
        madvise(from, static_cast<std::size_t>(to - from), MADV_HUGEPAGE);
#endif
}

}  // namespace pp
