#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a tracked C++ file differs from what .clang-format asks; skipped (77) without
# clang-format or outside a git checkout.
set -u
cd "$(dirname "$0")/.." || exit 1
command -v clang-format >/dev/null 2>&1 || { echo "clang-format not installed: skipped"; exit 77; }
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null) || { echo "not a git checkout: skipped"; exit 77; }
[ -n "$files" ] || exit 77
# shellcheck disable=SC2086
clang-format --dry-run --Werror $files
