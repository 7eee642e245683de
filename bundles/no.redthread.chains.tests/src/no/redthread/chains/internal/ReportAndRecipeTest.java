package no.redthread.chains.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.chains.Chain;
import no.redthread.chains.ChainLibrary;
import no.redthread.chains.ChainOutcome;
import no.redthread.chains.ChainRunner;
import no.redthread.chains.Kind;
import no.redthread.chains.ProgressMonitor;
import no.redthread.chains.StepResult;
import no.redthread.report.Block;
import no.redthread.report.ReportSection;

/** The report step composes the sections of the steps before it; recipes ship and are saved in the settings. */
class ReportAndRecipeTest {

    private final Fixture fixture = new Fixture();

    @TempDir
    Path temp;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void theReportHasEverySectionInOrderAsPdfAndHtml() throws Exception {
        fixture.register(FakeStep.of("t.a", Kind.WORKSPACE, Kind.THEMES, (in, p, c) -> new StepResult(Kind.THEMES,
                List.of("theme-housing"), List.of(section("Svake temaer", "Bolig")))),
                FakeStep.of("t.b", Kind.THEMES, Kind.SCHEMES, (in, p, c) -> new StepResult(Kind.SCHEMES,
                        List.of("s1", "s2"), List.of(section("Aktuelle tilskudd", "Boligtilskudd")))));
        Path out = temp.resolve("out");

        ChainOutcome outcome = Fixture.service(ChainRunner.class).run(
                new Chain("sjekk", "Bærekraftsjekk", List.of(new Chain.Step("t.a"), new Chain.Step("t.b"),
                        new Chain.Step("report.compose"))),
                Fixture.workspace(temp.resolve("ws")), Fixture.options(out), ProgressMonitor.NONE);

        assertEquals(List.of(out.resolve("roros.pdf"), out.resolve("roros.html")), outcome.files());
        assertEquals(List.of(1, 2, 2), outcome.steps().stream().map(ChainOutcome.StepOutcome::count).toList());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("roros.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.indexOf("Svake temaer") < text.indexOf("Aktuelle tilskudd"), text);
            assertTrue(text.contains("Boligtilskudd") && text.contains("Bærekraftsjekk – Røros (5025)"), text);
        }
        assertTrue(Files.readString(out.resolve("roros.html")).contains("Boligtilskudd"));
    }

    @Test
    void theShippedRecipeIsThereAndAUsersRecipeIsSavedAndRemoved() throws Exception {
        ChainLibrary library = Fixture.service(ChainLibrary.class);
        Chain shipped = library.chain("baerekraftsjekk").orElseThrow();
        assertEquals("Bærekraftsjekk", shipped.name());
        assertEquals(List.of("assessment.weak-themes", "indicators.worsening", "funding.schemes-for-themes",
                "validation.findings", "report.compose"), shipped.steps().stream().map(Chain.Step::step).toList());

        Chain mine = new Chain("mine", "Min kjede", List.of(new Chain.Step("report.compose", Map.of("formats",
                "pdf"))));
        library.save(mine);
        assertEquals(mine, library.chain("mine").orElseThrow());
        String json = Files.readString(Path.of(System.getProperty("redthread.settings.dir"),
                ChainLibrary.SETTINGS_NAME + ".json"));
        assertTrue(json.contains("\"formats\" : \"pdf\""), json);
        library.remove("mine");
        assertTrue(library.chain("mine").isEmpty());
    }

    @Test
    void aWorkspacesOwnChainIsAFileInItsFolderThatWinsOverARecipeAndAFaultyFileIsNamed() throws Exception {
        ChainLibrary library = Fixture.service(ChainLibrary.class);
        Path workspace = temp.resolve("ws");
        Chain own = new Chain("baerekraftsjekk", "Bærekraftsjekk for Røros", List.of(
                new Chain.Step("assessment.weak-themes"), new Chain.Step("report.compose", Map.of("formats", "html"))));

        library.save(workspace, own);

        String json = Files.readString(workspace.resolve("chains/baerekraftsjekk.json"));
        assertTrue(json.startsWith("{\n  \"schemaVersion\" : 1,\n  \"id\" : \"baerekraftsjekk\","), json);
        assertEquals(own, library.chains(workspace).stream().filter(c -> c.id().equals("baerekraftsjekk"))
                .findFirst().orElseThrow());
        Files.writeString(workspace.resolve("chains/broken.json"), "{ \"schemaVersion\": 1, \"id\": \"x\" }");
        java.io.IOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> library.chains(workspace));
        assertTrue(refused.getMessage().endsWith("broken.json: chain 'x' needs a non-empty array 'steps'"),
                refused.getMessage());
    }

    private static ReportSection section(String title, String text) {
        return new ReportSection(title, List.of(), List.of(Block.Paragraph.body(text)));
    }
}
