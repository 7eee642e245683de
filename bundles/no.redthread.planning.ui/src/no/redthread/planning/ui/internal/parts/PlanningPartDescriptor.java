package no.redthread.planning.ui.internal.parts;

import no.redthread.planning.ui.internal.Messages;
import no.redthread.workbench.Area;
import no.redthread.workbench.ui.MessagePartDescriptor;

/** The planning views share their category and read their label from the bundle's messages. */
abstract class PlanningPartDescriptor extends MessagePartDescriptor {

    PlanningPartDescriptor(String id, String labelKey, Area area) {
        super(id, labelKey, "category.planning", area, Messages::get);
    }
}
