#pragma once

#include "common/error.h"

#include <optional>
#include <utility>
#include <variant>

namespace pp {

// Result<T>: a T or an Error, in the manner of C++23 std::expected (which our C++20
// toolchain lacks). Accessing the wrong alternative is a programming error and asserts.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : v_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
    Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(v_); }
    const T& value() const& { return std::get<0>(v_); }
    T&& value() && { return std::get<0>(std::move(v_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T&& operator*() && { return std::move(*this).value(); }

    const Error& error() const& { return std::get<1>(v_); }
    Error&& error() && { return std::get<1>(std::move(v_)); }

private:
    std::variant<T, Error> v_;
};

// Status: success or an Error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : error_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return !error_.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const& { return *error_; }
    Error&& error() && { return std::move(*error_); }

private:
    std::optional<Error> error_;
};

inline Status okStatus()
{
    return {};
}

// The first error among several results (Result<T> or Status), or nullptr when all are
// fine: for code that parses several fields and reports the first problem.
template <typename... Results>
const Error* firstError(const Results&... results)
{
    const Error* first = nullptr;
    ((first = first != nullptr || results.ok() ? first : &results.error()), ...);
    return first;
}

}  // namespace pp
