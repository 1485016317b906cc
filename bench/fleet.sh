#!/usr/bin/env bash
# The fleet job against `xrunlens triage --jobs 2` on the same small logs; see bench/RESULTS.md.
#
#   bench/fleet.sh [COUNT...]     default: 3000 30000
#
# Logs come from bench/gen-fleet.py (the samples with renumbered stamps and pointers) into
# bench/out/fleet-COUNT/. Start-up is measured apart, on a fleet of one file, and taken out of
# each figure: the per-file cost is (wall - start-up) / files. Best of 3 runs each, alternating.
# Spark runs on local[2] through spark/run-local; its driver and executor are one JVM there, so
# the peak RSS is theirs together.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/bench/out"
mkdir -p "$out"
cd "$root"
counts=("$@"); [ ${#counts[@]} -gt 0 ] || counts=(3000 30000)
./xrunlens --version > /dev/null
jar="$root/cli/target/xrunlens.jar"
export SPARK_MASTER='local[2]'
spark/run-local --help > /dev/null 2>&1 || true   # builds the Spark job if needed

# "wall_s peak_rss_kb" of a command; the exit code (1 = findings) does not stop the script
secs() { { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null || true; } | tail -1; }
best() { # kind dir -> "best_wall max_rss" over 3 runs
    local b=99999 m=0 w r
    for _ in 1 2 3; do
        read -r w r < <(if [ "$1" = triage ]; then secs bash -c "java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar '$jar' triage --jobs 2 \
            --format json -o '$out/fleet-triage.json' '$2'"; else secs bash -c "rm -rf '$out/fleet-out'; \
            spark/run-local '$2' '$out/fleet-out'"; fi)
        b=$(echo "if ($w < $b) $w else $b" | bc); [ "$r" -gt "$m" ] && m=$r
    done
    echo "$b $m"
}

one="$out/fleet-1"
[ -d "$one" ] || python3 bench/gen-fleet.py samples "$one" 1
read -r t0 _ < <(best triage "$one")
read -r s0 _ < <(best fleet "$one")
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "start-up (a fleet of one file): triage ${t0} s, fleet job ${s0} s"
printf "%-8s %9s %11s %11s %13s %13s %11s %11s %7s\n" files MB "triage s" "fleet s" "triage ms/f" "fleet ms/f" \
    "triage RSS" "fleet RSS" ratio
for n in "${counts[@]}"; do
    dir="$out/fleet-$n"
    [ -d "$dir" ] || python3 bench/gen-fleet.py samples "$dir" "$n"
    find "$dir" -type f -exec cat {} + > /dev/null   # page cache: the disk is not what is measured
    read -r tw tr < <(best triage "$dir")
    read -r sw sr < <(best fleet "$dir")
    tf=$(echo "scale=3; ($tw - $t0) * 1000 / $n" | bc); sf=$(echo "scale=3; ($sw - $s0) * 1000 / $n" | bc)
    printf "%-8s %9s %11s %11s %13s %13s %8s MB %8s MB %6sx\n" "$n" "$(du -sm "$dir" | cut -f1)" "$tw" "$sw" "$tf" "$sf" \
        "$((tr / 1024))" "$((sr / 1024))" "$(echo "scale=2; $sf / $tf" | bc)"
    # The same buckets, ids, counts and order as triage: the fleet report must be the same report.
    python3 - "$out/fleet-triage.json" "$out/fleet-out/buckets" <<'PY'
import glob, json, sys
t = json.load(open(sys.argv[1]))
f = [json.loads(l) for p in sorted(glob.glob(sys.argv[2] + "/part-*")) for l in open(p)]
a = [(b["id"], b["count"]) for b in t["buckets"]]
b = [(x["id"], x["count"]) for x in f]
print("         buckets identical to triage:", "yes" if a == b else "NO (%d vs %d)" % (len(a), len(b)))
PY
done
