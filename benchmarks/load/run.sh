#!/usr/bin/env bash
# Bounded HTTP load test of the sample site's iCalendar endpoints against an in-memory baseline.
#
# Starts the sample site (Release build) on 127.0.0.1 with PRB_EVENTS_LOAD_BASELINE=1, which adds
# /_baseline/feed.ics and /_baseline/events/{slug}.ics: the same .ics bytes rendered once at start-up and written from
# memory. Then runs wrk, one endpoint at a time, against
#   - the feed            /events/calendar.ics
#   - the event's .ics    /events/{slug}.ics
#   - both again with If-None-Match (answered 304: no body, no re-render)
#   - and the baselines.
# Prints a table (endpoint, requests/s, ratio to its baseline, errors) and exits non-zero when the feed or the event
# .ics serves fewer than MIN_RATIO (0.80) of its baseline's requests/s, or when any run has errors (socket errors or
# responses other than 2xx/3xx). Only 127.0.0.1 is ever targeted; every wrk run is bounded in time.
#
# On a machine with two or more cores the site is pinned to CPU 0 and wrk to CPU 1 (taskset), so that the load
# generator does not steal the server's core: the ratios then vary by a few percent between runs instead of ten.
# PIN=0 turns that off.
#
# Settings (environment): PORT (5181), THREADS (2), CONNECTIONS (16), DURATION (10s), WARMUP (3s), ROUNDS (3; the
# median of the rounds is kept), MIN_RATIO (0.80), SLUG (prb-2011-11-09-wroclaw), PIN (1).
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-5181}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
ROUNDS=${ROUNDS:-3}
MIN_RATIO=${MIN_RATIO:-0.80}
SLUG=${SLUG:-prb-2011-11-09-wroclaw}
PIN=${PIN:-1}
HOST=127.0.0.1
BASE="http://$HOST:$PORT"
OUT=artifacts/load
mkdir -p "$OUT"

for tool in wrk curl dotnet; do
  if ! command -v "$tool" >/dev/null; then
    echo "run.sh: $tool is missing (apt-get install -y wrk curl)" >&2
    exit 2
  fi
done

server_cpu=()
client_cpu=()
if [ "$PIN" = 1 ] && command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then
  server_cpu=(taskset -c 0)
  client_cpu=(taskset -c 1)
fi

if curl -s -o /dev/null "$BASE/" 2>/dev/null; then
  echo "run.sh: something already answers on $BASE; set PORT to a free port" >&2
  exit 2
fi

echo "== build (Release)"
dotnet build samples/Prb.Events.Samples.Web -c Release -o "$OUT/web" -nologo -v quiet >"$OUT/build.log" 2>&1 || {
  cat "$OUT/build.log" >&2
  exit 2
}

echo "== start the site on $BASE"
(
  cd samples/Prb.Events.Samples.Web
  export PRB_EVENTS_LOAD_BASELINE=1 ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
  exec "${server_cpu[@]}" dotnet ../../"$OUT"/web/Prb.Events.Samples.Web.dll --urls "$BASE"
) >"$OUT/site.log" 2>&1 &
site=$!
trap 'kill "$site" 2>/dev/null || true; wait "$site" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -fs -o /dev/null "$BASE/_baseline/feed.ics" 2>/dev/null && break
  if ! kill -0 "$site" 2>/dev/null; then
    cat "$OUT/site.log" >&2
    exit 2
  fi
  sleep 1
done
curl -fs -o /dev/null "$BASE/_baseline/feed.ics" || { echo "run.sh: the site did not start" >&2; cat "$OUT/site.log" >&2; exit 2; }

feed=/events/calendar.ics
event=/events/$SLUG.ics
baseline_feed=/_baseline/feed.ics
baseline_event=/_baseline/events/$SLUG.ics

