#!/usr/bin/env bash
# README's HTTPie session against a running server: the seed's (register,
# get a token, read users, update yourself, revoke the token), then the rest
# of a microblog's life (post, follow, feed, reply, like, search, a
# message and its notification, edit, delete, unfollow, leave).
# Each step must succeed (--check-status), and a revoked token must fail.
set -euo pipefail
BASE=${1:-http://localhost:5000}
http="http --ignore-stdin --check-status --print=b"
user="alice$RANDOM$RANDOM"
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

$http POST "$BASE/api/users" username="$user" password=dog \
    email="$user@example.com" "about_me=Hello, my name is Alice!"
token=$($http --auth "$user:dog" POST "$BASE/api/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
id=$($http GET "$BASE/api/users" "Authorization:Bearer $token" username=="$user" | json "['items'][0]['id']")
$http GET "$BASE/api/users/$id" "Authorization:Bearer $token"
$http PUT "$BASE/api/users/$id" "about_me=Hi, I am Alice" "Authorization:Bearer $token"
$http DELETE "$BASE/api/tokens" "Authorization:Bearer $token"
if $http GET "$BASE/api/users/$id" "Authorization:Bearer $token" >/dev/null 2>&1; then
  echo "the revoked token still works" >&2
  exit 1
fi

friend="bob$RANDOM$RANDOM"
friend_id=$($http POST "$BASE/api/users" username="$friend" password=cat email="$friend@example.com" | json "['id']")
token=$($http --auth "$user:dog" POST "$BASE/api/tokens" | json "['token']")
friend_token=$($http --auth "$friend:cat" POST "$BASE/api/tokens" | json "['token']")
auth="Authorization:Bearer $token"
$http GET "$BASE/api/me" "$auth"
post=$($http POST "$BASE/api/posts" "body=Hello, world!" "$auth" | json "['id']")
$http POST "$BASE/api/posts" "body=Hello from $friend" "Authorization:Bearer $friend_token"
$http PUT "$BASE/api/users/$id/followed/$friend_id" "$auth"
$http GET "$BASE/api/feed" "$auth" | json "['_meta']['total_items']" | grep -qx 2
# A reply that mentions the user, a like, and a search.
reply=$($http POST "$BASE/api/posts" "body=Welcome, @$user!" in_reply_to:="$post" "Authorization:Bearer $friend_token" | json "['id']")
$http GET "$BASE/api/posts/$post/replies" "$auth" | json "['items'][0]['mentions'][0]['username']" | grep -qx "$user"
$http PUT "$BASE/api/users/$id/liked/$reply" "$auth"
$http GET "$BASE/api/posts/$reply" "$auth" | json "['like_count']" | grep -qx 1
$http GET "$BASE/api/posts" q=="hello from $friend" "$auth" | json "['_meta']['total_items']" | grep -qx 1
# A private message, counted unread and notified.
$http POST "$BASE/api/users/$friend_id/messages" "body=Coming tonight?" "$auth"
$http GET "$BASE/api/me" "Authorization:Bearer $friend_token" | json "['unread_message_count']" | grep -qx 1
$http GET "$BASE/api/notifications" since==0 "Authorization:Bearer $friend_token" | json "['items'][-1]['type']" | grep -qx message
$http PUT "$BASE/api/posts/$post" "body=Hello, edited" "$auth"
$http DELETE "$BASE/api/posts/$post" "$auth"
$http DELETE "$BASE/api/users/$id/followed/$friend_id" "$auth"
$http GET "$BASE/api/feed" "$auth" | json "['_meta']['total_items']" | grep -qx 0
$http DELETE "$BASE/api/users/$id" "$auth"
$http DELETE "$BASE/api/users/$friend_id" "Authorization:Bearer $friend_token"
echo "HTTPie session: ok"
