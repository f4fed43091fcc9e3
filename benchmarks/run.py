#!/usr/bin/env python3
"""Hotpath's benchmarks, all in one invocation, written up as a Markdown report.

Run through `bash benchmarks/run` (it installs wrk and FastAPI where missing and builds first).
Sections, each against a reference measured in the same invocation:

  load      wrk against Hotpath, a hand-written Netty handler, Vert.x-web and FastAPI, interleaved
  mixed     an event-loop route's p99 while the blocking pool is saturated, against its p99 alone
  hop       what the hop to the pool costs: server CPU time and context switches per request
  startup   process start to first 200, and peak RSS under load (from the load section)
  compile   the annotation processor's added javac time on a 500-route API
  jmh       router lookup at 10/100/1,000 routes against compiled regexes; request cost in EmbeddedChannel
  soak      (only when asked: `run soak --minutes 30`) throughput, heap after GC, file descriptors, LEAK:

Everything runs on 127.0.0.1 with bounded durations. The server is pinned to CPU 0 and wrk to
CPU 1 (taskset): load generator and server share this machine's two cores.
"""
import argparse
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TARGET = os.path.join(HERE, "target")
JAR = os.path.join(TARGET, "benchmarks.jar")
LOAD = os.path.join(HERE, "load")
WRK_SCRIPT = os.path.join(LOAD, "wrk.lua")
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-fastapi and uvicorn
SERVER_CPU, LOAD_CPU = "0", "1"
PORT = 9180
JVM = ["java", "-Xms512m", "-Xmx512m"]
JAVA_21_PLUS = os.environ.get("HOTPATH_BENCH_JAVA25", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java")

ITEM = '{"name":"Espresso cup","price":7.5,"tags":["cups","white"]}'
ENDPOINTS = [  # name, method, path, body
    ("plaintext", "GET", "/plaintext", None),
    ("json", "GET", "/json", None),
    ("echo", "GET", "/echo/ada?n=3", None),
    ("post", "POST", "/items", ITEM),
]
MODES = ["event-loop", "blocking"]  # the root routes, and the same under /blocking
SERVERS = {
    "hotpath": "Hotpath (@NonBlocking / plain methods)",
    "hotpath-vt": "Hotpath on Java 25: blocking routes on virtual threads",
    "netty": "hand-written Netty 4.2 (ceiling; /blocking hops to a pool)",
    "vertx": "Vert.x-web 5 (handler / blockingHandler)",
    "fastapi": "FastAPI on uvicorn (async def / def)",
}


def log(*parts):
    print(time.strftime("%H:%M:%S"), *parts, flush=True)


# ---------------------------------------------------------------------------------------- servers

def server_command(name, port):
    if name == "fastapi":
        return [SYSTEM_PYTHON, "-m", "uvicorn", "fastapi_app:app", "--app-dir", LOAD, "--host", "127.0.0.1",
                "--port", str(port), "--no-access-log", "--log-level", "warning", "--loop", "uvloop",
                "--http", "httptools"]
    main = {"hotpath": "HotpathLoadServer", "hotpath-vt": "HotpathLoadServer", "netty": "NettyBaseline",
            "vertx": "VertxLoadServer"}[name]
    jvm = [JAVA_21_PLUS] + JVM[1:] if name == "hotpath-vt" else JVM
    return jvm + ["-cp", JAR, "dev.hotpath.benchmarks.load." + main, str(port)]


def servers():
    """The servers this machine can run: Hotpath on virtual threads needs a Java 21+ at JAVA_21_PLUS."""
    return [name for name in SERVERS if name != "hotpath-vt" or os.access(JAVA_21_PLUS, os.X_OK)]


class Server:
    """A server process pinned to SERVER_CPU, its output kept in a log file."""

    def __init__(self, name, command, port, ready_path="/plaintext", env=None):
        self.name, self.port = name, port
        self.log_path = os.path.join(TARGET, "logs", f"{name}-{int(time.time() * 1000)}.log")
        os.makedirs(os.path.dirname(self.log_path), exist_ok=True)
        self.log_file = open(self.log_path, "w")
        self.started = time.monotonic()
        self.process = subprocess.Popen(["taskset", "-c", SERVER_CPU] + command, stdout=self.log_file,
                                        stderr=subprocess.STDOUT, env=env, start_new_session=True)
        self.ready_after = wait_for_200(port, ready_path, self.process)

    def rss_peak_kib(self):
        try:
            with open(f"/proc/{self.process.pid}/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1])
        except OSError:
            return None
        return None

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log_file.close()


def interleaved(args):
    """Each repetition, every server in turn (A B C D E, A B C D E, ...): a fresh process, stopped after."""
    for rep in range(args.reps):
        for name in servers():
            server = Server(name, server_command(name, PORT), PORT)
            try:
                yield rep, name, server
            finally:
                server.stop()


def wait_for_200(port, path, process, timeout=60.0):
    """Seconds from now until GET path answers 200, polling every 5 ms."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before answering")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=1) as response:
                if response.status == 200:
                    return time.monotonic() - start
        except OSError:
            time.sleep(0.005)
    raise RuntimeError(f"no 200 from port {port} within {timeout} s")


# -------------------------------------------------------------------------------------------- wrk

def wrk(port, path, seconds, method="GET", body=None, pipeline=1, connections=64):
    """One wrk run pinned to LOAD_CPU; the RESULT line of wrk.lua as a dict, plus requests/s."""
    env = dict(os.environ, WRK_METHOD=method, WRK_PIPELINE=str(pipeline))
    if body:
        env["WRK_BODY"] = body
    out = subprocess.run(["taskset", "-c", LOAD_CPU, "wrk", "-t1", f"-c{connections}", f"-d{seconds}s",
                          "--timeout", "5s", "-s", WRK_SCRIPT, f"http://127.0.0.1:{port}{path}"],
                         env=env, capture_output=True, text=True, timeout=seconds + 60).stdout
    match = re.search(r"^RESULT (\{.*\})$", out, re.M)
    if not match:
        raise RuntimeError("wrk printed no result:\n" + out)
    result = json.loads(match.group(1))
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    result["errors"] = sum(result[k] for k in
                           ("connect_errors", "read_errors", "write_errors", "status_errors", "timeouts"))
    return result


def scenarios():
    """(key, method, path, body, pipeline) measured in every load session."""
    for endpoint, method, path, body in ENDPOINTS:
        for mode in MODES:
            yield f"{endpoint}/{mode}", method, ("/blocking" if mode == "blocking" else "") + path, body, 1
    for endpoint, method, path, body in ENDPOINTS:  # pipelined: event-loop routes only (see the report)
        yield f"{endpoint}/event-loop/pipelined", method, path, body, 16


def warm_up(args):
    """Every scenario for --warmup seconds, then 4 s more of plaintext: the JIT has compiled what is measured."""
    for _, method, path, body, pipeline in scenarios():
        wrk(PORT, path, args.warmup, method, body, pipeline)
    wrk(PORT, "/plaintext", 4)


def load_section(args, results):
    log("load:", args.reps, "repetitions of", len(list(scenarios())), "scenarios on", ", ".join(servers()))
    load = results.setdefault("load", {})
    rss = results.setdefault("rss_kib", {})
    for rep, name, server in interleaved(args):
        warm_up(args)
        for key, method, path, body, pipeline in scenarios():
            result = wrk(PORT, path, args.duration, method, body, pipeline)
            load.setdefault(name, {}).setdefault(key, []).append(result)
            log(f"  rep {rep + 1} {name:8} {key:28} {result['rps']:>10.0f} req/s  p99 "
                f"{result['p99_us'] / 1000:.2f} ms  errors {result['errors']}")
        rss.setdefault(name, []).append(server.rss_peak_kib())


def mixed_section(args, results):
    """The event-loop /json's p99 alone, then while wrk saturates /blocking/sleep (1 ms per call)."""
    log("mixed load")
    mixed = results.setdefault("mixed", {})
    for rep, name, server in interleaved(args):
        wrk(PORT, "/json", 4, connections=16)
        wrk(PORT, "/blocking/sleep", args.warmup, connections=128)
        alone = wrk(PORT, "/json", args.duration, connections=16)
        env = dict(os.environ, WRK_METHOD="GET", WRK_PIPELINE="1")
        background = subprocess.Popen(
            ["taskset", "-c", LOAD_CPU, "wrk", "-t1", "-c128", f"-d{args.duration + 4}s", "--timeout", "10s",
             "-s", WRK_SCRIPT, f"http://127.0.0.1:{PORT}/blocking/sleep"],
            env=env, stdout=subprocess.PIPE, text=True)
        time.sleep(2)  # the pool is saturated before the measured run starts
        together = wrk(PORT, "/json", args.duration, connections=16)
        blocking_out = background.communicate(timeout=args.duration + 60)[0]
        blocking = json.loads(re.search(r"^RESULT (\{.*\})$", blocking_out, re.M).group(1))
        blocking["rps"] = blocking["requests"] / (blocking["duration_us"] / 1e6)
        entry = mixed.setdefault(name, {"alone": [], "together": [], "blocking": []})
        entry["alone"].append(alone)
        entry["together"].append(together)
        entry["blocking"].append(blocking)
        log(f"  rep {rep + 1} {name:8} p99 alone {alone['p99_us'] / 1000:.2f} ms, with the pool saturated "
            f"{together['p99_us'] / 1000:.2f} ms ({blocking['rps']:.0f} blocking req/s)")


def process_counters(pid):
    """CPU seconds and context switches so far of a process and all its threads, from /proc."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
    switches, threads = 0, 0
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/status") as f:
                for line in f:
                    if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                        switches += int(line.split()[1])
            threads += 1
        except OSError:
            pass  # a thread that ended meanwhile
    return cpu, switches, threads


def hop_section(args, results):
    """Where the hop to the pool goes: the server's CPU time and context switches per request on /json,
    on the event loop and hopping to the pool (threads ending during a run take their switches with them)."""
    log("hop cost")
    hop = results.setdefault("hop", {})
    for rep, name, server in interleaved(args):
        warm_up(args)  # as the load section: JIT compilation is CPU time of the process too
        for mode, path in (("event-loop", "/json"), ("blocking", "/blocking/json")):
            cpu, switches, _ = process_counters(server.process.pid)
            result = wrk(PORT, path, args.duration)
            cpu_after, switches_after, threads = process_counters(server.process.pid)
            requests = max(result["requests"], 1)
            entry = {"rps": result["rps"], "cpu_us": (cpu_after - cpu) / requests * 1e6,
                     "switches": (switches_after - switches) / requests, "threads": threads}
            hop.setdefault(name, {}).setdefault(mode, []).append(entry)
            log(f"  rep {rep + 1} {name:10} {mode:10} {entry['rps']:>8.0f} req/s "
                f"{entry['cpu_us']:6.1f} µs CPU/request {entry['switches']:5.2f} switches/request")


def startup_section(args, results):
    """Process start to the first 200: the example store, Hotpath's load server, the baseline, FastAPI."""
    log("start-up")
    classpath_file = os.path.join(TARGET, "example-app.classpath")
    with open(classpath_file) as f:
        example_cp = os.path.join(ROOT, "example-app", "target", "classes") + os.pathsep + f.read().strip()
    commands = {
        "example store (Hotpath, H2 in memory)": (JVM + ["-Dport=" + str(PORT), "-cp", example_cp,
                                                         "com.example.store.StoreApp"], "/items/"),
        "hotpath": (server_command("hotpath", PORT), "/plaintext"),
        "hotpath-vt": (server_command("hotpath-vt", PORT), "/plaintext"),
        "netty": (server_command("netty", PORT), "/plaintext"),
        "vertx": (server_command("vertx", PORT), "/plaintext"),
        "fastapi": (server_command("fastapi", PORT), "/plaintext"),
    }
    startup = results.setdefault("startup", {})
    for rep in range(args.reps):
        for name, (command, path) in commands.items():
            if name in SERVERS and name not in servers():
                continue
            server = Server("startup", command, PORT, ready_path=path)
            try:
                startup.setdefault(name, []).append(server.ready_after)
            finally:
                server.stop()
            log(f"  rep {rep + 1} {name:40} {server.ready_after * 1000:.0f} ms")


def compile_section(args, results):
    """javac on a generated 500-route API with the processor, against -proc:none, alternating."""
    log("compile time")
    with open(os.path.join(TARGET, "processor.classpath")) as f:
        processor_path = os.path.join(ROOT, "processor", "target", "classes") + os.pathsep + f.read().strip()
    sources_dir = tempfile.mkdtemp(prefix="hotpath-500-")
    subprocess.run([sys.executable, os.path.join(HERE, "routes", "generate_routes.py"), sources_dir, "500"],
                   check=True)
    sources = [os.path.join(d, f) for d, _, files in os.walk(sources_dir) for f in files if f.endswith(".java")]
    times = results.setdefault("compile", {"with": [], "without": []})
    for rep in range(args.reps):
        for variant in ("without", "with"):
            out = tempfile.mkdtemp(prefix="hotpath-classes-")
            flags = ["-proc:none"] if variant == "without" else ["-processorpath", processor_path]
            start = time.monotonic()
            subprocess.run(["javac", "-d", out, "-cp", JAR] + flags + sources, check=True, capture_output=True)
            times[variant].append(time.monotonic() - start)
            shutil.rmtree(out)
        log(f"  rep {rep + 1} javac {times['without'][-1]:.2f} s, with the processor {times['with'][-1]:.2f} s")
    results["compile_sources"] = len(sources)
    shutil.rmtree(sources_dir)


def jmh_section(args, results):
    log("JMH")
    for benchmark in ("RouterLookupBenchmark", "RequestCostBenchmark"):
        out = os.path.join(TARGET, f"jmh-{benchmark}.json")
        subprocess.run(["java", "-jar", JAR, benchmark, "-prof", "gc", "-rf", "json", "-rff", out]
                       + (["-f", "1", "-wi", "2", "-i", "2"] if args.quick else []), check=True)
        with open(out) as f:
            results.setdefault("jmh", {})[benchmark] = json.load(f)


def soak_section(args, results):
    """Hotpath under load for --minutes, a minute a slice: throughput, heap after GC, fds, LEAK: lines."""
    log("soak for", args.minutes, "minutes")
    command = JVM[:1] + ["-Xms512m", "-Xmx512m", "-Dio.netty.leakDetection.level=paranoid", "-cp", JAR,
                         "dev.hotpath.benchmarks.load.HotpathLoadServer", str(PORT)]
    server = Server("soak", command, PORT)
    slices = []
    try:
        baseline_fds = len(os.listdir(f"/proc/{server.process.pid}/fd"))
        for minute in range(args.minutes):
            ends = time.monotonic() + 60
            requests, seconds = 0, 0.0
            while time.monotonic() < ends - 1:
                for _, method, path, body, _ in list(scenarios())[:8]:
                    result = wrk(PORT, path, 3, method, body)
                    requests += result["requests"]
                    seconds += result["duration_us"] / 1e6
            subprocess.run(["jcmd", str(server.process.pid), "GC.run"], capture_output=True)
            heap = subprocess.run(["jcmd", str(server.process.pid), "GC.heap_info"], capture_output=True,
                                  text=True).stdout
            # G1 prints one "garbage-first heap" line, Serial and Parallel a line per generation: their sum.
            used = [int(k) for k in re.findall(r"(?:generation|heap)\s+total \d+K, used (\d+)K", heap)]
            time.sleep(1)  # connections from the last run are closed
            slices.append({"minute": minute + 1, "rps": requests / seconds,
                           "heap_used_kib": sum(used) if used else None,
                           "fds": len(os.listdir(f"/proc/{server.process.pid}/fd"))})
            log("  minute", minute + 1, slices[-1])
    finally:
        server.stop()
    with open(server.log_path) as f:
        leaks = [line for line in f if "LEAK:" in line]
    results["soak"] = {"slices": slices, "baseline_fds": baseline_fds, "leaks": leaks}


# ----------------------------------------------------------------------------------------- report

def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def median_of(runs, field):
    """The median of one field over the runs of a scenario."""
    return median([run[field] for run in runs])


def versions():
    def first_line(command):
        try:
            out = subprocess.run(command, capture_output=True, text=True, timeout=30)
            return (out.stdout + out.stderr).strip().splitlines()[0]
        except (OSError, IndexError, subprocess.TimeoutExpired):
            return "not found"

    model = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        memory = f.readline().split()[1]
    python_versions = subprocess.run([SYSTEM_PYTHON, "-c", "import fastapi, uvicorn, pydantic, uvloop, httptools, sys; "
                                      "print(sys.version.split()[0], fastapi.__version__, uvicorn.__version__, "
                                      "pydantic.VERSION, uvloop.__version__, httptools.__version__)"],
                                     capture_output=True, text=True).stdout.split()
    pom = open(os.path.join(ROOT, "pom.xml")).read()
    netty = re.search(r"<netty.version>(.*?)</netty.version>", pom).group(1)
    return {
        "machine": f"{model}, {os.cpu_count()} CPUs, {int(memory) // 1024 // 1024} GiB, {platform.platform()}",
        "java": first_line(["java", "-version"]),
        "java (hotpath-vt)": first_line([JAVA_21_PLUS, "-version"]) if "hotpath-vt" in servers() else "not found",
        "wrk": first_line(["wrk", "-v"]),
        "python": " / ".join(f"{n} {v}" for n, v in zip(
            ["Python", "FastAPI", "uvicorn", "pydantic", "uvloop", "httptools"], python_versions)),
        "netty": netty, "vertx": "5.0.7",
    }


def ratio(value, reference):
    return f"{value / reference:.2f}" if value and reference else "–"


def report(args, results):
    lines = ["# Hotpath benchmark report", "",
             f"Written by `bash benchmarks/run` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
             f" ({'quick run: figures are indicative only' if args.quick else 'full run'}).", ""]
    measured = results.get("measured")
    if measured:
        lines += ["Sections measured (each against its references in the same run, `--merge` may join runs): "
                  + ", ".join(f"{name} {when}" for name, when in measured.items()) + ".", ""]
    v = results.get("versions") or versions()
    lines += ["| | |", "|---|---|"] + [f"| {k} | {val} |" for k, val in v.items()] + [""]
    lines += ["Method: every server runs pinned to CPU 0 with one event loop, `wrk` (one thread, 64 keep-alive "
              "connections) pinned to CPU 1 — **the load generator and the server share this machine's two "
              "cores**, so a server never has more than one core: its CPU time per request × requests/s comes "
              "to about one core (the hop section), and the pipelined rows (16 requests per write, as "
              "TechEmpower's plaintext test) show what is left when the per-request system calls are shared. "
              "Servers are interleaved (A B C D E, A B C D E, ...), each repetition a fresh process warmed up "
              f"first (every scenario {args.warmup} s, then 4 s of plaintext); every figure is the median of "
              f"{args.reps} repetitions of {args.duration} s. Ratios are to the hand-written Netty handler "
              "measured in the same run: its event-loop variant for event-loop rows, its pool-hopping variant "
              "for blocking rows. The Java servers run Java 17 (hotpath-vt: Java 25) with `-Xms512m -Xmx512m` "
              "and the JVM's defaults; under `taskset` each JVM sees one processor.", ""]
    load = results.get("load", {})
    if load:
        lines += ["## Throughput and latency", "",
                  "| endpoint | server | req/s | ratio to Netty | p50 ms | p99 ms | p99.9 ms | errors |",
                  "|---|---|---|---|---|---|---|---|"]
        for key, *_ in scenarios():
            reference = median_of(load.get("netty", {}).get(key, []), "rps")
            for name in SERVERS:
                runs = load.get(name, {}).get(key)
                if not runs:
                    continue
                rps = median_of(runs, "rps")
                pipelined = key.endswith("pipelined")
                latency = ["–"] * 3 if pipelined else [f"{median_of(runs, p) / 1000:.2f}"
                                                       for p in ("p50_us", "p99_us", "p999_us")]
                lines.append(f"| {key} | {name} | {rps:,.0f} | {ratio(rps, reference)} | "
                             + " | ".join(latency) + f" | {sum(r['errors'] for r in runs)} |")
        lines += ["", "Pipelined rows have no latency: wrk times a batch of 16, not a request.", ""]
        lines += targets(load)
    mixed = results.get("mixed")
    if mixed:
        lines += ["## Mixed load", "",
                  "The event-loop `/json`'s p99 with 16 connections alone, then while a second wrk keeps 128 "
                  "connections on `/blocking/sleep` (a 1 ms sleep on the worker pool, which saturates it). "
                  "Both wrk processes share CPU 1. Target for Hotpath: within 2×.", "",
                  "| server | p99 alone ms | p99 with the pool saturated ms | ratio | `/json` req/s alone | "
                  "`/json` req/s with the pool saturated | blocking req/s meanwhile |",
                  "|---|---|---|---|---|---|---|"]
        for name, entry in mixed.items():
            alone = median_of(entry["alone"], "p99_us")
            together = median_of(entry["together"], "p99_us")
            lines.append(f"| {name} | {alone / 1000:.2f} | {together / 1000:.2f} | {ratio(together, alone)} | "
                         f"{median_of(entry['alone'], 'rps'):,.0f} | "
                         f"{median_of(entry['together'], 'rps'):,.0f} | "
                         f"{median_of(entry['blocking'], 'rps'):,.0f} |")
        lines.append("")
    hop = results.get("hop")
    if hop:
        lines += ["## What the hop to the pool costs", "",
                  "`/json` on the event loop and through the pool, measured on the server process from "
                  "`/proc`: CPU time (user + system, all threads) and context switches (voluntary and "
                  "involuntary, all threads) per request; the server has one CPU, so CPU time per request "
                  "bounds its throughput at 1,000,000 µs ÷ that figure.", "",
                  "| server | route | req/s | CPU µs/request | context switches/request | threads |",
                  "|---|---|---|---|---|---|"]
        for name, modes in hop.items():
            for mode in ("event-loop", "blocking"):
                runs = modes.get(mode, [])
                if runs:
                    lines.append(f"| {name} | {mode} | {median_of(runs, 'rps'):,.0f} | "
                                 f"{median_of(runs, 'cpu_us'):.1f} | "
                                 f"{median_of(runs, 'switches'):.2f} | "
                                 f"{median_of(runs, 'threads'):.0f} |")
        lines.append("")
    startup = results.get("startup")
    if startup:
        reference = median(startup.get("netty", []))
        lines += ["## Start-up and memory", "",
                  "Process start (fork of `taskset java ...`) to the first 200 response, polled every 5 ms; "
                  "peak RSS (`VmHWM`) of each load-section process after all its load.", "",
                  "| process | start to first 200 ms | ratio to Netty | peak RSS MiB under load |", "|---|---|---|---|"]
        rss = results.get("rss_kib", {})
        for name, values in startup.items():
            peak = median(rss.get(name, []))
            lines.append(f"| {name} | {median(values) * 1000:.0f} | {ratio(median(values), reference)} | "
                         f"{peak / 1024:.0f} |" if peak else
                         f"| {name} | {median(values) * 1000:.0f} | {ratio(median(values), reference)} | – |")
        lines.append("")
    compiled = results.get("compile")
    if compiled:
        without, with_ = median(compiled["without"]), median(compiled["with"])
        lines += ["## Compile time", "",
                  f"`javac` on a generated API of 500 routes ({results['compile_sources']} source files, "
                  "`routes/generate_routes.py`), with Hotpath's processor against `-proc:none`, alternating; "
                  "the processor's time includes compiling what it generates.", "",
                  "| javac | seconds | ratio |", "|---|---|---|",
                  f"| without the processor | {without:.2f} | 1.00 |",
                  f"| with the processor | {with_:.2f} | {ratio(with_, without)} |",
                  "", f"The processor adds {with_ - without:.2f} s to this compilation.", ""]
    jmh = results.get("jmh")
    if jmh:
        lines += jmh_tables(jmh)
    soak = results.get("soak")
    if soak:
        lines += ["## Soak", "", f"{len(soak['slices'])} minutes of Hotpath under load (the eight non-pipelined "
                  "scenarios in turn, 3 s each), with Netty's paranoid leak detection — it records every buffer "
                  "access, which costs most of the throughput, so the figure to watch is its trend, not its size. "
                  "After each minute a full GC, then the heap in use and the open file descriptors (connections "
                  f"closed). File descriptors at start: {soak['baseline_fds']}; `LEAK:` lines in the server's "
                  f"log: {len(soak['leaks'])}.", "",
                  "| minute | req/s | heap used after GC KiB | file descriptors |", "|---|---|---|---|"]
        lines += [f"| {s['minute']} | {s['rps']:,.0f} | {s['heap_used_kib']} | {s['fds']} |" for s in soak["slices"]]
        lines.append("")
    return "\n".join(lines) + "\n"


def targets(load):
    """Issue 7's targets, each met or not, with the figures."""
    def rps(name, key):
        return median_of(load.get(name, {}).get(key, []), "rps")

    rows = []
    for endpoint in ("plaintext", "json"):
        for suffix in ("", "/pipelined"):
            key = f"{endpoint}/event-loop{suffix}"
            rows.append((f"event-loop {endpoint}{suffix.replace('/', ' ')} ≥ 0.95 × Netty",
                         rps("hotpath", key), rps("netty", key), 0.95))
        key = f"{endpoint}/blocking"
        rows.append((f"blocking {endpoint} ≥ 0.95 × Netty hopping to a pool", rps("hotpath", key), rps("netty", key), 0.95))
    for endpoint, *_ in ENDPOINTS:
        for mode in MODES:
            key = f"{endpoint}/{mode}"
            rows.append((f"{endpoint} {mode} ahead of Vert.x-web", rps("hotpath", key), rps("vertx", key), 1.0))
    for name, note in (("hotpath", ""), ("hotpath-vt", " (Java 25, virtual threads)")):
        for endpoint, *_ in ENDPOINTS:
            rows.append((f"{endpoint}: blocking ≥ 0.75 × event-loop{note}", rps(name, f"{endpoint}/blocking"),
                         rps(name, f"{endpoint}/event-loop"), 0.75))
    lines = ["## Targets (issue 7)", "", "| target | Hotpath | reference | ratio | met |", "|---|---|---|---|---|"]
    for label, value, reference, goal in rows:
        met = "yes" if value and reference and value / reference >= goal else "**no**"
        lines.append(f"| {label} | {value:,.0f} | {reference:,.0f} | {ratio(value, reference)} | {met} |"
                     if value and reference else f"| {label} | – | – | – | – |")
    hops = []
    for name in SERVERS:
        json_nb, json_b = rps(name, "json/event-loop"), rps(name, "json/blocking")
        if json_nb and json_b:
            hops.append(f"{name} {json_b / json_nb:.2f}")
    lines += ["", "Why the targets not met are not, and what to do about it: `benchmarks/README.md` "
              "(load benchmark findings), from the hop and request-cost sections below."]
    lines += ["", "What the hop to the pool keeps of event-loop throughput (`/json`, blocking ÷ event-loop): "
              + ", ".join(hops) + ".", ""]
    return lines


def jmh_tables(jmh):
    lines = []
    router = jmh.get("RouterLookupBenchmark", [])
    if router:
        lines += ["## Router lookup (JMH)", "",
                  "`match(path)` then `endpoint(method)` on generated routers of 10, 100 and 1,000 routes "
                  "(`routes/generate_routes.py`), cycling through 64 hit paths or 64 miss paths, against the "
                  "reference: a list of compiled regular expressions tried in order (how Starlette routes). "
                  "Average time per lookup and bytes allocated per lookup (`-prof gc`).", "",
                  "| routes | paths | Hotpath ns | regex list ns | ratio | Hotpath B/op |", "|---|---|---|---|---|---|"]
        by = {}
        for entry in router:
            name = entry["benchmark"].rsplit(".", 1)[1]
            params = entry.get("params", {})
            key = (int(params.get("routes", 0)), name.replace("regex", "").replace("hotpath", "").lower())
            by.setdefault(key, {})["regex" if name.startswith("regex") else "hotpath"] = entry
        for (routes, paths), pair in sorted(by.items()):
            ours, theirs = pair.get("hotpath"), pair.get("regex")
            if not ours or not theirs:
                continue
            score, reference = ours["primaryMetric"]["score"], theirs["primaryMetric"]["score"]
            alloc = ours["secondaryMetrics"].get("gc.alloc.rate.norm", {}).get("score")
            lines.append(f"| {routes} | {paths} | {score:.1f} | {reference:,.1f} | {ratio(score, reference)} | "
                         f"{alloc:.2f} |" if alloc is not None else
                         f"| {routes} | {paths} | {score:.1f} | {reference:,.1f} | {ratio(score, reference)} | – |")
        lines.append("")
        for paths in ("hit", "miss"):
            small, large = by.get((10, paths), {}).get("hotpath"), by.get((1000, paths), {}).get("hotpath")
            if small and large:
                a, b = small["primaryMetric"]["score"], large["primaryMetric"]["score"]
                alloc = large["secondaryMetrics"].get("gc.alloc.rate.norm", {}).get("score", 0)
                met = "met" if b / a <= 1.2 and b < 50 and alloc < 0.01 else "**not met**"
                lines.append(f"- Target ({paths} paths): 1,000 routes within 1.2× of 10 routes, under 50 ns, no "
                             f"allocation — {b:.1f} ns ÷ {a:.1f} ns = {b / a:.2f}×, {alloc:.2f} B/op: {met}.")
        lines.append("")
    cost = jmh.get("RequestCostBenchmark", [])
    if cost:
        lines += ["## Request cost in EmbeddedChannel (JMH)", "",
                  "Request bytes in, response bytes out, through the whole server pipeline in an "
                  "`EmbeddedChannel` (no socket), against the hand-written Netty handler's pipeline. "
                  "*Handler only* is Hotpath's handler, router and codecs behind the baseline's pipeline "
                  "(Netty's codec and aggregator), without the connection's guards (flush consolidation, "
                  "deadlines, request checks): full − handler only is what the guards cost, handler only − "
                  "Netty what the route layer costs over hand-written code.", "",
                  "| endpoint | Hotpath ns | handler only ns | Netty ns | ratio Hotpath ÷ Netty | Hotpath B/op | "
                  "handler only B/op | Netty B/op |", "|---|---|---|---|---|---|---|---|"]
        by = {}
        for entry in cost:
            name = entry["benchmark"].rsplit(".", 1)[1]
            endpoint = entry.get("params", {}).get("endpoint")
            by.setdefault(endpoint, {})[name] = entry
        for endpoint, pair in by.items():
            ours, theirs, bare = pair.get("hotpath"), pair.get("netty"), pair.get("hotpathHandlerOnly")
            if not ours or not theirs:
                continue

            def score(entry):
                return f"{entry['primaryMetric']['score']:,.0f}" if entry else "–"

            def alloc(entry):
                value = entry["secondaryMetrics"].get("gc.alloc.rate.norm", {}).get("score") if entry else None
                return f"{value:,.0f}" if value is not None else "–"

            lines.append(f"| {endpoint} | {score(ours)} | {score(bare)} | {score(theirs)} | "
                         f"{ratio(ours['primaryMetric']['score'], theirs['primaryMetric']['score'])} | "
                         f"{alloc(ours)} | {alloc(bare)} | {alloc(theirs)} |")
        lines.append("")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sections", nargs="*", default=["load", "mixed", "hop", "startup", "compile", "jmh"],
                        help="load mixed hop startup compile jmh soak (default: all but soak)")
    parser.add_argument("--merge", action="store_true",
                        help="keep the other sections of target/results.json (re-measure only those named)")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--duration", type=int, default=4, help="seconds per measured wrk run")
    parser.add_argument("--warmup", type=int, default=1, help="seconds of warm-up per scenario (then 4 s more)")
    parser.add_argument("--minutes", type=int, default=30, help="soak length")
    parser.add_argument("--quick", action="store_true", help="1 repetition, short runs: to check the harness")
    parser.add_argument("--report", default=os.path.join(HERE, "REPORT.md"))
    parser.add_argument("--from-results", action="store_true",
                        help="measure nothing: write the report again from target/results.json")
    args = parser.parse_args()
    if args.from_results:
        with open(os.path.join(TARGET, "results.json")) as f:
            results = json.load(f)
        args.reps = results.get("args", {}).get("reps", args.reps)
        args.duration = results.get("args", {}).get("duration", args.duration)
        args.quick = results.get("args", {}).get("quick", args.quick)
        args.warmup = results.get("args", {}).get("warmup", args.warmup)
        with open(args.report, "w") as f:
            f.write(report(args, results))
        log("report:", args.report)
        return
    if args.quick:
        args.reps, args.duration, args.warmup, args.minutes = 1, 1, 1, min(args.minutes, 1)
        if args.report == os.path.join(HERE, "REPORT.md"):
            args.report = os.path.join(TARGET, "REPORT-quick.md")
    results = {}
    if args.merge and os.path.exists(os.path.join(TARGET, "results.json")):
        with open(os.path.join(TARGET, "results.json")) as f:
            results = json.load(f)
        for section in args.sections:  # what is measured again starts empty
            for key in {"load": ["load", "rss_kib"], "compile": ["compile"]}.get(section, [section]):
                results.pop(key, None)
    results.update({"versions": versions(),
                    "args": {"reps": args.reps, "duration": args.duration, "warmup": args.warmup,
                             "quick": args.quick}})
    sections = {"load": load_section, "mixed": mixed_section, "hop": hop_section, "startup": startup_section,
                "compile": compile_section, "jmh": jmh_section, "soak": soak_section}
    for section in args.sections:
        started = time.strftime("%H:%M", time.gmtime())
        sections[section](args, results)
        results.setdefault("measured", {})[section] = f"{started}–{time.strftime('%H:%M UTC', time.gmtime())}"
        with open(os.path.join(TARGET, "results.json"), "w") as f:
            json.dump(results, f, indent=1)
    with open(args.report, "w") as f:
        f.write(report(args, results))
    log("report:", args.report)


if __name__ == "__main__":
    main()
