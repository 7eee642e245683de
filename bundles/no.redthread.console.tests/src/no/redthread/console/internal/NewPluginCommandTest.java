package no.redthread.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code redthread:new-plugin} on the real template project of the source tree (product/sdk/template). */
class NewPluginCommandTest {

    /** product/sdk has the SDK's layout for the template: a folder with template/ in it. */
    private static final Path SDK = Path.of("../../product/sdk").toAbsolutePath().normalize();

    @TempDir
    Path parent;

    @Test
    void theTemplateIsRenamedToThePluginsIdAndPointsAtTheSdk() throws Exception {
        Path folder = parent.resolve("klima");

        String out = NewPluginConsole.write("no.vestland.klima", folder, Optional.of(SDK));

        assertTrue(out.contains("no.vestland.klima"), out);
        Path view = folder.resolve("src/main/java/no/vestland/klima/PlanCountView.java");
        assertTrue(Files.isRegularFile(view), "no view at " + view);
        assertTrue(Files.readString(view).startsWith("package no.vestland.klima;"));
        assertTrue(Files.isRegularFile(folder.resolve("src/main/resources/no/vestland/klima/messages_nb.properties")));
        String pom = Files.readString(folder.resolve("pom.xml"));
        assertTrue(pom.contains("<artifactId>no.vestland.klima</artifactId>"), pom);
        assertTrue(pom.contains("<groupId>no.vestland</groupId>"), pom);
        assertTrue(pom.contains("<redthread.sdk>" + SDK + "</redthread.sdk>"), pom);
        assertEquals(List.of(), filesMentioning(folder, "no.example"));
    }

    @Test
    void aFolderWithFilesIsNeverWrittenInto() throws Exception {
        Path folder = Files.createDirectories(parent.resolve("taken"));
        Files.writeString(folder.resolve("notes.txt"), "mine");

        assertThrows(IllegalArgumentException.class,
                () -> NewPluginConsole.write("no.vestland.klima", folder, Optional.of(SDK)));
        assertEquals("mine", Files.readString(folder.resolve("notes.txt")));
        assertFalse(Files.exists(folder.resolve("pom.xml")));
    }

    @Test
    void anIdThatIsNoPackageNameIsRefused() {
        for (String id : List.of("klima", "No.Vestland", "no.vestland-klima", "no..klima")) {
            assertThrows(IllegalArgumentException.class,
                    () -> NewPluginConsole.write(id, parent.resolve("p"), Optional.of(SDK)), id);
        }
        assertFalse(Files.exists(parent.resolve("p")));
    }

    @Test
    void withoutAnSdkTheCommandSaysWhereToPutIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NewPluginConsole.write("no.vestland.klima", parent.resolve("p"), Optional.empty()));
        assertTrue(e.getMessage().contains("redthread.sdk"), e.getMessage());
    }

    private static List<Path> filesMentioning(Path folder, String text) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return Files.readString(file).contains(text);
                } catch (Exception e) {
                    throw new IllegalStateException(file.toString(), e);
                }
            }).toList();
        }
    }
}
