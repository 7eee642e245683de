package no.redthread.dilemma.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.dilemma.report.SessionReports;
import no.redthread.report.Block;
import no.redthread.report.ReportFormat;
import no.redthread.report.ReportSection;

/** A session made through the session commands in a real workspace, as a report section and as HTML and PDF. */
class SessionReportTest {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");

    @TempDir
    Path folder;

    private SessionFixture fixture;
    private final SessionReports reports = Services.get(SessionReports.class);

    @BeforeEach
    void open() throws Exception {
        fixture = new SessionFixture(folder.resolve("osen"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theBokmaalSectionHasTheSessionItsPeopleEveryFindingAndEachDissent() {
        ReportSection section = reports.section(fixture.session, BOKMAAL);
        String text = text(section);

        assertEquals("Målkonflikter og avveiinger", section.title());
        assertTrue(text.contains("Sak: Vindkraft på Storheia"), text);
        assertTrue(text.contains("Dato: 14.03.2025"), text);
        assertTrue(text.contains("Fasilitator: Anne Ordstyrer"), text);
        assertTrue(text.contains("Kari Nordmann | Reindriftsagronom | Landbruk"), text);
        assertTrue(text.contains("1. Målkonflikt"), text);
        assertTrue(text.contains("Beskrivelse: " + SessionFixture.CONFLICT), text);
        assertTrue(text.contains("Trekker for: 7.2"), text);
        assertTrue(text.contains("Trekker mot: 15.5"), text);
        assertTrue(text.contains("Gjelder: Vindkraft på Storheia, Ta vare på sammenhengende naturområder"), text);
        assertTrue(text.contains("Håndtering: Krever videre utredning"), text);
        assertTrue(text.contains("Merknad til håndteringen: " + SessionFixture.NOTE), text);
        assertTrue(text.contains("Tilskuddsordninger: klimasats"), text);
        assertTrue(text.contains("Ansvarlig: Planavdelingen"), text);
        assertTrue(text.contains("Frist: 01.06.2025"), text);
        assertTrue(text.contains("2. Vinn-vinn"), text);
        assertFalse(text.contains("Trekker for: \n"), "empty fields are left out");
        List<String> dissents = section.blocks().stream().filter(Block.BulletList.class::isInstance)
                .map(Block.BulletList.class::cast).findFirst().orElseThrow().items();
        assertEquals(List.of("Kari Nordmann: " + SessionFixture.DISSENT, "Ola Normann: " + SessionFixture.SECOND_DISSENT),
                dissents, "each dissent as written, never merged");
    }

    @Test
    void theMatrixShowsTheRankingTheStrongestNegativeLinkAndEachScoreOfADisagreement() {
        String text = text(reports.section(fixture.session, BOKMAAL));

        assertTrue(text.contains("Samspillsmatrise"), text);
        assertTrue(text.contains("Rang | Element | Netto påvirkning | Andre ordens | Total"), text);
        assertTrue(text.contains("1 | Natur | 0,0 | 0,0 | 0,0\n2 | Vindkraft | 1,0 | −1,3 | −0,3\n"), text);
        assertTrue(text.contains("Sterkeste negative samspill\nFra | Til | Median\nVindkraft | Natur | −1,5\n"
                + "Arbeidsplasser | Natur | −1,0"), "the strongest negative medians first: " + text);
        assertTrue(text.contains("Vindkraft | Natur | Kari Nordmann: −3\nOla Normann: 0"),
                "a disagreement lists every participant's score, not a median: " + text);
    }

    @Test
    void theEnglishSectionSaysTheSameInEnglish() {
        ReportSection section = reports.section(fixture.session, Locale.ENGLISH);
        String text = text(section);

        assertEquals("Goal conflicts and trade-offs", section.title());
        assertTrue(text.contains("Date: 14 March 2025"), text);
        assertTrue(text.contains("1. Goal conflict"), text);
        assertTrue(text.contains("Handling: Needs further study"), text);
        assertTrue(text.contains("Pulls against: 15.5"), text);
        assertTrue(text.contains("2. Win-win"), text);
        assertTrue(text.contains("Strongest negative interactions"), text);
        assertFalse(text.contains("Målkonflikt"), text);
    }

    @Test
    void theNynorskSectionHasItsOwnWords() {
        ReportSection section = reports.section(fixture.session, Locale.forLanguageTag("nn-NO"));
        assertEquals("Målkonfliktar og avvegingar", section.title());
        assertTrue(text(section).contains("Handtering: Krev vidare utgreiing"), text(section));
    }

    /** Also a sample for people to look at (e.g. rendered with pdftoppm): {@code target/report-samples/}. */
    @Test
    void thePdfParsedBackHasTheHeadingAFindingItsHandlingAndADissent() throws Exception {
        Path file = Files.createDirectories(Path.of("target", "report-samples")).resolve("maalkonflikter.pdf");
        reports.export(fixture.session, BOKMAAL, ReportFormat.PDF, file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Målkonflikter og avveiinger"), text);
            assertTrue(text.contains(SessionFixture.CONFLICT), text);
            assertTrue(text.contains("Håndtering: Krever videre utredning"), text);
            assertTrue(text.contains("Kari Nordmann: " + SessionFixture.DISSENT), text);
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            assertEquals("nb-NO", pdf.getDocumentCatalog().getLanguage());
            assertEquals("Målkonflikter og avveiinger – Storheia", pdf.getDocumentInformation().getTitle());
            assertTrue(pdf.getDocumentInformation().getKeywords().contains("Osen kommune (5020)"),
                    pdf.getDocumentInformation().getKeywords());
        }
    }

    @Test
    void theHtmlIsOneFileWithTheSectionAndUserTextEscaped() throws Exception {
        Path file = folder.resolve("målkonflikter.html");
        reports.export(fixture.session, Locale.ENGLISH, ReportFormat.HTML, file);

        String html = Files.readString(file);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
        assertTrue(html.contains("Goal conflicts and trade-offs</h2>"), html);
        assertTrue(html.contains("Ola Normann: Kraften trengs lokalt &lt;nå&gt; &amp; senere.</li>"), html);
    }

    /** The section's text, one block a line, table cells joined by " | ", paragraphs with their lead-in. */
    static String text(ReportSection section) {
        StringBuilder text = new StringBuilder();
        for (Block block : section.blocks()) {
            switch (block) {
                case Block.Heading heading -> text.append(heading.text());
                case Block.Paragraph paragraph -> text.append(paragraph.lead().isEmpty() ? "" : paragraph.lead() + " ")
                        .append(paragraph.text());
                case Block.Table table -> {
                    text.append(String.join(" | ", table.columns().stream().map(Block.Column::header).toList()));
                    table.rows().forEach(row -> text.append('\n').append(String.join(" | ", row)));
                }
                case Block.BulletList list -> text.append(String.join("\n", list.items()));
                case Block.Chart chart -> text.append(chart.description());
            }
            text.append('\n');
        }
        return text.toString();
    }
}
