"""Charts as inline SVG, drawn on the server: nothing to fetch, works offline, prints.

Every text in a chart is escaped; the numbers are ours.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

__all__ = ["bar_chart", "line_chart"]

PALETTE = ["#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2"]
W, H = 640, 220
LEFT, BOTTOM, TOP, RIGHT = 48, 36, 28, 16


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000):
        if value <= step:
            return float(step)
    return float(value)


def line_chart(
    title: str, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]
) -> Markup:
    """One line per series over shared x labels (e.g. days), with a legend."""
    top = _nice_max(max((max(v, default=0) for _, v in series), default=0))
    plot_w, plot_h = W - LEFT - RIGHT, H - TOP - BOTTOM
    n = max(len(labels), 1)

    def x(i: int) -> float:
        return LEFT + (plot_w * i / (n - 1) if n > 1 else plot_w / 2)

    def y(v: float) -> float:
        return TOP + plot_h - plot_h * v / top

    parts = [_frame(title, top)]
    for i, (name, values) in enumerate(series):
        colour = PALETTE[i % len(PALETTE)]
        points = " ".join(f"{x(j):.1f},{y(v):.1f}" for j, v in enumerate(values))
        parts.append(
            f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{points}"/>'
        )
        for j, v in enumerate(values):
            parts.append(
                f'<circle cx="{x(j):.1f}" cy="{y(v):.1f}" r="3" fill="{colour}">'
                f"<title>{escape(name)} {escape(labels[j] if j < len(labels) else '')}: "
                f"{v:g}</title></circle>"
            )
        parts.append(
            f'<rect x="{LEFT + 130 * i}" y="{H - 14}" width="10" height="10" fill="{colour}"/>'
            f'<text x="{LEFT + 14 + 130 * i}" y="{H - 5}" class="legend">{escape(name)}</text>'
        )
    step = max(1, n // 8)
    for j in range(0, len(labels), step):
        parts.append(
            f'<text x="{x(j):.1f}" y="{H - BOTTOM + 14}" text-anchor="middle" class="tick">'
            f"{escape(labels[j])}</text>"
        )
    return _svg(title, parts)


def bar_chart(
    title: str, bars: Sequence[tuple[str, float]], *, fmt: str = "{:g}", colour: int = 0
) -> Markup:
    """Horizontal bars, one per label, the value written at the end of each."""
    row = 24
    height = TOP + row * max(len(bars), 1) + 8
    top = _nice_max(max((v for _, v in bars), default=0))
    label_w = 150
    plot_w = W - label_w - 70
    parts = [f'<text x="0" y="12" class="title">{escape(title)}</text>']
    if not bars:
        parts.append(f'<text x="{label_w}" y="{TOP + 16}" class="tick">no data yet</text>')
    for i, (label, value) in enumerate(bars):
        yy = TOP + 4 + row * i
        width = plot_w * value / top if top else 0
        parts.append(
            f'<text x="{label_w - 6}" y="{yy + 14}" text-anchor="end" class="tick">'
            f"{escape(label)}</text>"
            f'<rect x="{label_w}" y="{yy}" width="{width:.1f}" height="{row - 6}" '
            f'fill="{PALETTE[colour % len(PALETTE)]}"><title>{escape(label)}: '
            f"{escape(fmt.format(value))}</title></rect>"
            f'<text x="{label_w + width + 6:.1f}" y="{yy + 14}" class="tick">'
            f"{escape(fmt.format(value))}</text>"
        )
    return _svg(title, parts, height)


def _frame(title: str, top: float) -> str:
    plot_h = H - TOP - BOTTOM
    lines = [f'<text x="0" y="12" class="title">{escape(title)}</text>']
    for k in range(5):
        value = top * k / 4
        yy = TOP + plot_h - plot_h * k / 4
        lines.append(
            f'<line x1="{LEFT}" x2="{W - RIGHT}" y1="{yy:.1f}" y2="{yy:.1f}" class="grid"/>'
            f'<text x="{LEFT - 6}" y="{yy + 4:.1f}" text-anchor="end" class="tick">'
            f"{value:g}</text>"
        )
    return "".join(lines)


def _svg(title: str, parts: Sequence[str], height: int = H) -> Markup:
    return Markup(
        f'<svg class="chart" viewBox="0 0 {W} {height}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">'
        + "".join(parts)
        + "</svg>"
    )
