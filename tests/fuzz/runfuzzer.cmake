# Runs one libFuzzer target for a bounded time over a scratch copy of its seed corpus (the committed
# corpus is never modified), for CTest. Any crash, leak, sanitizer report, timeout or OOM fails.
#   cmake -DFUZZER=<binary> -DCORPUS=<seed dir> -DSCRATCH=<dir> [-DDICT=<file>] [-DSECONDS=20] -P runfuzzer.cmake
if(NOT SECONDS)
    set(SECONDS 20)
endif()
file(REMOVE_RECURSE "${SCRATCH}")
file(MAKE_DIRECTORY "${SCRATCH}/corpus" "${SCRATCH}/artifacts")
file(GLOB seeds "${CORPUS}/*")
if(seeds)
    file(COPY ${seeds} DESTINATION "${SCRATCH}/corpus")
endif()
set(args -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1
    -artifact_prefix=${SCRATCH}/artifacts/)
if(DICT)
    list(APPEND args -dict=${DICT})
endif()
execute_process(COMMAND "${FUZZER}" ${args} "${SCRATCH}/corpus" RESULT_VARIABLE result)
file(GLOB artifacts "${SCRATCH}/artifacts/*")
if(NOT result EQUAL 0 OR artifacts)
    message(FATAL_ERROR "${FUZZER} failed (exit ${result}); inputs kept in ${SCRATCH}/artifacts: ${artifacts}")
endif()
