#!/usr/bin/env python3
"""Time from saving a content file to the preview's reload event (docs/benchmarks.md, "Anteprima").

Starts `pianosite serve` on a free port against a temporary copy of a plan, listens to /_preview/events as
the page of the edited file does in a browser (the driver's page, the mission's page, or --page), then N times
rewrites that file (a driver's title, a mission's first objective) and measures, for each save, the time from
the end of the write to the arrival of the "reload" event for that page. The server makes the open pages
first; the script also reports how long the whole site took (the server's log). Prints each time and the median.

    bench/preview-latency.py [--root PLAN] [--runs 10] [--file content/agenda/01-....md] [--page /missioni/m1/]

The generator must be built first (./build.sh publishes it ReadyToRun; or dotnet build generator -c Release).
"""
import argparse, http.client, json, os, queue, re, shutil, statistics, subprocess, sys, tempfile, threading, time, urllib.parse

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(here)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=repo, help="plan root holding content/ (and templates/, else the repository's); copied, never modified")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=3, help="saves before the measured ones (the JIT warms up)")
    parser.add_argument("--file", default=None, help="file to save, relative to the root (default: the first driver)")
    parser.add_argument("--page", default=None, help="URL path of the page open in the 'browser' (default: the edited driver's or mission's page)")
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
        page = args.page or page_of(target)
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
        parts, rebuilds, part_stages, stages = [], [], [], []
        def parse_stages(text):
            return {name: int(ms) for name, ms in (part.rsplit(" ", 1) for part in text.strip().split(", "))}
        def read_log():
            for line in server.stdout:
                match = re.search(r" → (\d+) ms, (pagine aperte: )?", line)
                if match:
                    (parts if match.group(2) else rebuilds).append(int(match.group(1)))
                if line.startswith("  fasi (ms), pagine aperte: "):
                    part_stages.append(parse_stages(line[len("  fasi (ms), pagine aperte: "):]))
                elif line.startswith("  fasi (ms): "):
                    stages.append(parse_stages(line[len("  fasi (ms): "):]))
        threading.Thread(target=read_log, daemon=True).start()

        events = queue.Queue()
        def listen():
            # What reload.js does: the stream says which page it belongs to.
            connection = http.client.HTTPConnection("127.0.0.1", port)
            connection.request("GET", "/_preview/events?page=" + urllib.parse.quote(page, safe=""), headers={"Host": f"127.0.0.1:{port}"})
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
                    events.put((time.perf_counter(), json.loads(line[6:])))
        threading.Thread(target=listen, daemon=True).start()
        time.sleep(1.0)

        path = os.path.join(work, target)
        original = open(path, encoding="utf-8").read()
        times, measured_parts, measured_rebuilds, measured_part_stages, measured_stages = [], [], [], [], []
        for run in range(args.warmup + args.runs):
            done = len(rebuilds)
            # A driver: its title; a mission file: its first objective's text.
            text = re.sub(r"^(title|    text): (.*)$", lambda m: f"{m.group(1)}: {m.group(2)} {run}", original, count=1, flags=re.M)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            saved = time.perf_counter()
            # The first reload event for the open page.
            while True:
                arrived, change = events.get(timeout=60)
                if change["all"] or page in change["paths"]:
                    break
            # The whole site is rebuilt before the next save, which would otherwise interrupt it.
            deadline = time.time() + 120
            while len(rebuilds) == done and time.time() < deadline:
                time.sleep(0.02)
            time.sleep(0.2)
            if run >= args.warmup:
                times.append((arrived - saved) * 1000)
                measured_rebuilds.append(rebuilds[-1])
                measured_stages.append(stages[-1])
                if parts:
                    measured_parts.append(parts[-1])
                    measured_part_stages.append(part_stages[-1])
        print(f"save -> reload event of {page} (ms):", " ".join(f"{t:.0f}" for t in times))
        print(f"median {statistics.median(times):.0f} ms, min {min(times):.0f} ms, max {max(times):.0f} ms over {len(times)} saves of {target}")
        if measured_parts:
            print("of which making the open page (server's log, ms):", " ".join(str(t) for t in measured_parts),
                  f"- median {statistics.median(measured_parts):.0f} ms; the rest is the quiet period (40 ms) and delivery")
            print("  its stages, median (ms):", median_stages(measured_part_stages))
        print("the whole site rebuilt after the save (server's log, ms):", " ".join(str(t) for t in measured_rebuilds),
              f"- median {statistics.median(measured_rebuilds):.0f} ms")
        print("  its stages, median (ms):", median_stages(measured_stages))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


def page_of(target):
    """The URL path of the page that shows the edited file: a driver's page, a mission's page, else the home."""
    name = os.path.splitext(os.path.basename(target))[0]
    if target.startswith("content/agenda/"):
        return f"/agenda-strategica/{name}/"
    if target.startswith("content/missioni/"):
        return f"/missioni/{name}/"
    return "/"


def median_stages(measured):
    return ", ".join(f"{name} {statistics.median(s.get(name, 0) for s in measured):.0f}" for name in measured[-1])


if __name__ == "__main__":
    main()
