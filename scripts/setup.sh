# setup.sh — sourced by the measuring scripts: checks for GNU time, makes a
# work folder ($work, removed on exit unless KEEP is set) and builds the
# command into it. Set $name (the script's name) before sourcing.

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

if [[ ! -x /usr/bin/time ]]; then
	echo "$name: /usr/bin/time not found (Debian/Ubuntu: apt-get update && apt-get install -y time)" >&2
	exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/dispatch-$name.XXXXXX")
if [[ -z ${KEEP:-} ]]; then
	trap 'rm -rf "$work"' EXIT
else
	echo "keeping $work"
fi

echo "building dispatch"
(cd "$root" && go build -o "$work/dispatch" .)
