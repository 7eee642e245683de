package no.redthread.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.redthread.workbench.Area;
import no.redthread.workbench.PerspectiveLayout;

class PerspectiveLayoutTest {

    @Test
    void aPartMovedToAnotherAreaLeavesItsOldArea() {
        PerspectiveLayout layout = PerspectiveLayout.empty().with(Area.LEFT, "explorer", "outline").with(Area.RIGHT, "explorer");

        assertEquals(List.of("outline"), layout.stacks().get(Area.LEFT));
        assertEquals(List.of("explorer"), layout.stacks().get(Area.RIGHT));
        assertEquals(Area.RIGHT, layout.areaOf("explorer"));
    }

    @Test
    void removingAPartHidesIt() {
        PerspectiveLayout layout = PerspectiveLayout.empty().with(Area.BOTTOM, "problems").without("problems");

        assertNull(layout.areaOf("problems"));
        assertEquals(List.of(), layout.stacks().get(Area.BOTTOM));
    }

    @Test
    void missingAreasAndBadWeightsFallBackToDefaults() {
        PerspectiveLayout layout = new PerspectiveLayout(Map.of(Area.CENTER, List.of("editor")), List.of(1, 2));

        assertEquals(List.of(), layout.stacks().get(Area.LEFT));
        assertEquals(PerspectiveLayout.DEFAULT_WEIGHTS, layout.weights());
    }
}
