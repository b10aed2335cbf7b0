"""ECharts options for the dashboard, built from the same tables the page and CSVs show."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from .reports import Table

PALETTE = ["#2563eb", "#059669", "#d97706", "#dc2626", "#7c3aed"]
LEADS_COLUMN = 7  # the traffic table's leads column, drawn on the right axis


def dashboard_charts(tables: dict[str, Table]) -> dict[str, dict[str, Any]]:
    return {
        "traffic": _traffic(tables["traffic"]),
        "funnel": _funnel(tables["funnel"]),
        "channels": _channels(tables["funnel-channel"]),
    }


def _traffic(table: Table) -> dict[str, Any]:
    days = [row[0][5:] for row in table.rows]
    series = [
        (pgettext("metric", "访客"), 1),
        (_("浏览量"), 2),
        (_("阅读量"), 3),
        (pgettext("metric", "线索"), LEADS_COLUMN),
    ]
    return {
        "color": PALETTE,
        "tooltip": {"trigger": "axis"},
        "legend": {"data": [name for name, _index in series]},
        "grid": {"left": 48, "right": 48, "bottom": 32},
        "xAxis": {"type": "category", "data": days},
        "yAxis": [
            {"type": "value", "name": _("次数")},
            {"type": "value", "name": pgettext("metric", "线索")},
        ],
        "series": [
            {
                "name": name,
                "type": "line",
                "smooth": True,
                "yAxisIndex": 1 if index == LEADS_COLUMN else 0,
                "data": [row[index] for row in table.rows],
            }
            for name, index in series
        ],
    }


def _funnel(table: Table) -> dict[str, Any]:
    return {
        "color": PALETTE,
        "tooltip": {"trigger": "item"},
        "series": [
            {
                "type": "funnel",
                "sort": "none",
                "minSize": "8%",
                "label": {"show": True, "position": "inside", "formatter": "{b}：{c}"},
                "data": [{"name": row[0], "value": row[1]} for row in table.rows],
            }
        ],
    }


def _channels(table: Table) -> dict[str, Any]:
    rows = table.rows[:10]
    bars = ((_("访问"), 1), (pgettext("metric", "线索"), 4), (_("成交"), 5))
    return {
        "color": PALETTE,
        "tooltip": {"trigger": "axis"},
        "legend": {"data": [name for name, _index in bars]},
        "grid": {"left": 140, "right": 24, "bottom": 24},
        "xAxis": {"type": "value"},
        "yAxis": {"type": "category", "data": [row[0] for row in rows], "inverse": True},
        "series": [
            {"name": name, "type": "bar", "data": [row[index] for row in rows]} for name, index in bars
        ],
    }
