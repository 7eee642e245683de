import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.tools.ToolProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.internal.catalogue.JsonCatalogueService;
import no.redthread.model.plan.PlanKind;

/**
 * Assembles the plugin SDK beside the distribution (docs/plugins.md, "The SDK"): the API bundles and the list of
 * their exported packages, their Javadoc, the content-pack schemas, the catalogue's ids, a Maven repository for the
 * template project, the template and the docs; then the zip.
 *
 * <p>Run by the product build as a single-file program with the distribution's bundles on the class path, so the
 * catalogue ids come from the shipped catalogue service itself:
 * {@code java -cp "<dist>/bundle/*" SdkAssembler.java <dist> <sdk folder> <source root>}.
 */
public final class SdkAssembler {

    /** The platform jars that the API's signatures show, as artifact id → the start of the bundle's file name. */
    static final Map<String, String> PLATFORM = new LinkedHashMap<>();
    static {
        PLATFORM.put("org.eclipse.swt", "org.eclipse.swt.gtk.linux.x86_64_");
        PLATFORM.put("org.eclipse.jface", "org.eclipse.jface_");
        PLATFORM.put("org.eclipse.equinox.common", "org.eclipse.equinox.common_");
        PLATFORM.put("org.eclipse.core.commands", "org.eclipse.core.commands_");
        PLATFORM.put("org.eclipse.emf.common", "org.eclipse.emf.common_");
        PLATFORM.put("org.eclipse.emf.ecore", "org.eclipse.emf.ecore_");
        PLATFORM.put("org.eclipse.emf.edit", "org.eclipse.emf.edit_");
    }

    /** Every content-pack schema: source file → name in the SDK. */
    static final Map<String, String> SCHEMAS = Map.of(
            "bundles/no.redthread.assessment/schema/form-template.schema.json", "form-templates.schema.json",
            "bundles/no.redthread.indicators/sets/schema.json", "indicator-sets.schema.json",
            "bundles/no.redthread.funding/schemes/schema.json", "funding-schemes.schema.json",
            "bundles/no.redthread.dilemma/scenarios/schema.json", "scenarios.schema.json");

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static void main(String[] args) throws IOException {
        Path dist = Path.of(args[0]);
        Path sdk = Path.of(args[1]);
        Path root = Path.of(args[2]);
        long start = System.nanoTime();
        deleteTree(sdk);
        List<ApiBundle> api = ApiBundle.scan(dist.resolve("bundle"));
        String version = api.get(0).mavenVersion();
        Repository repository = new Repository(sdk.resolve("repository"), version);
        for (ApiBundle bundle : api) {
            copy(bundle.jar(), sdk.resolve("api").resolve(bundle.jar().getFileName()));
            repository.add("no.redthread", bundle.symbolicName(), bundle.jar());
        }
        for (Map.Entry<String, String> platform : PLATFORM.entrySet()) {
            repository.add("no.redthread.platform", platform.getKey(), find(dist.resolve("bundle"), platform.getValue()));
        }
        writePackageList(api, sdk.resolve("api/exported-packages.csv"));
        Javadoc.run(api, root, dist.resolve("bundle"), sdk.resolve("javadoc"));
        for (Map.Entry<String, String> schema : SCHEMAS.entrySet()) {
            copy(root.resolve(schema.getKey()), sdk.resolve("schemas").resolve(schema.getValue()));
        }
        CatalogueIds.write(new JsonCatalogueService(), find(dist.resolve("bundle"), "no.redthread.assessment_"),
                sdk.resolve("catalogue"));
        Template.copy(root.resolve("product/sdk/template"), sdk.resolve("template"), version);
        copy(root.resolve("docs/plugins.md"), sdk.resolve("docs/plugins.md"));
        copyTree(root.resolve("bundles/no.redthread.assessment.countypack"), sdk.resolve("examples/county-pack"),
                List.of("META-INF", "templates", "README.md"));
        Zip.write(sdk, sdk.resolveSibling(sdk.getFileName() + ".zip"));
        System.out.println("SDK: " + api.size() + " API bundles, "
                + api.stream().mapToInt(b -> b.packages().size()).sum() + " exported packages in " + sdk + " ("
                + (System.nanoTime() - start) / 1_000_000_000 + " s)");
    }

    /** A no.redthread bundle of the distribution that exports packages. */
    record ApiBundle(Path jar, String symbolicName, String version, Map<String, String> packages) {

        static List<ApiBundle> scan(Path bundles) throws IOException {
            List<ApiBundle> api = new ArrayList<>();
            try (Stream<Path> jars = Files.list(bundles)) {
                for (Path jar : jars.filter(p -> p.getFileName().toString().startsWith("no.redthread.")).sorted().toList()) {
                    try (JarFile file = new JarFile(jar.toFile())) {
                        var attributes = file.getManifest().getMainAttributes();
                        Map<String, String> packages = ExportPackage.parse(attributes.getValue("Export-Package"));
                        if (!packages.isEmpty()) {
                            api.add(new ApiBundle(jar, attributes.getValue("Bundle-SymbolicName").split(";")[0].trim(),
                                    attributes.getValue("Bundle-Version"), packages));
                        }
                    }
                }
            }
            if (api.isEmpty()) {
                throw new IllegalStateException("no no.redthread bundle with Export-Package in " + bundles);
            }
            return api;
        }

