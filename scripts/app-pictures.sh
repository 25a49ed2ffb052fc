#!/usr/bin/env bash
# Regenerates the pictures of the desktop app in docs/app/: the real window under Xvfb at a
# laptop's 1024 × 700 and a large 1600 × 1000, in the light and the dark theme, on six screens:
# the start screen, a questionnaire step with the live risk panel, the comparison of three apps,
# the action plan and sign-off, the result, and an assessment a colleague has open (read-only);
# then the same screens in French (docs/app/fr/) and Traditional Chinese (docs/app/zh-HK/), in
# the light theme. The README shows them; run this after any change to what the app draws, then
# look at every picture.
#
# Usage: scripts/app-pictures.sh
# Installs xvfb, xdotool and imagemagick with apt when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v Xvfb >/dev/null 2>&1 || ! command -v xdotool >/dev/null 2>&1 \
    || ! command -v import >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
        xvfb xdotool imagemagick >/dev/null
fi

cargo build --quiet
app="$PWD/target/debug/msgdpia"
out="$PWD/docs/app"
mkdir -p "$out" "$out/fr" "$out/zh-HK"
rm -f "$out"/*.png "$out"/fr/*.png "$out"/zh-HK/*.png

scratch="$(mktemp -d)"
cleanup() {
    if [ -n "${xvfb_pid:-}" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT

# The comparison needs apps to compare: the Hong Kong example, with Signal and Threema beside
# WeChat (the shipped file compares none).
compare="$scratch/hk-compared.ron"
sed '$d' questionnaires/examples/hk-law-firm-wechat.ron >"$compare"
printf '    compared: ["signal", "threema"],\n)\n' >>"$compare"

# A colleague has this one open on another machine: the app shows it read-only.
shared="$scratch/shared.ron"
cp questionnaires/examples/hk-law-firm-wechat.ron "$shared"
printf 'msgdpia lock\nuser: chan.meiling\nmachine: reception-pc\nprocess: 4242\nsince: 2026-12-03 09:12 UTC\n' \
    >"$scratch/.~lock.shared.ron#"

# screen name, then the arguments of msgdpia (none for the start screen)
screens=(
    "start|"
    "wizard|open questionnaires/examples/scottish-team-whatsapp.ron --step safeguards"
    "compare|open $compare --step compare"
    "sign-off|open questionnaires/examples/uk-firm-signal-mdm.ron --step sign-off"
    "result|open questionnaires/examples/hk-law-firm-wechat.ron --step result"
    "read-only|open $shared --step details"
)

display=":97"
for size in 1024x700 1600x1000; do
    width="${size%x*}"
    height="${size#*x}"
    # -noreset: without it the server resets when the last app closes, and refuses the next one
    # for a moment.
    Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp -noreset >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 1
    for look in en-light en-dark fr-light zh-HK-light; do
        language="${look%-*}"
        theme="${look##*-}"
        # A data folder of its own: the language and theme chosen, and no recent files or
        # autosave.
        data="$scratch/data-$size-$look"
        mkdir -p "$data/msgdpia"
        printf '%s' "$theme" >"$data/msgdpia/theme.txt"
        printf '%s' "$language" >"$data/msgdpia/language.txt"
        folder="$out"
        if [ "$language" != en ]; then folder="$out/$language"; fi
        for screen in "${screens[@]}"; do
            name="${screen%%|*}"
            args="${screen#*|}"
            # shellcheck disable=SC2086 # the arguments are split on purpose
            DISPLAY="$display" XDG_DATA_HOME="$data" "$app" $args >"$scratch/app.log" 2>&1 &
            app_pid=$!
            window=""
            for _ in $(seq 1 300); do
                window="$(DISPLAY="$display" xdotool search --name "Messaging DPIA" 2>/dev/null | head -1 || true)"
                if [ -n "$window" ]; then break; fi
                sleep 0.1
            done
            if [ -z "$window" ]; then
                echo "the app's window did not appear for $name at $size $theme:" >&2
                cat "$scratch/app.log" >&2
                exit 1
            fi
            # No window manager: the window is placed and sized by hand, to fill the screen.
            DISPLAY="$display" xdotool windowmove "$window" 0 0 windowsize "$window" "$width" "$height"
            sleep 2
            DISPLAY="$display" import -window root "$folder/$size-$theme-$name.png"
            kill "$app_pid" 2>/dev/null || true
            wait "$app_pid" 2>/dev/null || true
            # Killed, the app leaves its lock beside the file; the next screen would say it
            # replaced a stale one. The colleague's lock of the read-only screen stays.
            rm -f questionnaires/examples/.~lock.*
            rm -f "$scratch"/.~lock.hk-compared.ron#
        done
    done
    kill "$xvfb_pid"
    wait "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=""
done
ls "$out" "$out/fr" "$out/zh-HK"
