# Shared compile settings for every GovDesk target, in one INTERFACE target (govdesk::common), and the
# helper that makes a layer library with an alias and a parent-folder include path, so includes read
# "net/apiclient.h", "db/database.h", "domain/citizen.h".

add_library(govdesk_common INTERFACE)
add_library(govdesk::common ALIAS govdesk_common)
target_compile_features(govdesk_common INTERFACE cxx_std_20)
target_compile_definitions(govdesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_STRICT_ITERATORS
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    GOVDESK_VERSION="${PROJECT_VERSION}")
target_compile_options(govdesk_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wnull-dereference -Wimplicit-fallthrough -Wno-missing-field-initializers)
option(GOVDESK_WERROR "Treat warnings as errors (on in CI)" OFF)
if(GOVDESK_WERROR)
    target_compile_options(govdesk_common INTERFACE -Werror)
endif()
option(GOVDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(GOVDESK_SANITIZE)
    target_compile_options(govdesk_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(govdesk_common INTERFACE -fsanitize=address,undefined)
endif()
# libFuzzer targets (tests/fuzz, clang only): every library gets libFuzzer's coverage instrumentation, so
# one clang build serves both the sanitizer suite and the fuzzers (configure with GOVDESK_SANITIZE too).
option(GOVDESK_FUZZ "Build the libFuzzer targets (clang; instruments every library for coverage)" OFF)
if(GOVDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "GOVDESK_FUZZ needs clang (-DCMAKE_CXX_COMPILER=clang++)")
    endif()
    target_compile_options(govdesk_common INTERFACE -fsanitize=fuzzer-no-link)
endif()

# The layer a library belongs to; the layering check reads it.
define_property(TARGET PROPERTY GOVDESK_LAYER
    BRIEF_DOCS "GovDesk layer of a library" FULL_DOCS "domain, client, models, ui, app or server")

# govdesk_add_library(<name> LAYER <layer> SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
# Makes a static library govdesk_<name> with alias govdesk::<name>; its parent folder is on the include
# path so headers are included as "<folder>/<header>.h".
function(govdesk_add_library name)
    cmake_parse_arguments(ARG "" "LAYER" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    set(target govdesk_${name})
    add_library(${target} STATIC ${ARG_SOURCES})
    add_library(govdesk::${name} ALIAS ${target})
    get_filename_component(parent "${CMAKE_CURRENT_SOURCE_DIR}" DIRECTORY)
    target_include_directories(${target} PUBLIC "${parent}")
    target_link_libraries(${target} PUBLIC govdesk::common ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    set_target_properties(${target} PROPERTIES GOVDESK_LAYER "${ARG_LAYER}" AUTOMOC ON)
    set_property(GLOBAL APPEND PROPERTY GOVDESK_LIBRARIES ${target})
endfunction()
