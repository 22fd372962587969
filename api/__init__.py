"""The kg web service: a thin FastAPI layer that turns HTTP into calls of the kg library.

Run it with ``uvicorn api.main:create_app --factory`` (or ``kg serve``); the store is
opened when the app starts, not when this package is imported.
"""
