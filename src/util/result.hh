// Result<T, E>: the [[nodiscard]] expected-like type that public functions
// return instead of throwing across a layer boundary (style guide, Errors).
// Replace with std::expected once the project moves to C++23.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace hearth::util {

// Wraps an error so that Result's constructor can tell it from a value even
// when T and E are the same type (a string, say).
template <class E> struct Unexpected { E error; };
template <class E> Unexpected(E) -> Unexpected<E>;

template <class T, class E> class [[nodiscard]] Result {
  public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    template <class F> Result(Unexpected<F> e) : m_v(std::in_place_index<1>, std::move(e.error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return assert(ok()), std::get<0>(m_v); }
    const T& value() const& { return assert(ok()), std::get<0>(m_v); }
    // By value, so `for (x : *f())` does not dangle into a dead temporary.
    T value() && { return assert(ok()), std::get<0>(std::move(m_v)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    E& error() & { return assert(!ok()), std::get<1>(m_v); }
    const E& error() const& { return assert(!ok()), std::get<1>(m_v); }
    E error() && { return assert(!ok()), std::get<1>(std::move(m_v)); }

  private:
    std::variant<T, E> m_v;
};

// Result<void, E>: success carries nothing.
template <class E> class [[nodiscard]] Result<void, E> {
  public:
    Result() = default;
    template <class F> Result(Unexpected<F> e) : m_error(std::move(e.error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    void value() const { assert(ok()); }

    E& error() & { return assert(!ok()), m_error; }
    const E& error() const& { return assert(!ok()), m_error; }
    E error() && { return assert(!ok()), std::move(m_error); }

  private:
    E m_error{};
    bool m_failed = false;
};

// The error of the util layer: only a message (a bad hash, an unreadable
// file); callers add their own context.
struct Error {
    std::string message;
};

template <class T> using UtilResult = Result<T, Error>;

} // namespace hearth::util

// HEARTH_TRY(expr): evaluates a Result, returns its error from the enclosing
// function on failure, otherwise yields the value (a GNU statement
// expression, supported by both GCC and Clang).
#define HEARTH_TRY(expr)                                                                           \
    ({                                                                                             \
        auto hearth_try_r_ = (expr);                                                               \
        if (!hearth_try_r_.ok())                                                                   \
            return ::hearth::util::Unexpected{std::move(hearth_try_r_).error()};                   \
        std::move(hearth_try_r_).value();                                                          \
    })
