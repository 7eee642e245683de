package no.redthread.console.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a new plugin project from the SDK's template (docs/plugins.md): the template's package, artifact and
 * contribution ids {@code no.example.redthread.hello} become the plugin's id, its group the id's parent, and the
 * pom points at the SDK's repository by absolute path so the project builds wherever it lies.
 */
final class PluginProjectWriter {

    static final String TEMPLATE_ID = "no.example.redthread.hello";
    private static final String TEMPLATE_GROUP = "<groupId>no.example.redthread</groupId>";
    private static final String TEMPLATE_SDK = "<redthread.sdk>${project.basedir}/..</redthread.sdk>";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");
    private static final List<String> TEXT_FILES = List.of(".java", ".xml", ".properties", ".md", ".gitignore");

    private final Path sdk;

    PluginProjectWriter(Path sdk) {
        this.sdk = sdk;
    }

    /** Writes the project into {@code folder}, which must be missing or empty; returns the files written. */
    List<Path> write(String id, Path folder) throws IOException {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(ConsoleTexts.get("newPlugin.badId", id));
        }
        Path template = sdk.resolve("template");
        if (!Files.isRegularFile(template.resolve("pom.xml"))) {
            throw new IllegalArgumentException(ConsoleTexts.get("newPlugin.noTemplate", template));
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(ConsoleTexts.get("newPlugin.notEmpty", folder));
                }
            }
        }
        String templatePath = TEMPLATE_ID.replace('.', '/');
        String idPath = id.replace('.', '/');
        try (Stream<Path> files = Files.walk(template)) {
            List<Path> sources = files.filter(Files::isRegularFile)
                    .filter(file -> !template.relativize(file).startsWith("target")).sorted().toList();
            for (Path source : sources) {
                String relative = template.relativize(source).toString().replace(templatePath, idPath);
                Path target = folder.resolve(relative);
                Files.createDirectories(target.getParent());
                if (isText(source)) {
                    Files.writeString(target, rename(Files.readString(source, StandardCharsets.UTF_8), id),
                            StandardCharsets.UTF_8);
                } else {
                    Files.copy(source, target);
                }
            }
            return sources.stream().map(source -> folder.resolve(
                    template.relativize(source).toString().replace(templatePath, idPath))).toList();
        }
    }

    private String rename(String text, String id) {
        String group = id.substring(0, id.lastIndexOf('.'));
        return text.replace(TEMPLATE_ID, id)
                .replace(TEMPLATE_GROUP, "<groupId>" + group + "</groupId>")
                .replace(TEMPLATE_SDK, "<redthread.sdk>" + sdk.toAbsolutePath().normalize() + "</redthread.sdk>");
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return TEXT_FILES.stream().anyMatch(name::endsWith);
    }
}
