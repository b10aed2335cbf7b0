"""A whole Xuanyong cluster on this machine's loopback, for trying scale-out and breaking it.

    deploy/local/cluster up              build (first time) and start everything; prints the URL
    deploy/local/cluster status          JSON: every process with its role, PID and address,
                                         the primary's and replica's database URLs
    deploy/local/cluster down [--purge]  stop everything (--purge: delete its data too)
    deploy/local/cluster stop|start|restart|kill NAME
                                         one process: primary, replica, redis, app1, app2,
                                         worker, beat, events, lb (kill: SIGKILL, no goodbye;
                                         worker, beat and events run under a supervisor that
                                         starts them again, as systemd would)

The topology: a PostgreSQL primary and a streaming replica in their own data directories
(``initdb``; ``pg_basebackup -R``), Redis with an append-only file, two gunicorn app nodes
(``xuanyong serve``), a Celery worker, Celery beat, the event-stream consumer
(``xuanyong events-consume``) and haproxy in front: one public port, each node health-checked
through ``/readyz``. Everything lives under ``var/cluster/`` (``XUANYONG_CLUSTER_DIR``) and binds
127.0.0.1 ports from 18000 (``XUANYONG_CLUSTER_PORT``). haproxy is installed with apt when
missing; PostgreSQL's server programs are Debian's (``/usr/lib/postgresql/*/bin``), run as the
``postgres`` user when started by root.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
STATE = Path(os.environ.get("XUANYONG_CLUSTER_DIR", str(REPO / "var" / "cluster"))).resolve()
BASE_PORT = int(os.environ.get("XUANYONG_CLUSTER_PORT", "18000"))
HOST = "127.0.0.1"
DB_NAME = "xuanyong"
APP_WORKERS = os.environ.get("XUANYONG_CLUSTER_APP_WORKERS", "2")


@dataclass(frozen=True)
class Part:
    name: str
    role: str
    port: int | None = None

    @property
    def address(self) -> str:
        return f"{HOST}:{self.port}" if self.port else ""


PARTS = [
    Part("primary", "primary", BASE_PORT + 10),
    Part("replica", "replica", BASE_PORT + 11),
    Part("redis", "redis", BASE_PORT + 20),
    Part("app1", "app", BASE_PORT + 1),
    Part("app2", "app", BASE_PORT + 2),
    Part("worker", "worker"),
    Part("beat", "beat"),
    Part("events", "events"),
    Part("lb", "lb", BASE_PORT),
]
BY_NAME = {part.name: part for part in PARTS}
APPS = [part for part in PARTS if part.role == "app"]


def url() -> str:
    return f"http://{HOST}:{BY_NAME['lb'].port}"


def database_url(name: str) -> str:
    return f"postgres://postgres@{HOST}:{BY_NAME[name].port}/{DB_NAME}"


def redis_url() -> str:
    return f"redis://{HOST}:{BY_NAME['redis'].port}/0"


def log(message: str) -> None:
    print(f"[cluster] {message}", file=sys.stderr, flush=True)


# --- processes ----------------------------------------------------------------------------


def pidfile(name: str) -> Path:
    if name in ("primary", "replica"):
        return STATE / f"pg-{name}" / "postmaster.pid"
    return STATE / "run" / f"{name}.pid"


def proc_stat(pid: int | str) -> list[str]:
    """The fields of /proc/PID/stat after the command name (state, ppid, …, utime at [11]);
    raises OSError when the process is gone."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def pid_of(name: str) -> int | None:
    """The process's PID when it is running (a zombie or a stale file counts as not running)."""
    try:
        pid = int(pidfile(name).read_text().split()[0])
        state = proc_stat(pid)[0]
    except (OSError, ValueError, IndexError):
        return None
    return None if state == "Z" else pid


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (gunicorn's workers, Celery's pool, PostgreSQL's backends)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int(proc_stat(entry.name)[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], list(children.get(pid, []))
    while todo:
        child = todo.pop()
        found.append(child)
        todo.extend(children.get(child, []))
    return sorted(found)


def wait_for(what: str, check: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit(f"[cluster] {what}: not ready after {timeout:.0f} s (logs: {STATE / 'logs'})")
        time.sleep(0.2)


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((HOST, port)) == 0


def as_postgres(argv: list[str]) -> list[str]:
    """PostgreSQL's server programs refuse to run as root."""
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else argv


def pg_bin(program: str) -> str:
    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{program}"), key=lambda p: int(p.parts[-3]))
    if found:
        return str(found[-1])
    on_path = shutil.which(program)
    if on_path:
        return on_path
    raise SystemExit(f"[cluster] {program} not found: install Debian's postgresql package")


def run(argv: list[str], **kwargs: object) -> None:
    subprocess.run(argv, check=True, **kwargs)  # type: ignore[call-overload]


# --- environment ---------------------------------------------------------------------------


def app_env() -> dict[str, str]:
    """What every Django process of the cluster runs with (saved at the first `up`)."""
    saved = STATE / "env.json"
    if saved.exists():
        return {**os.environ, **json.loads(saved.read_text())}
    env = {
        "DATABASE_URL": database_url("primary"),
        "DATABASE_REPLICA_URLS": database_url("replica"),
        "REDIS_URL": redis_url(),
        "SECRET_KEY": secrets.token_urlsafe(50),
        "XUANYONG_DATA_DIR": str(STATE / "data"),  # shared uploads and static files, like a volume
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "XUANYONG_SITE_URL": url(),
        "XUANYONG_TRUSTED_PROXIES": "127.0.0.1",  # haproxy: X-Forwarded-For names the visitor
        # haproxy and the nodes share 127.0.0.1, so /metrics asks everyone for the token.
        "XUANYONG_METRICS_TOKEN": secrets.token_urlsafe(24),
        "LOG_FORMAT": "json",
        "WEB_CONCURRENCY": APP_WORKERS,
        "XUANYONG_EAGER_TASKS": "0",
        # A loopback lab: vendor webhooks may point at 127.0.0.1, one load generator is one
        # address (per-address lead limits would stop it), and retries come round quickly.
        "XUANYONG_LEADS_WEBHOOK_ALLOW_PRIVATE": "1",
        "XUANYONG_LEADS_RATE_PER_HOUR": "0",
        "XUANYONG_LEADS_NOTIFY_LEASE_SECONDS": "20",
        "XUANYONG_LEADS_NOTIFY_SWEEP_SECONDS": "5",
        "XUANYONG_ANALYTICS_STREAM_RECLAIM_SECONDS": "15",
    }
    for key, value in os.environ.items():  # the caller may tune any setting of ours
        if key.startswith("XUANYONG_") and key not in ("XUANYONG_CLUSTER_DIR", "XUANYONG_CLUSTER_PORT"):
            env[key] = value
    STATE.mkdir(parents=True, exist_ok=True)
    saved.write_text(json.dumps(env, indent=1))
    saved.chmod(0o600)
    return {**os.environ, **env}


def xuanyong(*args: str) -> list[str]:
    return [str(BIN / "xuanyong"), *args]


# --- starting each part ----------------------------------------------------------------------


def start_postgres(part: Part) -> None:
    data = STATE / f"pg-{part.name}"
    if not data.exists():
        if part.name == "primary":
            init_primary(data)
        else:
            init_replica(data)
    run(as_postgres([pg_bin("pg_ctl"), "-D", str(data), "-l", str(STATE / "logs" / f"{part.name}.log"),
                     "-w", "-t", "60", "start"]), stdout=subprocess.DEVNULL)  # fmt: skip


def _postgres_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(path, "postgres", "postgres")
    path.chmod(0o700)


def init_primary(data: Path) -> None:
    log("initdb: the primary")
    _postgres_dir(data)
    run(as_postgres([pg_bin("initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                     "--encoding=UTF8", "--locale=C.UTF-8"]), stdout=subprocess.DEVNULL)  # fmt: skip
    settings = f"""
# deploy/local/cluster
listen_addresses = '{HOST}'
port = {BY_NAME["primary"].port}
unix_socket_directories = ''
wal_level = replica
max_wal_senders = 10
wal_keep_size = 256MB
hot_standby = on
hot_standby_feedback = on
max_connections = 200
shared_buffers = 128MB
"""
    with open(data / "postgresql.conf", "a") as conf:
        conf.write(settings)


def init_replica(data: Path) -> None:
    log("pg_basebackup -R: the replica, streaming from the primary")
    _postgres_dir(data)
    run(as_postgres([pg_bin("pg_basebackup"), "-h", HOST, "-p", str(BY_NAME["primary"].port), "-U", "postgres",
                     "-D", str(data), "-R", "-X", "stream", "--checkpoint=fast"]))  # fmt: skip
    with open(data / "postgresql.auto.conf", "a") as conf:
        conf.write(f"port = {BY_NAME['replica'].port}\n")


def ensure_database() -> None:
    import psycopg

    with psycopg.connect(
        f"postgres://postgres@{HOST}:{BY_NAME['primary'].port}/postgres", autocommit=True
    ) as db:
        if db.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DB_NAME]).fetchone() is None:
            db.execute(f"CREATE DATABASE {DB_NAME}")


def start_redis(part: Part) -> None:
    (STATE / "redis").mkdir(exist_ok=True)
    # appendfsync always: an acknowledged write (an event, a queued task) survives even a kill.
    run(["redis-server", "--bind", HOST, "--port", str(part.port), "--daemonize", "yes",
         "--pidfile", str(pidfile(part.name)), "--dir", str(STATE / "redis"),
         "--appendonly", "yes", "--appendfsync", "always", "--save", "",
         "--logfile", str(STATE / "logs" / "redis.log")])  # fmt: skip
    wait_for("redis", lambda: port_open(part.port or 0), 15)


def spawn(part: Part, argv: list[str], *, supervised: bool = False) -> None:
    """A long-running process in its own session (so its group can be signalled), logging to a
    file. ``supervised``: under a small supervisor that starts it again when it dies, as systemd's
    ``Restart=always`` would in production (docs/deployment.md)."""
    if supervised:
        argv = [sys.executable, str(Path(__file__).resolve()), "supervise", part.name, "--", *argv]
    with open(STATE / "logs" / f"{part.name}.log", "ab") as out:
        process = subprocess.Popen(
            argv, env=app_env(), stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True, cwd=STATE,
        )  # fmt: skip
    pidfile(part.name).write_text(str(process.pid))


def child_pidfile(name: str) -> Path:
    return STATE / "run" / f"{name}.child.pid"


def supervise(name: str, argv: list[str]) -> int:
    """Run ``argv`` and run it again whenever it exits, until this supervisor gets SIGTERM (passed
    on to the child). The child has its own process group, so killing it leaves us to restart it."""
    stopping = False
    child: subprocess.Popen[bytes] | None = None

    def stop(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True
        if child is not None and child.poll() is None:
            os.killpg(child.pid, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while not stopping:
        child = subprocess.Popen(argv, start_new_session=True)
        child_pidfile(name).write_text(str(child.pid))
        code = child.wait()
        if not stopping:
            print(f"[cluster] {name} exited with {code}; starting it again in 1 s", flush=True)
            time.sleep(1)
    return 0


def start_app(part: Part) -> None:
    spawn(part, xuanyong("serve", "--host", HOST, "--port", str(part.port), "--no-collectstatic"))
    wait_for(part.name, lambda: _answers(f"http://{part.address}/healthz"), 60)


def start_lb(part: Part) -> None:
    config = STATE / "haproxy.cfg"
    config.write_text(haproxy_config())
    run(["haproxy", "-c", "-q", "-f", str(config)])
    run(["haproxy", "-D", "-f", str(config), "-p", str(pidfile(part.name))])
    wait_for("haproxy", lambda: port_open(part.port or 0), 15)


STARTERS: dict[str, Callable[[Part], None]] = {
    "primary": start_postgres,
    "replica": start_postgres,
    "redis": start_redis,
    "app1": start_app,
    "app2": start_app,
    "worker": lambda part: spawn(
        part, xuanyong("worker", "--no-beat", "--loglevel", "info"), supervised=True
    ),
    "beat": lambda part: spawn(part, xuanyong("beat", "--loglevel", "info"), supervised=True),
    "events": lambda part: spawn(part, xuanyong("events-consume"), supervised=True),
    "lb": start_lb,
}


def haproxy_config() -> str:
    servers = "\n".join(f"    server {p.name} {p.address} check" for p in APPS)
    return f"""# Written by deploy/local/cluster: one public port in front of the app nodes.
global
    maxconn 4096
    stats socket {STATE / "run" / "haproxy.sock"} mode 600 level admin

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-request 10s
    timeout check 3s
    option forwardfor
    # A node that refuses the connection (down, restarting) is skipped: the request goes to the
    # other; a safe request whose node died under it is sent again; a POST never is.
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout

frontend public
    bind {HOST}:{BY_NAME["lb"].port}
    unique-id-format %{{+X}}o%ci-%cp-%Ts-%rt
    unique-id-header X-Request-ID
    http-request disable-l7-retry unless METH_GET || METH_OPTIONS
    # Metrics are for the monitoring system on the nodes' own ports, never the public one.
    http-request deny deny_status 404 if {{ path_beg /metrics }}
    default_backend app

backend app
    balance roundrobin
    option httpchk
    http-check send meth GET uri /readyz ver HTTP/1.1 hdr Host {HOST}
    http-check expect status 200
    default-server inter 1s fall 2 rise 2 on-marked-down shutdown-sessions
{servers}
"""


def _answers(address: str) -> bool:
    try:
        with urllib.request.urlopen(address, timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


# --- stopping ----------------------------------------------------------------------------------


def stop(part: Part) -> None:
    pid = pid_of(part.name)
    if pid is None:
        return
    if part.role in ("primary", "replica"):
        run(as_postgres([pg_bin("pg_ctl"), "-D", str(STATE / f"pg-{part.name}"), "-m", "fast", "-w", "stop"]),
            stdout=subprocess.DEVNULL)  # fmt: skip
        return
    if part.role == "redis":
        subprocess.run(["redis-cli", "-h", HOST, "-p", str(part.port), "shutdown"], capture_output=True)
    else:
        _signal_group(pid, signal.SIGTERM)
    deadline = time.monotonic() + 20
    while pid_of(part.name) is not None and time.monotonic() < deadline:
        time.sleep(0.1)
    if pid_of(part.name) is not None:
        kill(part)


def _signal_group(pid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(os.getpgid(pid), signum)


SUPERVISED = ("worker", "beat", "events")


def kill(part: Part) -> None:
    """SIGKILL: the process (and for our own children, its whole group) gets no chance to clean
    up. A supervised part's supervisor lives on and starts it again, as systemd would."""
    pid = pid_of(part.name)
    if pid is None:
        return
    if part.role in ("primary", "replica", "redis", "lb"):
        os.kill(pid, signal.SIGKILL)  # a daemon: its children notice their parent is gone
    elif part.role in SUPERVISED:
        with contextlib.suppress(OSError, ValueError):
            _signal_group(int(child_pidfile(part.name).read_text()), signal.SIGKILL)
        return
    else:
        _signal_group(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while pid_of(part.name) is not None and time.monotonic() < deadline:
        time.sleep(0.05)


def start(part: Part) -> None:
    if pid_of(part.name) is not None:
        return
    if part.role in ("app", "worker", "beat", "events"):
        prepare()
    log(f"start {part.name}")
    STARTERS[part.name](part)


# --- the whole ---------------------------------------------------------------------------------


def ensure_packages() -> None:
    if shutil.which("haproxy"):
        return
    log("installing haproxy (apt)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", "update", "-qq"], env=env)
    run(["apt-get", "install", "-y", "-qq", "haproxy"], env=env, stdout=subprocess.DEVNULL)


@functools.cache  # once per invocation of this script
def prepare() -> None:
    """Before the first app process: migrations (every time, so new code finds its schema), then
    once the sample data, demo logins and static files."""
    marker = STATE / "prepared"
    ensure_database()
    env = app_env()
    if marker.exists():
        run(xuanyong("manage", "migrate", "--noinput", "-v0"), env=env)
    else:
        log("migrate, load the sample data and demo logins, collect static files")
        run(xuanyong("load-sample", "--with-logins"), env=env, stdout=subprocess.DEVNULL)
        run(
            xuanyong("manage", "collectstatic", "--noinput", "-v0"),
            env={**env, "XUANYONG_STATIC_MANIFEST": "1"},
        )
        marker.write_text(time.strftime("%Y-%m-%dT%H:%M:%S"))


def up() -> None:
    ensure_packages()
    for sub in ("logs", "run", "data"):
        (STATE / sub).mkdir(parents=True, exist_ok=True)
    STATE.chmod(0o755)  # the postgres user reaches its data directories through it
    (STATE / "logs").chmod(0o777)  # … and writes its logs there
    app_env()
    for part in PARTS:
        start(part)
        if part.name == "primary":
            ensure_database()
    wait_for("every node healthy behind the load balancer", lambda: all_backends_up(), 60)
    print(url())


def down(purge: bool) -> None:
    for part in reversed(PARTS):
        if pid_of(part.name) is not None:
            log(f"stop {part.name}")
            stop(part)
    if purge:
        shutil.rmtree(STATE, ignore_errors=True)
        log(f"deleted {STATE}")


def haproxy_command(command: str) -> str:
    path = STATE / "run" / "haproxy.sock"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.settimeout(2)
        sock.connect(str(path))
        sock.sendall(command.encode() + b"\n")
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks).decode()


def backends() -> dict[str, str]:
    """Each app node's state as haproxy sees it (UP, DOWN, MAINT…)."""
    try:
        lines = haproxy_command("show stat").splitlines()
    except OSError:
        return {}
    header = lines[0].lstrip("# ").split(",")
    found = {}
    for line in lines[1:]:
        row = dict(zip(header, line.split(","), strict=False))
        if row.get("pxname") == "app" and row.get("svname") in BY_NAME:
            found[row["svname"]] = row.get("status", "")
    return found


def all_backends_up() -> bool:
    states = backends()
    return len(states) == len(APPS) and all(s == "UP" for s in states.values())


def status() -> dict[str, object]:
    processes = []
    for part in PARTS:
        pid = pid_of(part.name)
        processes.append({
            "name": part.name, "role": part.role, "pid": pid, "address": part.address,
            "alive": pid is not None, "children": descendants(pid) if pid else [],
        })  # fmt: skip
    return {
        "url": url(),
        "state_dir": str(STATE),
        "databases": {"primary": database_url("primary"), "replica": database_url("replica")},
        "redis": redis_url(),
        "processes": processes,
        "backends": backends(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("up")
    sub.add_parser("status")
    down_parser = sub.add_parser("down")
    down_parser.add_argument("--purge", action="store_true", help="delete the cluster's data directories too")
    for action in ("stop", "start", "restart", "kill"):
        one = sub.add_parser(action)
        one.add_argument("name", choices=list(BY_NAME))
    supervisor = sub.add_parser("supervise", help=argparse.SUPPRESS)
    supervisor.add_argument("name")
    supervisor.add_argument("argv", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    if args.command == "supervise":
        return supervise(args.name, args.argv[1:] if args.argv[:1] == ["--"] else args.argv)
    if args.command == "up":
        up()
    elif args.command == "down":
        down(args.purge)
    elif args.command == "status":
        print(json.dumps(status(), indent=2, ensure_ascii=False))
    else:
        part = BY_NAME[args.name]
        if args.command in ("stop", "restart"):
            stop(part)
        if args.command == "kill":
            kill(part)
        if args.command in ("start", "restart"):
            start(part)
    return 0


if __name__ == "__main__":
    sys.exit(main())
