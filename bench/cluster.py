"""The loopback cluster under load, with one and two app nodes, then with faults injected.

Brings the cluster up (``deploy/local/cluster up``), points a few vendors' webhooks at a receiver
of its own, and drives the mix of ``bench/locust/cluster_mix.py`` (Locust, headless) through
haproxy:

1. throughput, p50/p95/p99 and errors with one app node (the other in maintenance) and with two,
   and the CPU seconds each part of the cluster used meanwhile;
2. fault rounds, each under the same load: ``kill -9`` one app node, ``kill -9`` the Celery
   worker while it delivers a webhook, a Redis restart, the replica stopped. Each fault starts a
   quarter into the round and is repaired at half-time. For each: the error window (first to last
   failed request) and what was **lost**: leads answered 2xx but missing in the database, events
   the answered pages owed but the database lacks, webhooks never delivered or delivered twice
   (two deliveries of one lead to one vendor; a repeat of one delivery id, which the receiver
   drops as the webhook contract says, is counted apart as "redelivered").

Exits 1 when anything was lost.

    .venv/bin/python bench/cluster.py [--users 16] [--seconds 40] [--faults app,worker,redis,replica]
                                      [--quick] [--down]

``--quick`` (CI): shorter rounds, the throughput phases skipped unless asked for with --seconds.
On this 2-core machine the load generator, haproxy, both nodes and both databases share the
cores: read the node ratio as what a second node buys on the same hardware, not on a second one.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CLUSTER = REPO / "deploy" / "local" / "cluster"
LOCUSTFILE = REPO / "bench" / "locust" / "cluster_mix.py"
BIN = Path(sys.executable).parent
FAULTS = ["app", "worker", "redis", "replica"]
FAULT_LABELS = {
    "app": "kill -9 app node",
    "worker": "kill -9 worker mid-webhook",
    "redis": "restart Redis",
    "replica": "stop the replica",
}


sys.path.insert(0, str(REPO / "deploy" / "local"))
import cluster as lab  # noqa: E402  (deploy/local/cluster.py: haproxy's admin socket, process trees)


def cluster(*args: str) -> str:
    return subprocess.run([str(CLUSTER), *args], check=True, capture_output=True, text=True).stdout


def status() -> dict[str, Any]:
    """Every process of the cluster (walks /proc: for CPU accounting, not in loops)."""
    return lab.status()


# --- the vendors' webhook receiver -------------------------------------------------------------


class Receiver(BaseHTTPRequestHandler):
    """Records each delivery: its id, lead and vendor. ``delay`` keeps a delivery in flight."""

    deliveries: list[tuple[str, int, int]] = []
    delay = 0.0
    in_flight = threading.Event()
    lock = threading.Lock()

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        with Receiver.lock:
            Receiver.deliveries.append(
                (self.headers["X-Xuanyong-Delivery"], body["lead"]["id"], body["vendor"]["id"])
            )
        Receiver.in_flight.set()
        time.sleep(Receiver.delay)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def start_receiver() -> str:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}/hooks/xuanyong"


# --- Django-side setup and checks, in a child with the cluster's settings ---------------------


def cluster_env() -> dict[str, str]:
    """The settings the cluster's Django processes run with."""
    return dict(json.loads((lab.STATE / "env.json").read_text()))


