"""Charts for the insights page, drawn on the server as SVG (no script, no third-party address). Each chart is
an image with a text alternative; the page shows the same figures in a table beside it."""

from __future__ import annotations

from datetime import date
from typing import Dict, List, Sequence, Tuple

from markupsafe import Markup, escape

# one colour per channel, distinguishable in grey too (different lightness), on white; staff.css repeats them
# for the legend (.swatch-<channel>)
CHANNEL_COLOURS = {"web": "#1f4f5c", "sms": "#c96a12", "rest": "#7a8aa6", "other": "#b8c0cc"}
BAR_COLOUR = "#1f4f5c"


def daily_bars(days: Sequence[date], per_day: Dict[date, Dict[str, int]], channels: Sequence[str],
               width: int = 720, height: int = 180) -> Markup:
    """Conversations per day, stacked by channel."""
    top = max([sum(per_day.get(d, {}).values()) for d in days] + [1])
    step = width / max(len(days), 1)
    bar = max(step * 0.7, 1.0)
    total = sum(sum(per_day.get(d, {}).values()) for d in days)
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height + 20}" role="img" '
             f'aria-label="Conversations per day: {total} in {len(days)} days, at most {top} in a day">']
    for index, day in enumerate(days):
        y = float(height)
        for channel in channels:
            count = per_day.get(day, {}).get(channel, 0)
            if not count:
                continue
            h = height * count / top
            y -= h
            parts.append(f'<rect x="{index * step:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                         f'fill="{CHANNEL_COLOURS.get(channel, "#999")}"><title>{day:%b} {day.day}: {count} '
                         f'{escape(channel)}</title></rect>')
    for index, day in enumerate(days):
        if len(days) <= 14 or index % 7 == 0:
            parts.append(f'<text x="{index * step:.1f}" y="{height + 15}" font-size="11">{day:%b} {day.day}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def horizontal_bars(rows: List[Tuple[str, int]], label: str, width: int = 720) -> Markup:
    """One bar per row (the funnel, the topics), labelled with its name and count."""
    top = max([count for _, count in rows] + [1])
    line = 26
    height = line * max(len(rows), 1)
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}">']
    for index, (name, count) in enumerate(rows):
        length = (width - 330) * count / top
        y = index * line
        parts.append(f'<text x="0" y="{y + 17}" font-size="13">{escape(name)}</text>'
                     f'<rect x="250" y="{y + 4}" width="{length:.1f}" height="{line - 8}" fill="{BAR_COLOUR}"/>'
                     f'<text x="{255 + length:.1f}" y="{y + 17}" font-size="13">{count}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
