package no.redthread.report.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.report.Block;
import no.redthread.report.ReportDocument;
import no.redthread.report.ReportSection;
import no.redthread.report.ReportWriter;

/** Reports made of every kind of block, in two sections, and the report writer as the framework publishes it. */
public final class SampleReports {

    public static final String NOTE = "Konflikten <b>mellom</b> vindkraft & reindrift – «uavklart» på Porsáŋgu.";

    private SampleReports() {
    }

    /** The published report writer service (DS), waited for as the framework starts it. */
    public static ReportWriter writer() {
        BundleContext context = FrameworkUtil.getBundle(SampleReports.class).getBundleContext();
        ServiceTracker<ReportWriter, ReportWriter> tracker = new ServiceTracker<>(context, ReportWriter.class, null);
        tracker.open();
        try {
            ReportWriter writer = tracker.waitForService(10_000);
            assertNotNull(writer, "no ReportWriter service within 10 s");
            return writer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Two sections with a heading, paragraphs, a table, a bullet list and a chart; {@code rows} table rows. */
    public static ReportDocument sample(Locale language, int rows) {
        List<List<String>> table = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            table.add(List.of("Funn " + i, "Ordet Rødtrådsvurderingsarbeidsgruppesammensetningsprosessdokumentasjonen "
                    .repeat(i % 5 + 1).strip()));
        }
        ReportSection first = new ReportSection("Målkonflikter og avveiinger", List.of("målkonflikter"), List.of(
                Block.Paragraph.body("Økt: Vindkraft på Storheia, 14.03.2025."),
                new Block.Heading(2, "Funn"),
                new Block.Paragraph("Beskrivelse:", NOTE, Block.Style.BODY),
                new Block.Table(List.of(new Block.Column("Funn", 25), new Block.Column("Tekst", 75)), table),
                new Block.BulletList(List.of("Kari Nordmann: uenig i vurderingen", "Ola Normann: enig")),
                new Block.Chart("Stolpediagram: A har 3, B har 1.", "Antall",
                        List.of("A", "B"), List.of(new Block.Series("Poeng", 0x3366cc, List.of(3, 1)))),
                Block.Paragraph.note("Laget av Redthread.")));
        ReportSection second = new ReportSection("Bærekraftsvurdering", List.of("bærekraftsvurdering"),
                List.of(Block.Paragraph.body("Andre seksjon.")));
        return new ReportDocument("Saksframlegg – Storheia", "Vindkraft på Storheia", "Kari Nordmann",
                "Osen kommune (5020)", Instant.parse("2025-03-14T10:00:00Z"), language, List.of(first, second));
    }
}
