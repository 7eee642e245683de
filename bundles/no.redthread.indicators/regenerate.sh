#!/usr/bin/env bash
# Regenerates src-gen/ of no.redthread.indicators from model/indicators.ecore and model/indicators.genmodel.
#
# Runs the EMF code generator (org.eclipse.emf.codegen.ecore 2.46.0) headless from a plain classpath:
#   1. the project's Maven Wrapper downloads the generator and its dependencies from Maven Central into a
#      temporary folder (a throwaway pom, so the Tycho reactor is not involved);
#   2. tools/GenerateModel.java runs with Java's source launcher, generates into the temporary folder and
#      replaces src-gen/ with the generated Java sources (nothing else in the bundle is touched).
# Never edit src-gen/ by hand: change the .ecore (documentation, bodies of operations and data-type
# conversions are GenModel annotations there), run this script, and run the build; IndicatorModelMatchesEcoreTest
# fails if the generated code and the .ecore drift apart.
#
# Usage: bundles/no.redthread.indicators/regenerate.sh   (needs network access to Maven Central the first time)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
work="$(mktemp -d "${TMPDIR:-/tmp}/redthread-indicators-emfgen.XXXXXX")"
trap 'rm -rf "$work"' EXIT

cat >"$work/pom.xml" <<'EOF'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>no.redthread.tools</groupId>
  <artifactId>emf-codegen-classpath</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.eclipse.emf</groupId><artifactId>org.eclipse.emf.codegen.ecore</artifactId><version>2.46.0</version></dependency>
    <dependency><groupId>org.eclipse.emf</groupId><artifactId>org.eclipse.emf.codegen</artifactId><version>2.28.0</version></dependency>
    <!-- the same EMF runtime as the target platform -->
    <dependency><groupId>org.eclipse.emf</groupId><artifactId>org.eclipse.emf.common</artifactId><version>2.46.0</version></dependency>
    <dependency><groupId>org.eclipse.emf</groupId><artifactId>org.eclipse.emf.ecore</artifactId><version>2.43.0</version></dependency>
    <dependency><groupId>org.eclipse.emf</groupId><artifactId>org.eclipse.emf.ecore.xmi</artifactId><version>2.41.0</version></dependency>
  </dependencies>
</project>
EOF

"$root/mvnw" -B -q ${MAVEN_OFFLINE:+-o} -f "$work/pom.xml" dependency:copy-dependencies -DoutputDirectory="$work/lib"
"$JAVA_HOME/bin/java" -cp "$work/lib/*" "$here/tools/GenerateModel.java" "$here" "$work/project"
