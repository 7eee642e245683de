package no.redthread.indicators.ui.internal;

import java.util.List;

import no.redthread.core.catalogue.Municipality;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.Series;
import no.redthread.model.plan.Organisation;

/**
 * What a workbench selection says about a comparison: the indicator (an {@link Indicator}, or the indicator of a
 * {@link Series}) and the municipality (a series' organisation, a plan {@link Organisation} or a catalogue
 * {@link Municipality}). Either may be null when the selection does not say.
 */
record CompareFocus(Indicator indicator, String municipality) {

    static CompareFocus of(List<?> selection) {
        Indicator indicator = null;
        String municipality = null;
        for (Object selected : selection) {
            Indicator chosen = IndicatorPart.indicatorOf(selected);
            indicator = indicator == null ? chosen : indicator;
            String code = municipalityOf(selected);
            municipality = municipality == null ? code : municipality;
        }
        return new CompareFocus(indicator, municipality);
    }

    private static String municipalityOf(Object selected) {
        String code = null;
        if (selected instanceof Series series) {
            code = series.getOrganisation();
        } else if (selected instanceof Organisation organisation) {
            code = organisation.getNumber();
        } else if (selected instanceof Municipality municipality) {
            code = municipality.number();
        }
        return code != null && RegionCodes.kindOf(code) == RegionCodes.Kind.MUNICIPALITY ? code : null;
    }
}
