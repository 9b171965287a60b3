"""The seed's own stack for the integration API comparison: FastAPI + uvicorn + asyncpg (one
worker) on the same tables as invitedesk serve.

- GET /api/v1/invitations/?limit=N: the bearer token looked up by its SHA-256 (token and user
  state checked, as ours), then the list's first page in its default order (created_at DESC,
  id DESC) with the same columns and joins as InvitationRepository::list, visible to an admin
  (everything), N+1 rows read to know whether there is a next page; {"items", "next_cursor"}.
- POST /api/v1/invitations/: the token lookup, the checks for an open invitation or an account
  with the e-mail, then in one transaction the invitation, its outbox row and its audit event
  (hash-chained under the same advisory lock as ours); 201 with the item.

Less than ours on purpose (so the ratio is not flattered): no expiry sweep before the first
page, no per-token or per-address rate limits, no permission matrix, no idempotency, no
security headers, no access log.

Run: INVITEDESK_BENCH_DSN=postgresql://... uvicorn fastapi_api:app --workers 1
"""
import datetime
import hashlib
import json
import os
import uuid

import asyncpg
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
pool = None

AUDIT_LOCK_KEY = 7413002  # core/storage/AuditLog.cpp

TOKEN = """
SELECT t.id, t.name, t.read_only, t.expires_at, t.revoked_at, u.id AS user_id, u.email AS user_email,
       u.role, u.is_active, u.organization_id
FROM api_tokens t JOIN users u ON u.id = t.user_id
WHERE t.token_hash = $1
"""

COLUMNS = """
i.id, i.email, i.first_name, i.last_name, i.invitation_type, i.status, i.organization_id,
o.name AS organization, i.invited_by_id, inv.email AS invited_by_email,
inv.first_name AS invited_by_first_name, inv.last_name AS invited_by_last_name,
i.parent_user_id, par.email AS parent_email, i.invitation_message, i.language, i.details, i.npi,
i.expires_at, i.sent_at, i.last_sent_at, i.opened_at, i.resend_count, i.reminder_count,
i.email_delivery_status, i.email_attempts, i.last_email_error, i.accepted_at,
i.accepted_user_id, i.cancelled_at, i.cancelled_by_id, i.cancel_reason, i.created_at,
i.updated_at, i.version
"""
FROM = """
FROM user_invitations i JOIN organizations o ON o.id = i.organization_id
JOIN users inv ON inv.id = i.invited_by_id LEFT JOIN users par ON par.id = i.parent_user_id
"""
LIST = "SELECT " + COLUMNS + FROM + " ORDER BY i.created_at DESC, i.id DESC LIMIT $1"
ONE = "SELECT " + COLUMNS + FROM + " WHERE i.id = $1"


def error(status, code, message, field=None):
    return JSONResponse({"error": {"code": code, "message": message, "field": field}},
                        status_code=status)


def when(t):
    return t.astimezone(datetime.timezone.utc).isoformat(timespec="milliseconds") \
        .replace("+00:00", "Z") if t else None


def item(row):
    out = {}
    for key, value in row.items():
        if isinstance(value, datetime.datetime):
            out[key] = when(value)
        elif isinstance(value, uuid.UUID):
            out[key] = str(value)
        elif key == "details":
            out[key] = json.loads(value) if value else {}
        else:
            out[key] = value
    return out


async def principal(request, conn):
    header = request.headers.get("authorization", "")
    if not header.startswith("Bearer "):
        return None
    row = await conn.fetchrow(TOKEN, hashlib.sha256(header[7:].strip().encode()).digest())
    now = datetime.datetime.now(datetime.timezone.utc)
    if (row is None or row["revoked_at"] is not None or not row["is_active"]
            or (row["expires_at"] is not None and row["expires_at"] <= now)):
        return None
    return row


def unauthenticated():
    return error(401, "unauthenticated",
                 "The API token is not valid, or it has expired or been revoked.", "token")


