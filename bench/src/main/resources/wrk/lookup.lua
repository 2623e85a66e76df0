-- GET /scim/v2/Users?filter=userName eq "bulk<n>@example.com" for random bulk-loaded users: the
-- look-up an IdP makes before a create, here always a hit. Arguments: token, number of bulk users,
-- and optionally more query parameters (such as excludedAttributes=groups).

function init(args)
  token = args[1]
  users = tonumber(args[2])
  extra = args[3] and args[3] ~= "" and ("&" .. args[3]) or ""
  headers = { ["Accept"] = "application/scim+json", ["Authorization"] = "Bearer " .. token }
  math.randomseed(os.time() * 100 + thread_id)
end

function request()
  local name = "bulk" .. math.random(0, users - 1) .. "%40example.com"
  return wrk.format("GET", "/scim/v2/Users?filter=userName%20eq%20%22" .. name .. "%22" .. extra, headers)
end

function response(status, headers, body)
  counted(status == 200 and string.find(body, '"totalResults":1,', 1, true), status, body)
end
