"""The web part: the reviewers' UI and the JSON API (/api/v1). See `create_app`."""

from sweetie.web.app import create_app
from sweetie.web.config import WebConfig

__all__ = ["WebConfig", "create_app"]
