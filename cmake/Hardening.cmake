# Sanitizer and fuzzing flags for every target of the build (the presets in CMakePresets.json set
# them; docs/hardening.md says what is run and why).
#
# MURNAU_SANITIZE: a comma-separated list for -fsanitize= ("address,undefined", "thread").
#   Undefined behaviour aborts (-fno-sanitize-recover=all), so a test that meets it fails.
# MURNAU_FUZZ: clang's coverage instrumentation for libFuzzer (-fsanitize=fuzzer-no-link) on
#   everything, and the fuzz targets in tests/fuzz, which link libFuzzer itself.

if(MURNAU_SANITIZE)
    if(MURNAU_SANITIZE MATCHES "thread" AND MURNAU_SANITIZE MATCHES "address")
        message(FATAL_ERROR "MURNAU_SANITIZE: thread cannot be combined with address")
    endif()
    set(_murnau_sanitize_flags -fsanitize=${MURNAU_SANITIZE} -fno-omit-frame-pointer -g)
    if(MURNAU_SANITIZE MATCHES "undefined")
        list(APPEND _murnau_sanitize_flags -fno-sanitize-recover=all)
    endif()
    add_compile_options(${_murnau_sanitize_flags})
    add_link_options(-fsanitize=${MURNAU_SANITIZE})
    message(STATUS "Murnau: sanitizers ${MURNAU_SANITIZE}")
endif()

if(MURNAU_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "MURNAU_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++ "
                            "or use the 'sanitize' preset")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
    message(STATUS "Murnau: libFuzzer targets (tests/fuzz)")
endif()
