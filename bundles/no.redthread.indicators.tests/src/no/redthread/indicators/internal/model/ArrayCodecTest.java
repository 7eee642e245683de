package no.redthread.indicators.internal.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The text forms of the series arrays. */
class ArrayCodecTest {

    @Test
    void numbersAreCompactAndRoundTrip() {
        double[] values = {1, 2.5, Double.NaN, -0.125, 31800, 1e20};
        assertEquals("1 2.5 NaN -0.125 31800 1.0E20", ArrayCodec.formatDoubles(values));
        assertArrayEquals(values, ArrayCodec.parseDoubles(ArrayCodec.formatDoubles(values)));
        assertNull(ArrayCodec.formatDoubles(null));
        assertNull(ArrayCodec.parseDoubles(null));
        assertArrayEquals(new double[0], ArrayCodec.parseDoubles(""));
    }

    @Test
    void stringsKeepNullsSpacesAndEscapes() {
        String[] values = {"2024", null, "a b", "~x", "%20", ""};
        String text = ArrayCodec.formatStrings(values);
        assertEquals("2024 ~ a%20b %7Ex %2520 ", text);
        assertArrayEquals(new String[] {"2024", null, "a b", "~x", "%20"}, ArrayCodec.parseStrings(text),
                "an empty last string is lost in the space-separated form");
    }
}
