-- wrk script: the first page of the integration API's list, GET /api/v1/invitations/?limit=50,
-- with a bearer token. INVITEDESK_BENCH_TOKENS names a file of tokens (one a line) of the same
-- admin; each request takes one at random and a random X-Forwarded-For (serve runs with
-- --trust-proxy), so the per-token and per-address rate limits, which stay on, never refuse.
local tokens = {}

function init(args)
  for line in io.lines(os.getenv("INVITEDESK_BENCH_TOKENS")) do
    tokens[#tokens + 1] = line
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  return wrk.format("GET", "/api/v1/invitations/?limit=50", {
    ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)],
    ["X-Forwarded-For"] = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." ..
      math.random(1, 254),
  })
end
