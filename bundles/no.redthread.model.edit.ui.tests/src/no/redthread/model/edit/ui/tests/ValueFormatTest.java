package no.redthread.model.edit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.redthread.model.edit.ui.internal.ValueFormat;
import no.redthread.model.plan.PlanPackage;

/** Text to attribute values and back, with messages in the user's language. */
class ValueFormatTest {

    private static final EDataType DATE = PlanPackage.Literals.ISO_DATE;
    private static final EDataType DOUBLE = EcorePackage.Literals.EDOUBLE;
    private static final EDataType INT = EcorePackage.Literals.EINT;
    private static final EDataType INTEGER = EcorePackage.Literals.EINTEGER_OBJECT;

    private final Locale original = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    @Test
    void datesAreIso() {
        Locale.setDefault(Locale.forLanguageTag("nn"));
        assertEquals(LocalDate.of(2024, 6, 20), ValueFormat.parse(DATE, " 2024-06-20 "));
        assertNull(ValueFormat.parse(DATE, ""));
        String message = assertThrows(IllegalArgumentException.class, () -> ValueFormat.parse(DATE, "2024-02-30"))
                .getMessage();
        assertEquals("«2024-02-30» er ikkje ein dato. Skriv han som ÅÅÅÅ-MM-DD, t.d. 2024-06-20.", message);
        assertEquals("2024-06-20", ValueFormat.editText(LocalDate.of(2024, 6, 20)));
    }

    @Test
    void numbersAcceptSpacesAndADecimalComma() {
        Locale.setDefault(Locale.forLanguageTag("nb"));
        assertEquals(250_000.0, ValueFormat.parse(DOUBLE, "250 000"));
        assertEquals(250_000.0, ValueFormat.parse(DOUBLE, "250\u00a0000"));
        assertEquals(1.5, ValueFormat.parse(DOUBLE, "1,5"));
        assertEquals(1234.5, ValueFormat.parse(DOUBLE, "1.234,5"));
        assertEquals(2025, ValueFormat.parse(INTEGER, "2025"));
        assertNull(ValueFormat.parse(INTEGER, " "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ValueFormat.parse(INT, "")).getMessage()
                .contains("må fylles ut"), "a primitive needs a value");
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("\"12.5.\" is not a whole number.",
                assertThrows(IllegalArgumentException.class, () -> ValueFormat.parse(INT, "12.5.")).getMessage());
    }

    @Test
    void decimalsAreGroupedForReadingAndExactForEditing() {
        Locale.setDefault(Locale.forLanguageTag("nb"));
        assertTrue(ValueFormat.display(1234567.891).matches("1[\\s\\u00a0\\u202f]234[\\s\\u00a0\\u202f]567,89"), ValueFormat.display(1234567.891));
        assertEquals(1234567.891, ValueFormat.parse(DOUBLE, ValueFormat.editText(1234567.891)));
        assertEquals("2025", ValueFormat.editText(2025), "whole numbers are not grouped");
    }
}
