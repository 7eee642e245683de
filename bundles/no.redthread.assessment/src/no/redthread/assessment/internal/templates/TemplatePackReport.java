package no.redthread.assessment.internal.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateProvider;
import no.redthread.workbench.packs.ContentPackReport;
import no.redthread.workbench.packs.PackContribution;
import no.redthread.workbench.packs.PackProblem;

/**
 * The worksheets (form templates) of every provider, per bundle, as the Plugins view and {@code redthread:plugins}
 * list them. Asking reads a pack's files if nobody has yet (providers read on first use).
 */
@Component(service = ContentPackReport.class)
public final class TemplatePackReport implements ContentPackReport {

    private final Map<FormTemplateProvider, String> providers = new ConcurrentHashMap<>();

    @Activate
    public TemplatePackReport() {
        // providers arrive through add() as bundles start
    }

    @Reference(name = "providers", unbind = "remove", cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void add(FormTemplateProvider provider, Map<String, Object> properties) {
        Object bundle = properties.get(FormTemplateProvider.BUNDLE_PROPERTY);
        providers.put(provider, bundle == null ? "?" : bundle.toString());
    }

    void remove(FormTemplateProvider provider) {
        providers.remove(provider);
    }

    @Override
    public String kind() {
        return WORKSHEETS;
    }

    @Override
    public String header() {
        return FormTemplateProvider.MANIFEST_HEADER;
    }

    @Override
    public List<PackContribution> contributions() {
        List<PackContribution> contributions = new ArrayList<>();
        providers.forEach((provider, bundle) -> {
            List<String> titles = provider.templates().stream().map(FormTemplate::titleNb).toList();
            if (!titles.isEmpty()) {
                contributions.add(new PackContribution(bundle, WORKSHEETS, titles));
            }
        });
        return contributions;
    }

    /** Template problems carry a field but no line: the template validator reports paths only. */
    @Override
    public List<PackProblem> problems() {
        return providers.keySet().stream().flatMap(provider -> provider.problems().stream())
                .map(problem -> new PackProblem(problem.bundle(), WORKSHEETS, problem.file(), 0, 0, problem.field(),
                        problem.message()))
                .toList();
    }
}
