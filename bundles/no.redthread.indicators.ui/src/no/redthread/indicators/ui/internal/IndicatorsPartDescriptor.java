package no.redthread.indicators.ui.internal;

import no.redthread.workbench.Area;
import no.redthread.workbench.ui.MessagePartDescriptor;

/** The indicator views share their category and read their label from the bundle's messages. */
abstract class IndicatorsPartDescriptor extends MessagePartDescriptor {

    IndicatorsPartDescriptor(String id, String labelKey, Area area) {
        super(id, labelKey, "category.indicators", area, Messages::get);
    }
}
