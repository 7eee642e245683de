package no.redthread.workbench.settings;

import java.nio.file.Path;

/**
 * A settings file that could not be read.
 *
 * @param file    the file as it was named when read
 * @param movedTo where the unreadable file is kept now
 * @param reason  what was wrong, with line and column where known
 */
public record SettingsProblem(Path file, Path movedTo, String reason) {
}
