# invitedesk_add_fuzzer(): one libFuzzer target and its bounded CTest run. The main build may
# use g++, which has no libFuzzer, so the target compiles the product sources it needs (and the
# harness) with clang++ in a custom command, instrumented with -fsanitize=fuzzer,address,undefined,
# against the system Qt. Each folder under tests/fuzz holds one harness, its seed corpus
# (corpus/, replayed on every run: crash inputs that were fixed stay there as regressions) and
# an optional dictionary.
#
#   invitedesk_add_fuzzer(fuzz_<what>
#       HARNESS fuzz_<what>.cpp        the harness, in this folder
#       SOURCES core/…/X.cpp …         product sources, relative to the source root; the
#                                      header beside each one is a dependency too
#       [QT Network HttpServer …]      Qt modules beyond Core
#       [DEFINES NAME=value …]
#       [DICT <what>.dict]
#       [MAX_LEN 4096]                 the longest input libFuzzer makes
#       [ARGS -len_control=0 …])       more libFuzzer options
#
# CTest runs it for INVITEDESK_FUZZ_SECONDS (20) with label `fuzz`; scripts/fuzz.sh runs any of
# them for longer from the <name>.env file written next to the binary.
include_guard(GLOBAL)

find_program(INVITEDESK_FUZZ_CLANGXX NAMES clang++ clang++-14 REQUIRED)
set(INVITEDESK_FUZZ_SECONDS 20 CACHE STRING "How long each fuzz target runs under CTest")
# Leaks are errors. Short allocation stacks and a small quarantine: Qt's many small strings
# made ASan's bookkeeping most of the time (2.5 times the executions per second this way).
set(INVITEDESK_FUZZ_ASAN_OPTIONS "detect_leaks=1:malloc_context_size=4:quarantine_size_mb=16"
    CACHE STRING "ASAN_OPTIONS of the fuzz targets' runs")

function(invitedesk_add_fuzzer name)
    cmake_parse_arguments(F "" "HARNESS;DICT;MAX_LEN" "SOURCES;QT;DEFINES;ARGS" ${ARGN})
    if(NOT F_MAX_LEN)
        set(F_MAX_LEN 4096)
    endif()
    set(_exe ${CMAKE_CURRENT_BINARY_DIR}/bin/${name})
    set(_sources ${CMAKE_CURRENT_SOURCE_DIR}/${F_HARNESS})
    set(_depends ${CMAKE_SOURCE_DIR}/core/Error.h)
    foreach(src ${F_SOURCES})
        list(APPEND _sources ${CMAKE_SOURCE_DIR}/${src})
        string(REGEX REPLACE "\\.cpp$" ".h" _header ${CMAKE_SOURCE_DIR}/${src})
        if(EXISTS ${_header})
            list(APPEND _depends ${_header})
        endif()
    endforeach()
    set(_includes "-I$<JOIN:$<TARGET_PROPERTY:Qt6::Core,INTERFACE_INCLUDE_DIRECTORIES>,$<SEMICOLON>-I>")
    set(_libs $<TARGET_FILE:Qt6::Core>)
    foreach(module ${F_QT})
        list(APPEND _includes
            "-I$<JOIN:$<TARGET_PROPERTY:Qt6::${module},INTERFACE_INCLUDE_DIRECTORIES>,$<SEMICOLON>-I>")
        list(APPEND _libs $<TARGET_FILE:Qt6::${module}>)
    endforeach()
    set(_defines)
    foreach(def ${F_DEFINES})
        list(APPEND _defines -D${def})
    endforeach()

    add_custom_command(
        OUTPUT ${_exe}
        COMMAND ${INVITEDESK_FUZZ_CLANGXX} -std=c++20 -g -O1 -fPIC
            -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
            -DQT_CORE_LIB -DQT_NO_DEBUG ${_defines}
            -I${CMAKE_SOURCE_DIR} ${_includes}
            ${_sources} ${_libs}
            -o ${_exe}
        DEPENDS ${_sources} ${_depends}
        COMMAND_EXPAND_LISTS
        VERBATIM
        COMMENT "Building libFuzzer target ${name} with clang++")
    add_custom_target(${name} ALL DEPENDS ${_exe})

    # A bounded run: new inputs go to a corpus folder in the build tree, the seeds stay
    # read-only; libFuzzer first replays every seed (the regressions among them).
    set(_work ${CMAKE_CURRENT_BINARY_DIR}/work)
    set(_args -timeout=10 -rss_limit_mb=1024 -max_len=${F_MAX_LEN} ${F_ARGS})
    set(_dict "")
    if(F_DICT)
        set(_dict ${CMAKE_CURRENT_SOURCE_DIR}/${F_DICT})
        list(APPEND _args -dict=${_dict})
    endif()
    add_test(NAME ${name}
        COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=${INVITEDESK_FUZZ_ASAN_OPTIONS}
            ${_exe} -max_total_time=${INVITEDESK_FUZZ_SECONDS} ${_args}
            -artifact_prefix=${_work}/ ${_work}/corpus ${CMAKE_CURRENT_SOURCE_DIR}/corpus)
    set_tests_properties(${name} PROPERTIES LABELS fuzz TIMEOUT 120)
    # libFuzzer wants its corpus folders to exist.
    file(MAKE_DIRECTORY ${_work}/corpus ${CMAKE_CURRENT_BINARY_DIR}/bin)
    # What scripts/fuzz.sh needs to run the target for longer.
    file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/${name}.env
        "FUZZ_EXE='${_exe}'\n"
        "FUZZ_WORK='${_work}'\n"
        "FUZZ_SEEDS='${CMAKE_CURRENT_SOURCE_DIR}/corpus'\n"
        "FUZZ_DICT='${_dict}'\n"
        "FUZZ_ARGS='${_args}'\n"
        "FUZZ_ASAN_OPTIONS='${INVITEDESK_FUZZ_ASAN_OPTIONS}'\n")
endfunction()
