package no.redthread.core.internal.catalogue;

import java.util.List;

import no.redthread.core.catalogue.County;
import no.redthread.core.catalogue.DimensionEntry;
import no.redthread.core.catalogue.Municipality;
import no.redthread.core.catalogue.SdgEntry;

/** Everything the catalogue files hold, as read and checked by {@link CatalogueReader}. */
record Catalogue(FrameInfo frame, List<SdgEntry> sdgs, List<County> counties, List<Municipality> municipalities,
        List<DimensionEntry> dimensions) {

    Catalogue {
        sdgs = List.copyOf(sdgs);
        counties = List.copyOf(counties);
        municipalities = List.copyOf(municipalities);
        dimensions = List.copyOf(dimensions);
    }

    /** The frame's own identity, from frame.json. */
    record FrameInfo(String id, String nameNb, String version) {
    }
}
