package no.redthread.dilemma.sessions.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.funding.FundingCatalog;
import no.redthread.funding.FundingScheme;

/**
 * The scheme names of the funding catalogue. The only class that touches the (optionally imported) funding API:
 * without the funding bundle its reference is never satisfied, so the class is never loaded.
 */
@Component(service = SchemeNames.class)
public final class FundingSchemeNames implements SchemeNames {

    private final FundingCatalog catalog;

    @Activate
    public FundingSchemeNames(@Reference FundingCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<String> ids() {
        return catalog.schemes().stream().map(FundingScheme::id).toList();
    }

    @Override
    public Optional<String> name(String id) {
        boolean english = "en".equals(Locale.getDefault().getLanguage());
        return catalog.scheme(id).map(scheme -> english && scheme.nameEn() != null ? scheme.nameEn() : scheme.nameNb());
    }
}
