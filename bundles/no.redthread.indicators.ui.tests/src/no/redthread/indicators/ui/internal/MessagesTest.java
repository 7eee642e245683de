package no.redthread.indicators.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The three languages of the indicator views have the same keys, and the dashboard's are there. */
class MessagesTest {

    private static Set<String> keys(String suffix) throws Exception {
        String name = "/no/redthread/indicators/ui/internal/messages" + suffix + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }

    @Test
    void everyLanguageHasEveryKey() throws Exception {
        Set<String> english = keys("");
        assertEquals(english, keys("_nb"), "bokmål");
        assertEquals(english, keys("_nn"), "nynorsk");
        for (String key : new String[] { "dashboard.groupBy", "dashboard.byTheme", "dashboard.bySdg", "dashboard.show",
            "dashboard.allSdgs", "dashboard.noSdg", "dashboard.sdg", "dashboard.noneFor" }) {
            assertTrue(english.contains(key), key);
        }
    }
}
