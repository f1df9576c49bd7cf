"""Reads one wrk --latency output on stdin; prints: name rps p50_ms p99_ms errors cpu_ms_per_request
db_cpu_ms_per_request (the database server's CPU, from its ticks before and after; 0 when not given, -1 when "-")."""
import re, sys
name, before, after, tck = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
# "-" for the database's ticks: no database process was found; -1 tells table.py to print "–".
db_ticks = sys.argv[5:7] if len(sys.argv) > 6 else ["0", "0"]
db_before, db_after = (int(db_ticks[0]), int(db_ticks[1])) if "-" not in db_ticks else (None, None)
text = sys.stdin.read()
def ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
total = int(re.search(r"(\d+) requests in", text).group(1))
lat = {p: ms(v, u) for p, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M)}
errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors += int(non2xx.group(1)) if non2xx else 0
cpu = (after - before) * 1000.0 / tck / total if total and name != "static" else 0.0
db_cpu = -1 if db_before is None else (db_after - db_before) * 1000.0 / tck / total if total else 0.0
print(name, rps, lat.get("50", 0), lat.get("99", 0), errors, round(cpu, 3), round(db_cpu, 3))
