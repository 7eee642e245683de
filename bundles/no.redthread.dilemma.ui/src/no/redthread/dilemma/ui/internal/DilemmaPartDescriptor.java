package no.redthread.dilemma.ui.internal;

import no.redthread.workbench.Area;
import no.redthread.workbench.ui.MessagePartDescriptor;

/** The dilemma-training views share their category and read their label from the bundle's messages. */
abstract class DilemmaPartDescriptor extends MessagePartDescriptor {

    DilemmaPartDescriptor(String id, String labelKey, Area area) {
        super(id, labelKey, "category.dilemma", area, Messages::get);
    }
}
