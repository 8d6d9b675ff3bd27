# Project-wide compiler settings, applied to every target through an interface
# library so that third-party code found by find_package is not affected.
add_library(powerproof_options INTERFACE)
add_library(PowerProof::options ALIAS powerproof_options)

target_compile_options(powerproof_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
  -Wcast-qual -Wformat=2 -Wimplicit-fallthrough -Wmissing-declarations)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")  # clang (the fuzz preset) has neither
  target_compile_options(powerproof_options INTERFACE -Wduplicated-cond -Wlogical-op)
endif()

# Strict Qt: no silent conversions between QString and char*, fast concatenation.
target_compile_definitions(powerproof_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
  QT_USE_QSTRINGBUILDER QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_DISABLE_DEPRECATED_BEFORE=0x060400
  OPENSSL_API_COMPAT=30000 OPENSSL_NO_DEPRECATED)

if(POWERPROOF_SANITIZE)
  set(_pp_san -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_compile_options(powerproof_options INTERFACE ${_pp_san})
  target_link_options(powerproof_options INTERFACE ${_pp_san})
endif()

# ThreadSanitizer (the tsan preset): alone, since it cannot be combined with ASan.
option(POWERPROOF_TSAN "Build with ThreadSanitizer" OFF)
if(POWERPROOF_TSAN)
  if(POWERPROOF_SANITIZE)
    message(FATAL_ERROR "POWERPROOF_TSAN and POWERPROOF_SANITIZE exclude each other")
  endif()
  set(_pp_tsan -fsanitize=thread -fno-omit-frame-pointer)
  target_compile_options(powerproof_options INTERFACE ${_pp_tsan})
  target_link_options(powerproof_options INTERFACE ${_pp_tsan})
endif()

# libFuzzer (the fuzz preset, scripts/fuzz): coverage for the fuzzer everywhere, with
# ASan and UBSan so that a bad read is a crash the fuzzer keeps.
if(POWERPROOF_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "POWERPROOF_FUZZ needs clang (libFuzzer): use the fuzz preset")
  endif()
  set(_pp_fuzz -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
      -fno-omit-frame-pointer)
  target_compile_options(powerproof_options INTERFACE ${_pp_fuzz})
  target_link_options(powerproof_options INTERFACE -fsanitize=address,undefined)
endif()
