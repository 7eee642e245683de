#!/usr/bin/env bash
# Regenerates src-gen/ of no.redthread.assessment from model/assessment.ecore and model/assessment.genmodel (see tools/emf/regenerate).
# Usage: bundles/no.redthread.assessment/regenerate.sh   (needs Maven Central the first time; MAVEN_OFFLINE=1 uses ~/.m2)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../../tools/emf/regenerate" "$here" assessment no.redthread.assessment Assessment ../no.redthread.model/model/plan.genmodel
