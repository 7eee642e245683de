package no.redthread.core.internal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader checks the files it is given; edited catalogues are checked from a folder. */
class CatalogueReaderTest {

    @TempDir
    Path folder;

    @BeforeEach
    void copyShippedFiles() throws IOException {
        for (String name : new String[] {CatalogueReader.SDGS, CatalogueReader.ORGANISATIONS, CatalogueReader.FRAME}) {
            try (InputStream in = CatalogueReader.class.getResourceAsStream("/catalogue/" + name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
    }

    @Test
    void theShippedFilesReadTheSameFromAFolder() {
        Catalogue catalogue = CatalogueReader.folder(folder).read();

        assertEquals(CatalogueReader.shipped().read(), catalogue);
        assertEquals("frame-redthread", catalogue.frame().id());
    }

    @Test
    void aThemeThatMapsToAnUnknownTargetIsRejectedWithFileAndTheme() throws IOException {
        Path frame = folder.resolve(CatalogueReader.FRAME);
        Files.writeString(frame, Files.readString(frame, StandardCharsets.UTF_8).replace("\"11.1\"", "\"11.z\""),
                StandardCharsets.UTF_8);

        CatalogueException problem = assertThrows(CatalogueException.class, () -> CatalogueReader.folder(folder).read());

        assertTrue(problem.getMessage().contains("frame.json theme-housing"), problem.getMessage());
        assertTrue(problem.getMessage().contains("11.z"), problem.getMessage());
    }

    @Test
    void aMissingOrBrokenFileIsNamed() throws IOException {
        Files.delete(folder.resolve(CatalogueReader.ORGANISATIONS));
        CatalogueException missing = assertThrows(CatalogueException.class, () -> CatalogueReader.folder(folder).read());
        assertTrue(missing.getMessage().contains(CatalogueReader.ORGANISATIONS), missing.getMessage());

        Files.writeString(folder.resolve(CatalogueReader.ORGANISATIONS), "{ \"counties\": [", StandardCharsets.UTF_8);
        CatalogueException broken = assertThrows(CatalogueException.class, () -> CatalogueReader.folder(folder).read());
        assertTrue(broken.getMessage().contains(CatalogueReader.ORGANISATIONS), broken.getMessage());
    }

    @Test
    void aBadColourIsRejected() throws IOException {
        Path sdgs = folder.resolve(CatalogueReader.SDGS);
        Files.writeString(sdgs, Files.readString(sdgs, StandardCharsets.UTF_8).replace("#E5243B", "red"),
                StandardCharsets.UTF_8);

        CatalogueException problem = assertThrows(CatalogueException.class, () -> CatalogueReader.folder(folder).read());

        assertTrue(problem.getMessage().contains("goal 1"), problem.getMessage());
    }
}
