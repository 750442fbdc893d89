#!/bin/sh
# Runs the Micro-Manager script `camtest plan --out` writes under BeanShell (Debian package bsh) against stub
# mm/mmc objects, headless (the OK/Cancel dialog is answered OK), then checks the session.json it wrote.
# Usage: run_harness.sh SENSOR   (needs java, javac, /usr/share/java/bsh.jar, a built camtest, python3)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
WORK=$(mktemp -d)
SENSOR=${1:-EMCCD}
dotnet "$ROOT/src/CamTest.Cli/bin/Debug/net10.0/camtest.dll" plan --sensor "$SENSOR" --out "$WORK/plan" > /dev/null
javac -d "$WORK/classes" "$HERE"/org/micromanager/data/*.java "$HERE/StubStudio.java"
sed -e "s#String ROOT = \"C:/camtest/session\";#String ROOT = \"$WORK/session\";#" \
    -e 's#int answer = JOptionPane.showConfirmDialog(null, message, "CamTest", JOptionPane.OK_CANCEL_OPTION);#int answer = JOptionPane.OK_OPTION; print("ASK: " + message);#' \
    "$WORK/plan/acquire_camtest.bsh" > "$WORK/script.bsh"
cat > "$WORK/main.bsh" <<EOS
mm = new StubStudio();
mmc = new StubStudio.Core();
source("$WORK/script.bsh");
print(mmc.log.toString());
EOS
java -cp "/usr/share/java/bsh.jar:$WORK/classes" bsh.Interpreter "$WORK/main.bsh"
/usr/bin/python3 - "$WORK/session" <<'EOP'
import json, os, sys
root = sys.argv[1]
s = json.load(open(os.path.join(root, "session.json")))
files = [s["bias"]["files"]] + [e["files"] for e in s["flats"] + s["darks"]] + [s["hotPixels"]["files"]]
if "emGain" in s:
    files += [s["emGain"]["reference"]["files"], s["emGain"]["amplified"]["files"]]
for group in files:
    for f in group:
        assert os.path.exists(os.path.join(root, f)), f
print(json.dumps(s, indent=1))
print("HARNESS OK:", sum(len(g) for g in files), "stack files exist; bias frames:",
      len(open(os.path.join(root, s["bias"]["files"][0])).read().splitlines()))
EOP
