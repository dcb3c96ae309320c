"""The dashboard: charts a person would rather look at than read (inline SVG)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from sweetie.cases.roles import Permission
from sweetie.cases.users import User
from sweetie.web.auth import require_page
from sweetie.web.charts import bar_chart, line_chart
from sweetie.web.context import WebContext, context
from sweetie.web.dashboard import dashboard_data
from sweetie.web.ui.render import render

router = APIRouter()


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard_page(
    request: Request,
    ctx: Annotated[WebContext, Depends(context)],
    user: Annotated[User, Depends(require_page(Permission.READ_CASES))],
) -> HTMLResponse:
    data = dashboard_data(ctx.database)
    charts = [
        line_chart(
            "Events and flags per day",
            data.days,
            [("events", data.events_per_day), ("flags (warn level)", data.flags_per_day)],
        ),
        bar_chart("Flags per language", data.flags_by_language, colour=1),
        bar_chart("Flags per network", data.flags_by_network, colour=2),
    ]
    if data.deterrence is not None:
        charts.append(
            bar_chart("Warnings sent per message variant", data.warned_by_variant, colour=3)
        )
        charts.append(
            bar_chart(
                "Warned who offended again within 30 days, per variant",
                data.reoffended_by_variant,
                fmt="{:.0%}",
                colour=4,
            )
        )
    return render(request, "dashboard.html", data=data, charts=charts)
