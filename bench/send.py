"""Sending and tracking at scale.

    .venv/bin/python bench/send.py [--messages N] [--connections C] [--rounds R]
                                   [--db sqlite|postgresql] [--processes 1,2,4]
                                   [--hits H] [--no-gui]

Prints, in one run:
  - messages per second of the console's send (render + MIME + SMTP + delivery logs) of N
    prepared messages to an SMTP sink (aiosmtpd's Sink, in another process on 127.0.0.1);
  - messages per second of a bare smtplib loop to the same sink with the same number of
    connections and the same messages pre-rendered, and the ratio (goal: at least 0.8).
    The two take turns in R rounds (the console sends about N/R messages, the bare loop
    sends the same ones again, and so on), because this machine's speed drifts by a third
    within minutes; each round's figures are printed, and the totals give the ratio.
    CPU per message of the sender (all the machine's busy time but the sink's: for the
    console, its process and its build process) and of the sink says where the time goes;
  - hits per second of the stand-alone tracking server (`campaign-console tracking
    serve`, another process) under concurrent load, once every hit is recorded (goal: at
    least 1,000, each recorded);
  - the delay from a hit to the KPI on the dashboard's sending panel (goal: under 1 s).
With --processes P1,P2,..., each mode sends its own delivery of N messages from P
`delivery send`-like processes at once (each its own SendEngine, sharing the delivery by
claims, as on several machines) against a bare loop of P processes with C connections
each; each mode prints its rounds, its totals and its ratio. The send processes are
started and opened before the clock starts, as the bare loop's are.

The database is a fresh SQLite file in bench/out/, or with --db postgresql a database on a
throwaway PostgreSQL cluster (scripts/throwaway_postgresql.py) started for the run and
stopped after it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import multiprocessing
import os
import random
import smtplib
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from sqlalchemy import create_engine, func, insert, select, text  # noqa: E402

from desktop.models import Campaign, Delivery, DeliveryLog, Recipient, TrackingLog  # noqa: E402
from desktop.models.enums import LogStatus, TrackingKind  # noqa: E402
from desktop.services.access.rights import SYSTEM  # noqa: E402
from desktop.services.delivery.kpis import delivery_kpis  # noqa: E402
from desktop.services.messages.builder import MessageBuilder  # noqa: E402
from desktop.services.messages.rendering import RECIPIENT_COLUMNS, DeliveryRenderer, render_spec  # noqa: E402
from desktop.services.messages.tracking_links import signer_for  # noqa: E402
from desktop.services.preparation.pipeline import prepare  # noqa: E402
from desktop.services.runtime.cancellation import CancelToken  # noqa: E402
from desktop.services.runtime.worker_processes import warm_up_workers  # noqa: E402
from desktop.services.sending import control  # noqa: E402
from desktop.services.sending.engine import SendEngine  # noqa: E402
from desktop.services.settings.options import set_option  # noqa: E402
from desktop.services.settings.relay_settings import RelayTarget  # noqa: E402
from desktop.services.settings.setup import initialize, open_database  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from throwaway_postgresql import ThrowawayCluster  # noqa: E402

OUT = ROOT / "bench" / "out"
PASSWORD = "bench-admin-1"

HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{{ delivery.label }}</title><style>body{font-family:Arial,sans-serif;color:#222}
.box{max-width:600px;margin:0 auto;background:#fff;padding:24px}
h1{font-size:22px;color:#0b5394}p{line-height:1.5;font-size:15px}
.offer{border:1px solid #ddd;padding:12px;margin:12px 0;border-radius:4px}</style></head>
<body><div class="box"><h1>Hello {{ recipient.first_name }} {{ recipient.last_name }},</h1>
<p>Spring is here in {{ recipient.city }} ({{ recipient.country }}), and so is our new
collection. As a member you get early access to every offer below, with free delivery on
orders over 30 euros and returns within 60 days, whatever you choose.</p>
{% for n in range(3) %}<div class="offer"><p>Offer {{ n + 1 }}: up to {{ 10 * (n + 1) }} %
off selected items, this week only. Each offer is available while stocks last and cannot
be combined with other promotions.</p>
<a href="https://shop.example.com/offer/{{ n + 1 }}?c={{ recipient.id }}">See offer</a>
</div>{% endfor %}
{% if recipient.country == "FR" %}<p>Livraison offerte en France métropolitaine.</p>
{% else %}<p>Free delivery in your country too.</p>{% endif %}
<p><a href="https://shop.example.com/account">Your account</a> |
<a href="{{ mirror_url }}">View online</a> | <a href="{{ unsubscribe_url }}">Unsubscribe</a>
</p><p style="font-size:11px;color:#888">Example Shop, 1 rue de l'Exemple, 75001 Paris.
You receive this message because you subscribed to our newsletter.</p></div></body></html>
"""
TEXT = "Hello {{ recipient.first_name }}, our spring offers: https://shop.example.com/\n"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_port(port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"nothing listens on 127.0.0.1:{port}")


