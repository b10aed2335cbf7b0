"""ECharts options for the dashboard, built from the same tables the page and CSVs show."""

from __future__ import annotations

from typing import Any

from .reports import Table

PALETTE = ["#2563eb", "#059669", "#d97706", "#dc2626", "#7c3aed"]


def dashboard_charts(tables: dict[str, Table]) -> dict[str, dict[str, Any]]:
    return {
        "traffic": _traffic(tables["traffic"]),
        "funnel": _funnel(tables["funnel"]),
        "channels": _channels(tables["funnel-channel"]),
    }


def _traffic(table: Table) -> dict[str, Any]:
    days = [row[0][5:] for row in table.rows]
    series = [("访客", 1), ("浏览量", 2), ("阅读量", 3), ("线索", 7)]
    return {
        "color": PALETTE,
        "tooltip": {"trigger": "axis"},
        "legend": {"data": [name for name, _ in series]},
        "grid": {"left": 48, "right": 48, "bottom": 32},
        "xAxis": {"type": "category", "data": days},
        "yAxis": [{"type": "value", "name": "次数"}, {"type": "value", "name": "线索"}],
        "series": [
            {
                "name": name,
                "type": "line",
                "smooth": True,
                "yAxisIndex": 1 if name == "线索" else 0,
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
    return {
        "color": PALETTE,
        "tooltip": {"trigger": "axis"},
        "legend": {"data": ["访问", "线索", "成交"]},
        "grid": {"left": 140, "right": 24, "bottom": 24},
        "xAxis": {"type": "value"},
        "yAxis": {"type": "category", "data": [row[0] for row in rows], "inverse": True},
        "series": [
            {"name": name, "type": "bar", "data": [row[index] for row in rows]}
            for name, index in (("访问", 1), ("线索", 4), ("成交", 5))
        ],
    }
