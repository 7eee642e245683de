#!/usr/bin/env bash
# User journeys in the real product: for each journey, a hard-linked copy of the Felix
# distribution with the journeys bundle in bundle/ (so it starts with the product, as a module
# would), a fresh Felix cache, settings, demo and home folder, and a window of a fixed size. The
# bundle (no.redthread.journeys) drives the window with real SWT events and writes
# <out>/journeys/<journey>.result; screenshots of the key screens go beside it.
#   journeys.sh <dist> <out> <journeys-jar> [journey ...]
# "a+b" runs journey a, then b in a second start of the product on the same folders (e.g. a crash, then recovery).
# Environment: JOURNEY_PLUGINS, the jars the plugins journey drops into plugins/ (default: the test parts and the county
# pack built beside this script), JOURNEY_LANGUAGE (nb, nn or en: the product's language, e.g. for the journey
# "screens", which is in no default list), JOURNEY_WINDOW (default 1280x1000: fits the 1280x1024 screen of ./test; at 1280x800 the plan editor shows no measure rows), JOURNEY_TIMEOUT seconds per journey (240).
set -u
mkdir -p "$2"
dist="$(cd "$1" && pwd)"; out="$(cd "$2" && pwd)"; jar="$(cd "$(dirname "$3")" && pwd)/$(basename "$3")"; shift 3
journeys=("$@"); [ ${#journeys[@]} -gt 0 ] || journeys=(start plan municipality-numbers assessment indicators demo-link-close funding dilemma dilemma-session plugin-repository chains portfolio dilemma-training conflict-training plugins recovery-crash+recovery)
[ -n "${DISPLAY:-}" ] || { echo "journeys: no DISPLAY; run the build under xvfb-run (see README)" >&2; exit 1; }
[ -f "$jar" ] || { echo "journeys: no journeys bundle at $jar" >&2; exit 1; }
bundles="$(cd "$(dirname "$0")/../bundles" && pwd)"
plugins="${JOURNEY_PLUGINS:-$bundles/no.redthread.workbench.ui.testparts/target/no.redthread.workbench.ui.testparts-0.1.0-SNAPSHOT.jar $bundles/no.redthread.assessment.countypack/target/no.redthread.assessment.countypack-0.1.0-SNAPSHOT.jar}"
plugins="$(for p in $plugins; do printf '%s:' "$(cd "$(dirname "$p")" && pwd)/$(basename "$p")"; done)"
size="${JOURNEY_WINDOW:-1280x1000}"; limit="${JOURNEY_TIMEOUT:-240}"
shots="$out/journeys"; mkdir -p "$shots"
failed=0
for entry in "${journeys[@]}"; do
  work="$(mktemp -d "$out/journey-work.XXXXXX")"
  cp -al "$dist" "$work/dist" 2>/dev/null || cp -r "$dist" "$work/dist"
  rm -f "$work/dist/plugins/"*.jar
  cp "$jar" "$work/dist/bundle/"
  mkdir -p "$work/settings" "$work/home" "$work/scratch"
  printf '{"x":0,"y":0,"width":%s,"height":%s,"maximized":false,"perspective":null}\n' "${size%x*}" "${size#*x}" > "$work/settings/window.json"
  [ -z "${JOURNEY_LANGUAGE:-}" ] || printf '{"language":"%s"}\n' "$JOURNEY_LANGUAGE" > "$work/settings/preferences.json"
  for journey in ${entry//+/ }; do
    rm -f "$shots/$journey.result" "$shots/$journey"-*.png
    log="$shots/$journey.log"; start=$(date +%s)
    # no D-Bus session for GTK to autolaunch (a daemon that outlives the journey), no accessibility bus, local GIO
    DBUS_SESSION_BUS_ADDRESS="disabled:" NO_AT_BRIDGE=1 GIO_USE_VFS=local GSETTINGS_BACKEND=memory \
    HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
    REDTHREAD_CACHE="$work/cache" \
    REDTHREAD_OPTS="-Duser.home=$work/home -Dredthread.settings.dir=$work/settings -Dredthread.demo.dir=$work/demo -Dredthread.journey=$journey -Dredthread.journey.out=$shots -Dredthread.journey.scratch=$work/scratch -Dredthread.journey.plugins=$plugins ${JOURNEY_OPTS:-}" \
      bash -c 'cd "$1" && shift && exec timeout -k 5 "$@"' - "$work/home" "$limit" "$work/dist/bin/redthread" > "$log" 2>&1
    status=$?; took=$(( $(date +%s) - start ))
    result="$(cat "$shots/$journey.result" 2>/dev/null || echo "FAIL no result (exit status $status)")"
    if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then result="$result; the product did not exit within $limit s"; fi
    if [ "${result:0:4}" = "PASS" ] && [ "$status" -eq 0 ]; then
      echo "journey $journey: PASS (${took} s)"
    else
      [ "$status" -ne 0 ] && [ "${result:0:4}" = "PASS" ] && result="FAIL exit status $status after the journey passed"
      echo "journey $journey: $result (${took} s)"; echo "--- last lines of $log ---"; tail -n 25 "$log"
      failed=$((failed + 1)); break
    fi
  done
  rm -rf "$work"
done
echo "journeys: ${#journeys[@]} run, $failed failed; screenshots in $shots"
[ "$failed" -eq 0 ]
