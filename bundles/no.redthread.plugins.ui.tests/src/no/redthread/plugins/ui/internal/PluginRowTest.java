package no.redthread.plugins.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.redthread.plugins.InstalledPlugin;
import no.redthread.plugins.PluginEntry;
import no.redthread.plugins.RepositoryIndex;

/** A row per plugin with the repository's newest version, and its state against what plugins/ holds. */
class PluginRowTest {

    @Test
    void theNewestVersionOfEachPluginAgainstTheInstalledOne() {
        RepositoryIndex index = new RepositoryIndex(List.of(entry("no.a", "1.0.0", "Beta"),
                entry("no.a", "1.10.0", "Beta"), entry("no.b", "2.0.0", "Alfa"), entry("no.c", "1.0.0", "Gamma")));
        List<PluginRow> rows = PluginRow.of(index, List.of(installed("no.a", "1.9.0"), installed("no.b", "2.0.0")));
        assertEquals(List.of("Alfa", "Beta", "Gamma"), rows.stream().map(PluginRow::title).toList(), "by title");
        assertEquals(PluginRow.State.INSTALLED, rows.get(0).state());
        assertEquals("1.10.0", rows.get(1).entry().version(), "1.10 is newer than 1.9, not older");
        assertEquals(PluginRow.State.UPDATE, rows.get(1).state());
        assertEquals(PluginRow.State.NEW, rows.get(2).state());
        assertEquals(PluginRow.State.INSTALLED,
                PluginRow.of(index, List.of(installed("no.c", "1.1.0"))).get(2).state(), "a newer one installed");
    }

    private static PluginEntry entry(String name, String version, String title) {
        return new PluginEntry(name, version, name + "-" + version + ".jar", 1, "00", title, "", "", List.of());
    }

    private static InstalledPlugin installed(String name, String version) {
        return new InstalledPlugin(name, version, Path.of(name + ".jar"), null);
    }
}
