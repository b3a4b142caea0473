# Times python-igraph's weighted PageRank (PRPACK) for bench/pagerank.bench.ts.
# Usage: igraph-pagerank.py FOLDER NODES RUNS DAMPING. FOLDER holds sources.i32, targets.i32 and weights.f64
# (native-endian arrays of the deduplicated edges); the scores of the last run are written to FOLDER/scores.f64
# and one JSON line goes to stdout. Only the pagerank() call is timed, not the graph's construction: wall-clock
# time and the process's CPU time (all threads), the latter less disturbed by other processes on a shared machine.
import array
import json
import sys
import time

import igraph


def read(path, code):
    values = array.array(code)
    with open(path, "rb") as f:
        values.frombytes(f.read())
    return values


def main():
    folder, nodes, runs, damping = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    sources = read(f"{folder}/sources.i32", "i")
    targets = read(f"{folder}/targets.i32", "i")
    weights = read(f"{folder}/weights.f64", "d")
    graph = igraph.Graph(n=nodes, edges=list(zip(sources, targets)), directed=True)
    graph.es["weight"] = weights.tolist()

    times = []
    cpu_times = []
    scores = None
    for _ in range(runs + 1):  # the first run warms caches up and is not kept
        started = time.perf_counter()
        cpu_started = time.process_time()
        scores = graph.pagerank(directed=True, damping=damping, weights="weight", implementation="prpack")
        cpu_times.append((time.process_time() - cpu_started) * 1000)
        times.append((time.perf_counter() - started) * 1000)
    with open(f"{folder}/scores.f64", "wb") as f:
        array.array("d", scores).tofile(f)
    report = {"version": igraph.__version__, "warmupMs": times[0], "runsMs": times[1:], "cpuRunsMs": cpu_times[1:]}
    print(json.dumps(report))


main()
