package no.redthread.report;

/** The formats a {@link ReportWriter} writes. */
public enum ReportFormat {

    /** One self-contained UTF-8 HTML file for a word processor. */
    HTML("html"),
    /** A tagged A4 PDF with embedded fonts. */
    PDF("pdf");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
