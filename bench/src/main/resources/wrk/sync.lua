-- The Entra-style cycle per user: filter lookup (a miss), POST, PATCH the group to add the new
-- member. Run with one connection per thread, so each thread's requests alternate strictly with
-- their responses. Arguments: token, name prefix, group id. units counts completed cycles.
counter = 0
step = 0

function init(args)
  token = args[1]
  prefix = args[2]
  group = args[3]
  headers = { ["Content-Type"] = "application/scim+json", ["Accept"] = "application/scim+json",
              ["Authorization"] = "Bearer " .. token }
end

local function encode(s)
  return (string.gsub(s, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  if step == 0 then
    counter = counter + 1
    local_part = prefix .. "t" .. thread_id .. "n" .. counter
    return wrk.format("GET", "/scim/v2/Users?filter=" .. encode('userName eq "' .. local_part .. '@example.com"'), headers)
  elseif step == 1 then
    return wrk.format("POST", "/scim/v2/Users", headers, user_json(local_part))
  else
    return wrk.format("PATCH", "/scim/v2/Groups/" .. group, headers,
      '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Add","path":"members","value":[{"value":"'
      .. user_id .. '"}]}]}')
  end
end

function response(status, headers, body)
  if step == 0 then
    if status == 200 and string.find(body, '"totalResults":0', 1, true) then
      step = 1
    else
      failed(status, body)
    end
  elseif step == 1 then
    user_id = status == 201 and string.match(body, '"id":"([^"]+)"') or nil
    if user_id then
      step = 2
    else
      failed(status, body)
      step = 0
    end
  else
    counted(status == 200 or status == 204, status, body)
    step = 0
  end
end