# The real endpoints and their baselines serve the same bytes but for DTSTAMP (the time each was rendered).
same_bytes() {
  local real=$1 baseline=$2
  curl -fsS "$BASE$real" | grep -v '^DTSTAMP:' >"$OUT/real.ics"
  curl -fsS "$BASE$baseline" | grep -v '^DTSTAMP:' >"$OUT/baseline.ics"
  if ! cmp -s "$OUT/real.ics" "$OUT/baseline.ics"; then
    echo "run.sh: $real and $baseline differ beyond DTSTAMP" >&2
    exit 1
  fi
  echo "$real: same bytes as $baseline but for DTSTAMP ($(wc -c <"$OUT/real.ics" | tr -d ' ') octets without it)"
}
same_bytes "$feed" "$baseline_feed"
same_bytes "$event" "$baseline_event"

etag() { curl -fsS -o /dev/null -D - "$BASE$1" | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }'; }
feed_etag=$(etag "$feed")
event_etag=$(etag "$event")
for check in "$feed $feed_etag" "$event $event_etag"; do
  set -- $check
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $2" "$BASE$1")
  if [ "$status" != 304 ]; then
    echo "run.sh: $1 with If-None-Match: $2 answered $status, not 304" >&2
    exit 1
  fi
done
echo "If-None-Match: $feed_etag and $event_etag answer 304"

# run NAME PATH [HEADER]: wrk once; prints "requests/s errors".
run() {
  local name=$1 path=$2 header=${3:-} log
  log="$OUT/wrk-$name.txt"
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s)
  if [ -n "$header" ]; then args+=(-H "$header"); fi
  "${client_cpu[@]}" wrk "${args[@]}" "$BASE$path" >"$log" 2>&1
  awk '
    /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { errors += $NF }
    /Socket errors:/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%s %d\n", rps + 0, errors + 0 }' "$log"
}

warm() {
  "${client_cpu[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$BASE$1" >/dev/null 2>&1
}

names=(baseline-feed feed feed-304 baseline-event event event-304)
declare -A path=(
  [baseline-feed]=$baseline_feed [feed]=$feed [feed-304]=$feed
  [baseline-event]=$baseline_event [event]=$event [event-304]=$event)
declare -A header=([feed-304]="If-None-Match: $feed_etag" [event-304]="If-None-Match: $event_etag")
declare -A baseline_of=(
  [baseline-feed]=baseline-feed [feed]=baseline-feed [feed-304]=baseline-feed
  [baseline-event]=baseline-event [event]=baseline-event [event-304]=baseline-event)
declare -A samples errors

echo "== warm-up ($WARMUP each)"
for name in "${names[@]}"; do
  warm "${path[$name]}"
done

echo "== measure: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS round(s)${client_cpu[*]:+, site on CPU 0 and wrk on CPU 1}"
for round in $(seq 1 "$ROUNDS"); do
  for name in "${names[@]}"; do
    read -r rps errs < <(run "$name-$round" "${path[$name]}" "${header[$name]:-}")
    samples[$name]="${samples[$name]:-} $rps"
    errors[$name]=$(( ${errors[$name]:-0} + errs ))
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -A rate
for name in "${names[@]}"; do
  rate[$name]=$(median <<<"${samples[$name]}")
done

failed=0
printf '\n%-58s %12s %12s %8s\n' endpoint requests/s vs-baseline errors
for name in "${names[@]}"; do
  label=${path[$name]}
  if [ -n "${header[$name]:-}" ]; then label="$label (If-None-Match, 304)"; fi
  ratio=$(awk -v a="${rate[$name]}" -v b="${rate[${baseline_of[$name]}]}" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')
  printf '%-58s %12.0f %12s %8d\n' "$label" "${rate[$name]}" "$ratio" "${errors[$name]}"
  if [ "${errors[$name]}" -gt 0 ]; then
    failed=1
  fi
  if [ "$name" = feed ] || [ "$name" = event ]; then
    if awk -v r="$ratio" -v m="$MIN_RATIO" 'BEGIN { exit !(r < m) }'; then
      echo "  below $MIN_RATIO of its baseline" >&2
      failed=1
    fi
  fi
done
echo
if [ "$failed" -ne 0 ]; then
  echo "FAIL: a real endpoint is under $MIN_RATIO of its baseline, or a run had errors (logs in $OUT)"
  exit 1
fi
echo "OK: the feed and the event .ics serve at least $MIN_RATIO of the in-memory baseline, without errors"
