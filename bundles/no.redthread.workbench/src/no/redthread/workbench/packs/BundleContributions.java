package no.redthread.workbench.packs;

import java.util.List;

/**
 * Everything one bundle contributes to the workbench and the problems it has.
 *
 * @param bundleId the bundle's id in the framework
 * @param symbolicName its symbolic name
 * @param name its {@code Bundle-Name} (the symbolic name when it has none)
 * @param version its version
 * @param state its state ({@link org.osgi.framework.Bundle#ACTIVE} etc.)
 * @param views the part descriptors (views) it registers
 * @param commands the commands it registers
 * @param perspectives the perspectives it registers
 * @param preferencePages the preference pages it registers
 * @param packs what its content packs contributed, per kind
 * @param failedComponents the names of its DS components that failed to activate, with the reason
 * @param problems its refused content-pack files
 */
public record BundleContributions(long bundleId, String symbolicName, String name, String version, int state,
        int views, int commands, int perspectives, int preferencePages, List<PackContribution> packs,
        List<String> failedComponents, List<PackProblem> problems) {

    public BundleContributions {
        packs = List.copyOf(packs);
        failedComponents = List.copyOf(failedComponents);
        problems = List.copyOf(problems);
    }

    /** Whether it contributes anything or has any problem (a plain library does neither). */
    public boolean isEmpty() {
        return views + commands + perspectives + preferencePages == 0 && packs.isEmpty()
                && failedComponents.isEmpty() && problems.isEmpty();
    }

    /** Whether anything of it was refused or failed. */
    public boolean hasProblems() {
        return !failedComponents.isEmpty() || !problems.isEmpty();
    }
}
