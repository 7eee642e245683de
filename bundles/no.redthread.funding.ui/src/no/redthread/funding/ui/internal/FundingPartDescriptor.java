package no.redthread.funding.ui.internal;

import no.redthread.workbench.Area;
import no.redthread.workbench.ui.MessagePartDescriptor;

/** The funding views share their category and read their label from the bundle's messages. */
abstract class FundingPartDescriptor extends MessagePartDescriptor {

    FundingPartDescriptor(String id, String labelKey, Area area) {
        super(id, labelKey, "category.funding", area, Messages::get);
    }
}
