package no.redthread.funding.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.funding.FundingCatalog;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.applications.model.FundingApplication;
import no.redthread.funding.export.CalendarEntry;
import no.redthread.funding.export.FundingExport;
import no.redthread.workbench.CommandContribution;
import no.redthread.workspace.WorkspaceService;

/** File → Export the applications' deadlines (iCalendar): each application of the workspace with a deadline. */
@Component(service = CommandContribution.class)
public final class ExportApplicationsCalendarCommand extends FileExport {

    public static final String ID = "no.redthread.funding.exportApplicationsCalendar";

    private final WorkspaceService workspaces;
    private final FundingCatalog catalog;

    @Activate
    public ExportApplicationsCalendarCommand(@Reference WorkspaceService workspaces, @Reference FundingCatalog catalog) {
        this.workspaces = workspaces;
        this.catalog = catalog;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("export.applicationsIcs.command");
    }

    @Override
    public boolean isEnabled() {
        return workspaces.current().isPresent();
    }

    @Override
    String proposedName() {
        return Messages.get("export.applicationsIcs.file");
    }

    @Override
    String extension() {
        return "ics";
    }

    @Override
    Optional<Writer> writer(Shell shell) {
        List<CalendarEntry> entries = entries();
        if (entries.isEmpty()) {
            MessageDialog.openInformation(shell, label().replace("&", ""), Messages.get("export.noApplications"));
            return Optional.empty();
        }
        return Optional.of(file -> FundingExport.writeCalendar(entries, file, Locale.getDefault()));
    }

    List<CalendarEntry> entries() {
        return ApplicationRows.withDeadline(workspaces.current()).stream().map(this::entry).toList();
    }

    private CalendarEntry entry(FundingApplication application) {
        Optional<FundingScheme> scheme = catalog.scheme(application.getSchemeId());
        String measure = application.getMeasure() == null ? "" : application.getMeasure().getName();
        return new CalendarEntry(application.getId() + "@redthread.no",
                Messages.get("export.applicationsIcs.title", ApplicationRows.name(application)),
                Messages.get("export.applicationsIcs.description", measure, ApplicationRows.status(application)),
                application.getDeadline(), false, scheme.map(FundingScheme::url));
    }
}
