#!/usr/bin/env bash
# Throughput and memory benchmark of xrunlens on this machine; see bench/RESULTS.md.
#
#   bench/run.sh            200 MB mixed log (plus the other targets)
#   bench/run.sh --big      also the 2 GB logs (mixed, busy, samples, soak) under -Xmx256m
#   bench/run.sh --no-jmh   skip the JMH parser/analyzer benchmarks
#   bench/run.sh --lnav     only the comparison with lnav on every kind of log, syslog-wrapped,
#                           and on the busy kind in the other formats lnav reads; each file also
#                           read with no analysis (bench/src/.../ReadingOnly.java)
#   bench/run.sh --tree DIR also the "random" kind, drawn from the unpacked kernel tree DIR
#
# Kinds of log, 200 MB each, deterministic: "mixed" (bench/gen-log.py: many subsystems, races),
# "busy" (bench/gen-busy.py: new numbers on nearly every line, dozens of subsystems) and
# "samples" (bench/gen-samples-log.py: the samples/ logs again and again, stamps and pointers
# renumbered; which sample comes first, and so the format detected, follows from samples/) and
# "soak" (bench/gen-soak.py: one boot of days, new numbers on every line, a terminate race every
# few seconds to a minute: thousands of incidents in one boot) and, given a kernel tree,
# "random" (bench/gen-random-log.py: every printk message of the tree's drivers and subsystems,
# shuffled, with made-up values: tens of thousands of shapes, none written by this project),
# and "programs" (bench/gen-syslog-programs.py: a board's whole /var/log/syslog, five lines of
# other programs to one of the kernel's, new numbers on every line; syslog only).
# Each is read plain, wrapped as syslog and wrapped as journalctl short-precise; "console" is the
# busy kind behind a serial console's U-Boot banner, with a line cut by the terminal.
#
# Everything it makes goes to bench/out/ (ignored by git). Needs python3, /usr/bin/time, taskset.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/bench/out"
mkdir -p "$out"
big=0; jmh=1; only_lnav=0; tree=""
usage() { echo "usage: bench/run.sh [--big] [--no-jmh] [--lnav] [--tree KERNEL_TREE]" >&2; exit 2; }
while [ $# -gt 0 ]; do
    case "$1" in
        --big) big=1 ;;
        --no-jmh) jmh=0 ;;
        --lnav) only_lnav=1 ;;
        --tree) [ $# -ge 2 ] && [ -d "$2" ] || usage; tree=$2; shift ;;
        *) usage ;;
    esac
    shift
