#pragma once
// Shared by the libFuzzer targets (tests/fuzz): a check that aborts with a message (libFuzzer then keeps
// the input as a crash), and UndefinedBehaviorSanitizer set to stop at the first report, so that UB found
// by a fuzzer is a crash with an input rather than a line in a log nobody reads.

#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>
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
// NOLINTNEXTLINE(bugprone-reserved-identifier,misc-definitions-in-headers): UBSan's hook, one per target
extern "C" __attribute__((used)) const char *__ubsan_default_options()
{
    return "halt_on_error=1:print_stacktrace=1";
}

namespace gd::fuzz {

// The Qt application of a target that needs an event loop or Qt SQL, with every log line below error off
// (millions of inputs would otherwise flood the output). Call once, from LLVMFuzzerInitialize.
inline void startQuietApplication(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
}

// The input as bytes (shared, not copied: valid during the call only).
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace gd::fuzz
