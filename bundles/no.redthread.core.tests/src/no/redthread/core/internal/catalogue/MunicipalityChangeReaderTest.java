package no.redthread.core.internal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.core.catalogue.MunicipalityChange;
import no.redthread.core.catalogue.MunicipalityChangeKind;

/** The shipped change list is SSB's CSV as the reference data has it; bad rows are named by line. */
class MunicipalityChangeReaderTest {

    private static final String HEADER = MunicipalityChangeReader.HEADER + "\n";

    @TempDir
    Path folder;

    @Test
    void theShippedFileIsTheReferenceCsvWithItsSourceColumn() throws IOException {
        try (InputStream in = CatalogueReader.SHIPPED.open(MunicipalityChangeReader.FILE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            assertTrue(text.startsWith(HEADER));
            assertTrue(text.contains("5403,Alta,5601,Alta,2024-01-01,renumbered,\"SSB KLASS 131"), "source kept");
        }
        List<MunicipalityChange> changes = MunicipalityChangeReader.read(CatalogueReader.SHIPPED);
        assertEquals(new MunicipalityChange("0720", "Stokke", "0704", "Tønsberg", LocalDate.of(2017, 1, 1),
                MunicipalityChangeKind.SPLIT), changes.get(1));
    }

    @Test
    void quotedFieldsMayHoldCommasAndQuotes() throws IOException {
        write(HEADER + "1514,\"Sande (Møre og Romsdal)\",1514,Sande,2020-01-01,name_changed,\"a, \"\"b\"\"\"\n\n");

        List<MunicipalityChange> changes = MunicipalityChangeReader.read(
                name -> Files.newInputStream(folder.resolve(name)));

        assertEquals("Sande (Møre og Romsdal)", changes.get(0).oldName());
        assertEquals(MunicipalityChangeKind.NAME_CHANGED, changes.get(0).kind());
    }

    @Test
    void badRowsAreRejectedWithFileAndLine() throws IOException {
        assertProblem(HEADER + "5403,Alta,5601,Alta,2024-01-01,moved,x\n", "line 2", "moved");
        assertProblem(HEADER + "5403,Alta,5601,Alta,1.1.2024,renumbered,x\n", "line 2", "1.1.2024");
        assertProblem(HEADER + "5403,Alta,560,Alta,2024-01-01,renumbered,x\n", "line 2", "560");
        assertProblem(HEADER + "\n5403,Alta,5601\n", "line 3", "7 comma-separated fields");
        assertProblem(HEADER + "5403,,5601,Alta,2024-01-01,renumbered,x\n", "line 2", "name is empty");
        assertProblem("kommune,ny\n", "first line", MunicipalityChangeReader.HEADER);
        Files.delete(folder.resolve(MunicipalityChangeReader.FILE));
        assertProblem(null, "missing", "");
    }

    private void assertProblem(String content, String where, String what) throws IOException {
        if (content != null) {
            write(content);
        }
        CatalogueException problem = assertThrows(CatalogueException.class,
                () -> MunicipalityChangeReader.read(name -> {
                    Path file = folder.resolve(name);
                    return Files.exists(file) ? Files.newInputStream(file) : null;
                }));
        assertTrue(problem.getMessage().contains(MunicipalityChangeReader.FILE), problem.getMessage());
        assertTrue(problem.getMessage().contains(where) && problem.getMessage().contains(what), problem.getMessage());
    }

    private void write(String content) throws IOException {
        Files.writeString(folder.resolve(MunicipalityChangeReader.FILE), content, StandardCharsets.UTF_8);
    }
}
