package no.redthread.dilemma.sessions.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import no.redthread.dilemma.sessions.DilemmaSessions;
import no.redthread.dilemma.sessions.FindingDraft;
import no.redthread.dilemma.sessions.SessionCommands;
import no.redthread.dilemma.sessions.model.FindingKind;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Identified;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.SelectionService;

/**
 * <i>Start dilemmatrening</i> on a measure or goal (Explorer and plan editor context menus, Edit, Ctrl+3): a new
 * session on that case, undoable, shown in <i>Dilemmaøkt</i>; on a candidate goal conflict of an assessment summary
 * the same entry starts it through {@link ConflictTraining}, when the assessment bundles are there.
 */
@Component(service = CommandContribution.class)
public final class StartTrainingCommand implements CommandContribution {

    public static final String ID = "no.redthread.dilemma.sessions.start";

    private final SelectionService selection;
    private final SessionStarter starter;
    private volatile ConflictTraining conflicts;

    @Activate
    public StartTrainingCommand(@Reference SelectionService selection, @Reference SessionStarter starter) {
        this.selection = selection;
        this.starter = starter;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setConflicts(ConflictTraining training) {
        conflicts = training;
    }

    void unsetConflicts(ConflictTraining training) {
        if (conflicts == training) {
            conflicts = null;
        }
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
        ConflictTraining training = conflicts;
        return subject().isPresent() || training != null && training.canStart(selection.current());
    }

    @Override
    public void execute() {
        ConflictTraining training = conflicts;
        Optional<EObject> subject = subject();
        if (subject.isPresent()) {
            start(subject.get());
        } else if (training != null) {
            training.start(selection.current());
        }
    }

    /**
     * Adds the session on the case as one command and shows it, prefilled: a first finding on the case, pulling
     * towards the themes and SDG targets of its goals (what it pulls against is for the group to find), and the case
     * with its goals or measures as the matrix's items.
     */
    Session start(EObject subject) {
        String name = name(subject);
        List<Goal> goals = subject instanceof Measure measure ? measure.getFollows() : List.of((Goal) subject);
        List<String> pulls = new ArrayList<>();
        goals.forEach(goal -> goal.getAddressedThemes().forEach(theme -> add(pulls, theme.getId())));
        goals.forEach(goal -> goal.getAddressedSdgTargets().forEach(target -> add(pulls, target.getCode())));
        FindingDraft draft = new FindingDraft(FindingKind.CONFLICT, Messages.get("start.question", name), pulls,
                List.of(), List.of(subject));
        return starter.start(domain -> {
            Command create = SessionCommands.create(domain, subject, Messages.get("start.title", name),
                    LocalDate.now(), draft);
            Session session = (Session) create.getResult().iterator().next();
            CompoundCommand prefilled = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL, create.getLabel(),
                    create.getDescription());
            prefilled.append(create);
            for (EObject item : related(subject, goals)) {
                prefilled.append(SessionCommands.addMatrixItem(domain, session, ((Identified) item).getId(),
                        name(item), item));
            }
            return prefilled;
        });
    }

    /** The case first, then the goals a measure follows, or the measures that follow a goal. */
    private static List<EObject> related(EObject subject, List<Goal> goals) {
        List<EObject> items = new ArrayList<>(List.of(subject));
        if (subject instanceof Measure) {
            items.addAll(goals);
        } else if (subject.eContainer() instanceof Plan plan) {
            plan.getMeasures().stream().filter(measure -> measure.getFollows().contains(subject)).forEach(items::add);
        }
        return items;
    }

    private static String name(EObject object) {
        String name = object instanceof Measure measure ? measure.getName() : ((Goal) object).getName();
        return name == null ? "" : name;
    }

    private static void add(List<String> ids, String id) {
        if (id != null && !ids.contains(id)) {
            ids.add(id);
        }
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
