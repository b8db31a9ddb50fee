#!/usr/bin/env bash
# Mutation-tests the source files a change touches with Stryker.NET (the local tool in .config/dotnet-tools.json),
# one file at a time, each against the test project that mirrors its project (src/Prb.Events.X or samples/Prb.Events.X
# -> tests/Prb.Events.X.Tests,
# whose stryker-config.json holds the settings). Not part of CI: run it by hand before asking for a review.
#
#   eng/mutate-changed.sh                         the .cs files under src/ and samples/ changed since the merge base with main
#                                                 (committed or not)
#   eng/mutate-changed.sh --base origin/main      the same against another base
#   eng/mutate-changed.sh src/Prb.Events.AspNet/Http/ConditionalRequest.cs ...   the files named
#   eng/mutate-changed.sh --list                  only print each file and its test project
#
# Stryker runs one mutant at a time (concurrency 1 in the configs) and never two runs at once: a lock file makes a
# second call wait for the first. Each run leaves its HTML and JSON reports in tests/Prb.Events.X.Tests/StrykerOutput/
# (git-ignored); the script ends with each file's score. See docs/mutation-testing.md.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"

base=main
list=false
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base="$2"; shift 2 ;;
    --list) list=true; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) files+=("$1"); shift ;;
  esac
done

if [ ${#files[@]} -eq 0 ]; then
  merge_base="$(git merge-base "$base" HEAD)"
  while IFS= read -r file; do files+=("$file"); done < <(git diff --name-only --diff-filter=d "$merge_base" -- 'src/*.cs' 'samples/*.cs')
fi

if [ ${#files[@]} -eq 0 ]; then
  echo "mutate-changed: no source file under src/ or samples/ changed since $base."
  exit 0
fi

if ! $list; then
  dotnet tool restore >/dev/null
  exec 9>"${TMPDIR:-/tmp}/prb-events-stryker.lock"
  if ! flock -n 9; then
    echo "mutate-changed: another Stryker run holds the lock; waiting for it to end."
    flock 9
  fi
fi

summary=()
status=0
for file in "${files[@]}"; do
  if [[ ! "$file" =~ ^(src|samples)/(Prb\.Events\.[A-Za-z.]+)/(.+\.cs)$ ]]; then
    echo "mutate-changed: skipping $file (not a C# file of a project under src/ or samples/)."
    continue
  fi
  project="${BASH_REMATCH[2]}"
  inside="${BASH_REMATCH[3]}"
  tests="tests/$project.Tests"
  if [ ! -f "$tests/stryker-config.json" ]; then
    echo "mutate-changed: skipping $file (no $tests/stryker-config.json)."
    continue
  fi

  if $list; then
    echo "$file -> $tests (--mutate \"**/$inside\")"
    continue
  fi

  echo "mutate-changed: $file against $tests"
  log="$(mktemp)"
  if (cd "$tests" && dotnet stryker --skip-version-check --mutate "**/$inside") 2>&1 | tee "$log"; then
    score="$(grep -o 'The final mutation score is [0-9.]*' "$log" | tail -1 | grep -o '[0-9.]*$' || true)"
    summary+=("${score:-?}%  $file")
  else
    summary+=("failed  $file")
    status=1
  fi
  rm -f "$log"
done

$list && exit 0
echo
echo "mutate-changed: mutation scores (reports in tests/*/StrykerOutput/)"
for line in "${summary[@]}"; do echo "  $line"; done
exit $status
