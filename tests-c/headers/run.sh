#!/bin/sh
# Compile-only checks of ferrolibc's freestanding headers on all targets.
set -e
here=$(cd "$(dirname "$0")" && pwd)
inc="$here/../../include"
src="$here/freestanding_check.c"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
W="-Wall -Wextra -Werror -pedantic"
n=0
run() { echo "+ $*"; "$@"; n=$((n+1)); }
for cc in gcc i686-linux-gnu-gcc aarch64-linux-gnu-gcc riscv64-linux-gnu-gcc \
          "clang --target=x86_64-linux-gnu" "clang --target=i686-linux-gnu" \
          "clang --target=aarch64-linux-gnu" "clang --target=riscv64-linux-gnu"; do
  for std in c99 c11 c17 gnu11 gnu17 c2x; do
    for def in "" -D_GNU_SOURCE -D_POSIX_C_SOURCE=200809L -D_XOPEN_SOURCE=700 \
               -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=500 -D_POSIX_C_SOURCE=1; do
      run $cc -nostdinc -isystem "$inc" -std=$std $W $def -c "$src" -o "$out/o.o"
    done
  done
done
for cxx in "g++" "clang++"; do
  for std in c++11 c++17 gnu++17 c++20; do
    run $cxx -nostdinc -isystem "$inc" -std=$std $W -x c++ -c "$src" -o "$out/o.o"
  done
done
echo "all $n compilations passed"
