package no.redthread.workbench.internal;

import java.io.PrintStream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/**
 * Writes warnings and errors of the log service to stderr, so that a user at the console, the
 * smoke test and CI see a failing plugin or component. The log service itself keeps everything.
 */
@Component(immediate = true)
public final class ConsoleLogWriter implements LogListener {

    private final LogReaderService reader;
    private final PrintStream out = System.err;

    @Activate
    public ConsoleLogWriter(@Reference LogReaderService reader) {
        this.reader = reader;
        reader.addLogListener(this);
    }

    @Deactivate
    void deactivate() {
        reader.removeLogListener(this);
    }

    @Override
    public void logged(LogEntry entry) {
        if (LogLevel.WARN.implies(entry.getLogLevel())) {
            out.println("[" + entry.getLogLevel() + "] " + entry.getBundle().getSymbolicName() + ": " + entry.getMessage());
            if (entry.getException() != null) {
                entry.getException().printStackTrace(out);
            }
        }
    }
}
