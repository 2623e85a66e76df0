-- POST /scim/v2/Users, a new user each time. Arguments: token, name prefix, and optionally another
-- path to post to (bench/floor.sh: the minimal app's /scim/v2/Users/dry, which stores nothing).
-- The body is Bench.userJson's; each thread numbers its own users.
counter = 0

function init(args)
  token = args[1]
  prefix = args[2]
  path = args[3] or "/scim/v2/Users"
  headers = { ["Content-Type"] = "application/scim+json", ["Accept"] = "application/scim+json",
              ["Authorization"] = "Bearer " .. token }
end

function request()
  counter = counter + 1
  return wrk.format("POST", path, headers, user_json(prefix .. "t" .. thread_id .. "n" .. counter))
end

function response(status, headers, body)
  counted(status == 201, status, body)
end
