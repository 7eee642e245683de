package no.redthread.workspace;

import java.nio.file.Path;

/**
 * Something wrong with a workspace file: it could not be read (and is therefore left untouched),
 * or a save or autosave could not write it.
 *
 * @param file   the file, absolute
 * @param reason what was wrong, in English
 * @param line   the line (1-based) where the reading stopped, 0 when it does not apply
 * @param column the column (1-based), 0 when it does not apply
 */
public record WorkspaceProblem(Path file, String reason, int line, int column) {

    /** A problem that is not tied to a place in the file. */
    public WorkspaceProblem(Path file, String reason) {
        this(file, reason, 0, 0);
    }

    /** {@code file:line:column: reason}, as compilers print it, so that editors can jump there. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + reason : file + ": " + reason;
    }
}
