package no.redthread.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.indicators.FrameLinks;
import no.redthread.indicators.IndicatorSets;
import no.redthread.indicators.model.Indicator;
import no.redthread.model.plan.Frame;
import no.redthread.model.plan.Sdg;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.Theme;

/** An indicator's catalogue ids resolve to the shared model's frame objects. */
class FrameLinksTest {

    @Test
    void resolvesThemesTargetsAndGoalsInAWorkspaceFrame() {
        Frame frame = Fixtures.service(CatalogueService.class).createFrame();
        Indicator waste = Fixtures.service(IndicatorSets.class).createSet(IndicatorSets.SSB_MUNICIPAL).orElseThrow()
                .getIndicators().stream().filter(i -> i.getId().equals("ssb-household-waste")).findFirst()
                .orElseThrow();
        assertEquals(List.of("theme-resources-circular"), FrameLinks.themes(waste, frame).stream().map(Theme::getId)
                .toList());
        assertEquals(List.of("12.5", "11.6"), FrameLinks.sdgTargets(waste, frame).stream().map(SdgTarget::getCode)
                .toList());
        assertEquals(List.of(11, 12), FrameLinks.sdgs(waste, frame).stream().map(Sdg::getNumber).toList());
        waste.getThemeIds().add("theme-unknown");
        assertEquals(1, FrameLinks.themes(waste, frame).size(), "unknown ids are left out");
    }
}