done
cd "$root"
./xrunlens --version > /dev/null            # builds the jar (and its CDS archive) if needed
jar="$root/cli/target/xrunlens.jar"
cds=(); [ -f "$root/cli/target/xrunlens.jsa" ] && cds=(-XX:SharedArchiveFile="$root/cli/target/xrunlens.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)

gen() { # size_mb file -> echoes the number of races written
    [ -f "$2" ] && [ -f "$2.races" ] || python3 bench/gen-log.py "$2" "$1" > "$2.races"
    cat "$2.races"
}
mb() { echo "scale=1; $(stat -c %s "$1") / 1048576" | bc; }
# "wall_s peak_rss_kb" of a command; its exit code (1 = findings) does not stop the script
secs() { { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null || true; } | tail -1; }

row() { printf "%-44s %8s s %9s MB/s %12s lines/s %8s MB RSS %s\n" "$@"; }

end_to_end() { # label file races runs java-opts...: the best of `runs` runs (this VM varies by ±20%)
    local label=$1 file=$2 races=$3 runs=$4; shift 4
    local size lines r wall rss found w m
    size=$(mb "$file"); lines=$(wc -l < "$file")
    wall=99999; rss=0
    for _ in $(seq "$runs"); do
        r=$(/usr/bin/time -f "%e %M" "$@" -jar "$jar" analyze --format json "$file" 2>"$out/time.txt" >"$out/result.json" || true)
        read -r w m < <(tail -1 "$out/time.txt")
        if [ "$(echo "$w < $wall" | bc)" = 1 ]; then wall=$w; fi
        if [ "$m" -gt "$rss" ]; then rss=$m; fi
    done
    found=$(python3 -c 'import json, sys
r = json.load(open(sys.argv[1]))["inputs"][0]
print(sum(i["cause"] == "dma-terminate-race" for i in r["incidents"])
      + sum(f["incidents"] for f in r["folded"] if f["cause"] == "dma-terminate-race"))' "$out/result.json")
    row "$label" "$wall" "$(echo "scale=1; $size / $wall" | bc)" "$(echo "$lines / $wall" | bc)" "$((rss / 1024))" \
        "races $found/$races"
}

log200="$out/mixed-200.log"
races200=$(gen 200 "$log200")
cat "$log200" > /dev/null    # warm the page cache: the disk is not what is measured
echo "machine: $(nproc) cores ($(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo 2> /dev/null | head -1)), $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "log: $log200, $(mb "$log200") MB, $(wc -l < "$log200") lines, $races200 races"
echo
# wall seconds with millisecond resolution (the floors are too fast for /usr/bin/time's hundredths)
precise() { local s e; s=$(date +%s.%N); "$@" > /dev/null || true; e=$(date +%s.%N); echo "scale=3; ($e - $s) / 1" | bc; }
t_wc=$(precise wc -l "$log200")
t_grep=$(precise grep -c sdma "$log200")
size=$(mb "$log200")
row "floor: wc -l" "$t_wc" "$(echo "scale=1; $size / $t_wc" | bc)" "-" "-"
row "floor: grep -c sdma" "$t_grep" "$(echo "scale=1; $size / $t_grep" | bc)" "-" "-"
# The JVM options the ./xrunlens wrapper uses (parallel collector, small young generation, the
# quick compiler only, transparent huge pages where the kernel offers them).
gc=(-XX:+UseParallelGC -Xmn64m -XX:TieredStopAtLevel=1)
case "$(cat /sys/kernel/mm/transparent_hugepage/enabled 2> /dev/null || true)" in
    *"[always]"* | *"[madvise]"*) gc+=(-XX:+UseTransparentHugePages) ;;
esac

# The kinds of log and their wrappings (made once, kept in bench/out/).
busy="$out/busy-200.log"
samples_log="$out/samples-200.log"
soak="$out/soak-200.log"
random="$out/random-200.log"
programs="$out/programs-200.syslog"
kinds=("$log200" "$busy" "$samples_log" "$soak")
[ -n "$tree" ] && kinds+=("$random")
make_kinds() {
    [ -f "$busy" ] || python3 bench/gen-busy.py "$busy" 200
    [ -f "$samples_log" ] || python3 bench/gen-samples-log.py samples "$samples_log" 200
    [ -f "$soak" ] && [ -f "$soak.races" ] || python3 bench/gen-soak.py "$soak" 200 > "$soak.races"
    [ -z "$tree" ] || [ -f "$random" ] || python3 bench/gen-random-log.py "$tree" "$random" 200
    [ -f "$programs" ] || python3 bench/gen-syslog-programs.py "$programs" 200
    local k
    for k in "${kinds[@]}"; do
        # syslog: "Nov 24 10:00:01 board kernel: [ ...] ..."; journal: "Nov 24 10:00:01.123456 board kernel: ..."
        [ -f "${k%.log}.syslog" ] || awk '{ printf "Nov 24 10:%02d:%02d board kernel: %s\n", int(NR/60000)%60,
            int(NR/1000)%60, $0 }' "$k" > "${k%.log}.syslog"
        [ -f "${k%.log}.journal" ] || awk '{ printf "Nov 24 10:%02d:%02d.%06d board kernel: %s\n", int(NR/60000)%60,
            int(NR/1000)%60, (NR*997)%1000000, $0 }' "$k" > "${k%.log}.journal"
    done
}

# Every kind wrapped as syslog, read by xrunlens end to end and by lnav (SQL count over its
# syslog table), alternately in one batch, best of 3 each; then the busy kind in the other
# formats lnav reads (journalctl -o short-iso, RFC 5424, journalctl -o json, dmesg -T), counted
# over all of lnav's tables.
lnav_compare() {
    if ! command -v lnav > /dev/null; then
        if [ "$(id -u)" = 0 ]; then apt-get install -y -qq lnav > /dev/null; else echo "lnav: not installed"; return; fi
    fi
    local k
    build_reading_only
    for k in "${kinds[@]}"; do
        against_lnav "syslog-wrapped" "${k%.log}.syslog" syslog_log
    done
    against_lnav "a whole /var/log/syslog (programs)" "$programs" syslog_log
    [ -f "${busy%.log}.serial.log" ] || python3 bench/wrap-formats.py "$busy" "${busy%.log}" 1500000
    for k in short-iso rfc5424 json dmesg-T; do
        against_lnav "busy, first 1.5 M lines, $k" "${busy%.log}.$k.log" all_logs
    done
}

