package no.redthread.journeys.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Does nothing unless the framework property {@code redthread.journey} names a journey; then,
 * once the workbench window shows, runs it on its own thread (never the UI thread), writes
 * {@code <redthread.journey.out>/<journey>.result} (PASS, or FAIL with step and reason) and
 * closes the window with Ctrl+Q so the product exits as it does for a user.
 */
@Component(immediate = true)
public final class JourneyRunner {

    static final List<Supplier<Journey>> JOURNEYS = List.of(StartJourney::new, PlanJourney::new, WizardNumbersJourney::new,
            AssessmentJourney::new, IndicatorsJourney::new, DemoLinkJourney::new, FundingJourney::new, DilemmaJourney::new,
            DilemmaSessionJourney::new, PluginRepositoryJourney::new, ChainsJourney::new,
            PortfolioJourney::new,
            DilemmaTrainingJourney::new, ConflictTrainingJourney::new, PluginsJourney::new, ScreensJourney::new,
            RecoveryJourney::crash, RecoveryJourney::recover);

    @Activate
    public JourneyRunner(BundleContext context) {
        String name = context.getProperty("redthread.journey");
        if (name != null && !name.isBlank()) {
            Path out = Path.of(context.getProperty("redthread.journey.out") == null ? "journeys" : context.getProperty("redthread.journey.out"));
            Thread thread = new Thread(() -> run(context, name.trim(), out), "Redthread journey " + name);
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static void run(BundleContext context, String name, Path out) {
        Journey journey = JOURNEYS.stream().map(Supplier::get).filter(j -> j.name().equals(name)).findFirst().orElse(null);
        String result;
        Ui ui = null;
        try {
            Display display = findDisplay();
            ui = new Ui(display, out);
            ui.waitFor("the workbench window", Duration.ofSeconds(60), () -> Find.mainShell(display));
            if (journey == null) {
                throw new JourneyFailure("no journey named «" + name + "»");
            }
            journey.attach(ui, out, context);
            System.out.println("journey " + name + ": input through " + new Robot(ui).driver());
            journey.run();
            result = "PASS";
        } catch (Throwable e) {
            String step = journey == null ? "start" : journey.currentStep();
            result = "FAIL " + step + ": " + e.getMessage();
            System.out.println("journey " + name + " FAILED at «" + step + "»: " + e);
            e.printStackTrace(System.out);
            if (ui != null) {
                try {
                    ui.screenshot(name + "-FAILED-" + step.replaceAll("[^\\p{L}\\p{N}_-]+", "_"));
                } catch (RuntimeException shotFailed) {
                    System.out.println("journey " + name + ": no screenshot: " + shotFailed);
                }
            }
        }
        write(out.resolve(name + ".result"), result);
        System.out.println("journey " + name + ": " + result);
        if (journey != null && journey.endsInCrash() && result.equals("PASS")) {
            Runtime.getRuntime().halt(0); // as a crash: no shutdown, no save, the autosave journal stays
        }
        if (ui != null) {
            quit(ui, name);
        }
    }

    /** The display of the UI thread, whichever thread that is. */
    private static Display findDisplay() {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                Display display = Display.findDisplay(thread);
                if (display != null && !display.isDisposed()) {
                    return display;
                }
            }
            Ui.pause(100);
        }
        throw new JourneyFailure("no SWT display within 60 s");
    }

    /** Escape closes what a failed step left open; Ctrl+Q, as a user, closes the window. */
    private static void quit(Ui ui, String name) {
        Robot robot = new Robot(ui);
        try {
            for (int i = 0; i < 4 && ui.sync(() -> ui.display().getActiveShell() != null
                    && ui.display().getActiveShell() != Find.mainShell(ui.display())); i++) {
                robot.key(SWT.ESC);
            }
            robot.activate(ui.sync(() -> Find.mainShell(ui.display())));
            ui.screenshot(name + "-before-quit");
            robot.shortcut('q', SWT.CTRL);
            discardUnsavedWork(ui, robot);
            ui.waitFor("the window to close after Ctrl+Q", Duration.ofSeconds(20), () -> false);
        } catch (RuntimeException e) {
            if (!ui.display().isDisposed()) {
                System.out.println("journey: Ctrl+Q did not close the window: " + e);
                System.exit(3);
            }
        }
    }

    /** After a failed step the workspace may have unsaved changes: the question that Ctrl+Q then asks gets «Forkast». */
    private static void discardUnsavedWork(Ui ui, Robot robot) {
        try {
            Shell question = ui.waitFor("the question about unsaved changes", Duration.ofSeconds(3), () -> Find.shell(ui.display(), "Ulagrede endringer"));
            System.out.println("journey: Ctrl+Q asked about unsaved changes; discarding them");
            robot.click(ui.sync(() -> Find.button(question, "Forkast")));
        } catch (JourneyFailure noQuestion) {
            // nothing unsaved: the window is closing
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, text + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.out.println("journey: could not write " + file + ": " + e);
        }
    }
}
