-- wrk script for first looks: every request validates a token nobody has looked at yet.
-- INVITEDESK_BENCH_TOKENS names the file of fresh tokens; the threads walk it in turns, each
-- token once. When a run outlasts the file it starts again (those are repeat looks) and
-- counts those, reported in done(), so the figure can be checked.
local tokens = {}
local threads = {}
local count = 0

function setup(thread)
  count = count + 1
  thread:set("index", count)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("INVITEDESK_BENCH_TOKENS")) do
    tokens[#tokens + 1] = line
  end
  step = tonumber(os.getenv("INVITEDESK_BENCH_THREADS") or "2")
  issued = 0
  repeats = 0
end

function request()
  -- This thread's tokens are index, index + step, index + 2 * step, ...
  local linear = index + issued * step
  if linear > #tokens then
    repeats = repeats + 1
  end
  issued = issued + 1
  local token = tokens[((linear - 1) % #tokens) + 1]
  return wrk.format("GET", "/api/v1/invitations/validate/" .. token)
end

function done(summary, latency, requests)
  local issuedTotal, repeatsTotal = 0, 0
  for _, thread in ipairs(threads) do
    issuedTotal = issuedTotal + thread:get("issued")
    repeatsTotal = repeatsTotal + thread:get("repeats")
  end
  io.write(string.format("first looks: issued %d, repeats after the file ran out %d\n",
                         issuedTotal, repeatsTotal))
end
