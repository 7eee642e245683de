package no.redthread.funding.internal.match;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.funding.FundingCatalog;
import no.redthread.funding.SchemeMatch;
import no.redthread.funding.SchemeMatcher;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;

/** Ranks the catalogue's schemes for a plan object; see {@link Scoring} for the weights. */
@Component(service = SchemeMatcher.class)
public final class DefaultSchemeMatcher implements SchemeMatcher {

    private static final Comparator<SchemeMatch> ORDER = Comparator.comparingDouble(SchemeMatch::score).reversed()
            .thenComparing(match -> match.scheme().nameNb());

    private final FundingCatalog catalog;
    private final CatalogueService catalogue;

    @Activate
    public DefaultSchemeMatcher(@Reference FundingCatalog catalog, @Reference CatalogueService catalogue) {
        this.catalog = catalog;
        this.catalogue = catalogue;
    }

    @Override
    public List<SchemeMatch> forMeasure(Measure measure, LocalDate today, Locale locale) {
        return rank(PlanFacts.of(measure), today, locale);
    }

    @Override
    public List<SchemeMatch> forGoal(Goal goal, LocalDate today, Locale locale) {
        return rank(PlanFacts.of(goal), today, locale);
    }

    @Override
    public List<SchemeMatch> forThemes(Collection<String> themeIds, LocalDate today, Locale locale) {
        return rank(PlanFacts.ofThemes(themeIds), today, locale);
    }

    private List<SchemeMatch> rank(PlanFacts facts, LocalDate today, Locale locale) {
        MatchTexts texts = new MatchTexts(locale);
        Scoring scoring = new Scoring(facts, today, texts, id -> themeName(id, texts.english()));
        return catalog.schemes().stream().map(scoring::score).flatMap(Optional::stream).sorted(ORDER).toList();
    }

    private String themeName(String id, boolean english) {
        return catalogue.theme(id).map(theme -> english ? theme.nameEn() : theme.nameNb()).orElse(id);
    }
}
