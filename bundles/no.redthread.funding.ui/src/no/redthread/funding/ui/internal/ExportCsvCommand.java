package no.redthread.funding.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.funding.SearchResult;
import no.redthread.funding.export.FundingExport;
import no.redthread.workbench.CommandContribution;

/** File → Export the result list (CSV): the hits of the search as they are shown, for a spreadsheet. */
@Component(service = CommandContribution.class)
public final class ExportCsvCommand extends FileExport {

    public static final String ID = "no.redthread.funding.exportCsv";

    private final FundingSession session;

    @Activate
    public ExportCsvCommand(@Reference FundingSession session) {
        this.session = session;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("export.csv.command");
    }

    @Override
    String proposedName() {
        return Messages.get("export.csv.file");
    }

    @Override
    String extension() {
        return "csv";
    }

    @Override
    Optional<Writer> writer(Shell shell) {
        List<SearchResult.Hit> hits = session.hits();
        if (hits.isEmpty()) {
            MessageDialog.openInformation(shell, label().replace("&", ""), Messages.get("export.nothing"));
            return Optional.empty();
        }
        return Optional.of(file -> FundingExport.writeCsv(hits, file, Locale.getDefault()));
    }
}
