package no.redthread.report.internal.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import no.redthread.report.Block;
import no.redthread.report.ReportDocument;
import no.redthread.report.ReportSection;

/**
 * Renders a report as one self-contained HTML file that a word processor takes over cleanly: headings h2 to h4 (so
 * the section slots under the case document's own title and keeps its outline), real tables with a header row, and
 * styles as attributes on the elements, because pasting into Word or a web mail editor drops style sheets.
 */
public final class HtmlRenderer {

    private static final String FONT = "font-family:Calibri,Arial,Helvetica,sans-serif;";
    private static final String CELL = "border:1px solid #808080;padding:3pt 5pt;vertical-align:top;text-align:left;";

    private HtmlRenderer() {
    }

    /** Writes the report as UTF-8; the stream is flushed, not closed. */
    public static void render(ReportDocument document, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(html(document));
        writer.flush();
    }

    public static String html(ReportDocument document) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(document.language().getLanguage())
                .append("\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<title>").append(Escape.text(document.title())).append("</title>\n")
                .append("<meta name=\"description\" content=\"").append(Escape.text(document.subject()))
                .append("\">\n");
        if (!document.author().isEmpty()) {
            html.append("<meta name=\"author\" content=\"").append(Escape.text(document.author())).append("\">\n");
        }
        if (!document.municipality().isEmpty()) {
            html.append("<meta name=\"keywords\" content=\"").append(Escape.text(document.municipality()))
                    .append("\">\n");
        }
        html.append("<meta name=\"generator\" content=\"Redthread\">\n</head>\n<body style=\"").append(FONT)
                .append("font-size:11pt;line-height:1.3;\">\n");
        for (ReportSection section : document.sections()) {
            heading(html, new Block.Heading(1, section.title()));
            for (Block block : section.blocks()) {
                switch (block) {
                    case Block.Heading heading -> heading(html, heading);
                    case Block.Paragraph paragraph -> paragraph(html, paragraph);
                    case Block.Table table -> table(html, table);
                    case Block.BulletList list -> list(html, list);
                    case Block.Chart chart -> SvgChart.append(html, chart);
                }
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void heading(StringBuilder html, Block.Heading heading) {
        int level = heading.level() + 1;
        String size = switch (heading.level()) {
            case 1 -> "16pt";
            case 2 -> "13pt";
            default -> "11pt";
        };
        html.append("<h").append(level).append(" style=\"").append(FONT).append("font-size:").append(size)
                .append(";margin:").append(heading.level() == 3 ? "10pt" : "16pt").append(" 0 4pt 0;\">")
                .append(Escape.text(heading.text())).append("</h").append(level).append(">\n");
    }

    private static void paragraph(StringBuilder html, Block.Paragraph paragraph) {
        html.append("<p style=\"margin:0 0 6pt 0;");
        if (paragraph.style() == Block.Style.NOTE) {
            html.append("font-style:italic;color:#505050;font-size:10pt;");
        }
        html.append("\">");
        if (!paragraph.lead().isEmpty()) {
            html.append("<strong>").append(Escape.text(paragraph.lead())).append("</strong> ");
        }
        html.append(Escape.lines(paragraph.text())).append("</p>\n");
    }

    private static void list(StringBuilder html, Block.BulletList list) {
        html.append("<ul style=\"margin:0 0 6pt 0;padding-left:18pt;\">\n");
        for (String item : list.items()) {
            html.append("<li style=\"margin:0 0 2pt 0;\">").append(Escape.lines(item)).append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private static void table(StringBuilder html, Block.Table table) {
        html.append("<table style=\"border-collapse:collapse;width:100%;margin:0 0 8pt 0;font-size:10pt;\">\n");
        html.append("<colgroup>");
        for (Block.Column column : table.columns()) {
            html.append("<col style=\"width:").append(column.percent()).append("%\">");
        }
        html.append("</colgroup>\n<thead>\n<tr>");
        for (Block.Column column : table.columns()) {
            html.append("<th scope=\"col\" style=\"").append(CELL).append("background-color:#e6e6e6;\">")
                    .append(Escape.text(column.header())).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            for (String cell : row) {
                html.append("<td style=\"").append(CELL).append("\">").append(Escape.lines(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }
}
