package no.redthread.workspace.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Why a workspace file cannot be read, and where in it (line and column, 0 when unknown). */
final class ResourceFault extends Exception {

    private static final long serialVersionUID = 1L;

    final int line;
    final int column;

    ResourceFault(String reason, int line, int column) {
        super(reason, null, false, false);
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
    }

    ResourceFault(String reason) {
        this(reason, 0, 0);
    }

    /** A fault at the token the parser has just read. */
    static ResourceFault at(JsonParser parser, String reason) {
        JsonLocation at = parser.currentTokenLocation();
        return new ResourceFault(reason, at.getLineNr(), at.getColumnNr());
    }

    static ResourceFault of(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? new ResourceFault(Reasons.json(e))
                : new ResourceFault(Reasons.json(e), at.getLineNr(), at.getColumnNr());
    }
}