@app.on_event("startup")
async def startup():
    global pool
    pool = await asyncpg.create_pool(os.environ["INVITEDESK_BENCH_DSN"], min_size=10, max_size=10)


@app.on_event("shutdown")
async def shutdown():
    await pool.close()


@app.get("/api/v1/invitations/")
async def list_invitations(request: Request, limit: int = 50):
    if limit < 1 or limit > 500:
        return error(400, "invalid_input", "The limit must be 1 to 500.", "limit")
    async with pool.acquire() as conn:
        who = await principal(request, conn)
        if who is None:
            return unauthenticated()
        rows = await conn.fetch(LIST, limit + 1)
    items = [item(r) for r in rows[:limit]]
    cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        cursor = f"{when(last['created_at'])}|{last['id']}"
    return {"items": items, "next_cursor": cursor}


@app.post("/api/v1/invitations/")
async def create_invitation(request: Request):
    try:
        body = await request.json()
    except ValueError:
        return error(400, "invalid_input", "The body is not JSON.", "body")
    email = str(body.get("email", "")).strip().lower()
    first, last = str(body.get("first_name", "")).strip(), str(body.get("last_name", "")).strip()
    kind = body.get("invitation_type")
    if "@" not in email or not first or not last or kind not in ("sales", "doctor", "distributor"):
        return error(422, "invalid_input", "The invitation is not valid.", "email")
    now = datetime.datetime.now(datetime.timezone.utc)
    async with pool.acquire() as conn:
        who = await principal(request, conn)
        if who is None:
            return unauthenticated()
        if who["read_only"]:
            return error(403, "not_permitted", "This API token is read-only.", "token")
        async with conn.transaction():
            if await conn.fetchval("SELECT count(*) FROM user_invitations WHERE email = $1 AND "
                                   "organization_id = $2 AND status IN ('pending', 'sent')",
                                   email, who["organization_id"]):
                return error(409, "conflict", "An open invitation exists.", "email")
            if await conn.fetchval("SELECT count(*) FROM users WHERE email = $1", email):
                return error(409, "conflict", "An account exists.", "email")
            new_id = uuid.uuid4()
            await conn.execute(
                "INSERT INTO user_invitations (id, email, first_name, last_name, invitation_type, "
                "role_name, status, organization_id, invited_by_id, parent_user_id, language, "
                "details, expires_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5, "
                "'pending', $6, $7, $7, 'en', '{}'::jsonb, $8, $9, $9)",
                new_id, email, first, last, kind, who["organization_id"], who["user_id"],
                now + datetime.timedelta(days=7), now)
            await conn.execute(
                "INSERT INTO email_outbox (id, invitation_id, kind, recipient, language, "
                "next_attempt_at, created_at) VALUES ($1, $2, 'invitation', $3, 'en', $4, $4)",
                uuid.uuid4(), new_id, email, now)
            await conn.execute("SELECT pg_advisory_xact_lock($1)", AUDIT_LOCK_KEY)
            prev = await conn.fetchval("SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1")
            prev = prev or bytes(32)
            details = json.dumps({"email": email, "invitation_type": kind,
                                  "api_token_id": str(who["id"]),
                                  "api_token_name": who["name"]}, separators=(",", ":"))
            occurred = when(now)
            digest = hashlib.sha256(b"\x1f".join(
                [prev + occurred.encode(), str(who["user_id"]).encode(), b"invitation.created",
                 str(new_id).encode(), details.encode()])).digest()
            await conn.execute(
                "INSERT INTO audit_events (occurred_at, actor_user_id, action, invitation_id, "
                "details, prev_hash, hash) VALUES ($1, $2, 'invitation.created', $3, $4::jsonb, "
                "$5, $6)", now, who["user_id"], new_id, details, prev, digest)
            row = await conn.fetchrow(ONE, new_id)
    return JSONResponse(item(row), status_code=201)
