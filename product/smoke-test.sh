#!/usr/bin/env bash
# Smoke test of the real product: start the Felix distribution, wait for the window, take a
# screenshot, close the window with Ctrl+Q and expect exit status 0. Fails on any unresolved
# bundle, framework or component error, or a window that does not show.
set -u
dist="$1"; out="$(cd "$2" && pwd)"; plugin="${3:-}"; pack="${4:-}"; sdk="${5:-}"
log="$out/smoke.log"; shot="$out/smoke-screenshot.png"
[ -n "${DISPLAY:-}" ] || { echo "smoke test: no DISPLAY; run the build under xvfb-run (see README)" >&2; exit 1; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
export REDTHREAD_CACHE="$work/cache"
export REDTHREAD_OPTS="-Dredthread.settings.dir=$work/settings -Dredthread.demo.dir=$work/demo"
"$dist/bin/redthread" > "$log" 2>&1 &
pid=$!
fail() { echo "SMOKE TEST FAILED: $*" >&2; echo "--- $log ---" >&2; cat "$log" >&2; kill -9 "$pid" 2>/dev/null; exit 1; }
for _ in $(seq 1 600); do
  grep -q "Redthread: window shown" "$log" && break
  kill -0 "$pid" 2>/dev/null || fail "the product exited before its window showed"
  sleep 0.1
done
grep -q "Redthread: window shown" "$log" || fail "no window within 60 s"
# The launcher's window comes first and the workbench fills it (bin/redthread, product/launcher).
grep -q "Redthread: early window shown" "$log" && grep -q "in the launcher's window" "$log" \
  || fail "the workbench did not open in the window the launcher showed first"
sleep 2
for _ in $(seq 1 200); do [ -f "$work/demo/workspace.json" ] && break; sleep 0.1; done
[ -f "$work/demo/workspace.json" ] || fail "the first start did not create and open the demo workspace"
sleep 1
command -v import >/dev/null && import -window root "$shot" && echo "smoke test: screenshot in $shot"
# The Virkemidler perspective through quick access (Ctrl+3); window.json names it after Ctrl+Q (checked below).
window=$(xdotool search --name "Rød tråd" 2>/dev/null | head -n 1)
[ -n "$window" ] || fail "no window named Rød tråd"
xdotool windowfocus --sync "$window" 2>/dev/null || true
xdotool key --clearmodifiers ctrl+3; sleep 1; xdotool type --delay 50 "Virkemidler"; sleep 1; xdotool key Return; sleep 3
command -v import >/dev/null && import -window root "$out/smoke-virkemidler.png"
# Then Dilemma the same way: window.json names it as the last active, layouts.json keeps Virkemidler's layout.
xdotool key --clearmodifiers ctrl+3; sleep 1; xdotool type --delay 50 "Dilemma"; sleep 1; xdotool key Return; sleep 3
command -v import >/dev/null && import -window root "$out/smoke-dilemma.png"
if grep -nE "ERROR: |\[ERROR\]|\[WARN\]|Unresolved|unresolved|Exception" "$log"; then fail "errors in the log"; fi
# The JDK's warnings (sun.misc.Unsafe from Felix, native access) are noise to users: the launcher permits them.
jdk_warnings() { grep -nE "^WARNING: " "$1"; }
if jdk_warnings "$log"; then fail "JDK warnings in the log"; fi
xdotool windowfocus --sync "$window" 2>/dev/null || true
xdotool key --clearmodifiers ctrl+q
for _ in $(seq 1 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null && fail "Ctrl+Q did not close the window within 20 s"
wait "$pid"; status=$?
[ "$status" -eq 0 ] || fail "exit status $status after the window closed"
grep -q '"no.redthread.perspective.funding"' "$work/settings/layouts.json" || fail "Ctrl+3 Virkemidler did not open the Virkemidler perspective: $(cat "$work/settings/layouts.json")"
grep -q '"no.redthread.perspective.dilemma"' "$work/settings/window.json" || fail "Ctrl+3 Dilemma did not open the Dilemma perspective: $(cat "$work/settings/window.json")"
echo "smoke test: early window shown and filled by the workbench, Virkemidler opened, Dilemma opened, $(ls "$dist/bundle" | wc -l) bundles, no errors, Ctrl+Q exited with 0"

# Headless: a one-shot command, and a plugin dropped into plugins/ picked up by FileInstall.
"$dist/bin/redthread" --headless -c "redthread:validate $work/demo" > "$out/smoke-headless.log" 2>&1 || fail "--headless -c exited with $?"
if jdk_warnings "$out/smoke-headless.log"; then log="$out/smoke-headless.log"; fail "JDK warnings from a headless command"; fi
grep -qE "^6 (funn|findings)$" "$out/smoke-headless.log" || fail "redthread:validate did not report the demo's 6 findings"
# Statistics from a script (figures INVENTED, municipality numbers real): a renumbered code maps to today's.
printf '%s\n' '"12345: Eksempeltabell (K) - OPPDIKTEDE TALL"' '' '"region";"år";"Andel (prosent)"' \
  '"5403 Alta (2020-2023)";"2022";"88,5"' '"5403 Alta (2020-2023)";"2023";"89,0"' '"5601 Alta";"2024";"90,2"' \
  '"3101 Halden";"2024";"91,0"' > "$work/invented.csv"
"$dist/bin/redthread" --headless -c "redthread:import-indicators $work/invented.csv --workspace $work/demo --indicator ssb-kindergarten-coverage" \
  > "$out/smoke-import.log" 2>&1 || { log="$out/smoke-import.log"; fail "redthread:import-indicators failed"; }
grep -qE "^4 (verdier|values|verdiar) " "$out/smoke-import.log" && grep -q "5601" "$out/smoke-import.log" \
  || { log="$out/smoke-import.log"; fail "redthread:import-indicators did not import 4 values with 5403 as 5601"; }
# The SDK's template, written by redthread:new-plugin and built with plain Maven (docs/plugins.md), joins the plugins.
hello=""
if [ -n "$sdk" ]; then
  "$dist/bin/redthread" --headless -c "redthread:new-plugin no.smoketest.hello $work/hello" > "$out/smoke-new-plugin.log" 2>&1 \
    || { log="$out/smoke-new-plugin.log"; fail "redthread:new-plugin failed"; }
  grep -q "$sdk" "$out/smoke-new-plugin.log" || { log="$out/smoke-new-plugin.log"; fail "redthread:new-plugin did not use the SDK $sdk beside the distribution"; }
  mvnw="$(cd "$(dirname "$0")/.." && pwd)/mvnw"
  # Offline when ~/.m2 has bnd-maven-plugin; the first run on a machine fetches it from Maven Central.
  # the author's JDK: the one the distribution runs on (21+), whatever JAVA_HOME the caller has
  jdk="$(dirname "$(dirname "$(readlink -f "$("$dist/bin/find-java")")")")"
  (cd "$work/hello" && export JAVA_HOME="$jdk" && { "$mvnw" -o -B -q package > "$out/smoke-sdk-build.log" 2>&1 || "$mvnw" -B -q package >> "$out/smoke-sdk-build.log" 2>&1; }) \
    || { log="$out/smoke-sdk-build.log"; fail "the template plugin project did not build with mvn package"; }
  hello="$work/hello/target/no.smoketest.hello-1.0.0.jar"
  [ -f "$hello" ] || fail "mvn package made no $hello"
  echo "smoke test: redthread:new-plugin wrote the SDK's template, mvn package built $(basename "$hello")"
fi
# redthread:check-plugin before anything is installed: the county pack passes, a scenario pack with a broken file is
# refused with the file named (the modules' own validators read it).
if [ -n "$pack" ]; then
  "$dist/bin/redthread" --headless -c "redthread:check-plugin $pack" > "$out/smoke-check.log" 2>&1 \
    || { log="$out/smoke-check.log"; fail "redthread:check-plugin refused the county pack"; }
  grep -qE "arbeidsark|worksheets" "$out/smoke-check.log" \
    || { log="$out/smoke-check.log"; fail "redthread:check-plugin did not name the county pack's worksheet"; }
  mkdir -p "$work/broken/META-INF" "$work/broken/scenarios"
  printf 'Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: no.smoketest.broken\nBundle-Version: 1.0.0\nRedthread-Scenarios: scenarios/\n' \
    > "$work/broken/META-INF/MANIFEST.MF"
  printf '{ "schemaVersion": 1,\n  "scenarios": [ { "id": "x", }\n] }\n' > "$work/broken/scenarios/broken.json"
  jdk="$(dirname "$(dirname "$(readlink -f "$("$dist/bin/find-java")")")")"
  (cd "$work/broken" && "$jdk/bin/jar" --create --file "$work/broken.jar" --manifest META-INF/MANIFEST.MF scenarios)
  if "$dist/bin/redthread" --headless -c "redthread:check-plugin $work/broken.jar" > "$out/smoke-check-broken.log" 2>&1; then
    log="$out/smoke-check-broken.log"; fail "redthread:check-plugin passed a scenario pack with a broken file"
  fi
  grep -q "broken.json" "$out/smoke-check-broken.log" \
    || { log="$out/smoke-check-broken.log"; fail "redthread:check-plugin did not name the broken file"; }
  echo "smoke test: redthread:check-plugin passed the county pack and refused a scenario pack with a broken file, naming it"
fi
if [ -n "$plugin" ]; then
  cp $plugin $pack $hello "$dist/plugins/"
  trap 'rm -rf "$work"; rm -f "$dist"/plugins/*.jar' EXIT
  # Plugins start with the modules (start level 2), after the workbench core: ask a few times.
  (sleep 4; for _ in $(seq 1 15); do echo "lb -s no.redthread.workbench.ui.testparts"; sleep 1; done
   echo "redthread:plugins"; sleep 2; echo "stop 0") \
    | "$dist/bin/redthread" --headless --console > "$out/smoke-plugins.log" 2>&1
  grep -qE "Active.*no.redthread.workbench.ui.testparts" "$out/smoke-plugins.log" || fail "the plugin in plugins/ was not started"
  # The content pack (JSON only) dropped beside it: redthread:plugins lists its worksheet under its bundle.
  if [ -n "$pack" ]; then
    grep -A3 "^no.redthread.assessment.countypack " "$out/smoke-plugins.log" \
      | grep -qE "^  (arbeidsark|worksheets): (EKSEMPEL: Bærekraftvurdering av regional plan|EXAMPLE: Sustainability assessment of a regional plan)$" \
      || { log="$out/smoke-plugins.log"; fail "redthread:plugins did not list the county pack's worksheet"; }
  fi
  # The Java plugin built from the SDK: started, its view, command, perspective and preference page registered,
    # no component failed.
  if [ -n "$hello" ]; then
    grep -A2 "^no.smoketest.hello 1.0.0 " "$out/smoke-plugins.log" \
      | grep -qE "^  1 (visning|view), 1 (kommando|command), 1 (perspektiv|perspective), 1 (innstillingsside|preference page)$" \
      || { log="$out/smoke-plugins.log"; fail "redthread:plugins did not list the SDK plugin's view, command, perspective and preference page"; }
    if grep -A4 "^no.smoketest.hello " "$out/smoke-plugins.log" | grep -qiE "komponent|component"; then
      log="$out/smoke-plugins.log"; fail "a component of the SDK plugin failed"
    fi
  fi
  echo "smoke test: redthread -c \"redthread:validate <demo>\" found the demo's 6 findings; a bundle in plugins/ was installed and started${pack:+; redthread:plugins listed the worksheet of the county pack}${hello:+; the view, command, perspective and preference page of the plugin built from the SDK were registered}"
fi