# The same reading without the analysis (bench/src/.../ReadingOnly.java: framed, typed, the
# knowledge base asked, the events counted), compiled here against the command's jar: what the
# rules and the chaining cost is the difference.
reading_classes="$out/reading-only"
build_reading_only() {
    local class="$reading_classes/io/xrunlens/bench/ReadingOnly.class"
    [ -f "$class" ] && [ "$class" -nt "$jar" ] && return
    mkdir -p "$reading_classes"
    javac -nowarn -cp "$jar" -d "$reading_classes" bench/src/main/java/io/xrunlens/bench/ReadingOnly.java \
        bench/src/main/java/io/xrunlens/bench/BenchLog.java
}
reading_only() { java "${gc[@]}" "${cds[@]}" -cp "$jar:$reading_classes" io.xrunlens.bench.ReadingOnly "$@"; }

against_lnav() { # label file lnav-table
    local bx=99 bl=99 br=99 t
    cat "$2" > /dev/null
    for _ in 1 2 3; do
        t=$(precise java "${gc[@]}" "${cds[@]}" -jar "$jar" analyze --format json "$2")
        bx=$(echo "if ($t < $bx) $t else $bx" | bc)
        t=$(precise lnav -n -c ";SELECT count(*) FROM $3" "$2")
        bl=$(echo "if ($t < $bl) $t else $bl" | bc)
        t=$(precise reading_only "$2")
        br=$(echo "if ($t < $br) $t else $br" | bc)
    done
    echo "$1: $2, $(mb "$2") MB"
    row "  xrunlens analyze --format json (best of 3)" "$bx" "$(echo "scale=1; $(mb "$2") / $bx" | bc)" "-" "-"
    row "  lnav -n, SELECT count(*) (best of 3)" "$bl" "$(echo "scale=1; $(mb "$2") / $bl" | bc)" "-" "-"
    row "  xrunlens, reading only (best of 3)" "$br" "$(echo "scale=1; $(mb "$2") / $br" | bc)" "-" "-"
    echo "  xrunlens / lnav: $(echo "scale=2; $bx / $bl" | bc)x; reading only / lnav: $(echo "scale=2; $br / $bl" | bc)x"
}
make_kinds
if [ "$only_lnav" = 1 ]; then
    lnav_compare
    exit 0
fi

end_to_end "analyze --format json, 1 core (taskset), best of 3" "$log200" "$races200" 3 taskset -c 0 java "${gc[@]}" "${cds[@]}"
end_to_end "analyze --format json, 2 cores, best of 3" "$log200" "$races200" 3 java "${gc[@]}" "${cds[@]}"
end_to_end "analyze --format json, 2 cores, -Xmx256m, best of 3" "$log200" "$races200" 3 java "${gc[@]}" -Xmx256m "${cds[@]}"
wall_e2e=$(tail -1 "$out/time.txt" | cut -d' ' -f1)
echo "ratio to grep -c: $(echo "scale=1; $wall_e2e / $t_grep" | bc)x"
# Every kind, plain and wrapped: the memos of repeated lines help the mixed log most; the busy
# and samples kinds show what a line whose numbers are new costs.
for k in "${kinds[@]}"; do
    r=0; [ "$k" = "$log200" ] && r=$races200; [ "$k" = "$soak" ] && r=$(cat "$soak.races")
    for f in "$k" "${k%.log}.syslog" "${k%.log}.journal"; do
        cat "$f" > /dev/null
        end_to_end "$(basename "$f"), 2 cores, best of 3" "$f" "$r" 3 java "${gc[@]}" "${cds[@]}"
    done
done
# A board's whole /var/log/syslog: five lines of other programs to one of the kernel's, new numbers on each
cat "$programs" > /dev/null
end_to_end "$(basename "$programs") (other programs' lines), 2 cores, best of 3" "$programs" 0 3 java "${gc[@]}" "${cds[@]}"
# A serial console's capture: U-Boot's banner (the lines before the kernel's first stamp in
# samples/pastes/uboot-preamble.log), then the busy kind with one line of its head cut by an
# 80-column terminal. Lines that are not records and a cut line turn on the joining of cut lines,
# which reads every line a cut piece may follow as text.
console="$out/console-200.log"
[ -f "$console" ] || { sed -n '/^\[/q;p' samples/pastes/uboot-preamble.log
    head -40 "$busy" | awk '!cut && length($0) > 80 { print substr($0, 1, 80); print substr($0, 81); cut = 1; next } { print }'
    tail -n +41 "$busy"; } > "$console"
