"""One error type carrying its HTTP status, rendered by one handler as JSON."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import JSONResponse


class ApiError(Exception):
    """An error a client caused or can act on; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


async def handle_api_error(request: Request, exc: Exception) -> JSONResponse:
    """Render any ApiError as ``{"error": message, "status": code}``."""
    assert isinstance(exc, ApiError)
    return JSONResponse({"error": exc.message, "status": exc.status}, status_code=exc.status)
