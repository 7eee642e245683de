#!/usr/bin/env bash
# Regenerates src-gen/ of no.redthread.model from model/plan.ecore and model/plan.genmodel (see tools/emf/regenerate).
# Usage: bundles/no.redthread.model/regenerate.sh   (needs Maven Central the first time; MAVEN_OFFLINE=1 uses ~/.m2)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../../tools/emf/regenerate" "$here" plan no.redthread.model Plan
