package no.redthread.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.graphics.Rectangle;

/**
 * Where the workbench's window was ({@code window.json}) and its language ({@code preferences.json}), read from the
 * settings folder before the framework (and its JSON library) is there. The rules mirror the workbench's
 * (JsonSettingsStore's folder, WindowState's bounds, UiPreferences' languages) so the window does not jump or change
 * its title when the workbench takes it over; anything unreadable gives the first-start defaults.
 */
record SavedWindow(int x, int y, int width, int height, boolean maximized, String language) {

    private static final double FIRST_START_SHARE = 0.9;

    static SavedWindow read() {
        Path folder = settingsFolder();
        String window = text(folder.resolve("window.json"));
        String language = string(text(folder.resolve("preferences.json")), "language");
        return new SavedWindow(number(window, "x", -1), number(window, "y", -1), number(window, "width", 0),
                number(window, "height", 0), "true".equals(literal(window, "maximized")), language);
    }

    String title() {
        return switch (language == null ? "nb" : language) {
            case "nn" -> "Raud tråd";
            case "en" -> "Redthread";
            default -> "Rød tråd";
        };
    }

    String startingText() {
        return switch (language == null ? "nb" : language) {
            case "nn" -> "Startar Raud tråd …";
            case "en" -> "Starting Redthread …";
            default -> "Starter Rød tråd …";
        };
    }

    Rectangle boundsOn(Rectangle screen) {
        Rectangle saved = new Rectangle(x, y, width, height);
        if (x >= 0 && y >= 0 && width > 200 && height > 150 && screen.intersects(saved)) {
            return saved;
        }
        int w = Math.min(width > 200 ? width : (int) (screen.width * FIRST_START_SHARE), screen.width);
        int h = Math.min(height > 150 ? height : (int) (screen.height * FIRST_START_SHARE), screen.height);
        return new Rectangle(screen.x + (screen.width - w) / 2, screen.y + (screen.height - h) / 2, w, h);
    }

    private static Path settingsFolder() {
        String configured = System.getProperty("redthread.settings.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("redthread");
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static int number(String json, String key, int otherwise) {
        String value = literal(json, key);
        try {
            return value == null ? otherwise : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String string(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static String literal(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*(-?[0-9]+|true|false)").matcher(json);
        return m.find() ? m.group(1) : null;
    }
}
