#!/usr/bin/env bash
# The fuzzing command (docs/fuzzing.md). Builds the harness in Release into artifacts/fuzz, instruments
# the engine (and YamlDotNet, which reads manifests) with SharpFuzz for coverage guidance, then runs it.
#
#   tests/Training.Fuzzing/fuzz.sh                           # run: 1,000,000 executions over gift, manifest, package
#   tests/Training.Fuzzing/fuzz.sh run --target gift --executions 200000
#   tests/Training.Fuzzing/fuzz.sh repro gift fuzz-findings/gift/crash-0123456789abcdef
#
# Exit codes: 0 clean, 1 a crash or memory finding, 2 usage, 3 a hang or the memory ceiling.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/fuzz"

(cd "$root" && dotnet tool restore >/dev/null)
rm -rf "$out"
dotnet build "$here/Training.Fuzzing.csproj" -c Release -o "$out" -nologo -v quiet -clp:ErrorsOnly
for assembly in Training.Engine.dll Training.Sdk.dll YamlDotNet.dll; do
  (cd "$root" && dotnet sharpfuzz "$out/$assembly" >/dev/null)
done

export TRAINING_FUZZ_LAUNCHER="$0"
if [ $# -eq 0 ]; then
  set -- run
fi
exec dotnet "$out/Training.Fuzzing.dll" "$@"
