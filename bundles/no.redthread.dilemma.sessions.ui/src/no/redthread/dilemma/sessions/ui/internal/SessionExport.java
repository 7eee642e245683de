package no.redthread.dilemma.sessions.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import no.redthread.dilemma.report.SessionReports;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.report.ReportFormat;

/**
 * Exports a session as the section "Målkonflikter og avveiinger" of a case document, as PDF or HTML chosen in a
 * save dialog, in the UI language; shared by the File-menu command and the part's button. The author is the user of
 * Preferences → Bruker (the report service asks the user profile).
 */
final class SessionExport {

    /** Where the user wants the report, and as what. */
    record Target(Path file, ReportFormat format) {
    }

    /** Asks the user for a target; empty if they cancel. A test answers without a native dialog. */
    interface TargetChooser {
        Optional<Target> choose(Shell shell, String suggestedName);
    }

    private final SessionReports reports;
    private final TargetChooser chooser;

    SessionExport(SessionReports reports) {
        this(reports, SessionExport::saveDialog);
    }

    SessionExport(SessionReports reports, TargetChooser chooser) {
        this.reports = reports;
        this.chooser = chooser;
    }

    /** Asks where to, writes the report there; a failure is shown, the earlier file is left as it was. */
    void run(Shell shell, Session session) {
        String title = session.getTitle() == null ? Messages.get("session.untitled") : session.getTitle();
        chooser.choose(shell, fileName(Messages.get("export.file", title))).ifPresent(target -> {
            try {
                reports.export(session, Locale.getDefault(), target.format(), target.file());
            } catch (IOException | RuntimeException e) {
                MessageDialog.openError(shell, Messages.get("export.title"),
                        Messages.get("export.failed", target.file(), String.valueOf(e.getMessage())));
            }
        });
    }

    private static Optional<Target> saveDialog(Shell shell, String suggestedName) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.get("export.title"));
        dialog.setFilterExtensions(new String[] { "*.pdf", "*.html" });
        dialog.setFilterNames(new String[] { Messages.get("export.pdf"), Messages.get("export.html") });
        dialog.setFileName(suggestedName + ".pdf");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return Optional.empty();
        }
        String lower = chosen.toLowerCase(Locale.ROOT);
        boolean html = dialog.getFilterIndex() == 1 || lower.endsWith(".html") || lower.endsWith(".htm");
        return Optional.of(new Target(Path.of(chosen), html ? ReportFormat.HTML : ReportFormat.PDF));
    }

    /** A file name from a title: characters no file system takes become a dash, as a person would write it. */
    static String fileName(String title) {
        return title.replaceAll("\\s*[\\\\/:*?\"<>|]+\\s*", " – ").strip();
    }
}
