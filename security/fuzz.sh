#!/usr/bin/env bash
# Searches for new failing inputs with every Jazzer @FuzzTest, each for its maxDuration (60 s), one after another.
# A normal `./mvnw verify` only replays the committed inputs (regression mode); this is the long run.
#
#   security/fuzz.sh                          # every target
#   security/fuzz.sh AnswerFuzzTest           # the targets whose name contains this
#
# A finding fails its run and is written next to the committed inputs of its test
# (backend/src/test/resources/io/tollgate/<package>/<Test>Inputs/<method>/crash-...): fix the cause and keep the file,
# so every later build replays it. New inputs that reached new code are kept in backend/.cifuzz-corpus/ (not
# committed); copy the useful ones next to the committed inputs. Results go to target/fuzz/<target>.log.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=target/fuzz
mkdir -p "$OUT"
TARGETS=(
  "TemplateCsvFuzzTest#csvImportParsesOrRejectsWithFieldErrors"
  "AnswerFuzzTest#anyAnswerIsTakenOrRefusedWithFieldErrors"
  "VendorImportFuzzTest#csvImportReadsEveryRowOrRefusesTheFile"
  "VendorImportFuzzTest#jsonImportReadsEveryRowOrRefusesTheFile"
  "ScoringInputFuzzTest#anyInputIsRefusedWithIllegalArgumentOrScoredWithinBounds"
)
failed=0
for target in "${TARGETS[@]}"; do
  [[ -n "${1:-}" && "$target" != *"$1"* ]] && continue
  log="$OUT/${target/\#/.}.log"
  echo "== $target ($(date -u +%Y-%m-%dT%H:%MZ))"
  # Jazzer fuzzes one test per JVM, so each target is its own run. The frontend is only on the class path here.
  JAZZER_FUZZ=1 ./mvnw -B -ntp -pl api,frontend,backend test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
    -DskipFrontendTests=true -Dcontract.lint.skip=true -Dskip.npm -Dskip.installnodenpm -Dcodegen.skip=true > "$log" 2>&1
  status=$?
  grep -E "^Done [0-9]+ runs|DONE +cov" "$log" | tail -2 | sed 's/^/   /'
  if [ $status -ne 0 ]; then
    echo "   FINDING or failure: see $log"; grep -m3 -E "FuzzTestFindingException|Caused by|ERROR\]" "$log" | sed 's/^/   /'
    failed=1
  fi
done
[ $failed -eq 0 ] && echo "fuzz: no finding" || { echo "fuzz: see the logs above"; exit 1; }
