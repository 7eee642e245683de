#!/usr/bin/env bash
# Regenerates the item providers in src-gen/ of no.redthread.model.edit from the model's plan.ecore/plan.genmodel.
#
# Like bundles/no.redthread.model/regenerate.sh, it runs the EMF code generator (org.eclipse.emf.codegen.ecore
# 2.46.0) headless from a plain classpath fetched from Maven Central with the project's Maven Wrapper, here with
# tools/GenerateEdit.java. The edit settings (plugin class, property descriptions, sorted choices, ...) are applied
# in memory; the model bundle's files are only read. The generator merges into the current src-gen/, so the
# hand-made methods marked "@generated NOT" (Norwegian labels, icons) survive; new resource keys are added to the
# English src/no/redthread/model/plan/provider/plugin.properties and listed when nb/nn lack them.
#
# Usage: bundles/no.redthread.model.edit/regenerate.sh   (needs network access to Maven Central the first time)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
work="$(mktemp -d "${TMPDIR:-/tmp}/redthread-emfgen-edit.XXXXXX")"
trap 'rm -rf "$work"' EXIT

cat >"$work/pom.xml" <<'POM'
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
POM

"$root/mvnw" -B -q -f "$work/pom.xml" dependency:copy-dependencies -DoutputDirectory="$work/lib"
mkdir -p "$work/project"
"$JAVA_HOME/bin/java" -cp "$work/lib/*" "$here/tools/GenerateEdit.java" "$here" "$work/project"
