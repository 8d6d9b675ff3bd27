#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

// The decoders that read what devices, nodes and package senders give us, each behind one
// function of raw bytes: libFuzzer drives them (fuzz_main.cpp, scripts/fuzz), and
// tst_fuzz_regressions runs every kept corpus file and every crash found through them in
// the ordinary suite, under the sanitizers in CI. A target returns normally for any
// input; where a decoder can re-encode what it accepted, the target also checks that
// the round trip gives the same value back, and aborts when it does not.
namespace pp::fuzz {

struct Target
{
    const char* name;  // the corpus folder under tests/fuzz/corpus and the executable fuzz-NAME
    void (*run)(const std::uint8_t* data, std::size_t size);
};

std::span<const Target> targets();

}  // namespace pp::fuzz
