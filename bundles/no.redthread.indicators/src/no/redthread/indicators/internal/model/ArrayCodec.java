package no.redthread.indicators.internal.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Text forms of the model's array data types, used by the generated factory when a resource is saved or loaded.
 *
 * <p>Numbers are space-separated, whole numbers without a decimal part, missing values as {@code NaN}. Strings are
 * space-separated with {@code ~} for null; {@code %}, space and a leading {@code ~} are percent-escaped.
 */
public final class ArrayCodec {

    private static final String NULL = "~";

    private ArrayCodec() {
    }

    public static String formatDoubles(double[] values) {
        if (values == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(values.length * 6);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(formatDouble(values[i]));
        }
        return text.toString();
    }

    static String formatDouble(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    public static double[] parseDoubles(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = split(text);
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Double.parseDouble(parts[i]);
        }
        return values;
    }

    public static String formatStrings(String[] values) {
        if (values == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(values.length * 5);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(values[i] == null ? NULL : escape(values[i]));
        }
        return text.toString();
    }

    public static String[] parseStrings(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = split(text);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = NULL.equals(parts[i]) ? null : unescape(parts[i]).intern();
        }
        return parts;
    }

    private static String[] split(String text) {
        if (text.isBlank()) {
            return new String[0];
        }
        List<String> parts = new ArrayList<>();
        for (String part : text.strip().split(" +")) {
            parts.add(part);
        }
        return parts.toArray(String[]::new);
    }

    private static String escape(String value) {
        String escaped = value.replace("%", "%25").replace(" ", "%20");
        return escaped.startsWith(NULL) ? "%7E" + escaped.substring(1) : escaped;
    }

    private static String unescape(String value) {
        return value.replace("%20", " ").replace("%7E", NULL).replace("%25", "%");
    }
}
