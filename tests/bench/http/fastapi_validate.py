"""The seed's own stack for the comparison: FastAPI + uvicorn + asyncpg (one worker) answering
GET /api/v1/invitations/validate/{token} from the same user_invitations table with the same
JSON as invitedesk serve. Every request reads the database (no answer cache), like ours.

Run: INVITEDESK_BENCH_DSN=postgresql://... uvicorn fastapi_validate:app --workers 1
"""
import datetime
import hashlib
import os

import asyncpg
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()
pool = None

QUERY = """
SELECT i.email, i.first_name, i.last_name, i.invitation_type, i.status, i.expires_at,
       o.name, o.display_name, inv.first_name AS inviter_first, inv.last_name AS inviter_last
FROM invitation_links l
JOIN user_invitations i ON i.id = l.invitation_id
JOIN organizations o ON o.id = i.organization_id
JOIN users inv ON inv.id = i.invited_by_id
WHERE l.token_hash = $1
"""


@app.on_event("startup")
async def startup():
    global pool
    pool = await asyncpg.create_pool(os.environ["INVITEDESK_BENCH_DSN"], min_size=10, max_size=10)


@app.on_event("shutdown")
async def shutdown():
    await pool.close()


@app.get("/api/v1/invitations/validate/{token}")
async def validate(token: str):
    token_hash = hashlib.sha256(token.encode("utf-8")).digest()
    row = await pool.fetchrow(QUERY, token_hash)
    if row is None:
        return JSONResponse({"valid": False, "error": "not_found", "field": "token",
                             "message": "This invitation link is not valid."}, status_code=404)
    now = datetime.datetime.now(datetime.timezone.utc)
    status = row["status"]
    if status in ("pending", "sent") and row["expires_at"] <= now:
        status = "expired"
    if status not in ("pending", "sent"):
        reason = {"failed": "unavailable"}.get(status, status)
        return JSONResponse({"valid": False, "error": "gone", "reason": reason, "field": "token",
                             "message": "This invitation can no longer be used."},
                            status_code=410)
    organization = (row["display_name"] or "").strip() or row["name"]
    expires = row["expires_at"].astimezone(datetime.timezone.utc)
    return {
        "valid": True,
        "email": row["email"],
        "first_name": row["first_name"],
        "last_name": row["last_name"],
        "invitation_type": row["invitation_type"],
        "organization": organization,
        "expires_at": expires.strftime("%Y-%m-%dT%H:%M:%S.") + f"{expires.microsecond // 1000:03d}Z",
    }
