package no.redthread.funding.applications;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import no.redthread.funding.applications.model.ApplicationRegister;
import no.redthread.funding.applications.model.ApplicationStatus;
import no.redthread.funding.applications.model.FundingApplication;
import no.redthread.model.plan.Measure;

/**
 * Queries over a workspace's funding applications. The applications live in one {@link ApplicationRegister} per
 * workspace (the module root {@value #MODEL_ID}, file {@code modules/funding.json}), beside the plan systems in the
 * same resource set; they refer to their measure, so a measure's applications are found through its resource set.
 */
public final class FundingApplications {

    /** The {@code ModelContribution} id of the applications, which names their workspace file. */
    public static final String MODEL_ID = "funding";

    private FundingApplications() {
    }

    /** The register of a workspace's resource set, if the funding module's root is in it. */
    public static Optional<ApplicationRegister> register(ResourceSet resources) {
        for (Resource resource : List.copyOf(resources.getResources())) {
            for (EObject root : resource.getContents()) {
                if (root instanceof ApplicationRegister register) {
                    return Optional.of(register);
                }
            }
        }
        return Optional.empty();
    }

    /** The register of the workspace a model object belongs to, if any. */
    public static Optional<ApplicationRegister> registerOf(EObject object) {
        Resource resource = object.eResource();
        return resource == null || resource.getResourceSet() == null ? Optional.empty()
                : register(resource.getResourceSet());
    }

    /** The applications for a measure, in register order (empty when its workspace has no register). */
    public static List<FundingApplication> of(Measure measure) {
        Objects.requireNonNull(measure, "measure");
        return registerOf(measure).map(register -> register.getApplications().stream()
                .filter(application -> application.getMeasure() == measure).toList()).orElse(List.of());
    }

    /** The sum granted to a measure in kroner: the granted amounts of its applications whose status is GRANTED. */
    public static double grantedSum(Measure measure) {
        return of(measure).stream().filter(application -> application.getStatus() == ApplicationStatus.GRANTED)
                .map(FundingApplication::getAmountGranted).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).sum();
    }

    /** True when the application is still planned but its deadline is before {@code today}. */
    public static boolean deadlinePassedWhilePlanned(FundingApplication application, LocalDate today) {
        return application.getStatus() == ApplicationStatus.PLANNED && application.getDeadline() != null
                && application.getDeadline().isBefore(today);
    }
}
