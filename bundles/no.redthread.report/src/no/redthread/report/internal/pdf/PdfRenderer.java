package no.redthread.report.internal.pdf;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.GregorianCalendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import no.redthread.report.Block;
import no.redthread.report.ReportDocument;
import no.redthread.report.ReportSection;

/**
 * Renders a report as a tagged A4 PDF (headings, paragraphs, tables, lists and charts in a structure tree, the
 * report's language, embedded fonts) with word-wrapped text, tables that break across pages, and page numbers.
 */
public final class PdfRenderer {

    private static final float BODY = 10f;
    private static final float NOTE = 9f;

    private final Tags tags = new Tags();
    private final Pages pages;
    private final Fonts fonts;
    private final TableWriter tables;
    private final ChartWriter charts;
    private final ListWriter lists;

    private PdfRenderer(PDDocument document) throws IOException {
        this.pages = new Pages(document, tags);
        this.fonts = new Fonts(document);
        this.tables = new TableWriter(pages, fonts);
        this.charts = new ChartWriter(pages, fonts);
        this.lists = new ListWriter(pages, fonts, BODY);
    }

    /** Writes the report to the stream, which is flushed and left open. */
    public static void render(ReportDocument report, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfRenderer renderer = new PdfRenderer(document);
            for (ReportSection section : report.sections()) {
                renderer.heading(new Block.Heading(1, section.title()));
                for (Block block : section.blocks()) {
                    renderer.write(block);
                }
            }
            renderer.pages.close();
            Footer.write(document, renderer.fonts, report.title(), report.language());
            renderer.tags.finish(document);
            describe(document, report);
            // PDDocument.save closes the stream it is given; the caller owns this one
            document.save(new FilterOutputStream(out) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
        }
    }

    private void write(Block block) throws IOException {
        switch (block) {
            case Block.Heading heading -> heading(heading);
            case Block.Paragraph paragraph -> paragraph(paragraph);
            case Block.Table table -> {
                tables.write(table, tags.document());
                pages.space(8);
            }
            case Block.BulletList list -> {
                lists.write(list, tags.document());
                pages.space(6);
            }
            case Block.Chart chart -> {
                charts.write(chart, Tags.add(tags.document(), "Figure"));
                pages.space(8);
            }
        }
    }

    private void heading(Block.Heading heading) throws IOException {
        float size = switch (heading.level()) {
            case 1 -> 16f;
            case 2 -> 13f;
            default -> 10.5f;
        };
        PDStructureElement element = Tags.add(tags.document(), "H" + heading.level());
        List<String> lines = TextWrapper.wrap(fonts.clean(heading.text()), fonts.bold, size, Pages.WIDTH, 0);
        float line = size * 1.25f;
        pages.space(heading.level() == 3 ? 6 : 12);
        // a heading keeps a few lines of what follows on its page
        pages.ensure(lines.size() * line + 4 * BODY * 1.3f);
        for (String text : lines) {
            pages.text(element, Pages.LEFT, pages.y() - size, fonts.bold, size, text);
            pages.down(line);
        }
        pages.down(4);
    }

    private void paragraph(Block.Paragraph paragraph) throws IOException {
        PDStructureElement element = Tags.add(tags.document(), "P");
        boolean note = paragraph.style() == Block.Style.NOTE;
        float size = note ? NOTE : BODY;
        PDFont font = note ? fonts.italic : fonts.regular;
        String lead = fonts.clean(paragraph.lead());
        float indent = lead.isEmpty() ? 0 : Fonts.width(fonts.bold, size, lead + " ");
        List<String> lines = TextWrapper.wrap(fonts.clean(paragraph.text()), font, size, Pages.WIDTH, indent);
        float line = size * 1.3f;
        for (int i = 0; i < lines.size(); i++) {
            pages.ensure(line);
            float baseline = pages.y() - size;
            if (i == 0 && !lead.isEmpty()) {
                pages.text(element, Pages.LEFT, baseline, fonts.bold, size, lead);
            }
            pages.text(element, Pages.LEFT + (i == 0 ? indent : 0), baseline, font, size, lines.get(i));
            pages.down(line);
        }
        pages.space(6);
    }

    private static void describe(PDDocument document, ReportDocument report) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(report.title());
        info.setSubject(report.subject());
        if (!report.author().isEmpty()) {
            info.setAuthor(report.author());
        }
        info.setCreator("Redthread");
        Set<String> keywords = new LinkedHashSet<>();
        report.sections().forEach(section -> keywords.addAll(section.keywords()));
        keywords.add(report.municipality());
        keywords.remove("");
        info.setKeywords(String.join(", ", keywords));
        GregorianCalendar created = new GregorianCalendar(TimeZone.getTimeZone("Europe/Oslo"));
        created.setTimeInMillis(report.created().toEpochMilli());
        info.setCreationDate(created);
        document.getDocumentCatalog().setLanguage(report.language().toLanguageTag());
        PDViewerPreferences viewer = new PDViewerPreferences();
        viewer.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(viewer);
    }
}
