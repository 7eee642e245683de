package no.redthread.workbench.ui.internal.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.jface.resource.JFaceResources;
import org.junit.jupiter.api.Test;

/** JFace's dialog buttons follow the workbench language through the no.redthread.jface.nls fragment. */
class JFaceTextsTest {

    private static String text(String language, String key) {
        return ResourceBundle.getBundle("org.eclipse.jface.messages", Locale.of(language),
                JFaceResources.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    @Test
    void dialogButtonsAreNorwegianInBokmaalAndNynorskAndEnglishOtherwise() {
        assertEquals("&Ja", text("nb", "yes"));
        assertEquals("&Nei", text("nb", "no"));
        assertEquals("Avbryt", text("nb", "cancel"));
        assertEquals("&Fullf\u00f8r", text("nn", "finish"));
        assertEquals("\u00c5tvaring", text("nn", "warning"));
        assertEquals("&Yes", text("en", "yes"));
        assertEquals("Value must be an Integer", text("nb", "IntegerFieldEditor.errorMessage"),
                "a key without a translation falls back to JFace's English");
    }
}
