"""Turns bench runs (one line per run) into the markdown table of medians."""
import os, statistics, sys
runs, dataset, db, posts, comments, startup, rss, n, dur, conns, admin, work_warmup, warm_ups = sys.argv[1:]
rows = {}
for line in open(runs):
    name, *vals = line.split()
    rows.setdefault(name, []).append([float(v) for v in vals])
med = {name: [statistics.median(col) for col in zip(*vals)] for name, vals in rows.items()}
static = med["static"][0]
print(f"## {dataset} data set ({posts} posts, {comments} comments) on {db}")
print()
# "NAME SECONDS STATE" per row warmed up until the JIT compilers rested (bench/run.sh, warm_up; STATE rested,
# limit or no-compiler).
warmed = [line.split() for line in open(warm_ups)] if os.path.exists(warm_ups) else []
print(f"{n} runs of {dur} s at {conns} connections each after a warm-up (8 s; for the rows where every request does "
      f"application work, 10 s slices until the JIT compilers rested, below), medians; {'wrk, the app and PostgreSQL' if db == 'postgres' else 'wrk and the app'} share this machine's 2 cores.")
print()
# PostgreSQL's own CPU per request: the local server's processes (H2 runs inside the app, in its CPU column).
on_postgres = db == "postgres"
no_db_cell = " – |" if on_postgres else ""
print("| endpoint | requests/s | p50 ms | p99 ms | errors | × static | CPU ms/request |"
      + (" PostgreSQL CPU ms/request |" if on_postgres else ""))
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |" + (" ---: |" if on_postgres else ""))
for name, (rps, p50, p99, err, cpu, db_cpu) in med.items():
    # A row "static-X" is nginx serving X's bytes as a file: X is compared with it, not with the page.
    baseline = med.get("static-" + name, [static])[0]
    ratio = rps / baseline if baseline else 0
    cpu_text = "–" if name.startswith("static") else f"{cpu:.2f}"
    db_cell = f" {db_cpu:.2f} |" if on_postgres and not name.startswith("static") and db_cpu >= 0 else no_db_cell
    if rps == 0:
        print(f"| {name} | 0 | – | – | no request completed in {dur} s | 0.00 | – |{no_db_cell}")
        continue
    print(f"| {name} | {rps:,.0f} | {p50:.2f} | {p99:.2f} | {int(err)} | {ratio:.2f} | {cpu_text} |{db_cell}")
if admin != "200":
    print(f"| moderation | – | – | – | – | – | (admin sign-in answered {admin}; not measured) |{no_db_cell}")
print()
if "static-image" in med:
    print("`image` (a library picture, its 960-wide copy) is compared with `static-image`, nginx serving the same file.")
    print()
print(f"Startup to first page: {int(startup) / 1000:.1f} s. Resident memory after the run: {rss} MB.")
NOT_RESTED = {"limit": " (still compiling at the limit)", "no-compiler": " (no JIT compiler threads to watch)"}
if warmed:
    print()
    print("Warm-up of the rows where every request does application work, in 10 s slices of the same load until the app's JIT "
          f"compiler threads used under 2% of a core in one (at least 20 s, at most {work_warmup} s): "
          + ", ".join(f"{name} {seconds} s" + NOT_RESTED.get(state, "") for name, seconds, state in warmed)
          + ". Each row's load ran after the rows above it, so code they share was compiled already.")
