package no.redthread.funding.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.funding.export.CalendarEntry;
import no.redthread.funding.export.FundingExport;
import no.redthread.workbench.CommandContribution;

/** File → Export the search's deadlines (iCalendar): the next deadline of each hit that has one, as an .ics file. */
@Component(service = CommandContribution.class)
public final class ExportSearchCalendarCommand extends FileExport {

    public static final String ID = "no.redthread.funding.exportSearchCalendar";

    private final FundingSession session;

    @Activate
    public ExportSearchCalendarCommand(@Reference FundingSession session) {
        this.session = session;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("export.searchIcs.command");
    }

    @Override
    String proposedName() {
        return Messages.get("export.searchIcs.file");
    }

    @Override
    String extension() {
        return "ics";
    }

    @Override
    Optional<Writer> writer(Shell shell) {
        List<CalendarEntry> entries = entries();
        if (entries.isEmpty()) {
            MessageDialog.openInformation(shell, label().replace("&", ""), Messages.get("export.noDeadlines"));
            return Optional.empty();
        }
        return Optional.of(file -> FundingExport.writeCalendar(entries, file, Locale.getDefault()));
    }

    List<CalendarEntry> entries() {
        return session.hits().stream().map(hit -> CalendarEntry.of(hit, Locale.getDefault())).flatMap(Optional::stream)
                .toList();
    }
}
