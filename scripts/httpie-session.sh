#!/usr/bin/env bash
# The seed's HTTPie session, as README shows it, against a running server:
# register, get a token, read users, update yourself, revoke the token.
# Each step must succeed (--check-status), and the revoked token must fail.
set -euo pipefail
BASE=${1:-http://localhost:5000}
http="http --ignore-stdin --check-status --print=b"
user="alice$RANDOM$RANDOM"

$http POST "$BASE/api/users" username="$user" password=dog \
    email="$user@example.com" "about_me=Hello, my name is Alice!"
token=$($http --auth "$user:dog" POST "$BASE/api/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
id=$($http GET "$BASE/api/users" "Authorization:Bearer $token" per_page==100 |
    python3 -c "import json,sys; print([u['id'] for u in json.load(sys.stdin)['items'] if u['username']=='$user'][0])")
$http GET "$BASE/api/users/$id" "Authorization:Bearer $token"
$http PUT "$BASE/api/users/$id" "about_me=Hi, I am Alice" "Authorization:Bearer $token"
$http DELETE "$BASE/api/tokens" "Authorization:Bearer $token"
if $http GET "$BASE/api/users/$id" "Authorization:Bearer $token" >/dev/null 2>&1; then
  echo "the revoked token still works" >&2
  exit 1
fi
echo "HTTPie session: ok"
