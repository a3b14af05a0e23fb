#!/usr/bin/env bash
# hostile.sh — time and peak memory of `dispatch parse` on one huge input.
#
# Builds a 100 MB text file (SIZE_MB) of the seed dispatch's paragraphs,
# repeated under its headline, and the same paragraphs as one HTML page;
# parses each with --max-bytes raised above the file size, under
# /usr/bin/time -v, output to /dev/null, and prints wall time, CPU time
# and peak RSS. Exits 1 when the text file takes 10 s or more
# (MAX_SECONDS) or peak RSS reaches 4x the file size (MAX_RSS_FACTOR).
#
#   scripts/hostile.sh              100 MB, text and HTML
#   SIZE_MB=20 KEEP=1 scripts/hostile.sh
#
# Needs GNU time (/usr/bin/time; Debian: apt-get update && apt-get install -y time) and Go.
set -euo pipefail

size_mb=${SIZE_MB:-100}
max_seconds=${MAX_SECONDS:-10}
max_rss_factor=${MAX_RSS_FACTOR:-4}
name=hostile
# shellcheck source=scripts/setup.sh
source "$(dirname "$0")/setup.sh"

# The seed's story paragraphs (not its headline copies, not the dateline
# paragraph), repeated to size_mb megabytes (10^6 bytes) under the headline.
seed="$root/testdata/seed/xinhua-nato-troops.txt"
bytes=$((size_mb * 1000 * 1000))
awk -v RS= -v n="$bytes" -v text="$work/big.txt" -v page="$work/big.html" '
	NR == 1 { head = $0; next }
	$0 == head || /^Xinhua News Agency/ { next }
	{ para[++k] = $0 }
	END {
		printf "%s\n\n", head > text
		printf "<!DOCTYPE html><html><head><title>%s</title></head><body><article><h1>%s</h1>\n", head, head > page
		for (size = 0; size < n; ) {
			for (i = 1; i <= k; i++) {
				printf "%s\n\n", para[i] > text
				printf "<p>%s</p>\n", para[i] > page
				size += length(para[i]) + 2
			}
		}
		printf "</article></body></html>\n" > page
	}
' "$seed"

fail=0
# run FILE: parse FILE under /usr/bin/time -v and check the limits.
run() {
	local file=$1 log="$work/time.log"
	local size
	size=$(stat -c %s "$file")
	if ! /usr/bin/time -v "$work/dispatch" parse -q --max-bytes $((size + 1)) -o jsonl "$file" >/dev/null 2>"$log"; then
		echo "hostile.sh: dispatch parse $file failed:" >&2
		tail -25 "$log" >&2
		exit 1
	fi
	local wall rss user sys secs
	wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$log")
	user=$(sed -n 's/.*User time (seconds): //p' "$log")
	sys=$(sed -n 's/.*System time (seconds): //p' "$log")
	rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
	secs=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
	awk -v f="$(basename "$file")" -v b="$size" -v s="$secs" -v u="$user" -v y="$sys" -v r="$rss" \
		'BEGIN { printf "%-9s %7.1f MB  wall %6.2f s  cpu %6.2f s  peak RSS %7.1f MB (%.2fx the file)\n",
			f, b / 1e6, s, u + y, r / 1024, r * 1024 / b }'
	if [[ $file == *.txt ]]; then
		if awk -v s="$secs" -v m="$max_seconds" 'BEGIN { exit !(s >= m) }'; then
			echo "hostile.sh: FAIL: $(basename "$file") took ${secs} s (limit ${max_seconds} s)" >&2
			fail=1
		fi
		if awk -v r="$rss" -v b="$size" -v f="$max_rss_factor" 'BEGIN { exit !(r * 1024 >= f * b) }'; then
			echo "hostile.sh: FAIL: peak RSS ${rss} kB is ${max_rss_factor}x the file or more" >&2
			fail=1
		fi
	fi
}

echo "cores: $(nproc)"
run "$work/big.txt"
run "$work/big.html"
exit $fail
