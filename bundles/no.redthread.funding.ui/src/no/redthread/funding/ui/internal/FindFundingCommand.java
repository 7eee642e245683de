package no.redthread.funding.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import no.redthread.funding.SchemeMatch;
import no.redthread.funding.SchemeMatcher;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Theme;
import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.SelectionService;
import no.redthread.workbench.ui.WorkbenchNavigation;

/**
 * <i>Finn tilskudd</i> on a measure, goal or theme (Explorer, plan editor, the weak themes of an assessment summary;
 * also Edit and Ctrl+3): the <i>Virkemidler</i> perspective with the search matched to it.
 */
@Component(service = CommandContribution.class)
public final class FindFundingCommand implements CommandContribution {

    public static final String ID = "no.redthread.funding.find";

    private final SelectionService selection;
    private final SchemeMatcher matcher;
    private final FundingSession session;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WorkbenchNavigation navigation;

    @Activate
    public FindFundingCommand(@Reference SelectionService selection, @Reference SchemeMatcher matcher,
            @Reference FundingSession session) {
        this.selection = selection;
        this.matcher = matcher;
        this.session = session;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("find.command");
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
        subject().ifPresent(subject -> {
            session.matchTo(match(subject));
            WorkbenchNavigation shown = navigation;
            if (shown != null) {
                shown.showPerspective(FundingPerspective.ID);
                shown.showPart(SearchDescriptor.ID);
            }
        });
    }

    /** The matcher's ranking for a measure, goal or theme, with what the banner calls it. */
    MatchSubject match(Object subject) {
        Locale locale = Locale.getDefault();
        return switch (subject) {
            case Measure measure -> subject(measure, "match.measure", measure.getName(),
                    matcher.forMeasure(measure, session.today(), locale));
            case Goal goal -> subject(goal, "match.goal", goal.getName(), matcher.forGoal(goal, session.today(), locale));
            case Theme theme -> subject(theme, "match.theme",
                    "en".equals(locale.getLanguage()) ? theme.getNameEn() : theme.getNameNb(),
                    matcher.forThemes(List.of(theme.getId()), session.today(), locale));
            default -> throw new IllegalArgumentException(String.valueOf(subject));
        };
    }

    private static MatchSubject subject(Object subject, String key, String name, List<SchemeMatch> matches) {
        return new MatchSubject(subject, Messages.get(key, name == null ? "" : name), matches);
    }

    /** The selected measure, goal or theme. */
    private Optional<Object> subject() {
        List<?> current = selection.current();
        return current == null || current.isEmpty() ? Optional.empty()
                : Optional.<Object>of(current.get(0)).filter(o -> o instanceof Measure || o instanceof Goal || o instanceof Theme);
    }
}
