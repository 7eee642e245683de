package no.redthread.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.report.ReportDocument;
import no.redthread.report.ReportFormat;

/** The HTML of a report: sections as h2, parts as h3, tables, lists, the chart, escaping and the language. */
class HtmlRendererTest {

    @TempDir
    Path folder;

    @Test
    void everySectionAndBlockIsWrittenInOrderWithUserTextEscaped() throws Exception {
        Path file = folder.resolve("sak.html");
        SampleReports.writer().write(SampleReports.sample(Locale.forLanguageTag("nb-NO"), 2), ReportFormat.HTML, file);
        String html = Files.readString(file, StandardCharsets.UTF_8);

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"nb\">"), html);
        int first = html.indexOf("<h2 style=\"");
        assertTrue(html.indexOf("Målkonflikter og avveiinger</h2>") > first, html);
        assertTrue(html.indexOf("Funn</h3>") > html.indexOf("Målkonflikter og avveiinger</h2>"), html);
        assertTrue(html.indexOf("Bærekraftsvurdering</h2>") > html.indexOf("Funn</h3>"), "sections in order");
        assertTrue(html.contains("<strong>Beskrivelse:</strong> Konflikten &lt;b&gt;mellom&lt;/b&gt; vindkraft &amp; "
                + "reindrift – «uavklart» på Porsáŋgu."), html);
        assertFalse(html.contains("<b>mellom"), "user text is escaped");
        assertTrue(html.contains("<th scope=\"col\""), html);
        assertTrue(html.contains(">Kari Nordmann: uenig i vurderingen</li>"), html);
        assertTrue(html.contains("aria-label=\"Stolpediagram: A har 3, B har 1.\""), html);
        assertTrue(html.contains("<meta name=\"author\" content=\"Kari Nordmann\">"), html);
        assertTrue(html.contains("<meta name=\"keywords\" content=\"Osen kommune (5020)\">"), html);
    }

    @Test
    void anEnglishReportSaysSoAndTheStreamGetsWhatTheFileGets() throws Exception {
        ReportDocument report = SampleReports.sample(Locale.ENGLISH, 1);
        Path file = folder.resolve("case.html");
        SampleReports.writer().write(report, ReportFormat.HTML, file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleReports.writer().write(report, ReportFormat.HTML, out);

        String html = out.toString(StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
        assertEquals(Files.readString(file), html);
    }
}
