package no.redthread.dilemma.sessions.ui.internal;

import org.eclipse.swt.widgets.Display;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.dilemma.report.SessionReports;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.workbench.CommandContribution;

/**
 * File → Eksporter «Målkonflikter og avveiinger» (also by quick access): the session shown in <i>Dilemmaøkt</i> as
 * the case document's section, PDF or HTML.
 */
@Component(service = CommandContribution.class)
public final class ExportSessionCommand implements CommandContribution {

    public static final String ID = "no.redthread.dilemma.sessions.export";

    private final ChosenSession chosen;
    private final SessionExport export;

    @Activate
    public ExportSessionCommand(@Reference ChosenSession chosen, @Reference SessionReports reports) {
        this.chosen = chosen;
        this.export = new SessionExport(reports);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("export.command");
    }

    @Override
    public MenuLocation menu() {
        return MenuLocation.FILE;
    }

    @Override
    public boolean isEnabled() {
        Session session = chosen.get();
        // a session that was undone or whose workspace was closed is no longer in a resource
        return session != null && session.eResource() != null;
    }

    @Override
    public void execute() {
        if (isEnabled()) {
            export.run(Display.getCurrent().getActiveShell(), chosen.get());
        }
    }
}
