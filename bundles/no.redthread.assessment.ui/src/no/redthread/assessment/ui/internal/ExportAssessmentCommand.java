package no.redthread.assessment.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.report.AssessmentReports;
import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.SelectionService;

/**
 * File → Export sustainability assessment: the selected assessment's "Bærekraftsvurdering" as PDF or HTML, chosen by
 * the file type in the save dialog. Also in the context menus of the assessment list and the Explorer.
 */
@Component(service = CommandContribution.class)
public final class ExportAssessmentCommand implements CommandContribution {

    public static final String ID = "no.redthread.assessment.export";

    private final SelectionService selection;
    private final AssessmentReports reports;

    @Activate
    public ExportAssessmentCommand(@Reference SelectionService selection, @Reference AssessmentReports reports) {
        this.selection = selection;
        this.reports = reports;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("command.export");
    }

    @Override
    public MenuLocation menu() {
        return MenuLocation.FILE;
    }

    @Override
    public boolean inContextMenu() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return selected().isPresent();
    }

    /** The selected assessment, or the one of a selected answer. */
    Optional<Assessment> selected() {
        List<?> current = selection.current();
        Object first = current == null || current.isEmpty() ? null : current.get(0);
        if (first instanceof Answer answer && answer.eContainer() instanceof Assessment owner) {
            return Optional.of(owner);
        }
        return first instanceof Assessment assessment ? Optional.of(assessment) : Optional.empty();
    }

    @Override
    public void execute() {
        Shell shell = Display.getCurrent().getActiveShell();
        Optional<Assessment> assessment = selected();
        if (assessment.isEmpty()) {
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.get("command.export.title"));
        dialog.setFilterExtensions(new String[] { "*.pdf", "*.html" });
        dialog.setFilterNames(new String[] { Messages.get("command.export.pdf"), Messages.get("command.export.html") });
        dialog.setFileName(fileName(Names.title(assessment.get())) + ".pdf");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        boolean html = dialog.getFilterIndex() == 1 || chosen.toLowerCase(Locale.ROOT).endsWith(".html")
                || chosen.toLowerCase(Locale.ROOT).endsWith(".htm");
        try {
            export(assessment.get(), Path.of(chosen), html);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, Messages.get("command.export.title"),
                    Messages.get("command.export.failed", chosen, String.valueOf(e.getMessage())));
        }
    }

    /** Writes the report to a file, as HTML or PDF. */
    void export(Assessment assessment, Path file, boolean html) throws IOException {
        if (html) {
            reports.writeHtml(assessment, file);
        } else {
            reports.writePdf(assessment, file);
        }
    }

    /** A file name from a title: characters no file system takes become a dash, as a person would write it. */
    static String fileName(String title) {
        return title.replaceAll("\\s*[\\\\/:*?\"<>|]+\\s*", " – ").strip();
    }
}
