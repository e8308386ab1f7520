"""The web API and the Arabic/English dashboard (install with the ``web`` extra)."""

from basma.web.app import create_app

__all__ = ["create_app"]
