"""Launch-to-first-window of the product and of a bare SWT shell, alternating, over several runs."""
import os, signal, statistics, subprocess, sys, tempfile, time

MARKER = "Redthread: window shown"

def first_window_ms(command, env):
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True)
    shown = None
    for line in process.stdout:
        if MARKER in line:
            shown = (time.monotonic() - start) * 1000
            break
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
    if shown is None:
        sys.exit("no window: " + " ".join(command))
    return shown

def main():
    dist, java, swt_jar, classes, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
    work = tempfile.mkdtemp()
    env = dict(os.environ, REDTHREAD_CACHE=os.path.join(work, "cache"),
               REDTHREAD_OPTS="-Dredthread.settings.dir=" + os.path.join(work, "settings"))
    product = [os.path.join(dist, "bin", "redthread")]
    bare = [java, "--enable-native-access=ALL-UNNAMED", "-cp", swt_jar + os.pathsep + classes, "BareShell"]
    first_window_ms(product, env)  # fills the Felix cache, as any second start of the product finds it
    results = {"product": [], "bare": []}
    for _ in range(runs):
        results["product"].append(first_window_ms(product, env))
        results["bare"].append(first_window_ms(bare, env))
    for name, values in results.items():
        print(f"{name:8s} median {statistics.median(values):7.0f} ms   runs: " + " ".join(f"{v:.0f}" for v in values))
    ratio = statistics.median(results["product"]) / statistics.median(results["bare"])
    print(f"ratio    product / bare SWT = {ratio:.2f}   (goals: product <= 1500 ms, ratio <= 2.0)")

main()