def start_sink(port: int) -> subprocess.Popen:
    sink = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "aiosmtpd",
            "-n",
            "-l",
            f"127.0.0.1:{port}",
            "-c",
            "aiosmtpd.handlers.Sink",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_port(port)
    return sink


@contextlib.contextmanager
def database_url(kind: str):
    """A fresh database of that kind, as a URL; a PostgreSQL cluster lives for the block."""
    if kind == "sqlite":
        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / "send.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        yield f"sqlite:///{path}"
        return
    with ThrowawayCluster() as cluster:
        admin = create_engine(f"{cluster.url}postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("CREATE DATABASE bench"))
        admin.dispose()
        yield f"{cluster.url}bench"
        cluster.keep = False


def make_database(url: str, messages: int):
    engine, sessions = open_database(url)
    with sessions.begin() as session:
        initialize(session, PASSWORD)
    rng = random.Random(4)
    firsts = ["Ann", "Bob", "Chloé", "David", "Emma", "Farid", "Greta", "Hugo", "Inès", "Jan"]
    lasts = ["Martin", "Bernard", "Dubois", "Lindqvist", "de Vries", "Chen", "Lambert"]
    countries = ["FR", "FR", "SE", "NL", "TW", "BE"]
    domains = ["example.org", "example.net", "example.com", "mail.example.fr"]
    for start in range(0, messages, 20_000):
        rows = []
        for n in range(start, min(messages, start + 20_000)):
            address = f"reader{n}@{domains[n % len(domains)]}"
            rows.append(
                {
                    "email": address,
                    "email_key": address,
                    "first_name": rng.choice(firsts),
                    "last_name": rng.choice(lasts),
                    "city": "Paris",
                    "country": rng.choice(countries),
                    "custom_fields": {},
                }
            )
        with sessions.begin() as session:
            session.execute(insert(Recipient), rows)
    return engine, sessions


def make_delivery(sessions, messages: int, connections: int) -> int:
    """A delivery to every recipient, not prepared yet."""
    with sessions.begin() as session:
        campaign = Campaign(label="Bench")
        session.add(campaign)
        session.flush()
        delivery = Delivery(
            campaign_id=campaign.id,
            label="Spring newsletter",
            subject="{{ recipient.first_name }}, our spring offers",
            sender_address="news@example.com",
            sender_name="Example Shop",
            html=HTML,
            text=TEXT,
            audience_filter={"and": []},
            max_connections=connections,
            messages_per_connection=messages,  # both sides keep their connections
        )
        session.add(delivery)
        session.flush()
        return delivery.id


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a live process has used, from /proc (Linux)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine_cpu() -> float:
    """CPU seconds all cores have spent busy, from /proc/stat (Linux): the console's build
    process is forked by a fork server, so it is nobody's child here to be counted."""
    with open("/proc/stat") as stat:
        fields = [int(n) for n in stat.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def prerender(sessions, delivery_id: int) -> list[tuple[str, bytes]]:
    """The same messages as the console's, built before any clock starts, in claim order."""
    with sessions() as session:
        delivery = session.get(Delivery, delivery_id)
        renderer = DeliveryRenderer(render_spec(session, delivery))
        builder = MessageBuilder(
            delivery_id=delivery_id,
            sender_address=delivery.sender_address,
            sender_name=delivery.sender_name,
            signer=renderer.signer,
        )
        rows = session.execute(
            select(DeliveryLog.address, *RECIPIENT_COLUMNS)
            .join(Recipient, Recipient.id == DeliveryLog.recipient_id)
            .where(DeliveryLog.delivery_id == delivery_id)
            .order_by(DeliveryLog.id)
        )
        messages = []
        for row in rows:
            data = dict(row._mapping)
            address = data.pop("address")
            built = builder.build(data["id"], address, renderer.render(data))
            messages.append((address, built.data))
    return messages


def bare_loop(messages: list[tuple[str, bytes]], port: int, connections: int) -> float:
    """Seconds a bare smtplib loop takes to send `messages` over `connections` threads."""
    shares = [messages[i::connections] for i in range(connections)]

    def send(share: list[tuple[str, bytes]]) -> None:
        with smtplib.SMTP("127.0.0.1", port, "bench", timeout=60) as smtp:
            for address, data in share:
                smtp.sendmail("news@example.com", [address], data)

    threads = [threading.Thread(target=send, args=(share,)) for share in shares]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def console_round(sessions, delivery_id: int, port: int, target: int | None) -> tuple[int, float]:
    """The console's send of the delivery until about `target` more messages have gone
    (then this process stops sending, as when the application closes, and the delivery stays
    in progress), or to its end: (messages sent, seconds)."""
    token = CancelToken()

    def progress(kpis) -> None:
        if target is not None and kpis.values["delivered"] - delivered_before >= target:
            token.cancel()

    with sessions() as session:
        delivered_before = delivery_kpis(session, delivery_id).values["delivered"]
    relay = RelayTarget("127.0.0.1", port, timeout=60)
    started = time.perf_counter()
    report = SendEngine(
        sessions, SYSTEM, delivery_id, relay, token=token, on_progress=progress, poll_interval=0.1
    ).run()
    return report.sent_now, time.perf_counter() - started


def sender_child(url: str, delivery_id: int, port: int, target: int) -> None:
    """A send process of a multi-process round: opens the database, waits for `go` on its
    stdin, sends until the delivery has `target` more messages delivered (by anyone; 0: to
    its end), prints `SENT SECONDS`."""
    _engine, sessions = open_database(url)
    with sessions() as session:  # connected before the clock starts
        delivery_kpis(session, delivery_id)
    # The worker processes' server starts once per process that sends (a worker runs for
    # hours): started before the clock, as the bare loop's processes are forked before it.
    warm_up_workers()
    print("ready", flush=True)
    sys.stdin.readline()
    sent, seconds = console_round(sessions, delivery_id, port, target or None)
    print(f"{sent} {seconds}", flush=True)


def console_processes(
    url: str, delivery_id: int, port: int, target: int | None, processes: int, sink_pid: int
) -> tuple[int, float, tuple[float, float]]:
    """The console's send from `processes` processes at once, until about `target` more
    messages have gone or the delivery's end: (messages sent by all, seconds, CPU seconds
    the sink and the whole machine used while the clock ran)."""
    children = [
        subprocess.Popen(
            [sys.executable, __file__, "--child", url, str(delivery_id), str(port),
             str(target or 0)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(processes)
    ]  # fmt: skip
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    cpu_at_start = process_cpu(sink_pid), machine_cpu()
    started = time.perf_counter()
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    # The clock stops when the last process says its send is over (its messages sent, their
    # outcomes written), not once its interpreter has torn down (0.8 s for four processes
    # here): the bare loop's processes leave at once (os._exit), and a send worker's
    # process outlives its sends.
    sent = 0
    for child in children:
        assert child.stdout is not None
        sent += int(child.stdout.readline().split()[0])
    seconds = time.perf_counter() - started
    cpu_used = process_cpu(sink_pid) - cpu_at_start[0], machine_cpu() - cpu_at_start[1]
    for child in children:
        child.communicate(timeout=3600)
    return sent, seconds, cpu_used


def _bare_process(share, port: int, connections: int, barrier) -> None:
    barrier.wait()
    bare_loop(share, port, connections)


def bare_processes(messages, port: int, connections: int, processes: int) -> float:
    """Seconds a bare smtplib loop takes in `processes` processes of `connections` threads
    each (forked and waiting before the clock starts)."""
    if processes == 1:
        return bare_loop(messages, port, connections)
    fork = multiprocessing.get_context("fork")
    barrier = fork.Barrier(processes + 1)
    workers = [
        fork.Process(
            target=_bare_process, args=(messages[i::processes], port, connections, barrier)
        )
        for i in range(processes)
    ]
    for worker in workers:
        worker.start()
    barrier.wait()
    started = time.perf_counter()
    for worker in workers:
        worker.join()
    return time.perf_counter() - started


def send_rounds(
    url: str, sessions, delivery_id: int, port: int, sink_pid: int, args, processes: int = 0
) -> float:
    """Console and bare loop take turns, `args.rounds` rounds each, on the same sink: a
    machine whose speed drifts (shared cores) weighs on both alike. `processes`: so many
    send processes and bare-loop processes (0: the console sends in this process). Returns
    the ratio."""
    with sessions.begin() as session:
        control.confirm(session, SYSTEM, delivery_id)
    print("pre-rendering the same messages for the bare loop ...", flush=True)
    messages = prerender(sessions, delivery_id)
    per_round = -(-args.messages // args.rounds)
    # messages, seconds, CPU of the whole machine, CPU of the sink
    totals = {"console": [0, 0.0, 0.0, 0.0], "bare": [0, 0.0, 0.0, 0.0]}
    sent_so_far = 0
    for number in range(1, args.rounds + 1):
        last = number == args.rounds
        target = None if last else per_round
        if processes:
            sent, seconds, (sink_used, own_used) = console_processes(
                url, delivery_id, port, target, processes, sink_pid
            )
        else:
            sink_before, own_before = process_cpu(sink_pid), machine_cpu()
            sent, seconds = console_round(sessions, delivery_id, port, target)
            sink_used = process_cpu(sink_pid) - sink_before
            own_used = machine_cpu() - own_before
        share = messages[sent_so_far : sent_so_far + sent]
        sent_so_far += sent
        sink_before, own_before = process_cpu(sink_pid), machine_cpu()
        bare_seconds = bare_processes(share, port, args.connections, max(1, processes))
        bare_sink, bare_own = process_cpu(sink_pid) - sink_before, machine_cpu() - own_before
        for name, row in (
            ("console", (sent, seconds, own_used, sink_used)),
            ("bare", (len(share), bare_seconds, bare_own, bare_sink)),
        ):
            totals[name] = [a + b for a, b in zip(totals[name], row, strict=True)]
        print(
            f"  round {number}: console {sent:,} in {seconds:.1f} s = {sent / seconds:,.0f}/s, "
            f"bare {len(share):,} in {bare_seconds:.1f} s = {len(share) / bare_seconds:,.0f}/s, "
            f"ratio {(sent / seconds) / (len(share) / bare_seconds):.2f}",
            flush=True,
        )
    rates = {name: n / seconds for name, (n, seconds, _c, _s) in totals.items()}
    for name, (n, seconds, cpu, sink) in totals.items():
        print(
            f"  {name}: {n:,} messages in {seconds:.1f} s = {rates[name]:,.0f} messages/s; "
            f"CPU per message: sender {(cpu - sink) / n * 1000:.2f} ms "
            f"(all its processes), sink {sink / n * 1000:.2f} ms"
        )
    ratio = rates["console"] / rates["bare"]
    print(f"  ratio console / bare: {ratio:.2f} (goal: at least 0.8)", flush=True)
    return ratio


def start_tracking(url: str, port: int) -> subprocess.Popen:
    env = {**os.environ, "CAMPAIGN_CONSOLE_PASSWORD": PASSWORD}
    server = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--db", url, "tracking", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_port(port)
    return server


def tracking_load(sessions, delivery_id: int, port: int, hits: int, concurrency: int):
    with sessions.begin() as session:
        signer = signer_for(session)
        ids = session.scalars(
            select(DeliveryLog.recipient_id).where(DeliveryLog.delivery_id == delivery_id)
        ).all()
    base = f"http://127.0.0.1:{port}"
    rng = random.Random(9)
    urls = []
    for _ in range(hits):
        rid = rng.choice(ids)
        if rng.random() < 0.7:
            token = signer.token(delivery_id, rid, TrackingKind.OPEN)
            urls.append(f"{base}/o/{token}")
        else:
            token = signer.token(delivery_id, rid, TrackingKind.CLICK, "https://shop.example.com/")
            urls.append(f"{base}/c/{token}")

    async def run() -> list[int]:
        connector = aiohttp.TCPConnector(limit=concurrency)
        async with aiohttp.ClientSession(connector=connector) as client:
            queue = list(reversed(urls))
            statuses: list[int] = []

            async def reader() -> None:
                while queue:
                    url = queue.pop()
                    async with client.get(url, allow_redirects=False) as response:
                        await response.read()
                        statuses.append(response.status)

            await asyncio.gather(*(reader() for _ in range(concurrency)))
            return statuses

    with sessions() as session:
        before = session.scalar(select(func.count()).select_from(TrackingLog))
    started = time.perf_counter()
    statuses = asyncio.run(run())
    answered = time.perf_counter() - started
    bad = [s for s in statuses if s not in (200, 302)]
    if bad:
        raise SystemExit(f"{len(bad)} hits were refused: {bad[:5]}")
    deadline = time.monotonic() + 60
    while True:
        with sessions() as session:
            recorded = session.scalar(select(func.count()).select_from(TrackingLog)) - before
        if recorded >= hits or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    recorded_after = time.perf_counter() - started
    return hits / answered, hits / recorded_after, recorded


def hit_to_screen(url: str, engine, sessions, delivery_id: int, port: int, samples: int):
    """Seconds from an open pixel request to the new Opens figure on the sending panel."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.views.app_context import AppContext
    from desktop.views.dashboard.sending_panel import SendingPanel

    app = QApplication.instance() or QApplication([])
    panel = SendingPanel(AppContext(sessions, engine, SYSTEM, url), delivery_id)
    panel.show()
    with sessions.begin() as session:
        signer = signer_for(session)
        opened = set(
            session.scalars(
                select(TrackingLog.recipient_id).where(TrackingLog.delivery_id == delivery_id)
            )
        )
        fresh = session.scalars(
            select(DeliveryLog.recipient_id)
            .where(DeliveryLog.delivery_id == delivery_id)
            .order_by(DeliveryLog.id.desc())
            .limit(samples + len(opened) + 10)
        ).all()
    fresh = [r for r in fresh if r not in opened][:samples]
    delays = []
    for rid in fresh:
        for _ in range(10):
            app.processEvents()
            time.sleep(0.05)
        shown = panel.values["opens"].text()
        url_hit = f"/o/{signer.token(delivery_id, rid, TrackingKind.OPEN)}"
        started = time.perf_counter()
        connection = socket.create_connection(("127.0.0.1", port))
        connection.sendall(f"GET {url_hit} HTTP/1.0\r\nHost: x\r\n\r\n".encode())
        connection.recv(1024)
        connection.close()
        while panel.values["opens"].text() == shown:
            app.processEvents()
            time.sleep(0.005)
            if time.perf_counter() - started > 10:
                raise SystemExit("the hit never reached the screen")
        delays.append(time.perf_counter() - started)
    panel.close()
    return delays


def process_counts(text_value: str) -> list[int]:
    try:
        counts = [int(part) for part in text_value.split(",")]
    except ValueError:
        counts = []
    if not counts or min(counts) < 1:
        raise argparse.ArgumentTypeError(f"process counts such as 1,2,4 (got {text_value!r})")
    return counts


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        url, delivery_id, port, target = sys.argv[2:6]
        sender_child(url, int(delivery_id), int(port), int(target))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=4, help="turns of console and bare loop")
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument(
        "--processes",
        type=process_counts,
        help="send processes per mode, such as 1,2,4 (default: one mode, sending in this process)",
    )
    parser.add_argument("--hits", type=int, default=20_000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--no-gui", action="store_true", help="skip the hit-to-screen delay")
    args = parser.parse_args()
    with database_url(args.db) as url:
        run(url, args)


def run(url: str, args: argparse.Namespace) -> None:
    print(f"database: {args.db}; {args.messages:,} recipients ...", flush=True)
    engine, sessions = make_database(url, args.messages)
    modes = args.processes or [0]
    deliveries = {}
    for processes in modes:
        deliveries[processes] = delivery_id = make_delivery(
            sessions, args.messages, args.connections
        )
        started = time.perf_counter()
        prepared = prepare(sessions, SYSTEM, delivery_id)
        print(
            f"  prepared delivery {delivery_id}: {prepared.to_deliver:,} to deliver in "
            f"{time.perf_counter() - started:.1f} s",
            flush=True,
        )

    sink_port = free_port()
    sink = start_sink(sink_port)
    ratios = {}
    try:
        for processes in modes:
            print(
                f"console send ({processes or 1} process{'es' if processes > 1 else ''}) and "
                f"bare smtplib loop (as many processes), {args.connections} connections "
                f"each, in {args.rounds} rounds ...",
                flush=True,
            )
            ratios[processes] = send_rounds(
                url, sessions, deliveries[processes], sink_port, sink.pid, args, processes
            )
    finally:
        sink.terminate()
        sink.wait(10)
    if len(modes) > 1:
        print(
            "ratios console / bare: "
            + ", ".join(f"{p} process{'es' if p > 1 else ''} {r:.2f}" for p, r in ratios.items())
            + " (goal: at least 0.8 each)"
        )
    delivery_id = deliveries[modes[-1]]

    with sessions.begin() as session:
        set_option(session, SYSTEM, "NmsTracking_ServerUrl", "http://127.0.0.1:8765")
    tracking_port = free_port()
    server = start_tracking(url, tracking_port)
    try:
        print(f"tracking: {args.hits:,} hits, {args.concurrency} at once ...", flush=True)
        answered, recorded_rate, recorded = tracking_load(
            sessions, delivery_id, tracking_port, args.hits, args.concurrency
        )
        print(
            f"  answered: {answered:,.0f} hits/s; recorded {recorded:,} of {args.hits:,}, "
            f"{recorded_rate:,.0f} hits/s counting until the last was written "
            "(goal: at least 1,000, each recorded)",
            flush=True,
        )
        with sessions() as session:
            kpis = delivery_kpis(session, delivery_id).values
        print(
            f"  KPIs: opens {kpis['opens']:,}, clicks {kpis['clicks']:,}, "
            f"all opens {kpis['total_opens']:,}, all clicks {kpis['total_clicks']:,}"
        )
        if not args.no_gui:
            delays = hit_to_screen(url, engine, sessions, delivery_id, tracking_port, 10)
            print(
                f"  hit to KPI on screen: median {statistics.median(delays) * 1000:.0f} ms, "
                f"max {max(delays) * 1000:.0f} ms over {len(delays)} hits (goal: under 1 s)"
            )
    finally:
        server.terminate()
        server.wait(30)
    for processes, sent_delivery in deliveries.items():
        with sessions() as session:
            counted = session.scalar(
                select(func.count()).where(
                    DeliveryLog.delivery_id == sent_delivery, DeliveryLog.status == LogStatus.SENT
                )
            )
        print(
            f"delivery logs marked sent ({processes or 1} process{'es' if processes > 1 else ''}):"
            f" {counted:,}"
        )
    engine.dispose()


if __name__ == "__main__":
    main()
