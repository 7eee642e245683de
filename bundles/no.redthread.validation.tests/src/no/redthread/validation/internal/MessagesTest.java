package no.redthread.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.redthread.model.plan.PlanKind;
import no.redthread.validation.ChainBreak;
import no.redthread.validation.RedThreadRule;
import no.redthread.validation.Severity;

/** The three message files stay in step: a key missing from nb or nn would silently show English. */
class MessagesTest {

    @Test
    void theThreeFilesHaveTheSameKeys() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();

        assertEquals(english, load("messages_nb.properties").stringPropertyNames());
        assertEquals(english, load("messages_nn.properties").stringPropertyNames());
    }

    @Test
    void everyRuleSeverityBreakAndPlanKindHasAText() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        List<String> wanted = new ArrayList<>();
        for (RedThreadRule rule : RedThreadRule.values()) {
            wanted.add(rule.id());
        }
        for (Severity severity : Severity.values()) {
            wanted.add("severity." + severity.name());
        }
        for (ChainBreak chainBreak : ChainBreak.values()) {
            wanted.add("break." + chainBreak.name());
        }
        for (PlanKind kind : PlanKind.values()) {
            wanted.add("kind." + kind.name());
        }
        wanted.add("label.unnamed");

        assertTrue(keys.containsAll(wanted), "missing: " + wanted.stream().filter(key -> !keys.contains(key)).toList());
    }

    @Test
    void theLanguageIsChosenByLocale() {
        assertEquals("Advarsel", Severity.WARNING.label(Locale.forLanguageTag("nb")));
        assertEquals("Åtvaring", Severity.WARNING.label(Locale.forLanguageTag("nn-NO")));
        assertEquals("Warning", Severity.WARNING.label(Locale.ENGLISH));
        assertEquals("Warning", Severity.WARNING.label(Locale.GERMAN));
        assertEquals("Inga budsjettlinje", ChainBreak.MEASURE_WITHOUT_BUDGET_LINE.label(Locale.forLanguageTag("nn")));
        assertNotEquals(ChainBreak.CASE_WITHOUT_GOAL.label(Locale.ENGLISH), ChainBreak.CASE_WITHOUT_GOAL.label(Locale.forLanguageTag("nb")));
    }

    @Test
    void aMissingKeyIsVisibleNotAnException() {
        assertEquals("!no.such.key!", Messages.text(Locale.ENGLISH, "no.such.key"));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
