package no.redthread.funding.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import no.redthread.funding.applications.FundingApplications;
import no.redthread.funding.applications.model.FundingApplication;
import no.redthread.workspace.Workspace;

/** The workspace's applications with a deadline, for the timeline's top rows and the calendar export. */
final class ApplicationRows {

    private ApplicationRows() {
    }

    static List<FundingApplication> withDeadline(Optional<Workspace> workspace) {
        return workspace.flatMap(w -> FundingApplications.register(w.resourceSet())).stream()
                .flatMap(register -> register.getApplications().stream()).filter(a -> a.getDeadline() != null)
                .sorted(Comparator.comparing(FundingApplication::getDeadline)).toList();
    }

    static List<Timeline.Row> rows(Optional<Workspace> workspace) {
        return withDeadline(workspace).stream().map(application -> new Timeline.Row(label(application), application,
                true, List.of(new Timeline.Mark(application.getDeadline(), false, application.getStatus().getName()))))
                .toList();
    }

    /** "Klimasats – Kartlegge flomveier … (planlagt)". */
    static String label(FundingApplication application) {
        String measure = application.getMeasure() == null ? "" : " \u2013 " + application.getMeasure().getName();
        return Messages.get("application.row", name(application) + measure, status(application));
    }

    static String name(FundingApplication application) {
        return application.getSchemeName() != null ? application.getSchemeName() : application.getSchemeId();
    }

    static String status(FundingApplication application) {
        return Messages.get("status." + application.getStatus().getName());
    }
}
