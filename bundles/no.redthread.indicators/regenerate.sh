#!/usr/bin/env bash
# Regenerates src-gen/ of no.redthread.indicators from model/indicators.ecore and model/indicators.genmodel (see tools/emf/regenerate).
# Usage: bundles/no.redthread.indicators/regenerate.sh   (needs Maven Central the first time; MAVEN_OFFLINE=1 uses ~/.m2)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../../tools/emf/regenerate" "$here" indicators no.redthread.indicators Indicators
