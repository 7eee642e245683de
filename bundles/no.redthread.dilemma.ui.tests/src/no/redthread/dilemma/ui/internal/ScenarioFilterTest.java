package no.redthread.dilemma.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.redthread.dilemma.Scenario;
import no.redthread.dilemma.ScenarioLibrary;

/** The library's filter over the shipped scenarios. */
class ScenarioFilterTest {

    @Test
    void textMatchesEveryWordInAnyCaseAcrossTitleSettingQuestionsAndStakeholders() throws Exception {
        List<Scenario> all = DilemmaFixture.service(ScenarioLibrary.class).scenarios();
        assertEquals(List.of(DilemmaFixture.FOSEN), ids(ScenarioFilter.ALL.withText("FOSEN Fornybar").apply(all)));
        assertTrue(ScenarioFilter.ALL.withText("fosen ingensteds").apply(all).isEmpty(), "every word must occur");
        assertEquals(all.size(), ScenarioFilter.ALL.withText("   ").apply(all).size());
    }

    @Test
    void themeDimensionAndKindNarrowTheList() throws Exception {
        List<Scenario> all = DilemmaFixture.service(ScenarioLibrary.class).scenarios();
        List<Scenario> school = ScenarioFilter.ALL.withTheme("theme-childhood-education").apply(all);
        assertTrue(!school.isEmpty() && school.size() < all.size(), ids(school).toString());
        assertTrue(school.stream().allMatch(s -> s.themeIds().contains("theme-childhood-education")));
        List<Scenario> real = ScenarioFilter.ALL.withKind(Scenario.Kind.REAL).apply(all);
        List<Scenario> drawn = ScenarioFilter.ALL.withKind(Scenario.Kind.DRAWN).apply(all);
        assertEquals(all.size(), real.size() + drawn.size());
        assertTrue(ids(real).contains(DilemmaFixture.FOSEN));
        assertTrue(ScenarioFilter.ALL.withDimension("dim-no-such").apply(all).isEmpty());
        assertEquals(all.size(), ScenarioFilter.ALL.withDimension("dim-social").apply(all).size(), "every shipped case has a social view");
        assertEquals(List.of(), ids(ScenarioFilter.ALL.withKind(Scenario.Kind.DRAWN).withText("fosen").apply(all)));
    }

    private static List<String> ids(List<Scenario> scenarios) {
        return scenarios.stream().map(Scenario::id).toList();
    }
}
