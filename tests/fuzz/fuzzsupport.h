#pragma once
// Shared by the libFuzzer targets (tests/fuzz): a check that aborts with a message (libFuzzer then keeps
// the input as a crash), and UndefinedBehaviorSanitizer set to stop at the first report, so that UB found
// by a fuzzer is a crash with an input rather than a line in a log nobody reads.

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, what)                                                                          \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s\n  %s\n", __FILE__, __LINE__, #condition,   \
                         QString(what).toUtf8().constData());                                                \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

// Each target is one source file that includes this header once.
extern "C" __attribute__((used)) const char *__ubsan_default_options() // NOLINT(bugprone-reserved-identifier)
{
    return "halt_on_error=1:print_stacktrace=1";
}

namespace gd::fuzz {

// The input as bytes (shared, not copied: valid during the call only).
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace gd::fuzz
