package no.redthread.model.edit.ui.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Attribute values as text and back, for the properties table: ISO dates (2024-06-20), whole numbers without
 * grouping (years stay 2025), decimal numbers grouped in the user's locale (250 000), and a clear message in the
 * user's language for text that does not parse.
 */
public final class ValueFormat {

    private static final Set<Class<?>> WHOLE = Set.of(int.class, Integer.class, long.class, Long.class, short.class,
            Short.class, byte.class, Byte.class, BigInteger.class);
    private static final Set<Class<?>> DECIMAL = Set.of(double.class, Double.class, float.class, Float.class,
            BigDecimal.class);

    private ValueFormat() {
    }

    public static boolean isDecimal(Class<?> type) {
        return DECIMAL.contains(type);
    }

    /** A decimal number for reading: grouped, at most two decimals. */
    public static String display(Number number) {
        return decimalFormat(2).format(number);
    }

    /** The text a cell editor starts with. */
    public static String editText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number && isDecimal(number.getClass())) {
            return decimalFormat(10).format(number);
        }
        return value.toString();
    }

    /**
     * The value of an attribute of the given type that the text stands for; blank text is null (no value).
     *
     * @throws IllegalArgumentException with a message for the user when the text is not such a value
     */
    public static Object parse(EDataType type, String text) {
        String trimmed = text == null ? "" : text.strip();
        Class<?> instanceClass = type.getInstanceClass();
        if (trimmed.isEmpty()) {
            if (instanceClass != null && instanceClass.isPrimitive()) {
                throw invalid("invalid.required");
            }
            return null;
        }
        if (instanceClass == String.class) {
            return text.strip();
        }
        if (instanceClass == LocalDate.class) {
            try {
                return LocalDate.parse(trimmed);
            } catch (DateTimeParseException e) {
                throw invalid("invalid.date", trimmed);
            }
        }
        if (WHOLE.contains(instanceClass)) {
            return parseWhole(instanceClass, trimmed);
        }
        if (DECIMAL.contains(instanceClass)) {
            return parseDecimal(instanceClass, trimmed);
        }
        try {
            return EcoreUtil.createFromString(type, trimmed);
        } catch (RuntimeException e) {
            throw invalid("invalid.value", trimmed);
        }
    }

    private static Object parseWhole(Class<?> type, String text) {
        String digits = withoutSpaces(text);
        try {
            if (type == long.class || type == Long.class) {
                return Long.valueOf(digits);
            }
            if (type == short.class || type == Short.class) {
                return Short.valueOf(digits);
            }
            if (type == byte.class || type == Byte.class) {
                return Byte.valueOf(digits);
            }
            return type == BigInteger.class ? new BigInteger(digits) : Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            throw invalid("invalid.integer", text);
        }
    }

    /** Accepts "250 000", "1,5", "1.5" and "1.234,5". */
    private static Object parseDecimal(Class<?> type, String text) {
        String number = withoutSpaces(text);
        if (number.contains(",")) {
            number = number.replace(".", "").replace(',', '.');
        }
        try {
            if (type == BigDecimal.class) {
                return new BigDecimal(number);
            }
            double value = Double.parseDouble(number);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException(number);
            }
            return type == float.class || type == Float.class ? (Object) (float) value : (Object) value;
        } catch (NumberFormatException e) {
            throw invalid("invalid.number", text);
        }
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]", "");
    }

    private static NumberFormat decimalFormat(int maximumDecimals) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
        format.setMaximumFractionDigits(maximumDecimals);
        return format;
    }

    private static IllegalArgumentException invalid(String key, Object... arguments) {
        return new IllegalArgumentException(Messages.get(key, arguments));
    }
}
