#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace pp {

// Runs fn(i) for every i in [0, n) on all cores and returns when all are done. fn must be
// safe to run concurrently for different i. Threads take the next `grain` indices as they
// come free rather than fixed shares, so a core that is also busy elsewhere (the sync's
// writer, the node on the same machine) does not leave the others waiting for its share.
// Small inputs run inline: starting threads costs more than they would save.
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
    const std::size_t grain = std::clamp<std::size_t>(n / (threads * 16), 1, 8);
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t begin; (begin = next.fetch_add(grain)) < n;) {
            for (std::size_t i = begin; i < std::min(n, begin + grain); ++i)
                fn(i);
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    for (std::size_t t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread& th : pool)
        th.join();
}

}  // namespace pp