        /** major.minor.micro: the qualifier changes with every build, the template's dependency must not. */
        String mavenVersion() {
            String[] parts = version.split("\\.");
            return parts[0] + "." + parts[1] + "." + parts[2];
        }
    }

    /** The package → version pairs of an Export-Package header (commas inside quotes do not separate). */
    static final class ExportPackage {
        static Map<String, String> parse(String header) {
            Map<String, String> packages = new LinkedHashMap<>();
            if (header == null) {
                return packages;
            }
            for (String clause : split(header, ',')) {
                List<String> parts = split(clause, ';');
                String version = "0.0.0";
                for (String part : parts.subList(1, parts.size())) {
                    if (part.trim().startsWith("version=")) {
                        version = part.trim().substring("version=".length()).replace("\"", "");
                    }
                }
                packages.put(parts.get(0).trim(), version);
            }
            return packages;
        }

        private static List<String> split(String text, char separator) {
            List<String> parts = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            boolean quoted = false;
            for (char c : text.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                }
                if (c == separator && !quoted) {
                    parts.add(part.toString());
                    part.setLength(0);
                } else {
                    part.append(c);
                }
            }
            parts.add(part.toString());
            return parts;
        }
    }

    static void writePackageList(List<ApiBundle> api, Path file) throws IOException {
        StringBuilder csv = new StringBuilder("bundle,package,version\n");
        for (ApiBundle bundle : api) {
            bundle.packages().forEach((name, version) -> csv.append(bundle.symbolicName()).append(',').append(name)
                    .append(',').append(version).append('\n'));
        }
        write(file, csv.toString());
    }

    /** A Maven repository laid out on disk (group/artifact/version/artifact-version.jar and .pom): no index needed. */
    record Repository(Path folder, String version) {
        void add(String group, String artifact, Path jar) throws IOException {
            Path dir = folder.resolve(group.replace('.', '/')).resolve(artifact).resolve(version);
            copy(jar, dir.resolve(artifact + "-" + version + ".jar"));
            write(dir.resolve(artifact + "-" + version + ".pom"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <project xmlns="http://maven.apache.org/POM/4.0.0">
                      <modelVersion>4.0.0</modelVersion>
                      <groupId>%s</groupId>
                      <artifactId>%s</artifactId>
                      <version>%s</version>
                      <description>From the Redthread distribution: %s</description>
                    </project>
                    """.formatted(group, artifact, version, jar.getFileName()));
        }
    }

    /** Javadoc of the exported packages only, from the bundles' sources, against the distribution's jars. */
    static final class Javadoc {
        static void run(List<ApiBundle> api, Path root, Path bundles, Path out) throws IOException {
            List<String> sourcePath = new ArrayList<>();
            TreeSet<String> packages = new TreeSet<>();
            for (ApiBundle bundle : api) {
                for (String dir : List.of("src", "src-gen")) {
                    Path source = root.resolve("bundles").resolve(bundle.symbolicName()).resolve(dir);
                    if (Files.isDirectory(source)) {
                        sourcePath.add(source.toString());
                    }
                }
                packages.addAll(bundle.packages().keySet());
            }
            List<String> classPath;
            try (Stream<Path> jars = Files.list(bundles)) {
                classPath = new ArrayList<>(jars.map(Path::toString).filter(p -> p.endsWith(".jar")).sorted().toList());
            }
            classPath.add(bundles.resolveSibling("bin/felix.jar").toString()); // org.osgi.framework
            List<String> args = new ArrayList<>(List.of("-quiet", "-notimestamp", "-Xdoclint:none",
                    "-tag", "generated:X", "-tag", "model:X", "-tag", "ordered:X", "-encoding", "UTF-8",
                    "-d", out.toString(), "-windowtitle", "Redthread API", "-doctitle", "Redthread API",
                    "-sourcepath", String.join(":", sourcePath), "-classpath", String.join(":", classPath)));
            args.addAll(packages);
            // Its warnings (EMF's generated comments) are noise in the build log: shown only when it fails.
            ByteArrayOutputStream messages = new ByteArrayOutputStream();
            int status = ToolProvider.getSystemDocumentationTool().run(null, messages, messages, args.toArray(String[]::new));
            if (status != 0) {
                throw new IllegalStateException("javadoc failed with status " + status + ":\n" + messages);
            }
        }
    }

    /** The catalogue's ids as JSON, from the shipped catalogue service and the shipped worksheets. */
    static final class CatalogueIds {
        static void write(CatalogueService catalogue, Path assessmentJar, Path out) throws IOException {
            List<Map<String, Object>> dimensions = new ArrayList<>();
            List<Map<String, Object>> themes = new ArrayList<>();
            List<Map<String, Object>> rules = new ArrayList<>();
            for (var dimension : catalogue.dimensions()) {
                dimensions.add(map("id", dimension.id(), "nameNb", dimension.nameNb(), "nameEn", dimension.nameEn(),
                        "themes", dimension.themes().stream().map(t -> t.id()).toList()));
            }
            for (var theme : catalogue.themes()) {
                themes.add(map("id", theme.id(), "dimension", theme.dimensionId(), "nameNb", theme.nameNb(),
                        "nameEn", theme.nameEn(), "sdgTargets", theme.sdgTargetCodes()));
                theme.rules().forEach(rule -> rules.add(map("id", rule.id(), "theme", theme.id(),
                        "textNb", rule.textNb(), "textEn", rule.textEn())));
            }
            List<Map<String, Object>> sdgs = new ArrayList<>();
            for (var sdg : catalogue.sdgs()) {
                sdgs.add(map("number", sdg.number(), "shortNameNb", sdg.shortNameNb(), "shortNameEn", sdg.shortNameEn(),
                        "targets", sdg.targets().stream().map(t -> t.code()).toList()));
            }
            List<Map<String, Object>> targets = new ArrayList<>();
            catalogue.sdgTargets().forEach(t -> targets.add(map("code", t.code(), "goal", t.goal(), "textEn", t.textEn())));
            List<Map<String, Object>> planKinds = new ArrayList<>();
            PlanKind.VALUES.forEach(k -> planKinds.add(map("id", k.getLiteral(), "name", k.getName())));
            JSON.writeValue(file(out, "dimensions.json"), dimensions);
            JSON.writeValue(file(out, "themes.json"), themes);
            JSON.writeValue(file(out, "rules.json"), rules);
            JSON.writeValue(file(out, "sdgs.json"), sdgs);
            JSON.writeValue(file(out, "sdg-targets.json"), targets);
            JSON.writeValue(file(out, "plan-kinds.json"), planKinds);
            JSON.writeValue(file(out, "answer-scales.json"), answerScales(assessmentJar));
        }

        /** Each shipped worksheet's answer scales with their options (id and meaning), by worksheet id. */
        private static List<Map<String, Object>> answerScales(Path assessmentJar) throws IOException {
            List<Map<String, Object>> scales = new ArrayList<>();
            try (JarFile jar = new JarFile(assessmentJar.toFile())) {
                List<String> names = jar.stream().map(ZipEntry::getName)
                        .filter(n -> n.startsWith("templates/") && n.endsWith(".json")).sorted().toList();
                for (String name : names) {
                    JsonNode template;
                    try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
                        template = JSON.readTree(in);
                    }
                    for (JsonNode scale : template.path("scales")) {
                        List<Map<String, Object>> options = new ArrayList<>();
                        scale.path("options").forEach(o -> options.add(map("id", o.path("id").asText(),
                                "labelNb", o.path("labelNb").asText(), "meaning", o.path("meaning").asText())));
                        scales.add(map("template", template.path("id").asText(), "id", scale.path("id").asText(),
                                "labelNb", scale.path("labelNb").asText(), "options", options));
                    }
                }
            }
            if (scales.isEmpty()) {
                throw new IllegalStateException("no answer scales in the worksheets of " + assessmentJar);
            }
            return scales;
        }

        private static Map<String, Object> map(Object... keysAndValues) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
            return map;
        }

        private static java.io.File file(Path folder, String name) throws IOException {
            Files.createDirectories(folder);
            return folder.resolve(name).toFile();
        }
    }

    /** The template project, with the SDK's version in its pom. */
    static final class Template {
        static void copy(Path source, Path target, String version) throws IOException {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path relative = source.relativize(file);
                    if (relative.startsWith("target")) {
                        continue;
                    }
                    if (relative.toString().equals("pom.xml")) {
                        write(target.resolve(relative), Files.readString(file).replace("@REDTHREAD_VERSION@", version));
                    } else {
                        SdkAssembler.copy(file, target.resolve(relative));
                    }
                }
            }
        }
    }

    /** The zip of the SDK folder, with the folder's name as the top folder. */
    static final class Zip {
        static void write(Path folder, Path zip) throws IOException {
            try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
                    Stream<Path> files = Files.walk(folder)) {
                for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new ZipEntry(folder.getFileName() + "/" + folder.relativize(path)));
                    Files.copy(path, out);
                    out.closeEntry();
                }
            }
        }
    }

    static Path find(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + prefix + "*.jar in " + folder));
        }
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The named files and folders of a source folder, as they are: the SDK's data-only example. */
    static void copyTree(Path source, Path target, List<String> names) throws IOException {
        for (String name : names) {
            try (Stream<Path> files = Files.walk(source.resolve(name))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    copy(file, target.resolve(source.relativize(file).toString()));
                }
            }
        }
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
