# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings and Qt defines shared by every Adhera target, carried by one INTERFACE target.
add_library(adhera_options INTERFACE)
target_compile_definitions(adhera_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(MSVC)
    target_compile_options(adhera_options INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    if(ADHERA_WERROR)
        target_compile_options(adhera_options INTERFACE /WX)
    endif()
else()
    target_compile_options(adhera_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(ADHERA_WERROR)
        target_compile_options(adhera_options INTERFACE -Werror)
    endif()
endif()
