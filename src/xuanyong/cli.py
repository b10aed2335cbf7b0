"""The `xuanyong` console command: demo, serve, worker, beat, events-consume, load-sample, backup, restore, export-open-data and manage."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Sequence

LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xuanyong.settings")
    import django

    django.setup()


def _migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def _ensure_sample() -> None:
    from xuanyong.demo.sample import load_sample, sample_loaded

    if sample_loaded():
        print("示例数据已存在，跳过加载。")
        return
    started = time.monotonic()
    stats = load_sample()
    print(
        f"已加载示例数据：{stats.categories} 个分类、{stats.vendors} 家服务商、{stats.offerings} 款产品/服务、"
        f"{stats.articles} 篇文章、{stats.partners} 个合作品牌（{time.monotonic() - started:.1f} 秒）。"
    )


def cmd_demo(args: argparse.Namespace) -> int:
    if args.host not in LOOPBACK:
        os.environ.setdefault("ALLOWED_HOSTS", f"127.0.0.1,localhost,[::1],{args.host}")
    _setup()
    _migrate()
    _ensure_sample()
    _print_demo_logins()
    print(f"\n选用已启动：http://{args.host}:{args.port}/   （Ctrl+C 退出）\n", flush=True)
    from django.core.management import call_command

    call_command("runserver", f"{args.host}:{args.port}", use_reloader=False, skip_checks=True)
    return 0


def production_problems() -> list[str]:
    """What stops `serve` from starting: the checks a production server must pass."""
    from django.conf import settings

    problems = []
    if settings.DEBUG:
        problems.append("DEBUG 已开启：生产环境必须关闭（DEBUG=0）。")
    if not getattr(settings, "SECRET_KEY_FROM_ENV", False):
        problems.append("未设置 SECRET_KEY 环境变量：生产环境不能使用自动生成的演示密钥。")
    return problems


def _metrics_dir(port: int) -> str:
    """A fresh directory for this server's workers' metric files (one per port: several nodes
    may share a machine and a data directory)."""
    from django.conf import settings

    path = settings.DATA_DIR / "metrics" / str(port)
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return str(path)


def cmd_serve(args: argparse.Namespace) -> int:
    os.environ.setdefault("XUANYONG_STATIC_MANIFEST", "1")
    if not os.environ.get("REDIS_URL"):
        os.environ.setdefault("XUANYONG_CACHE", "file")  # one cache for all workers
    _setup()
    problems = production_problems()
    if problems:
        for problem in problems:
            print(f"拒绝启动：{problem}", file=sys.stderr)
        return 2
    from django.conf import settings
    from django.core.management import call_command

    if not args.no_collectstatic:
        call_command("collectstatic", interactive=False, verbosity=0)
    # Read by prometheus_client when the workers import it: set before they start.
    os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", _metrics_dir(args.port))
    workers = str(args.workers or os.environ.get("WEB_CONCURRENCY") or (2 * (os.cpu_count() or 1) + 1))
    argv = [
        sys.executable, "-m", "gunicorn", "xuanyong.wsgi:application",
        "--config", "python:xuanyong.gunicorn_conf",
        "--bind", f"{args.host}:{args.port}", "--workers", workers,
        "--forwarded-allow-ips", os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1"),
    ]  # fmt: skip
    if settings.LOG_FORMAT != "json":  # in JSON mode the app writes access lines with request ids
        argv += ["--access-logfile", "-"]
    os.execv(sys.executable, argv)
    return 0  # pragma: no cover - execv does not return


def _celery() -> str:
    """Celery's command next to this Python (a virtualenv's bin need not be on PATH)."""
    beside = os.path.join(os.path.dirname(sys.executable), "celery")
    return beside if os.access(beside, os.X_OK) else shutil.which("celery") or "celery"


def cmd_worker(args: argparse.Namespace) -> int:
    celery = _celery()
    argv = [celery, "-A", "xuanyong", "worker", "--loglevel", args.loglevel]
    if not args.no_beat:
        argv.append("--beat")
    os.execvp(celery, argv)
    return 0  # pragma: no cover


def cmd_beat(args: argparse.Namespace) -> int:
    """The periodic-task scheduler alone, for deployments that run it apart from the workers."""
    _setup()
    from django.conf import settings

    settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
    celery = _celery()
    argv = [celery, "-A", "xuanyong", "beat", "--loglevel", args.loglevel,
            "--schedule", str(settings.DATA_DIR / "celerybeat-schedule")]  # fmt: skip
    os.execvp(celery, argv)
    return 0  # pragma: no cover


def cmd_events_consume(args: argparse.Namespace) -> int:
    """Write the Redis event stream to the database until SIGTERM or Ctrl+C."""
    _setup()
    import signal
    import threading

    from xuanyong.analytics import stream

    if not stream.enabled():
        print("未配置 REDIS_URL：事件直接写入数据库，无需单独的消费进程。", file=sys.stderr)
        return 2
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    print(f"事件消费进程 {stream.CONSUMER} 已启动（每批最多 {args.batch} 条）。", flush=True)
    stream.drain_forever(stop, batch=args.batch)
    return 0


def _print_demo_logins() -> None:
    from xuanyong.demo.accounts import demo_accounts_ensure

    print("\n演示账号（密码相同）：")
    for login in demo_accounts_ensure():
        print(f"  {login.role:<6} {login.email:<30} {login.password}  {login.note}")


def cmd_load_sample(args: argparse.Namespace) -> int:
    _setup()
    _migrate()
    _ensure_sample()
    if args.with_logins:
        _print_demo_logins()
    if args.scale:
        from xuanyong.demo.scale import scale_to

        started = time.monotonic()

        def progress(what: str, done: int, total: int) -> None:
            print(f"\r  {what}: {done}/{total}", end="", flush=True)

        added = scale_to(args.scale, progress=progress)
        print(f"\n已扩展到 {args.scale} 行：新增 {added}（{time.monotonic() - started:.1f} 秒）。")
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    _setup()
    from django.core.management import call_command

    call_command("reindex")
    return 0


def cmd_import_article(args: argparse.Namespace) -> int:
    _setup()
    _migrate()
    from django.core.exceptions import ValidationError

    from xuanyong.content.importer import article_import

    try:
        with open(args.file, "rb") as handle:
            article = article_import(content=handle.read(), source_url=args.source_url or "")
    except OSError as exc:
        print(f"无法读取文件 {args.file}：{exc.strerror or exc}", file=sys.stderr)
        return 1
    except ValidationError as exc:
        print(f"导入失败：{'；'.join(exc.messages)}", file=sys.stderr)
        return 1
    published = (
        f"，原文发布于 {article.source_published_at:%Y-%m-%d %H:%M:%S}" if article.source_published_at else ""
    )
    print(f"已导入草稿 #{article.pk}《{article.title}》（来源：{article.source_name}{published}）。")
    print(f"在运营后台核对并发布：/admin/content/article/{article.pk}/change/")
    return 0


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def cmd_backup(args: argparse.Namespace) -> int:
    _setup()
    from pathlib import Path

    from xuanyong.backups.services import BackupError, backup_create

    try:
        done = backup_create(Path(args.dir), prune=args.prune)
    except BackupError as exc:
        print(f"备份失败：{exc}", file=sys.stderr)
        return 1
    manifest = done.manifest
    print(
        f"已备份到 {done.path}：{len(manifest['tables'])} 张表、{done.rows} 行（{done.key_counts()}），"
        f"数据库文件 {_megabytes(manifest['database']['bytes'])}，上传文件 {len(manifest['files'])} 个"
        f"（{_megabytes(done.file_bytes)}），用时 {done.seconds:.1f} 秒。"
    )
    for old in done.pruned:
        print(f"已删除超过保留期的旧备份：{old}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    _setup()
    from pathlib import Path

    from xuanyong.backups.services import BackupError, backup_restore, pending_migrations

    try:
        done = backup_restore(Path(args.dir))
    except BackupError as exc:
        print(f"恢复失败：{exc}", file=sys.stderr)
        return 1
    print(
        f"已从 {done.path}（{done.manifest['created_at']}）恢复：{len(done.manifest['tables'])} 张表、"
        f"{done.rows} 行（{done.key_counts()}），每张表的行数与校验和都与备份一致；"
        f"上传文件 {len(done.manifest['files'])} 个校验一致。用时 {done.seconds:.1f} 秒。"
    )
    if pending_migrations():
        print("备份来自较早的版本：启动前请运行 xuanyong manage migrate。")
    return 0


def cmd_api_token(args: argparse.Namespace) -> int:
    _setup()
    from django.core.exceptions import ValidationError

    from xuanyong.api.models import ApiToken
    from xuanyong.api.tokens import token_create, token_revoke
    from xuanyong.catalog.models import Vendor

    if args.action == "revoke":
        token = ApiToken.objects.filter(pk=args.id).first() if str(args.id).isdigit() else None
        if token is None:
            print(f"令牌 {args.id} 不存在。", file=sys.stderr)
            return 1
        token_revoke(token=token)
        print(f"已吊销令牌 {token.pk}（{token.vendor.name} · {token.name}）。")
        return 0
    vendor = Vendor.objects.filter(slug=args.vendor).first()
    if vendor is None:
        print(f"服务商“{args.vendor}”不存在（请用拼音标识，如 qimu）。", file=sys.stderr)
        return 1
    try:
        issued = token_create(vendor=vendor, name=args.name, scopes=args.scopes.split(","), created_by=None)
    except ValidationError as exc:
        print("创建失败：" + "；".join(exc.messages), file=sys.stderr)
        return 1
    print(
        f"已为 {vendor.name} 创建令牌 {issued.token.pk}，权限：{','.join(issued.token.scopes)}。只显示这一次："
    )
    print(issued.secret)  # alone on the last line, for scripts
    return 0


def cmd_export_open_data(args: argparse.Namespace) -> int:
    _setup()
    from pathlib import Path

    from django.conf import settings

    from xuanyong.opendata.services import OpenDataError, open_data_export

    root = Path(args.dir or settings.OPEN_DATA_DIR)
    try:
        done = open_data_export(root=root, keep=settings.OPEN_DATA_KEEP if args.prune else None)
    except OpenDataError as exc:
        print(f"导出失败：{exc}", file=sys.stderr)
        return 1
    counts = "、".join(f"{d['title']} {d['rows']}" for d in done.manifest["datasets"])
    print(
        f"已导出开放数据到 {done.path}（{root / 'latest'} 指向它）：{len(done.manifest['datasets'])} 个数据集，"
        f"JSONL 与 CSV 各一份，共 {done.rows} 行（{counts}），用时 {done.seconds:.1f} 秒。"
    )
    for old in done.pruned:
        print(f"已删除旧的导出：{old}")
    return 0


def cmd_import_catalog(args: argparse.Namespace) -> int:
    _setup()
    _migrate()
    from pathlib import Path

    from xuanyong.catalog.bulk import catalog_import
    from xuanyong.catalog.bulk.console import ProgressBars, print_report

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        print(f"无法读取文件 {args.file}：{exc.strerror or exc}", file=sys.stderr)
        return 1
    with ProgressBars() as progress:
        report = catalog_import(data=data, filename=args.file, dry_run=args.dry_run, progress=progress)
    print_report(report)
    return 0 if report.ok else 1


def cmd_export_catalog(args: argparse.Namespace) -> int:
    _setup()
    _migrate()
    from xuanyong.catalog.bulk.console import export_to_path

    return export_to_path(args.file)


def cmd_manage(args: argparse.Namespace) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xuanyong.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["xuanyong manage", *args.rest])
    return 0


def cmd_forward(args: argparse.Namespace) -> int:
    """Subcommands that are a Django management command of one app (options passed through)."""
    _setup()
    _migrate()
    from django.core.management import CommandError, call_command

    try:
        call_command(args.management_command, *args.rest)
    except CommandError as exc:
        print(f"{args.command}：{exc}", file=sys.stderr)
        return 1
    return 0


# (subcommand, management command, help): each lives in its app's management/commands/.
FORWARDED = [
    ("ranking-export", "ranking_export", "导出排名的全部输入与得分（CSV），任何人可据此复算"),
    ("rollup", "rollup", "把原始事件汇总为日报表（可重复执行），并清理过期原始事件"),
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="xuanyong", description="选用：企业数字化选用平台")
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="迁移数据库、加载示例数据并在本机启动演示站点")
    demo.add_argument("--host", default="127.0.0.1")
    demo.add_argument("--port", type=int, default=8000)
    demo.set_defaults(func=cmd_demo)

    serve = sub.add_parser("serve", help="用 gunicorn 启动生产服务（要求关闭 DEBUG 并设置 SECRET_KEY）")
    serve.add_argument("--host", default="0.0.0.0")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=0)
    serve.add_argument(
        "--no-collectstatic",
        action="store_true",
        help="不收集静态文件（多个节点共用一个数据目录时，由部署脚本先收集一次）",
    )
    serve.set_defaults(func=cmd_serve)

    worker = sub.add_parser("worker", help="启动 Celery 后台任务进程（含定时任务）")
    worker.add_argument("--loglevel", default="info")
    worker.add_argument("--no-beat", action="store_true", help="不在本进程运行定时任务调度")
    worker.set_defaults(func=cmd_worker)

    beat = sub.add_parser("beat", help="单独启动定时任务调度（Celery beat）；worker 须用 --no-beat")
    beat.add_argument("--loglevel", default="info")
    beat.set_defaults(func=cmd_beat)

    consume = sub.add_parser(
        "events-consume", help="把 Redis 事件流中的访问事件批量写入数据库（需 REDIS_URL）"
    )
    consume.add_argument("--batch", type=int, default=1000, help="每批最多写入的事件数")
    consume.set_defaults(func=cmd_events_consume)

    load = sub.add_parser("load-sample", help="加载示例数据；--scale N 将产品与文章扩展到 N 行")
    load.add_argument("--scale", type=int, default=0)
    load.add_argument("--with-logins", action="store_true", help="同时创建演示账号（与 demo 相同）")
    load.set_defaults(func=cmd_load_sample)

    reindex = sub.add_parser("reindex", help="重建全部搜索索引，显示进度")
    reindex.set_defaults(func=cmd_reindex)

    imp = sub.add_parser(
        "import-article", help="把保存的网页导入为转载草稿（提取标题、发布时间、正文与来源）"
    )
    imp.add_argument("file", help="保存的网页文件（.html）")
    imp.add_argument("--source-url", default="", help="原文链接")
    imp.set_defaults(func=cmd_import_article)

    backup = sub.add_parser("backup", help="把数据库与上传文件备份到新目录 DIR，附带行数与校验和清单")
    backup.add_argument("dir", metavar="DIR")
    backup.add_argument(
        "--prune", action="store_true",
        help="备份成功后，删除 DIR 同级目录中超过保留期（XUANYONG_BACKUP_RETENTION_DAYS）的旧备份",
    )  # fmt: skip
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser("restore", help="把 DIR 中的备份恢复到空数据库，并逐表核对行数与校验和")
    restore.add_argument("dir", metavar="DIR")
    restore.set_defaults(func=cmd_restore)

    import_catalog = sub.add_parser(
        "import-catalog", help="从 CSV 或 XLSX 文件批量导入服务商、产品、套餐与费用（按标识新建或更新）"
    )
    import_catalog.add_argument(
        "file", metavar="FILE", help="目录文件（.csv 或 .xlsx，格式见 docs/import.md）"
    )
    import_catalog.add_argument(
        "--dry-run", action="store_true", help="只校验并列出将新建、更新、不变的行数，不写入"
    )
    import_catalog.set_defaults(func=cmd_import_catalog)

    export_catalog = sub.add_parser(
        "export-catalog", help="把服务商、产品、套餐与费用导出为 CSV 或 XLSX 文件"
    )
    export_catalog.add_argument("file", metavar="FILE", help="导出文件（按扩展名 .csv 或 .xlsx）")
    export_catalog.set_defaults(func=cmd_export_catalog)

    open_data = sub.add_parser(
        "export-open-data", help="把公开的分类、产品、价格、评价与排名导出为开放数据（JSONL、CSV 与清单）"
    )
    open_data.add_argument(
        "dir", metavar="DIR", nargs="?", default="",
        help="导出根目录（默认 XUANYONG_OPEN_DATA_DIR，即 /open-data/ 页面读取的目录）；每次写入新的子目录并更新 latest",
    )  # fmt: skip
    open_data.add_argument(
        "--prune", action="store_true", help="导出成功后只保留最新的 XUANYONG_OPEN_DATA_KEEP 份"
    )
    open_data.set_defaults(func=cmd_export_open_data)

    token = sub.add_parser("api-token", help="签发或吊销服务商接口令牌")
    token_actions = token.add_subparsers(dest="action", required=True)
    create = token_actions.add_parser("create", help="签发令牌；最后一行单独输出令牌本身")
    create.add_argument("--vendor", required=True, metavar="SLUG", help="服务商拼音标识")
    create.add_argument("--scopes", required=True, help="逗号分隔：leads:read,leads:write,listings:write")
    create.add_argument("--name", default="命令行签发", help="令牌名称（用途）")
    revoke = token_actions.add_parser("revoke", help="吊销令牌")
    revoke.add_argument("id", metavar="ID")
    token.set_defaults(func=cmd_api_token)

    for name, command, help_text in FORWARDED:
        forwarded = sub.add_parser(name, help=help_text)
        forwarded.add_argument("rest", nargs=argparse.REMAINDER)
        forwarded.set_defaults(func=cmd_forward, management_command=command)

    manage = sub.add_parser("manage", help="Django 管理命令，如 xuanyong manage createsuperuser")
    manage.add_argument("rest", nargs=argparse.REMAINDER)
    manage.set_defaults(func=cmd_manage)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    # REMAINDER does not take options that come first (`ranking-export --out x`): pass them on too.
    args, unknown = parser.parse_known_args(argv)
    if unknown and not hasattr(args, "rest"):
        parser.error(f"无法识别的参数：{' '.join(unknown)}")
    if unknown:
        args.rest = [*unknown, *args.rest]
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
