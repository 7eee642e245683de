package no.redthread.funding.internal.catalogue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.funding.FundingCatalog;
import no.redthread.funding.FundingScheme;
import no.redthread.workbench.packs.ContentPackReport;
import no.redthread.workbench.packs.PackContribution;
import no.redthread.workbench.packs.PackProblem;

/** The funding catalogue's content packs as the Plugins view and {@code redthread:plugins} list them. */
@Component(service = ContentPackReport.class)
public final class FundingPackReport implements ContentPackReport {

    private final FundingCatalog catalog;

    @Activate
    public FundingPackReport(@Reference FundingCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String kind() {
        return FUNDING_SCHEMES;
    }

    @Override
    public String header() {
        return FundingCatalog.MANIFEST_HEADER;
    }

    /** Per bundle the schemes in the catalogue that came from it (a record another pack corrected counts there). */
    @Override
    public List<PackContribution> contributions() {
        Map<String, List<String>> byOrigin = catalog.schemes().stream().collect(Collectors.groupingBy(
                FundingScheme::origin, TreeMap::new, Collectors.mapping(FundingScheme::nameNb, Collectors.toList())));
        return byOrigin.entrySet().stream()
                .map(entry -> new PackContribution(entry.getKey(), FUNDING_SCHEMES, entry.getValue())).toList();
    }

    @Override
    public List<PackProblem> problems() {
        return catalog.problems().stream().map(problem -> new PackProblem(problem.bundle(), FUNDING_SCHEMES,
                problem.file(), problem.line(), problem.column(), problem.field(), problem.message())).toList();
    }
}
