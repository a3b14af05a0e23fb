#!/usr/bin/env bash
# bench.sh — whole-run benchmark of `dispatch convert`.
#
# Generates N dispatch files (default 100000) in a temporary folder, from
# the seed dispatch and the inputs of the golden cases (testdata/**/*.txtar),
# each copy varied by a closing paragraph that names it, in subfolders of
# 1000 files (LAYOUT=flat puts them all in one folder). Then it converts
# them with -j 1 and with -j JOBS (default: nproc), and resumes the second
# run with --skip-existing, under /usr/bin/time -v, and prints files/s and
# peak RSS for each run.
#
#   scripts/bench.sh [N]          e.g. scripts/bench.sh 20000
#   JOBS=4 LAYOUT=flat KEEP=1 scripts/bench.sh
#
# Needs GNU time (/usr/bin/time; Debian: apt-get install time) and Go.
set -euo pipefail

n=${1:-100000}
jobs=${JOBS:-$(nproc)}
layout=${LAYOUT:-nested}
name=bench
# shellcheck source=scripts/setup.sh
source "$(dirname "$0")/setup.sh"

# Templates: the seed and every golden input section.
mkdir -p "$work/tpl"
cp "$root"/testdata/seed/*.txt "$work/tpl/"
find "$root/testdata" -name '*.txtar' -print0 | sort -z |
	xargs -0 awk -v dir="$work/tpl" '
		FNR == 1 { if (out != "") close(out); out = ""; k++ }
		/^-- .* --$/ {
			if (out != "") { close(out); out = "" }
			if ($2 == "input.txt" || $2 == "input.html") {
				ext = substr($2, 7)
				out = dir "/golden" k "." ext
			}
			next
		}
		out != "" { print > out }
	'
# Inputs that are no dispatch at all (the bad-input goldens) are left out:
# convert reports them and exits 1, which this benchmark does not measure.
for f in "$work"/tpl/*; do
	"$work/dispatch" parse -q "$f" >/dev/null 2>&1 || rm -f "$f"
done
ntpl=$(ls "$work/tpl" | wc -l)

echo "generating $n files ($layout) from $ntpl templates"
in="$work/in"
mkdir -p "$in"
if [[ $layout == nested ]]; then
	for ((d = 0; d * 1000 < n; d++)); do mkdir -p "$in/d$d"; done
fi
# Each copy i is template i % T with a last paragraph naming i.
awk -v n="$n" -v dir="$in" -v layout="$layout" '
	FNR == 1 { t++; ext[t] = ($0 ~ /</ || FILENAME ~ /\.html$/) ? ".html" : ".txt" }
	{ tpl[t] = tpl[t] $0 "\n" }
	END {
		for (i = 0; i < n; i++) {
			k = i % t + 1
			sub_ = (layout == "nested") ? "/d" int(i / 1000) : ""
			f = dir sub_ "/s" i ext[k]
			if (ext[k] == ".html") {
				s = tpl[k]
				sub(/<\/body>/, "<p>This is copy number " i " of the story.</p></body>", s)
				printf "%s", s > f
			} else {
				printf "%s\nThis is copy number %d of the story.\n", tpl[k], i > f
			}
			close(f)
		}
	}
' "$work"/tpl/*
bytes=$(du -sb "$in" | cut -f1)
echo "input: $n files, $((bytes / 1024 / 1024)) MiB on disk"

# run LABEL ARGS...: one timed convert run; prints files/s and peak RSS.
run() {
	local label=$1
	shift
	local log="$work/time.$label"
	/usr/bin/time -v "$work/dispatch" convert -q "$@" 2>"$log" || {
		echo "convert $label failed:" >&2
		tail -20 "$log" >&2
		exit 1
	}
	local wall rss secs
	wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$log")
	rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
	secs=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
	awk -v l="$label" -v n="$n" -v s="$secs" -v r="$rss" \
		'BEGIN { printf "%-22s %8.2f s %10.0f files/s   peak RSS %6.1f MB\n", l, s, (s > 0 ? n / s : 0), r / 1024 }'
	echo "$secs" >"$work/secs.$label"
}

check() {
	local got
	got=$(find "$1" -type f | wc -l)
	if [[ $got -ne $n ]]; then
		echo "bench.sh: $got outputs in $1, want $n" >&2
		exit 1
	fi
	if [[ -n $(find "$1" -name '*.tmp-*') ]]; then
		echo "bench.sh: temporary files left in $1" >&2
		exit 1
	fi
}

run "convert -j 1" -j 1 "$in" -O "$work/out1"
check "$work/out1"
run "convert -j $jobs" -j "$jobs" "$in" -O "$work/out2"
check "$work/out2"
run "resume --skip-existing" -j "$jobs" --skip-existing "$in" -O "$work/out2"
awk -v a="$(cat "$work/secs.convert -j 1")" -v b="$(cat "$work/secs.convert -j $jobs")" -v j="$jobs" \
	'BEGIN { if (b > 0) printf "speed-up -j %d over -j 1: %.2fx\n", j, a / b }'
