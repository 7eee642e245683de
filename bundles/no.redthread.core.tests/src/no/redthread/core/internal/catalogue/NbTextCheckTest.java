package no.redthread.core.internal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.redthread.core.catalogue.SdgTargetEntry;

class NbTextCheckTest {

    @Test
    void aRepeatedTextIsFlaggedOnTheTargetWhoseEnglishDoesNotFit() {
        List<SdgTargetEntry> targets = List.of(
                target("1.5", "By 2030, build resilience", "Innen 2030, bygg motstandskraft"),
                target("1.a", "Ensure mobilization of resources", "Innen 2030, bygg motstandskraft"),
                target("2.1", "By 2030, end hunger", "Innen 2030, utrydd sult"));

        assertEquals(Map.of("1.a", "repeats the Norwegian text of 1.5"), NbTextCheck.problems(targets));
    }

    @Test
    void whenTheYearsDoNotTellTheFirstKeepsTheText() {
        List<SdgTargetEntry> targets = List.of(
                target("10.2", "Empower inclusion", "Styrk inkludering"),
                target("10.3", "Ensure equal opportunity", "  styrk   inkludering "));

        assertEquals(Map.of("10.3", "repeats the Norwegian text of 10.2"), NbTextCheck.problems(targets));
    }

    @Test
    void missingAndUntranslatedTextsAreFlagged() {
        List<SdgTargetEntry> targets = List.of(
                target("3.1", "Reduce maternal mortality", ""),
                target("3.2", "End preventable deaths", "End preventable deaths"),
                target("3.3", "End epidemics", "Stans epidemier"));

        Map<String, String> problems = NbTextCheck.problems(targets);

        assertEquals(Map.of("3.1", "no Norwegian text", "3.2", "the Norwegian text is the English text"), problems);
    }

    private static SdgTargetEntry target(String code, String en, String nb) {
        return new SdgTargetEntry(code, Integer.parseInt(code.substring(0, code.indexOf('.'))), en, nb, false, "");
    }
}
