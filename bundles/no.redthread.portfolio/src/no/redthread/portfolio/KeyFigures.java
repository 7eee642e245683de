package no.redthread.portfolio;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One workspace's figures in a portfolio, read from its folder.
 *
 * @param folder the workspace folder
 * @param number the organisation's number, e.g. "5025"; empty when unknown
 * @param municipality the organisation's name, e.g. "Røros"; the folder's name when the plan system was not read
 * @param assessments the assessments in the workspace
 * @param assessmentsDone those completed or approved
 * @param completion the share of all their questions answered, 0 to 1 (1 when there are none)
 * @param findings the red-thread findings (validation) of the plan systems
 * @param poorIndicators the indicators in poor status for the organisation
 * @param applications the funding applications
 * @param nextDeadline the earliest deadline, from {@code today} on, of a planned application
 * @param problem why the workspace could not be read (the first problem), empty when it could
 */
public record KeyFigures(Path folder, String number, String municipality, int assessments, int assessmentsDone,
        double completion, int findings, int poorIndicators, int applications, Optional<LocalDate> nextDeadline,
        String problem) {

    /** Figures of a folder that could not be read. */
    public static KeyFigures unreadable(Path folder, String problem) {
        return new KeyFigures(folder, "", folder.getFileName().toString(), 0, 0, 0, 0, 0, 0, Optional.empty(),
                problem);
    }

    public boolean readable() {
        return problem.isEmpty();
    }
}
