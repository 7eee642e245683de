package no.redthread.dilemma.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import no.redthread.dilemma.sessions.model.Session;
import no.redthread.report.ReportDocument;
import no.redthread.report.ReportFormat;
import no.redthread.report.ReportSection;

/**
 * A dilemma-training session as the section "Målkonflikter og avveiinger" ("Målkonfliktar og avvegingar", "Goal
 * conflicts and trade-offs") of a case document: the scenario or case, date, facilitator and participants; every
 * finding with what pulls for and against, the plan objects it concerns, its handling, funding schemes, follow-up
 * and each dissent as its author wrote it (never merged or averaged); and, if the group scored a matrix, the top of
 * its ranking, the strongest negative links and the cells the group disagreed on. An OSGi service.
 *
 * <p>The text is in the language asked for: bokmål ({@code nb}), nynorsk ({@code nn}) or English (any other). The
 * methods read the session's EMF objects: call them on the thread that owns the model.
 */
public interface SessionReports {

    /** The session as one section, to stand alone or be put together with other modules' sections. */
    ReportSection section(Session session, Locale language);

    /** A document of that one section, with the session's metadata (title, municipality, the current user). */
    ReportDocument document(Session session, Locale language);

    /**
     * Writes {@link #document} to a file atomically through the shared {@code ReportWriter}: an existing file is left
     * as it was if writing fails.
     *
     * @throws IOException naming the file, if it cannot be written
     */
    void export(Session session, Locale language, ReportFormat format, Path file) throws IOException;
}
