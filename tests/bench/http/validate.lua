-- wrk script: each request validates a random token from the seeded table (one in twenty is
-- unknown, so 404s are measured too). INVITEDESK_BENCH_TOKENS names the token file.
local tokens = {}

function init(args)
  local path = os.getenv("INVITEDESK_BENCH_TOKENS")
  for line in io.lines(path) do
    tokens[#tokens + 1] = line
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local token = tokens[math.random(#tokens)]
  return wrk.format("GET", "/api/v1/invitations/validate/" .. token)
end