cat "$console" > /dev/null
end_to_end "$(basename "$console") (U-Boot banner, a cut line), 2 cores, best of 3" "$console" 0 3 java "${gc[@]}" "${cds[@]}"
# The busy kind in the other formats people capture (dmesg -T, dmesg -x, /dev/kmsg, journalctl
# -o short-iso, RFC 5424 syslog, journalctl -o json, -o short-full and -o short-unix, OpenWrt's logread,
# journalctl in Russian, a serial console's capture), its first 1.5 M lines each: formats read by a regular expression
# or a date parser per line cost more than dmesg's own.
[ -f "${busy%.log}.serial.log" ] || python3 bench/wrap-formats.py "$busy" "${busy%.log}" 1500000
for f in dmesg-T dmesg-x kmsg short-iso rfc5424 json short-full short-unix logread ru serial; do
    cat "${busy%.log}.$f.log" > /dev/null
    end_to_end "busy, first 1.5 M lines, $f, best of 3" "${busy%.log}.$f.log" 0 3 java "${gc[@]}" "${cds[@]}"
done
if [ "$big" = 1 ]; then
    log2g="$out/mixed-2048.log"
    races2g=$(gen 2048 "$log2g")
    end_to_end "2 GB, -Xmx256m, 2 cores" "$log2g" "$races2g" 1 java "${gc[@]}" -Xmx256m "${cds[@]}"
    busy2g="$out/busy-2048.log"
    [ -f "$busy2g" ] || python3 bench/gen-busy.py "$busy2g" 2048
    end_to_end "busy board 2 GB, -Xmx256m, 2 cores" "$busy2g" 0 1 java "${gc[@]}" -Xmx256m "${cds[@]}"
    # the samples again and again: ~190,000 boots, most failing alike (folded across boots)
    samples2g="$out/samples-2048.log"
    [ -f "$samples2g" ] || python3 bench/gen-samples-log.py samples "$samples2g" 2048
    end_to_end "samples 2 GB, -Xmx256m, 2 cores" "$samples2g" 0 1 java "${gc[@]}" -Xmx256m "${cds[@]}"
    # one boot of about two months with ~31,000 races: chained in parts, or it would not fit
    soak2g="$out/soak-2048.log"
    [ -f "$soak2g" ] && [ -f "$soak2g.races" ] || python3 bench/gen-soak.py "$soak2g" 2048 > "$soak2g.races"
    end_to_end "soak 2 GB (one boot), -Xmx256m, 2 cores" "$soak2g" "$(cat "$soak2g.races")" 1 java "${gc[@]}" -Xmx256m \
        "${cds[@]}"
    if [ -n "$tree" ]; then # every shape comes back only after tens of thousands of others
        random2g="$out/random-2048.log"
        [ -f "$random2g" ] || python3 bench/gen-random-log.py "$tree" "$random2g" 2048
        end_to_end "random 2 GB, -Xmx256m, 2 cores" "$random2g" 0 1 java "${gc[@]}" -Xmx256m "${cds[@]}"
    fi
fi
echo
lnav_compare

echo
sample=samples/report/imx6-report-flattened.log
best() { local b=99; for _ in 1 2 3 4 5; do t=$(secs "$@" | cut -d' ' -f1); b=$(echo "if ($t < $b) $t else $b" | bc); done; echo "$b"; }
echo "small report log, JVM start to output (best of 5): $(best ./xrunlens analyze "$sample") s"
echo "timeline PNG of it (best of 5): $(best ./xrunlens timeline -o "$out/t.png" "$sample") s"

corpus="$out/triage-1000"
if [ ! -d "$corpus" ]; then
    mkdir -p "$corpus"
    for i in $(seq 1 1000); do
        case $((i % 4)) in
            0) cp samples/synthetic/stock-5.4-race.log "$corpus/board$i.log" ;;
            1) cp samples/synthetic/stock-5.4-benign.log "$corpus/board$i.log" ;;
            2) cp samples/synthetic/clean-session.log "$corpus/board$i.log" ;;
            3) cp samples/report/imx6-report-lines.log "$corpus/board$i.log" ;;
        esac
    done
fi
t1=$(secs ./xrunlens triage --jobs 1 "$corpus" | cut -d' ' -f1)
t2=$(secs ./xrunlens triage --jobs 2 "$corpus" | cut -d' ' -f1)
echo "triage of 1000 small logs: --jobs 1 ${t1} s, --jobs 2 ${t2} s, speed-up $(echo "scale=2; $t1 / $t2" | bc)x"

if [ "$jmh" = 1 ]; then
    echo
    jlog="$out/jmh.log"
    gen 20 "$jlog" > /dev/null
    mvn -B -q -Dstyle.color=never -Pbench -pl bench -am package -DskipTests
    java -Dxrunlens.bench.log="$jlog" -jar bench/target/benchmarks.jar -rf text -rff "$out/jmh.txt" \
        "ParserBenchmark|AnalyzerBenchmark" > "$out/jmh-run.txt" 2>&1
    echo "JMH on $jlog ($(mb "$jlog") MB), ms per pass:"
    grep -E "Benchmark|parse|analyze" "$out/jmh.txt"
fi
