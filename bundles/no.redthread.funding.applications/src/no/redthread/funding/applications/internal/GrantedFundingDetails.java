package no.redthread.funding.applications.internal;

import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import no.redthread.funding.applications.FundingApplications;
import no.redthread.model.api.FundingDetails;
import no.redthread.model.plan.Measure;

/** The grants a measure has been awarded, for the plan editor and Properties: "450 000 kr innvilget". */
@Component(service = FundingDetails.class)
public final class GrantedFundingDetails implements FundingDetails {

    @Override
    public Optional<String> describe(Measure measure) {
        double granted = FundingApplications.grantedSum(measure);
        return granted <= 0 ? Optional.empty()
                : Optional.of(Texts.get("details.granted", ApplicationLabels.kroner(granted, Locale.getDefault())));
    }
}
