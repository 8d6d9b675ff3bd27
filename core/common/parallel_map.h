#pragma once

#include "common/parallel.h"
#include "common/result.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace pp {

// fn(i) -> Result<T> for every i in [0, n) across the cores, one index at a time (each is
// a device's worth of work that opens its own connection): the results in order, or the
// first error. `progress(done, n)` after each; a set `cancel` ends it with cancelledError().
template <typename T, typename Fn>
Result<std::vector<T>> parallelMap(std::size_t n, Fn fn,
                                   const std::function<void(std::size_t, std::size_t)>& progress,
                                   const std::atomic<bool>* cancel)
{
    std::vector<std::optional<T>> out(n);
    std::optional<Error> failure;
    std::mutex lock;
    std::size_t done = 0;
    parallelFor(
        n,
        [&](std::size_t i) {
            if (cancel != nullptr && cancel->load())
                return;
            Result<T> r = fn(i);
            const std::lock_guard guard(lock);
            if (!r) {
                if (!failure)
                    failure = std::move(r).error();
                return;
            }
            out[i] = std::move(*r);
            if (progress)
                progress(++done, n);
        },
        1);
    if (cancel != nullptr && cancel->load())
        return cancelledError();
    if (failure)
        return std::move(*failure);
    std::vector<T> results;
    results.reserve(n);
    for (std::optional<T>& r : out)
        results.push_back(std::move(*r));
    return results;
}

}  // namespace pp
