-- wrk script: creates through the integration API, POST /api/v1/invitations/, each with an
-- e-mail never used before (INVITEDESK_BENCH_NONCE, the wrk thread and a counter), a random
-- token of INVITEDESK_BENCH_TOKENS and a random X-Forwarded-For (see api_list.lua).
local tokens = {}
local counter = 0
local threads = 0
local nonce = os.getenv("INVITEDESK_BENCH_NONCE") or "x"

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  for line in io.lines(os.getenv("INVITEDESK_BENCH_TOKENS")) do
    tokens[#tokens + 1] = line
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000) + (tid or 0))
end

function request()
  counter = counter + 1
  local email = "api-" .. nonce .. "-" .. (tid or 0) .. "-" .. counter .. "@example.com"
  local body = '{"email": "' .. email .. '", "first_name": "Bench", "last_name": "Create ' ..
    counter .. '", "invitation_type": "sales"}'
  return wrk.format("POST", "/api/v1/invitations/", {
    ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)],
    ["Content-Type"] = "application/json",
    ["X-Forwarded-For"] = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." ..
      math.random(1, 254),
  }, body)
end
