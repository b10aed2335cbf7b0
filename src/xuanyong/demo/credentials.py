"""Sample credentials (示例数据): 信创, 等保, 软著, ICP/EDI, ISO/CMMI and 专票 for some of the sample
vendors and their software, submitted through the credentials service like real ones, then
about two thirds marked as verified. Every number is fictional, in the format of the real thing."""

from __future__ import annotations

import datetime as dt
import random

from django.utils import timezone

from xuanyong.catalog import credentials as services
from xuanyong.catalog.models import (
    XINCHUANG_CPUS,
    XINCHUANG_DBS,
    XINCHUANG_OSES,
    Credential,
    Offering,
    Vendor,
)

SEED = 20261204
PROVINCES = "京沪粤浙苏川鄂"
Kind = Credential.Kind


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _submit(vendor: Vendor, **fields: object) -> Credential:
    data = services.CredentialInput(**fields)  # type: ignore[arg-type]
    return services.credential_submit(vendor=vendor, user=None, data=data, refresh=False)


def load_credentials() -> int:
    rng = random.Random(SEED)
    today = timezone.localdate()
    created: list[Credential] = []
    for vendor in Vendor.objects.order_by("pk"):
        province = rng.choice(PROVINCES)
        if rng.random() < 0.5:
            created.append(_submit(vendor, kind=Kind.ICP, number=f"{province}B2-2019{_digits(rng, 4)}"))
        if rng.random() < 0.2:
            created.append(_submit(vendor, kind=Kind.EDI, number=f"{province}B2-2020{_digits(rng, 4)}"))
        for kind, share in ((Kind.ISO27001, 0.3), (Kind.ISO9001, 0.3)):
            if rng.random() < share:
                issued = today - dt.timedelta(days=rng.randint(60, 700))
                number = f"{rng.choice(['CQC', 'CCCI', 'BSI'])}-{kind.removeprefix('iso')}-{_digits(rng, 6)}"
                created.append(
                    _submit(
                        vendor,
                        kind=kind,
                        number=number,
                        issued_on=issued,
                        expires_on=issued + dt.timedelta(days=1095),
                    )
                )
        if rng.random() < 0.15:
            issued = today - dt.timedelta(days=rng.randint(30, 900))
            created.append(
                _submit(vendor, kind=Kind.CMMI, level=rng.choice([3, 3, 5]), number=f"CMMI-{_digits(rng, 5)}",
                        issued_on=issued, expires_on=issued + dt.timedelta(days=1095))
            )  # fmt: skip
        if rng.random() < 0.7:
            created.append(_submit(vendor, kind=Kind.VAT_INVOICE))
    for offering in (
        Offering.objects.filter(kind=Offering.Kind.SOFTWARE).select_related("vendor").order_by("pk")
    ):
        if rng.random() < 0.4:
            platforms = [
                *rng.sample([c for c, _ in XINCHUANG_CPUS], rng.randint(1, 3)),
                *rng.sample([c for c, _ in XINCHUANG_OSES], rng.randint(1, 2)),
                *rng.sample([c for c, _ in XINCHUANG_DBS], rng.randint(0, 2)),
            ]
            created.append(
                _submit(offering.vendor, kind=Kind.XINCHUANG, offering=offering, platforms=tuple(platforms),
                        number=f"XC-{today.year - rng.randint(0, 2)}-{_digits(rng, 5)}")
            )  # fmt: skip
        if rng.random() < 0.3:
            assessed = today - dt.timedelta(days=rng.randint(5, 350))
            created.append(
                _submit(offering.vendor, kind=Kind.DENGBAO, offering=offering, level=rng.choice([2, 3, 3, 4]),
                        number=f"{_digits(rng, 11)}-{_digits(rng, 5)}", issued_on=assessed,
                        expires_on=assessed + dt.timedelta(days=365))
            )  # fmt: skip
        if rng.random() < 0.5:
            year = today.year - rng.randint(1, 6)
            created.append(
                _submit(offering.vendor, kind=Kind.RUANZHU, offering=offering, number=f"{year}SR{_digits(rng, 7)}",
                        name=f"{offering.name}软件 V{rng.randint(2, 6)}.0", issued_on=dt.date(year, rng.randint(1, 12), 1))
            )  # fmt: skip
    verified = [c.pk for c in created if rng.random() < 0.65]
    Credential.objects.filter(pk__in=verified).update(
        status=Credential.Status.VERIFIED, verified_at=timezone.now() - dt.timedelta(days=rng.randint(3, 90))
    )
    services.credentials_refresh(Vendor.objects.values_list("pk", flat=True))
    return len(created)
