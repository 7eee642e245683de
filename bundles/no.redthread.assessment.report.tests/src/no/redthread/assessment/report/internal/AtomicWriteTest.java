package no.redthread.assessment.report.internal;

import static no.redthread.assessment.report.internal.TestAssessments.reports;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.assessment.model.Assessment;
import no.redthread.workbench.io.AtomicFiles;

/** Reports are written atomically: a failed export leaves the earlier file as it was and no temporary file. */
class AtomicWriteTest {

    private static final String OLD = "the report of last week";

    @TempDir
    Path folder;

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = Files.writeString(folder.resolve("vurdering.pdf"), OLD);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write(new byte[200_000]);
            throw new IOException("No space left on device");
        }));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertEquals(OLD, Files.readString(file));
        assertEquals(List.of("vurdering.pdf"), names(folder));
    }

    @Test
    void aRendererThatThrowsIsReportedWithTheFileToo() throws Exception {
        Path file = Files.writeString(folder.resolve("vurdering.html"), OLD);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("broken");
        }));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals(OLD, Files.readString(file));
        assertEquals(List.of("vurdering.html"), names(folder));
    }

    @Test
    void aFolderThatIsAFileFailsNamingTheFile() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("saksframlegg.txt"), OLD);
        Path file = notAFolder.resolve("vurdering.pdf");
        IOException e = assertThrows(IOException.class, () -> reports().writePdf(TestAssessments.sample(), file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals(OLD, Files.readString(notAFolder));
        assertEquals(List.of("saksframlegg.txt"), names(folder));
    }

    @Test
    void aMissingFolderIsNotCreated() {
        Path file = folder.resolve("finnes-ikke").resolve("vurdering.html");
        IOException e = assertThrows(IOException.class, () -> reports().writeHtml(TestAssessments.sample(), file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(Files.notExists(file.getParent()));
    }

    @Test
    void aTargetThatIsAFolderIsLeftAlone() throws Exception {
        Path file = Files.createDirectory(folder.resolve("vurdering.pdf"));
        Files.writeString(file.resolve("notat.txt"), OLD);
        IOException e = assertThrows(IOException.class, () -> reports().writePdf(TestAssessments.sample(), file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals(OLD, Files.readString(file.resolve("notat.txt")));
        assertEquals(List.of("vurdering.pdf"), names(folder), "no temporary file left");
    }

    @Test
    void anAssessmentWhoseWorksheetIsMissingFailsBeforeTheFileIsTouched() throws Exception {
        Path file = Files.writeString(folder.resolve("vurdering.html"), OLD);
        Assessment assessment = TestAssessments.sample();
        assessment.setTemplateVersion("9.9.9");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> reports().writeHtml(assessment, file));
        assertTrue(e.getMessage().contains("redthread-samfunnsdel version 9.9.9"), e.getMessage());
        assertEquals(OLD, Files.readString(file));
        assertEquals(List.of("vurdering.html"), names(folder));
    }

    @Test
    void aSuccessfulWriteReplacesTheFileAndKeepsItsPermissions() throws Exception {
        Path file = Files.writeString(folder.resolve("vurdering.html"), OLD);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        reports().writeHtml(TestAssessments.sample(), file);
        assertTrue(Files.readString(file).startsWith("<!DOCTYPE html>"));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        Path fresh = folder.resolve("ny.pdf");
        reports().writePdf(TestAssessments.sample(), fresh);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)),
                "not the private permissions of a temporary file");
        assertEquals(List.of("ny.pdf", "vurdering.html"), names(folder));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
