package no.redthread.dilemma.sessions.ui.internal;

import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import no.redthread.dilemma.sessions.model.Session;
import no.redthread.workbench.ui.WorkbenchNavigation;
import no.redthread.workspace.WorkspaceService;

/**
 * What every <i>Start dilemmatrening</i> does once it knows its session: runs the command that creates it on the
 * open workspace (one undoable step), chooses it, and brings the <i>Dilemma</i> perspective with the session editor
 * to the front.
 */
@Component(service = SessionStarter.class)
public final class SessionStarter {

    static final String DILEMMA_PERSPECTIVE = "no.redthread.perspective.dilemma";

    private final WorkspaceService workspaces;
    private final ChosenSession chosen;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WorkbenchNavigation navigation;

    @Activate
    public SessionStarter(@Reference WorkspaceService workspaces, @Reference ChosenSession chosen) {
        this.workspaces = workspaces;
        this.chosen = chosen;
    }

    /** Creates the session with the command made for the open workspace's domain, and shows it. */
    Session start(Function<EditingDomain, Command> creation) {
        EditingDomain domain = workspaces.current().orElseThrow().editingDomain();
        Command create = creation.apply(domain);
        domain.getCommandStack().execute(create);
        Session session = create.getResult().stream().filter(Session.class::isInstance).map(Session.class::cast)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("the command creates no session"));
        chosen.choose(session);
        WorkbenchNavigation shown = navigation;
        if (shown != null) {
            shown.showPerspective(DILEMMA_PERSPECTIVE);
            shown.showPart(SessionPartDescriptor.ID);
            chosen.choose(session); // once more: a part the navigation just opened follows the choice too
        }
        return session;
    }
}
