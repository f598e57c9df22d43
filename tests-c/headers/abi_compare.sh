#!/bin/sh
# Compare ferrolibc's freestanding headers against the system C library's
# headers: type identity/size/alignment of every stdint/stddef type, the
# type and value of every limit macro, ELF struct layouts and constants.
# Usage: abi_compare.sh [cc...]   (default: the four Debian GCCs)
here=$(cd "$(dirname "$0")" && pwd)
inc="$here/../../include"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
[ $# -gt 0 ] || set -- gcc i686-linux-gnu-gcc aarch64-linux-gnu-gcc riscv64-linux-gnu-gcc
rc=0
for cc in "$@"; do
  objcopy=${cc%gcc}objcopy; command -v "$objcopy" >/dev/null || objcopy=objcopy
  $cc -std=gnu11 -D_GNU_SOURCE -c "$here/abi_probe.c" -o "$tmp/sys.o" || { rc=1; continue; }
  $cc -std=gnu11 -D_GNU_SOURCE -nostdinc -isystem "$inc" -c "$here/abi_probe.c" -o "$tmp/ferro.o" || { rc=1; continue; }
  for sec in types mtypes ivals elfvals fvals; do
    $objcopy -O binary -j .rodata.$sec "$tmp/sys.o" "$tmp/sys.$sec" 2>/dev/null
    $objcopy -O binary -j .rodata.$sec "$tmp/ferro.o" "$tmp/ferro.$sec" 2>/dev/null
    if cmp -s "$tmp/sys.$sec" "$tmp/ferro.$sec"; then
      echo "$cc: $sec identical"
    else
      echo "$cc: $sec DIFFER"; rc=1
      python3 - "$here/abi_probe.c" "$sec" "$tmp/sys.$sec" "$tmp/ferro.$sec" <<'PY'
import sys,re
src,sec,a,b=sys.argv[1:]
text=open(src).read()
body=text.split('section(".rodata.%s")' % sec)[1].split('};')[0]
names=re.findall(r'/\* (\S+) \*/', body)
A=open(a,'rb').read(); B=open(b,'rb').read()
n=len(names); w=len(A)//n if n else 0
for i,nm in enumerate(names):
    x=A[i*w:(i+1)*w]; y=B[i*w:(i+1)*w]
    if x!=y: print('   ', nm, 'system', x.hex(), 'ferro', y.hex())
PY
    fi
  done
done
exit $rc
