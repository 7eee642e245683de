package no.redthread.workbench.packs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;

/**
 * Gathers per bundle what it contributes: the workbench services it registers (counted by interface name, so this
 * headless bundle needs no SWT), what the {@link ContentPackReport}s say its packs gave, and its problems.
 */
public final class PluginInventory {

    static final String PART = "no.redthread.workbench.ui.PartDescriptor";
    static final String COMMAND = "no.redthread.workbench.CommandContribution";
    static final String PERSPECTIVE = "no.redthread.workbench.PerspectiveDescriptor";
    static final String PREFERENCE_PAGE = "no.redthread.workbench.ui.PreferencePageContribution";

    private PluginInventory() {
    }

    /**
     * Every installed bundle, by symbolic name.
     *
     * @param scr the component runtime, for components that failed to activate; null to leave them out
     */
    public static List<BundleContributions> collect(BundleContext context, Collection<ContentPackReport> reports,
            ServiceComponentRuntime scr) {
        List<PackContribution> packs = new ArrayList<>();
        List<PackProblem> problems = new ArrayList<>();
        for (ContentPackReport report : reports) {
            packs.addAll(report.contributions());
            problems.addAll(report.problems());
        }
        return Arrays.stream(context.getBundles()).map(bundle -> of(bundle, packs, problems, scr))
                .sorted(Comparator.comparing(BundleContributions::symbolicName)).toList();
    }

    private static BundleContributions of(Bundle bundle, List<PackContribution> packs, List<PackProblem> problems,
            ServiceComponentRuntime scr) {
        String symbolicName = bundle.getSymbolicName() == null ? "#" + bundle.getBundleId() : bundle.getSymbolicName();
        String name = bundle.getHeaders("").get(Constants.BUNDLE_NAME);
        ServiceReference<?>[] services = bundle.getState() == Bundle.ACTIVE ? bundle.getRegisteredServices() : null;
        return new BundleContributions(bundle.getBundleId(), symbolicName, name == null ? symbolicName : name,
                bundle.getVersion().toString(), bundle.getState(), count(services, PART), count(services, COMMAND),
                count(services, PERSPECTIVE), count(services, PREFERENCE_PAGE),
                packs.stream().filter(pack -> pack.bundle().equals(symbolicName)).toList(), failed(bundle, scr),
                problems.stream().filter(problem -> problem.bundle().equals(symbolicName)).toList());
    }

    private static List<String> failed(Bundle bundle, ServiceComponentRuntime scr) {
        if (scr == null) {
            return List.of();
        }
        return scr.getComponentDescriptionDTOs(bundle).stream()
                .flatMap(description -> scr.getComponentConfigurationDTOs(description).stream())
                .filter(configuration -> configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION)
                .map(configuration -> configuration.description.name + ": " + FailureText.rootCause(configuration.failure)).toList();
    }

    private static int count(ServiceReference<?>[] services, String type) {
        return services == null ? 0 : (int) Arrays.stream(services)
                .filter(reference -> Arrays.asList((String[]) reference.getProperty(Constants.OBJECTCLASS)).contains(type))
                .count();
    }
}
