#!/usr/bin/env python3
"""Time from saving a content file to the preview's reload event (docs/benchmarks.md, "Anteprima").

Starts `pianosite serve` on a free port against a temporary copy of a plan, listens to /_preview/events,
then N times rewrites one driver file (a changed title) and measures, for each save, the time from the end
of the write to the arrival of the "reload" event. Prints each time and the median.

    bench/preview-latency.py [--root PLAN] [--runs 10] [--file content/agenda/01-....md]

The generator must be built first (./build.sh publishes it ReadyToRun; or dotnet build generator -c Release).
"""
import argparse, http.client, os, queue, re, shutil, statistics, subprocess, sys, tempfile, threading, time

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(here)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=repo, help="plan root holding content/ (and templates/, else the repository's); copied, never modified")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=3, help="saves before the measured ones (the JIT warms up)")
    parser.add_argument("--file", default=None, help="file to save, relative to the root (default: the first driver)")
    args = parser.parse_args()

    candidates = [os.path.join(repo, "generator", "bin", "publish", "pianosite.dll"),  # ./build.sh's ReadyToRun publish
                  os.path.join(repo, "generator", "bin", "Release", "net10.0", "pianosite.dll")]
    dll = next((c for c in candidates if os.path.exists(c)), None)
    if dll is None:
        sys.exit("build the generator first: ./build.sh check (or dotnet build generator -c Release)")
    work = tempfile.mkdtemp(prefix="pianosite-preview-bench-")
    server = None
    try:
        shutil.copytree(os.path.join(args.root, "content"), os.path.join(work, "content"))
        # A synthetic plan (pianosite synth) has no templates/: it is shown with the repository's.
        templates = os.path.join(args.root, "templates")
        shutil.copytree(templates if os.path.isdir(templates) else os.path.join(repo, "templates"), os.path.join(work, "templates"))
        drivers = sorted(os.listdir(os.path.join(work, "content", "agenda")))
        target = args.file or f"content/agenda/{drivers[0]}"
        server = subprocess.Popen(["dotnet", dll, "serve", "--root", work, "--port", "0", "--timings"],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        port = None
        for line in server.stdout:
            print(line, end="", file=sys.stderr)
            match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if match:
                port = int(match.group(1))
                break
        if port is None:
            sys.exit("the preview did not start")
        rebuilds = []
        stages = []
        def read_log():
            for line in server.stdout:
                match = re.search(r" → (\d+) ms", line)
                if match:
                    rebuilds.append(int(match.group(1)))
                if line.startswith("  fasi (ms): "):
                    stages.append({name: int(ms) for name, ms in (part.rsplit(" ", 1) for part in line[13:].strip().split(", "))})
        threading.Thread(target=read_log, daemon=True).start()

        events = queue.Queue()
        def listen():
            connection = http.client.HTTPConnection("127.0.0.1", port)
            connection.request("GET", "/_preview/events", headers={"Host": f"127.0.0.1:{port}"})
            response = connection.getresponse()
            event = None
            while True:
                line = response.fp.readline().decode("utf-8")
                if not line:
                    return
                line = line.rstrip("\n")
                if line.startswith("event: "):
                    event = line[7:]
                elif line.startswith("data: ") and event == "reload":
                    events.put((time.perf_counter(), line[6:]))
        threading.Thread(target=listen, daemon=True).start()
        time.sleep(1.0)

        path = os.path.join(work, target)
        original = open(path, encoding="utf-8").read()
        times = []
        measured_rebuilds = []
        measured_stages = []
        for run in range(args.warmup + args.runs):
            # A driver: its title; a mission file: its first objective's text.
            text = re.sub(r"^(title|    text): (.*)$", lambda m: f"{m.group(1)}: {m.group(2)} {run}", original, count=1, flags=re.M)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            saved = time.perf_counter()
            # The first reload event after the save: the driver's title shows on its own page, the home page
            # and the mission pages that link to it.
            arrived, data = events.get(timeout=10)
            time.sleep(0.3)
            if run >= args.warmup:
                times.append((arrived - saved) * 1000)
                measured_rebuilds.append(rebuilds[-1])
                measured_stages.append(stages[-1])
        print("save -> reload event (ms):", " ".join(f"{t:.0f}" for t in times))
        print(f"median {statistics.median(times):.0f} ms, min {min(times):.0f} ms, max {max(times):.0f} ms over {len(times)} saves of {target}")
        print("of which the rebuild (server's log, ms):", " ".join(str(t) for t in measured_rebuilds),
              f"- median {statistics.median(measured_rebuilds):.0f} ms; the rest is the quiet period (40 ms) and delivery")
        print("rebuild stages, median (ms):", ", ".join(
            f"{name} {statistics.median(s.get(name, 0) for s in measured_stages):.0f}" for name in measured_stages[-1]))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
