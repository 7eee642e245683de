package no.redthread.workbench.internal;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code redthread -c "command"}: once the framework has started its modules (reached the start level
 * {@value #MODULES_LEVEL_PROPERTY} when the product sets it), runs one console command,
 * prints its result and ends the JVM with status 0, or 1 when the command fails, so scripts can
 * do what the GUI does.
 */
@Component(immediate = true)
public final class ScriptCommandRunner implements FrameworkListener {

    static final String COMMAND_PROPERTY = "redthread.command";
    static final String MODULES_LEVEL_PROPERTY = "redthread.modules.startlevel";
    private static final Duration COMMAND_WAIT = Duration.ofSeconds(30);

    private final BundleContext context;
    private final CommandProcessor processor;
    private final String command;
    private final AtomicBoolean started = new AtomicBoolean();

    @Activate
    public ScriptCommandRunner(BundleContext context, @Reference CommandProcessor processor) {
        this.context = context;
        this.processor = processor;
        this.command = context.getProperty(COMMAND_PROPERTY);
        if (command != null && !command.isBlank()) {
            context.addFrameworkListener(this);
            if (context.getBundle(0).getState() == Bundle.ACTIVE) {
                runOnceModulesStarted();
            }
        }
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(this);
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.STARTED || event.getType() == FrameworkEvent.STARTLEVEL_CHANGED) {
            runOnceModulesStarted();
        }
    }

    private void runOnceModulesStarted() {
        String modules = context.getProperty(MODULES_LEVEL_PROPERTY);
        int level = context.getBundle(0).adapt(FrameworkStartLevel.class).getStartLevel();
        if (modules != null && level < Integer.parseInt(modules.trim())) {
            return;
        }
        if (started.compareAndSet(false, true)) {
            new Thread(this::run, "Redthread command").start();
        }
    }

    /**
     * A module's command is registered once its component's services are all there, which on a loaded machine can
     * come a moment after the start level is reached; a script must not fail with "Command not found" for that.
     */
    private void awaitCommand() throws InterruptedException, InvalidSyntaxException {
        String[] name = command.strip().split("\\s+", 2)[0].split(":", 2);
        if (name.length != 2) {
            return;
        }
        String filter = "(&(osgi.command.scope=" + name[0] + ")(osgi.command.function=" + name[1] + "))";
        long until = System.nanoTime() + COMMAND_WAIT.toNanos();
        while (context.getServiceReferences((String) null, filter) == null && System.nanoTime() < until) {
            Thread.sleep(50);
        }
    }

    private void run() {
        int status = 0;
        // The process's own descriptors: Gogo replaces System.out and System.err with streams that route to the
        // current session, so a session writing to them would write to itself (a library warning on stderr then
        // recursed until the stack overflowed).
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        try (CommandSession session = processor.createSession(new FileInputStream(FileDescriptor.in), out, err)) {
            awaitCommand();
            Object result = session.execute(command);
            if (result != null) {
                out.println(session.format(result, Converter.INSPECT));
            }
        } catch (Exception e) {
            err.println("redthread: " + command + ": " + e.getMessage());
            status = 1;
        }
        out.flush();
        System.exit(status);
    }
}
