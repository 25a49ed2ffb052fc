#!/usr/bin/env bash
# Measures msgdpia against the budgets of docs/performance.md, with public tools (GNU time,
# /proc, Xvfb), compares it with the routes people take today (HTML printed to PDF by headless
# Chromium; DOCX converted by LibreOffice), prints a table and writes it, with the machine and
# the raw figures, to docs/performance-figures.md. Raw timings are kept in target/bench/.
#
# Usage: scripts/bench.sh [--clean-build] [--fresh-test] [--ci] [--all] [--no-peers] [--quick]
#   --clean-build  also time a clean release build in a fresh target folder (about 10 minutes)
#   --fresh-test   also time the README's `cargo test` on a fresh clone of HEAD (about 15 minutes)
#   --ci           also time CI, `CI=true bash .ci/run`, on a fresh clone of HEAD (about 35 minutes)
#   --all          all three
#   --no-peers     skip the Chromium and LibreOffice comparison
#   --quick        fewer repetitions and a 100-file batch (to try the script, not to publish)
#
# The fresh clones share nothing with target/: like a newcomer's checkout or a CI machine, they
# build every crate (the registry's downloads are reused). They are timed one after the other,
# with nothing else running, and deleted afterwards.
#
# Installs what it needs with apt when missing: xvfb, time, mesa (software OpenGL), and for the
# comparison chromium and libreoffice-writer-nogui.
set -euo pipefail
cd "$(dirname "$0")/.."

clean_build=0 fresh_test=0 ci=0 peers=1 quick=0
for argument in "$@"; do
    case "$argument" in
        --clean-build) clean_build=1 ;;
        --fresh-test) fresh_test=1 ;;
        --ci) ci=1 ;;
        --all) clean_build=1 fresh_test=1 ci=1 ;;
        --no-peers) peers=0 ;;
        --quick) quick=1 ;;
        *) echo "unknown option: $argument" >&2; exit 2 ;;
    esac
done
runs=30 gui_runs=5 peer_runs=5 batch_size=1000
if [ "$quick" -eq 1 ]; then runs=5 gui_runs=2 peer_runs=2 batch_size=100; fi

