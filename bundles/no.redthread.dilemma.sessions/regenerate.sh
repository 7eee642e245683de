#!/usr/bin/env bash
# Regenerates src-gen/ of no.redthread.dilemma.sessions from model/sessions.ecore and model/sessions.genmodel (see tools/emf/regenerate).
# Usage: bundles/no.redthread.dilemma.sessions/regenerate.sh   (needs Maven Central the first time; MAVEN_OFFLINE=1 uses ~/.m2)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../../tools/emf/regenerate" "$here" sessions no.redthread.dilemma.sessions Sessions ../no.redthread.model/model/plan.genmodel
