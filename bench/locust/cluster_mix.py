"""The traffic bench/cluster.py drives through the load balancer (a Locust file).

Buyers, each a fresh browser (its own visitor cookie, a browser user agent), browse categories
and offerings, read articles, search, compare, read reviews and ask for quotes; vendors sign in
and work their portal. What the cluster must then hold is written to ``$BENCH_OUT``: every
request's outcome and time, the events each 2xx page must have produced per visitor, and the
leads answered 2xx (each carrying a marker in its text).

    BENCH_PLAN=plan.json BENCH_OUT=dir locust -f bench/locust/cluster_mix.py --headless …
"""

from __future__ import annotations

import json
import os
import random
import re
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from locust import HttpUser, between, events, task

PLAN: dict[str, Any] = json.loads(Path(os.environ["BENCH_PLAN"]).read_text())
OUT = Path(os.environ["BENCH_OUT"])
WAIT = float(os.environ.get("BENCH_WAIT", "0.1"))
BROWSER_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
)
_HIDDEN = re.compile(r'<input type="hidden" name="(\w+)" value="([^"]*)"')

requests_log: list[tuple[float, str, bool, int, float]] = []  # start, name, ok, status, ms
expected: Counter[tuple[str, str]] = Counter()  # (visitor, event kind) → events the pages owe
leads: list[dict[str, str]] = []


@events.request.add_listener
def _logged(request_type: str, name: str, response_time: float, response: Any, exception: Any,
            start_time: float, **kwargs: Any) -> None:  # fmt: skip
    status = int(getattr(response, "status_code", 0) or 0)
    requests_log.append((start_time, name, exception is None, status, response_time))


@events.quitting.add_listener
def _written(environment: Any, **kwargs: Any) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "requests.json").write_text(json.dumps(requests_log))
    (OUT / "expected.json").write_text(json.dumps([[v, k, n] for (v, k), n in expected.items()]))
    (OUT / "leads.json").write_text(json.dumps(leads))


class Buyer(HttpUser):
    weight = 9
    wait_time = between(0, WAIT)

    def on_start(self) -> None:
        self.visitor = f"{PLAN['run']}{uuid.uuid4().hex[:16]}"
        self.client.headers["User-Agent"] = BROWSER_UA
        self.client.cookies.set("xy_vid", self.visitor)
        self.articles_read: set[str] = set()

    def page(self, path: str, name: str, *kinds: str) -> Any:
        """GET a public page; a 200 owes a view event (and ``kinds``) for this visitor."""
        with self.client.get(path, name=name, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
                return None
            for kind in ("view", *kinds):
                expected[self.visitor, kind] += 1
            return response

    @task(20)
    def category(self) -> None:
        self.page(f"/c/{random.choice(PLAN['categories'])}/", "/c/[slug]/")

    @task(25)
    def offering(self) -> None:
        self.page(f"/p/{random.choice(PLAN['offerings'])}/", "/p/[slug]/")

    @task(20)
    def article(self) -> None:
        slug = random.choice(PLAN["articles"])
        first = slug not in self.articles_read
        if self.page(f"/a/{slug}/", "/a/[slug]/", *(["read"] if first else [])) is not None:
            self.articles_read.add(slug)

    @task(12)
    def search(self) -> None:
        term = random.choice(PLAN["terms"])
        self.page(f"/search/?q={term}", "/search/?q=", "search_any")

    @task(5)
    def compare(self) -> None:
        pair = random.choice(PLAN["pairs"])
        self.page(f"/compare/?o={pair[0]},{pair[1]}", "/compare/?o=", "compare")

    @task(8)
    def reviews(self) -> None:
        self.page(f"/p/{random.choice(PLAN['reviewed'])}/reviews/", "/p/[slug]/reviews/")

    @task(5)
    def quote(self) -> None:
        slug = random.choice(PLAN["lead_offerings"])
        form = self.page(f"/leads/new/?kind=quote&offering={slug}", "/leads/new/ [form]")
        if form is None:
            return
        marker = f"{PLAN['run']}-{uuid.uuid4().hex}"
        data = {
            **dict(_HIDDEN.findall(form.text)),
            "kind": "quote", "name": "压测", "phone": f"139{random.randrange(10**8):08d}",
            "company": "负载测试有限公司", "company_size": "21-100", "budget": "10k-50k",
            "need": f"集群压测线索 {marker}", "consent": "on",
        }  # fmt: skip
        with self.client.post(
            f"/leads/new/?kind=quote&offering={slug}", data=data, name="/leads/new/ [post]",
            allow_redirects=False, catch_response=True, headers={"Referer": self.host + "/"},
        ) as response:  # fmt: skip
            if response.status_code == 302 and "/leads/r/" in response.headers.get("Location", ""):
                leads.append({"marker": marker, "visitor": self.visitor, "at": time.time()})
                expected[self.visitor, "lead_submit"] += 1
            else:
                response.failure(f"lead not accepted: HTTP {response.status_code}")


class Vendor(HttpUser):
    weight = 1
    wait_time = between(0, WAIT * 5)

    def on_start(self) -> None:
        self.client.headers["User-Agent"] = BROWSER_UA
        self.signed_in = False

    def sign_in(self) -> None:
        form = self.client.get("/accounts/login/", name="/accounts/login/ [form]")
        fields = dict(_HIDDEN.findall(form.text))
        with self.client.post(
            "/accounts/login/", name="/accounts/login/ [post]", allow_redirects=False, catch_response=True,
            data={**fields, "username": PLAN["vendor_login"], "password": PLAN["vendor_password"]},
            headers={"Referer": self.host + "/accounts/login/"},
        ) as response:  # fmt: skip
            self.signed_in = response.status_code == 302
            if not self.signed_in:
                response.failure(f"sign-in failed: HTTP {response.status_code}")

    @task
    def portal(self) -> None:
        if not self.signed_in:
            self.sign_in()
            return
        for path in ("/vendor/", "/vendor/leads/", "/vendor/numbers/"):
            with self.client.get(path, name=path, allow_redirects=False, catch_response=True) as response:
                if response.status_code != 200:
                    response.failure(f"HTTP {response.status_code}")
                    self.signed_in = response.status_code != 302  # a lost session: sign in again
