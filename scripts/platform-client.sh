#!/usr/bin/env bash
# Sample client for the trading platform's engineers (docs/exchange-api.md): signs each request
# with HMAC-SHA256 using openssl, sends it with curl, and follows the ceiling-price change feed.
#
#   scripts/platform-client.sh ceiling-price XA-2026-0001        # a filed ceiling price
#   scripts/platform-client.sh follow                            # page through the feed, then poll for new filings
#   scripts/platform-client.sh get '/exchange/v1/ocds/releases?limit=10'
#   scripts/platform-client.sh post /exchange/v1/tenders/XA-2026-0001/bid-openings opening.json my-key-1
#
# Environment: BASE (http://localhost:5080), CLIENT_ID (platform), SECRET (platform-demo-secret),
# CURSOR_FILE (where `follow` keeps its place; .platform-cursor), POLL (seconds between polls; 10).
set -euo pipefail

BASE=${BASE:-http://localhost:5080}
CLIENT_ID=${CLIENT_ID:-platform}
SECRET=${SECRET:-platform-demo-secret}
CURSOR_FILE=${CURSOR_FILE:-.platform-cursor}
POLL=${POLL:-10}

# signed METHOD PATH?QUERY [BODY_FILE] [IDEMPOTENCY_KEY] -> response body on stdout, status on stderr
signed() {
  local method=$1 target=$2 body=${3:-} key=${4:-}
  local ts nonce body_hash sig
  ts=$(date +%s)
  nonce=$(openssl rand -hex 16)
  if [[ -n $body ]]; then body_hash=$(openssl dgst -sha256 -r "$body" | cut -d' ' -f1)
  else body_hash=$(printf '' | openssl dgst -sha256 -r | cut -d' ' -f1); fi
  # canonical string: METHOD \n PATH?QUERY \n X-Timestamp \n X-Nonce \n hex(sha256(body))
  sig=$(printf '%s\n%s\n%s\n%s\n%s' "$method" "$target" "$ts" "$nonce" "$body_hash" \
    | openssl dgst -sha256 -hmac "$SECRET" -binary | openssl base64 -A)
  local args=(-sS -X "$method" "$BASE$target" -H "X-Client-Id: $CLIENT_ID" -H "X-Timestamp: $ts"
              -H "X-Nonce: $nonce" -H "X-Signature: $sig" -w '\n%{http_code}\n')
  [[ -n $body ]] && args+=(-H 'Content-Type: application/json' --data-binary "@$body")
  [[ -n $key ]] && args+=(-H "Idempotency-Key: $key")
  local out status
  out=$(curl "${args[@]}")
  status=$(tail -n1 <<<"$out")
  sed '$d' <<<"$out"
  echo "HTTP $status" >&2
  [[ $status == 2* ]]
}

# the value of a top-level string field in a JSON document (enough for "next"; use jq if you have it)
field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }

follow() {
  local cursor page next
  cursor=$(cat "$CURSOR_FILE" 2>/dev/null || true)
  while true; do
    page=$(signed GET "/exchange/v1/ceiling-prices?limit=100${cursor:+&after=$cursor}")
    next=$(field next <<<"$page")
    if [[ $page == *'"items":[]'* ]]; then
      echo "no new filings; polling again in ${POLL}s (cursor $cursor)" >&2
      sleep "$POLL"
      continue
    fi
    # each item is one filed version, exactly once, in filing order
    grep -o '"tenderCode":"[^"]*","projectName":"[^"]*","version":[0-9]*,"status":"[^"]*"' <<<"$page" || true
    cursor=$next
    echo "$cursor" >"$CURSOR_FILE"
  done
}

case ${1:-} in
  ceiling-price) signed GET "/exchange/v1/tenders/$2/ceiling-price"; echo ;;
  follow) follow ;;
  get) signed GET "$2"; echo ;;
  post) signed POST "$2" "$3" "${4:-$(openssl rand -hex 8)}"; echo ;;
  *) sed -n '2,13p' "$0"; exit 2 ;;
esac
