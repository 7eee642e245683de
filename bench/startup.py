"""Launch-to-window of the product and of a bare SWT shell, alternating, over several runs.

The product prints two markers: its window on screen (the launcher's, opened while the framework starts) and the
workbench ready in it (menus, tool bar and the parts in front painted). Both are measured against the bare shell."""
import os, signal, statistics, subprocess, sys, tempfile, time

EARLY = "Redthread: early window shown"
READY = "Redthread: window shown"

def marker_times_ms(command, env, markers):
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True)
    seen = {}
    for line in process.stdout:
        for marker in markers:
            if marker in line and marker not in seen:
                seen[marker] = (time.monotonic() - start) * 1000
        if len(seen) == len(markers):
            break
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
    if len(seen) < len(markers):
        sys.exit("missing " + ", ".join(m for m in markers if m not in seen) + ": " + " ".join(command))
    return seen

def main():
    dist, java, swt_jar, classes, runs, unsigned_swt_jar = sys.argv[1:5] + [int(sys.argv[5]), sys.argv[6]]
    work = tempfile.mkdtemp()
    env = dict(os.environ, REDTHREAD_CACHE=os.path.join(work, "cache"),
               REDTHREAD_OPTS="-Dredthread.settings.dir=" + os.path.join(work, "settings"))
    product = [os.path.join(dist, "bin", "redthread")]
    bare = [java, "--enable-native-access=ALL-UNNAMED", "-cp", swt_jar + os.pathsep + classes, "BareShell"]
    bare_unsigned = [java, "--enable-native-access=ALL-UNNAMED", "-cp", unsigned_swt_jar + os.pathsep + classes, "BareShell"]
    marker_times_ms(product, env, [EARLY, READY])  # fills the Felix cache, as any second start of the product finds it
    results = {"window": [], "ready": [], "bare": [], "unsigned": []}
    for _ in range(runs):
        times = marker_times_ms(product, env, [EARLY, READY])
        results["window"].append(times[EARLY])
        results["ready"].append(times[READY])
        results["bare"].append(marker_times_ms(bare, env, [READY])[READY])
        results["unsigned"].append(marker_times_ms(bare_unsigned, env, [READY])[READY])
    names = {"window": "product window on screen", "ready": "workbench ready in it", "bare": "bare SWT shell",
             "unsigned": "bare shell, unsigned SWT"}
    for key, values in results.items():
        print(f"{names[key]:25s} median {statistics.median(values):6.0f} ms   runs: " + " ".join(f"{v:.0f}" for v in values))
    bare_median = statistics.median(results["bare"])
    print(f"ratio window / bare = {statistics.median(results['window']) / bare_median:.2f}   (goal <= 2.0)")
    print(f"ratio ready  / bare = {statistics.median(results['ready']) / bare_median:.2f}")
    unsigned_median = statistics.median(results["unsigned"])
    print(f"against the unsigned floor: window {statistics.median(results['window']) / unsigned_median:.2f}, "
          f"ready {statistics.median(results['ready']) / unsigned_median:.2f}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (other work on the machine skews both)")

main()
