package no.redthread.dilemma.sessions.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.dilemma.sessions.DilemmaSessions;
import no.redthread.dilemma.sessions.SessionCommands;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.SelectionService;

/**
 * <i>Start dilemmatrening</i> on a measure or goal (Explorer and plan editor context menus, Edit, Ctrl+3): a new
 * session on that case, undoable, shown in <i>Dilemmaøkt</i>.
 */
@Component(service = CommandContribution.class)
public final class StartTrainingCommand implements CommandContribution {

    public static final String ID = "no.redthread.dilemma.sessions.start";

    private final SelectionService selection;
    private final SessionStarter starter;

    @Activate
    public StartTrainingCommand(@Reference SelectionService selection, @Reference SessionStarter starter) {
        this.selection = selection;
        this.starter = starter;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("start.command");
    }

    @Override
    public MenuLocation menu() {
        return MenuLocation.EDIT;
    }

    @Override
    public boolean inContextMenu() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return subject().isPresent();
    }

    @Override
    public void execute() {
        subject().ifPresent(this::start);
    }

    /** Adds the session on the case as one command and shows it. */
    Session start(EObject subject) {
        String name = subject instanceof Measure measure ? measure.getName() : ((Goal) subject).getName();
        return starter.start(domain -> SessionCommands.create(domain, subject,
                Messages.get("start.title", name == null ? "" : name), LocalDate.now()));
    }

    /** The selected measure or goal of a workspace that has the dilemma module. */
    private Optional<EObject> subject() {
        List<?> current = selection.current();
        if (current == null || current.isEmpty()
                || !(current.get(0) instanceof Measure || current.get(0) instanceof Goal)) {
            return Optional.empty();
        }
        EObject subject = (EObject) current.get(0);
        return DilemmaSessions.registerOf(subject).isPresent() ? Optional.of(subject) : Optional.empty();
    }
}
