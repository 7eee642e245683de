#!/usr/bin/env bash
# Regenerates src-gen/ of no.redthread.funding.applications from model/applications.ecore and model/applications.genmodel (see tools/emf/regenerate).
# Usage: bundles/no.redthread.funding.applications/regenerate.sh   (needs Maven Central the first time; MAVEN_OFFLINE=1 uses ~/.m2)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../../tools/emf/regenerate" "$here" applications no.redthread.funding.applications Applications ../no.redthread.model/model/plan.genmodel