out=target/bench
rm -rf "$out" && mkdir -p "$out"
raw="$out/raw.txt"
: >"$raw"
record() { echo "$1=$2" >>"$raw"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
now_us() { echo $(( $(date +%s%N) / 1000 )); }

step() { printf '\n==> %s\n' "$*" >&2; }

# The median of the numbers on standard input.
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Runs a command RUNS times and prints the median wall time in milliseconds (from microseconds).
median_ms() {
    local count="$1" name="$2"
    shift 2
    for _ in $(seq "$count"); do
        local start end
        start=$(now_us)
        "$@" >/dev/null 2>&1
        end=$(now_us)
        echo "scale=2; ($end - $start) / 1000" | bc
    done | tee "$out/$name.times" | median
}

step "Installing missing tools"
missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
[ -x /usr/bin/time ] || missing+=(time)
command -v bc >/dev/null || missing+=(bc)
dpkg -s libgl1-mesa-dri >/dev/null 2>&1 || missing+=(libgl1-mesa-dri)
if [ "$peers" -eq 1 ]; then
    command -v chromium >/dev/null || missing+=(chromium)
    command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
fi
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$clean_build" -eq 1 ]; then
    step "Clean release build in a fresh target folder"
    rm -rf "$out/clean-target"
    start=$(now_ms)
    CARGO_TARGET_DIR="$out/clean-target" cargo build --release --quiet
    record clean_build_s "$(echo "scale=1; ($(now_ms) - $start) / 1000" | bc)"
    rm -rf "$out/clean-target"
fi

# A fresh clone of HEAD in a folder of its own under target/bench/ (on the disk, not in a
# tmpfs /tmp), for the timings that start from nothing.
fresh_clone() {
    local folder
    folder="$(mktemp -d -p "$(pwd)/$out")"
    git clone --quiet "$(pwd)" "$folder/msgdpia"
    echo "$folder/msgdpia"
}

if [ "$fresh_test" -eq 1 ]; then
    step "The README's test command on a fresh clone"
    clone="$(fresh_clone)"
    start=$(now_ms)
    (cd "$clone" && cargo test --quiet >"$(pwd)/test.log" 2>&1) \
        || { echo "cargo test failed on the fresh clone: $clone/test.log" >&2; exit 1; }
    record fresh_test_s "$(echo "scale=1; ($(now_ms) - $start) / 1000" | bc)"
    rm -rf "$(dirname "$clone")"
fi

if [ "$ci" -eq 1 ]; then
    step "CI on a fresh clone"
    clone="$(fresh_clone)"
    start=$(now_ms)
    (cd "$clone" && CI=true bash .ci/run </dev/null >"$(pwd)/../ci.log" 2>&1) \
        || { echo "CI failed on the fresh clone: $(dirname "$clone")/ci.log" >&2; exit 1; }
    record ci_s "$(echo "scale=1; ($(now_ms) - $start) / 1000" | bc)"
    rm -rf "$(dirname "$clone")"
fi

step "Release build"
cargo build --release --quiet
bin=target/release/msgdpia
cp "$bin" "$out/msgdpia-stripped"
strip "$out/msgdpia-stripped"
record binary_bytes "$(stat -c %s "$out/msgdpia-stripped")"
record unstripped_bytes "$(stat -c %s "$bin")"

example=$(ls -S questionnaires/examples/*.ron | sed -n 1p)
record example "$example"
date_arg=(--date 2026-11-23)

step "One report as a process ($runs runs of msgdpia report on $example)"
record report_process_ms "$(median_ms "$runs" report "$bin" report "$example" -o "$out/report.pdf" "${date_arg[@]}")"
/usr/bin/time -f %M -o "$out/report.rss" "$bin" report "$example" -o "$out/report.pdf" "${date_arg[@]}" >/dev/null
record report_peak_rss_kb "$(cat "$out/report.rss")"
record report_bytes "$(stat -c %s "$out/report.pdf")"
# In Chinese: the translated words, the installed CJK font found and subset, lines broken
# between ideographs.
record report_process_zh_ms "$(median_ms "$runs" report-zh "$bin" report "$example" --lang zh-HK -o "$out/report-zh.pdf" "${date_arg[@]}")"

step "Batch of $batch_size reports"
mkdir -p "$out/batch/in" "$out/batch/out"
examples=(questionnaires/examples/*.ron)
for i in $(seq "$batch_size"); do
    source_file="${examples[$(( i % ${#examples[@]} ))]}"
    sed "s/organisation: \"/organisation: \"No. $i, /" "$source_file" >"$out/batch/in/assessment-$i.ron"
done
batch_times=()
for _ in 1 2 3; do
    rm -f "$out/batch/out/"*
    start=$(now_ms)
    "$bin" report "$out/batch/in/"*.ron --output-dir "$out/batch/out" "${date_arg[@]}" >/dev/null
    batch_times+=("$(echo "scale=2; ($(now_ms) - $start) / 1000" | bc)")
done
printf '%s\n' "${batch_times[@]}" >"$out/batch.times"
record batch_s "$(printf '%s\n' "${batch_times[@]}" | median)"
record batch_written "$(ls "$out/batch/out" | wc -l)"
record batch_size "$batch_size"
record cores "$(nproc)"

step "Desktop app under Xvfb with software OpenGL ($gui_runs starts)"
display=":97"
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
clock_ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
first_frames=()
for run in $(seq "$gui_runs"); do
    data="$out/gui-data-$run"
    frame_file="$out/first-frame-$run"
    mkdir -p "$data"
    start=$(now_ms)
    DISPLAY="$display" LIBGL_ALWAYS_SOFTWARE=1 XDG_DATA_HOME="$data" \
        MSGDPIA_FIRST_FRAME_FILE="$frame_file" "$bin" open "$example" >/dev/null 2>&1 &
    app=$!
    for _ in $(seq 2000); do
        [ -s "$frame_file" ] && break
        sleep 0.01
    done
    first_frames+=($(( $(cat "$frame_file") - start )))
    if [ "$run" -eq "$gui_runs" ]; then
        # Idle: nothing changes for ten seconds; the app should not draw at all.
        sleep 2
        before=$(cpu_ticks "$app")
        sleep 10
        after=$(cpu_ticks "$app")
        record idle_cpu_percent "$(echo "scale=2; 100 * ($after - $before) / (10 * $clock_ticks)" | bc)"
        record gui_rss_kb "$(awk '/^VmRSS/ { print $2 }' "/proc/$app/status")"
        record gui_peak_rss_kb "$(awk '/^VmHWM/ { print $2 }' "/proc/$app/status")"
    fi
    kill "$app"
    wait "$app" 2>/dev/null || true
done
printf '%s\n' "${first_frames[@]}" >"$out/first-frame.times"
record first_frame_ms "$(printf '%s\n' "${first_frames[@]}" | median)"

if [ "$peers" -eq 1 ]; then
    step "Peers: the same report as HTML printed by headless Chromium, and as DOCX by LibreOffice"
    html="$(pwd)/$out/report.html"
    record html_export_ms "$(median_ms "$runs" html "$bin" report "$example" -o "$html" "${date_arg[@]}")"
    chromium_flags=(--headless --disable-gpu --no-sandbox --no-pdf-header-footer --user-data-dir="$(pwd)/$out/chromium-profile")
    chromium "${chromium_flags[@]}" --print-to-pdf="$out/chromium.pdf" "file://$html" >/dev/null 2>&1 # warm-up
    record chromium_ms "$(median_ms "$peer_runs" chromium chromium "${chromium_flags[@]}" --print-to-pdf="$out/chromium.pdf" "file://$html")"
    profile="-env:UserInstallation=file://$(pwd)/$out/libreoffice-profile"
    # msgdpia's own Word export, as a firm that edits the report in Word would print it.
    record docx_export_ms "$(median_ms "$runs" docx "$bin" report "$example" -o "$out/report.docx" "${date_arg[@]}")"
    soffice "$profile" --headless --convert-to pdf --outdir "$out/libreoffice" "$out/report.docx" >/dev/null 2>&1 # warm-up
    record libreoffice_ms "$(median_ms "$peer_runs" libreoffice soffice "$profile" --headless --convert-to pdf --outdir "$out/libreoffice" "$out/report.docx")"
    record chromium_pages "$(pdfinfo "$out/chromium.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }')"
    record libreoffice_pages "$(pdfinfo "$out/libreoffice/report.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }')"
    record msgdpia_pages "$(pdfinfo "$out/report.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }')"
fi

step "Criterion benchmarks (in-process)"
rm -rf target/criterion
cargo bench --quiet --bench pipeline -- --warm-up-time 1 --measurement-time 5 >"$out/criterion.txt" 2>&1

record machine "$(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
record rustc "$(rustc --version)"
record commit "$(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)')"
record measured_on "$(date -u +%Y-%m-%d)"

step "Table"
python3 scripts/bench_table.py "$raw" target/criterion docs/performance-figures.md
cat docs/performance-figures.md
