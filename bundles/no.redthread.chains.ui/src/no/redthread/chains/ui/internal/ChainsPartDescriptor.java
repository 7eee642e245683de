package no.redthread.chains.ui.internal;

import no.redthread.workbench.Area;
import no.redthread.workbench.ui.MessagePartDescriptor;

/** The chain views share their category and read their label from the bundle's messages. */
abstract class ChainsPartDescriptor extends MessagePartDescriptor {

    ChainsPartDescriptor(String id, String labelKey, Area area) {
        super(id, labelKey, "category", area, Messages::get);
    }
}