def django_child(action: str, payload: dict[str, Any]) -> dict[str, Any]:
    env = {**os.environ, **cluster_env(), "DJANGO_SETTINGS_MODULE": "xuanyong.settings"}
    result = subprocess.run(
        [sys.executable, __file__, "--child", action], input=json.dumps(payload), env=env,
        capture_output=True, text=True,
    )  # fmt: skip
    if result.returncode:
        raise SystemExit(f"bench child {action} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def child_setup(payload: dict[str, Any]) -> dict[str, Any]:
    """What the load visits, and webhooks to the receiver for the vendors its leads go to."""
    from xuanyong.catalog.models import Category, Offering
    from xuanyong.content.models import Article
    from xuanyong.leads.models import WebhookEndpoint
    from xuanyong.reviews.models import Review

    offerings = list(Offering.objects.published().order_by("pk").values_list("slug", "primary_category_id"))
    by_category: dict[int, list[str]] = {}
    for slug, category_id in offerings:
        by_category.setdefault(category_id, []).append(slug)
    lead_offerings = list(
        Offering.objects.published().filter(vendor__verified=True).order_by("pk").select_related("vendor")[:6]
    )
    for offering in lead_offerings:
        WebhookEndpoint.objects.update_or_create(
            vendor=offering.vendor, defaults={"url": payload["receiver"], "active": True}
        )
    reviewed = Review.objects.filter(status="published").values_list("offering__slug", flat=True).distinct()
    return {
        "categories": list(
            Category.objects.filter(primary_offerings__isnull=False).values_list("slug", flat=True).distinct()
        ),
        "offerings": [slug for slug, _ in offerings],
        "articles": list(Article.objects.published().values_list("slug", flat=True)),
        "terms": [
            "收银系统",
            "人事",
            "kry",
            "门禁",
            "直播",
            "商标注册",
            "版权登记",
            "erp",
            "crm",
            "财务软件",
        ],
        "pairs": [slugs[:2] for slugs in by_category.values() if len(slugs) >= 2],
        "reviewed": list(reviewed) or [offerings[0][0]],
        "lead_offerings": [o.slug for o in lead_offerings],
        "vendor_login": "vendor@demo.xuanyong.local",
        "vendor_password": "xuanyong-demo-2026",
    }


def child_check(payload: dict[str, Any]) -> dict[str, Any]:
    """What the database holds of a run: its leads, each visitor's events, webhook states."""
    from django.db.models import Count, Sum

    from xuanyong.analytics.models import Event
    from xuanyong.content.models import Article
    from xuanyong.leads.models import Lead, Notification

    run = payload["run"]
    needs = Lead.objects.filter(need__contains=run).values_list("need", flat=True)
    markers = [need.rsplit(" ", 1)[-1] for need in needs]
    events = (
        Event.objects.filter(visitor_id__startswith=run).values("visitor_id", "kind").annotate(n=Count("id"))
    )
    hooks = Notification.objects.filter(lead__need__contains=run, channel="webhook")
    return {
        "markers": markers,
        "events": [[e["visitor_id"], e["kind"], e["n"]] for e in events],
        "webhooks": list(hooks.values_list("pk", "lead_id", "vendor_id", "state")),
        "read_counter": Article.objects.aggregate(total=Sum("read_count"))["total"] or 0,
    }


# --- load -----------------------------------------------------------------------------------


def cpu_seconds(pids: list[int]) -> float:
    """CPU time of these processes and of their children that exited (PostgreSQL's backends
    come and go; their parent collects their time as it reaps them)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            total += sum(int(f) for f in lab.proc_stat(pid)[11:15])  # utime, stime, cutime, cstime
        except (OSError, IndexError, ValueError):
            continue
    return total / ticks


def cpu_by_part() -> dict[str, float]:
    return {p["name"]: cpu_seconds([p["pid"], *p["children"]]) for p in status()["processes"] if p["pid"]}


def load(plan_file: Path, out: Path, users: int, seconds: int, wait: float) -> subprocess.Popen[bytes]:
    env = {**os.environ, "BENCH_PLAN": str(plan_file), "BENCH_OUT": str(out), "BENCH_WAIT": str(wait)}
    return subprocess.Popen(
        [str(BIN / "locust"), "-f", str(LOCUSTFILE), "--headless", "--users", str(users),
         "--spawn-rate", str(users), "--run-time", f"{seconds}s", "--host", lab.url(),
         "--only-summary", "--loglevel", "ERROR", "--stop-timeout", "10"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def summary(out: Path, seconds: float) -> dict[str, float]:
    records = json.loads((out / "requests.json").read_text())
    times = sorted(r[4] for r in records)
    q = statistics.quantiles(times, n=100) if len(times) > 1 else [0.0] * 99
    return {
        "requests": len(records),
        "rps": len(records) / seconds,
        "p50": q[49], "p95": q[94], "p99": q[98],
        "errors": sum(1 for r in records if not r[2]),
    }  # fmt: skip


def throughput(
    plan_file: Path, nodes: int, users: int, seconds: int
) -> tuple[dict[str, float], dict[str, float]]:
    lab.haproxy_command(f"set server app/app2 state {'ready' if nodes == 2 else 'maint'}")
    time.sleep(1)
    out = Path(tempfile.mkdtemp(prefix=f"xy-bench-{nodes}n-"))
    before, generator = cpu_by_part(), resource.getrusage(resource.RUSAGE_CHILDREN)
    load(plan_file, out, users, seconds, wait=0.0).wait()
    used = resource.getrusage(resource.RUSAGE_CHILDREN)  # the locust process, just waited for
    after = cpu_by_part()
    cpu = {name: after.get(name, 0) - before.get(name, 0) for name in after}
    cpu["load generator (locust)"] = used.ru_utime + used.ru_stime - generator.ru_utime - generator.ru_stime
    return summary(out, seconds), cpu


# --- faults ----------------------------------------------------------------------------------


# Each fault: what is done to which part; the repair starts that part again.
FAULT_ACTIONS = {"app": ("kill", "app2"), "worker": ("kill", "worker"), "redis": ("restart", "redis"),
                 "replica": ("stop", "replica")}  # fmt: skip


def inject(fault: str) -> None:
    if fault == "worker":
        Receiver.in_flight.clear()
        Receiver.in_flight.wait(timeout=20)  # a delivery is in flight: kill the worker now
    cluster(*FAULT_ACTIONS[fault])


def repair(fault: str) -> None:
    cluster("start", FAULT_ACTIONS[fault][1])


def node_reads() -> dict[str, dict[str, float]]:
    """Reads each app node's router has sent to each database alias so far (its /metrics)."""
    import urllib.request

    found: dict[str, dict[str, float]] = {}
    token = cluster_env()["XUANYONG_METRICS_TOKEN"]
    for part in lab.APPS:
        pid = lab.pid_of(part.name)
        if pid is None:
            continue
        totals = found.setdefault(f"{part.name}:{pid}", {})
        scrape = urllib.request.Request(
            f"http://{part.address}/metrics", headers={"Authorization": f"Bearer {token}"}
        )
        with urllib.request.urlopen(scrape, timeout=5) as response:
            for line in response.read().decode().splitlines():
                if line.startswith("xuanyong_db_reads_total{"):
                    alias = line.split('alias="', 1)[1].split('"', 1)[0]
                    totals[alias] = float(line.rsplit(" ", 1)[1])
    return found


def reads_between(
    before: dict[str, dict[str, float]], after: dict[str, dict[str, float]], alias: str
) -> float:
    """Reads routed to ``alias`` between two samples, over the nodes alive at both."""
    return sum(after[node].get(alias, 0) - before[node].get(alias, 0) for node in after if node in before)


def settle(run: str, deadline_seconds: float = 150) -> dict[str, Any]:
    """Wait until the event stream is written and every webhook of the run was sent or given up."""
    import redis

    client = redis.Redis.from_url(lab.redis_url())
    deadline = time.monotonic() + deadline_seconds
    while True:
        checked = django_child("check", {"run": run})
        stream_left = client.xlen("xy:events")
        pending = sum(1 for *_, state in checked["webhooks"] if state == "pending")
        if (stream_left == 0 and pending == 0) or time.monotonic() > deadline:
            checked["stream_left"], checked["webhooks_pending"] = stream_left, pending
            return checked
        time.sleep(2)


def fault_round(fault: str, plan: dict[str, Any], users: int, seconds: int) -> dict[str, Any]:
    run = f"b{uuid.uuid4().hex[:7]}"
    plan = {**plan, "run": run}
    plan_file = Path(tempfile.mkstemp(suffix=".json")[1])
    plan_file.write_text(json.dumps(plan))
    out = Path(tempfile.mkdtemp(prefix=f"xy-bench-{fault}-"))
    Receiver.delay = 1.0 if fault == "worker" else 0.0
    counter_before = django_child("check", {"run": run})["read_counter"]
    locust = load(plan_file, out, users, seconds, wait=0.2)
    time.sleep(seconds / 4)
    reads_before = node_reads()
    injected = time.time()
    inject(fault)
    time.sleep(max(0.0, injected + seconds / 4 - time.time()))
    reads_during = node_reads()
    repair(fault)
    locust.wait()
    Receiver.delay = 0.0
    checked = settle(run)
    checked["counted_reads"] = checked["read_counter"] - counter_before
    return verdict(fault, out, checked, injected, reads_before, reads_during)


def verdict(
    fault: str, out: Path, checked: dict[str, Any], injected: float,
    reads_before: dict[str, dict[str, float]], reads_during: dict[str, dict[str, float]],
) -> dict[str, Any]:  # fmt: skip
    records = json.loads((out / "requests.json").read_text())
    failed = [r for r in records if not r[2]]
    window = (max(r[0] + r[4] / 1000 for r in failed) - min(r[0] for r in failed)) if failed else 0.0
    accepted = {lead["marker"] for lead in json.loads((out / "leads.json").read_text())}
    stored = set(checked["markers"])
    found: dict[tuple[str, str], int] = {}
    for visitor, kind, n in checked["events"]:
        kind = "search_any" if kind in ("search", "search_no_result") else kind
        found[visitor, kind] = found.get((visitor, kind), 0) + n
    owed = json.loads((out / "expected.json").read_text())
    events_lost = sum(max(0, n - found.get((visitor, kind), 0)) for visitor, kind, n in owed)
    owed_by_key = {(visitor, kind): n for visitor, kind, n in owed}
    # More than owed: a request that failed after its events were written, or was answered twice.
    events_extra = sum(max(0, n - owed_by_key.get(key, 0)) for key, n in found.items())
    hooks = {pk: (lead, vendor) for pk, lead, vendor, _ in checked["webhooks"]}
    with Receiver.lock:
        got = [d for d in Receiver.deliveries if int(d[0]) in hooks]
    distinct = {int(d[0]) for d in got}
    per_pair: dict[tuple[int, int], set[int]] = {}
    for delivery, lead, vendor in got:
        per_pair.setdefault((lead, vendor), set()).add(int(delivery))
    return {
        "fault": FAULT_LABELS[fault],
        "requests": len(records),
        "failed": len(failed),
        "window": window,
        "leads": len(accepted),
        "leads_lost": len(accepted - stored),
        "events": sum(n for *_, n in owed),
        "events_lost": events_lost,
        "events_extra": events_extra,
        # Only this run's visitors read meanwhile: the counters moved by exactly their read events.
        "counter_matches": checked["counted_reads"] == found_reads(checked),
        "webhooks": len(hooks),
        "never_delivered": len(set(hooks) - distinct),
        "twice": sum(1 for ids in per_pair.values() if len(ids) > 1),
        "redelivered": len(got) - len(distinct),
        "replica_reads": reads_between(reads_before, reads_during, "replica1"),
        "primary_reads": reads_between(reads_before, reads_during, "default"),
        "stream_left": checked["stream_left"],
    }


# --- report -----------------------------------------------------------------------------------


def print_throughput(
    rows: dict[int, dict[str, float]], cpu: dict[int, dict[str, float]], users: int, seconds: int
) -> None:
    print(f"\n## Throughput ({users} users without think time, {seconds} s per row, through haproxy)\n")
    print("| app nodes | requests | req/s | p50 ms | p95 ms | p99 ms | errors |")
    print("|---|---|---|---|---|---|---|")
    for nodes, row in rows.items():
        print(f"| {nodes} | {row['requests']:.0f} | {row['rps']:.1f} | {row['p50']:.0f} | {row['p95']:.0f} "
              f"| {row['p99']:.0f} | {row['errors']:.0f} |")  # fmt: skip
    if len(rows) == 2:
        print(f"\nratio 2 nodes / 1 node: {rows[2]['rps'] / rows[1]['rps']:.2f}× "
              f"(both share this machine's {os.cpu_count()} cores with everything else)")  # fmt: skip
    print("\n## CPU seconds used per part during each row\n")
    names = list(next(iter(cpu.values())))
    print("| part | " + " | ".join(f"{n} node{'s' if n > 1 else ''}" for n in cpu) + " |")
    print("|---|" + "---|" * len(cpu))
    for name in names:
        print(f"| {name} | " + " | ".join(f"{cpu[n].get(name, 0):.1f}" for n in cpu) + " |")


def print_faults(rows: list[dict[str, Any]], users: int, seconds: int) -> None:
    print(f"\n## Faults ({users} users, {seconds} s rounds: fault at +{seconds // 4} s, repaired at "
          f"+{seconds // 2} s)\n")  # fmt: skip
    print("| fault | requests | failed | error window s | leads 2xx | leads lost | events owed | events lost "
          "| events extra | read counters = read events | webhooks | never delivered | delivered twice "
          "| redelivered (same id) | reads replica / primary during fault |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['fault']} | {r['requests']} | {r['failed']} | {r['window']:.2f} | {r['leads']} | "
              f"**{r['leads_lost']}** | {r['events']} | **{r['events_lost']}** | {r['events_extra']} | "
              f"{'yes' if r['counter_matches'] else '**no**'} | {r['webhooks']} | "
              f"**{r['never_delivered']}** | **{r['twice']}** | {r['redelivered']} | "
              f"{r['replica_reads']:.0f} / {r['primary_reads']:.0f} |")  # fmt: skip


def found_reads(checked: dict[str, Any]) -> int:
    return sum(n for _, kind, n in checked["events"] if kind == "read")


def lost(rows: list[dict[str, Any]]) -> int:
    return sum(
        r["leads_lost"] + r["events_lost"] + r["never_delivered"] + r["twice"] + (not r["counter_matches"])
        for r in rows
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=16)
    parser.add_argument(
        "--seconds", type=int, default=0, help="length of each throughput row (default 30; 0 with --quick)"
    )
    parser.add_argument(
        "--fault-seconds",
        type=int,
        default=0,
        help="length of each fault round (default 40; 24 with --quick)",
    )
    parser.add_argument("--faults", default=",".join(FAULTS), help="comma-separated: " + ",".join(FAULTS))
    parser.add_argument("--quick", action="store_true", help="the bounded CI version")
    parser.add_argument(
        "--down", action="store_true", help="stop the cluster (and delete its data) at the end"
    )
    parser.add_argument("--child", choices=["setup", "check"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        import django

        django.setup()
        payload = json.loads(sys.stdin.read())
        print(json.dumps((child_setup if args.child == "setup" else child_check)(payload)))
        return 0
    seconds = args.seconds if args.seconds or args.quick else 30
    fault_seconds = args.fault_seconds or (24 if args.quick else 40)
    faults = [f for f in args.faults.split(",") if f]
    results: list[dict[str, Any]] = []
    try:
        print(cluster("up").strip(), file=sys.stderr)
        plan = django_child("setup", {"receiver": start_receiver()})
        plan_file = Path(tempfile.mkstemp(suffix=".json")[1])
        plan_file.write_text(json.dumps({**plan, "run": f"t{uuid.uuid4().hex[:7]}"}))
        if seconds:
            rows, cpu = {}, {}
            for nodes in (1, 2):
                rows[nodes], cpu[nodes] = throughput(plan_file, nodes, args.users, seconds)
            print_throughput(rows, cpu, args.users, seconds)
        results = [fault_round(fault, plan, args.users, fault_seconds) for fault in faults]
        print_faults(results, args.users, fault_seconds)
    finally:
        if args.down:
            cluster("down", "--purge")
    total = lost(results)
    print(f"\nlost in all: {total}")
    if total:
        print_log_tails()
    return 1 if total else 0


def print_log_tails(lines: int = 40) -> None:
    """What the background parts said last: where a loss is explained (CI deletes the cluster)."""
    logs = lab.STATE / "logs"
    for name in ("worker", "events", "app1", "app2"):
        path = logs / f"{name}.log"
        if path.exists():
            print(f"\n--- {path} (last {lines} lines)")
            print("\n".join(path.read_text(errors="replace").splitlines()[-lines:]))


if __name__ == "__main__":
    sys.exit(main())
