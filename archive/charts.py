"""Inline SVG bar charts (no JavaScript, no CDN): articles per day, crawl runs over time."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from markupsafe import Markup, escape

WIDTH, HEIGHT = 900, 260
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP = 48, 40, 12
# One colour per stacked series, in the order the series are given.
PALETTE: tuple[str, ...] = ("#2b6cb0", "#38a169", "#a0aec0", "#d69e2e", "#e53e3e")
MAX_X_LABELS = 8
MAX_BAR_WIDTH = 40.0


def bar_chart(labels: Sequence[str], series: Mapping[str, Sequence[int]], *,
              title: str) -> Markup:
    """A stacked bar chart: one bar per label, one colour per series, with a legend."""
    plot_w = WIDTH - MARGIN_LEFT - 8
    plot_h = HEIGHT - MARGIN_BOTTOM - MARGIN_TOP
    totals = [sum(values[i] for values in series.values()) for i in range(len(labels))]
    top = max(totals, default=0) or 1
    step = plot_w / max(len(labels), 1)
    bar_w = min(max(step * 0.8, 1.0), MAX_BAR_WIDTH)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="archive-chart" role="img" '
             f'viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" aria-label="{escape(title)}">',
             f"<title>{escape(title)}</title>"]
    parts += _axis(top, plot_h)
    for i, label in enumerate(labels):
        x = MARGIN_LEFT + i * step
        y = MARGIN_TOP + plot_h
        for k, (name, values) in enumerate(series.items()):
            colour = PALETTE[k % len(PALETTE)]
            h = values[i] / top * plot_h
            if h <= 0:
                continue
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                         f'fill="{colour}"><title>{escape(label)}: {escape(name)} '
                         f'{values[i]}</title></rect>')
    every = max(1, -(-len(labels) // MAX_X_LABELS))
    for i in range(0, len(labels), every):
        x = MARGIN_LEFT + i * step + bar_w / 2
        parts.append(f'<text x="{x:.1f}" y="{HEIGHT - MARGIN_BOTTOM + 16}" font-size="11" '
                     f'text-anchor="middle">{escape(labels[i])}</text>')
    parts += _legend(list(series))
    parts.append("</svg>")
    return Markup("".join(parts))


def _axis(top: int, plot_h: float) -> list[str]:
    base = MARGIN_TOP + plot_h
    return [
        f'<line x1="{MARGIN_LEFT}" y1="{base}" x2="{WIDTH - 8}" y2="{base}" stroke="#888"/>',
        f'<text x="{MARGIN_LEFT - 6}" y="{MARGIN_TOP + 10}" font-size="11" '
        f'text-anchor="end">{top}</text>',
        f'<text x="{MARGIN_LEFT - 6}" y="{base}" font-size="11" text-anchor="end">0</text>',
    ]


def _legend(names: list[str]) -> list[str]:
    if len(names) < 2:
        return []
    parts = []
    for i, name in enumerate(names):
        colour = PALETTE[i % len(PALETTE)]
        x = MARGIN_LEFT + i * 150
        y = HEIGHT - 10
        parts.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" fill="{colour}"/>'
                     f'<text x="{x + 14}" y="{y}" font-size="11">{escape(name)}</text>')
    return parts
