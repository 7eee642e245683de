package no.redthread.planning.ui.internal.parts;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import no.redthread.model.api.FundingDetails;
import no.redthread.model.plan.Measure;
import no.redthread.planning.ui.internal.Messages;

/**
 * A measure's funding as the plan editor and Properties show it: its status and what the modules' {@link FundingDetails}
 * services add, "Delvis finansiert · 450 000 kr innvilget". The planning views know no module: whichever details
 * are registered when a view refreshes are shown.
 */
@Component(service = MeasureFunding.class)
public final class MeasureFunding {

    /* dynamic, so a module that starts or stops does not restart the views that hold this component */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<FundingDetails> details = List.of();

    /** The status in the UI language, then each detail after a middle dot. */
    String text(Measure measure) {
        String status = Messages.get("funding." + measure.getFundingStatus().getName());
        return Stream.concat(Stream.of(status), details(measure).stream()).reduce((a, b) -> a + " · " + b).orElse(status);
    }

    /** What the modules add, in service order; empty when none says anything. */
    List<String> details(Measure measure) {
        return details.stream().map(detail -> detail.describe(measure)).flatMap(Optional::stream).toList();
    }
}
