#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace pp {

// Runs fn(i) for every i in [0, n) on all cores, in contiguous chunks, and returns when
// all are done. fn must be safe to run concurrently for different i. Small inputs run
// inline: starting threads costs more than they would save.
template <typename Fn>
void parallelFor(std::size_t n, Fn fn, std::size_t minimumPerThread = 8)
{
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads = std::min(cores, n / std::max<std::size_t>(1, minimumPerThread));
    if (threads <= 1) {
        for (std::size_t i = 0; i < n; ++i)
            fn(i);
        return;
    }
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    const std::size_t chunk = (n + threads - 1) / threads;
    for (std::size_t t = 1; t < threads; ++t) {
        pool.emplace_back([&fn, t, chunk, n] {
            for (std::size_t i = t * chunk; i < std::min(n, (t + 1) * chunk); ++i)
                fn(i);
        });
    }
    for (std::size_t i = 0; i < std::min(n, chunk); ++i)  // this thread takes chunk 0
        fn(i);
    for (std::thread& th : pool)
        th.join();
}

}  // namespace pp
