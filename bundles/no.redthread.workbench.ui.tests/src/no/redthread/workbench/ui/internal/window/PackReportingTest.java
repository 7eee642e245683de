package no.redthread.workbench.ui.internal.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

import no.redthread.workbench.packs.ContentPackReport;
import no.redthread.workbench.packs.PackContribution;
import no.redthread.workbench.packs.PackProblem;
import no.redthread.workbench.ui.internal.parts.PluginsPartDescriptor;

/**
 * What a user sees of content packs and failures: a refused pack told once in the window (bundle, file, position,
 * reason), the Plugins view listing each bundle's contributions and problems, and error panels that lead with the
 * root cause.
 */
class PackReportingTest {

    private static final String BUNDLE = "no.redthread.workbench.ui";

    private final WorkbenchFixture fixture = new WorkbenchFixture();
    private final Locale locale = Locale.getDefault();
    private final List<PackProblem> problems = new CopyOnWriteArrayList<>();
    private ServiceRegistration<ContentPackReport> registration;

    @BeforeEach
    void bokmaal() throws IOException {
        fixture.clearSettings();
        Locale.setDefault(Locale.of("nb"));
    }

    @AfterEach
    void restore() {
        if (registration != null) {
            registration.unregister();
        }
        fixture.closeAll();
        Locale.setDefault(locale);
    }

    @Test
    void aRefusedPackIsToldOnceNamingBundleFilePositionAndReason() {
        problems.add(problem("sets/bad.json", 4, "UPWARDS is not one of [HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL]"));
        registerReport();
        fixture.open();
        fixture.waitUntil("the notice shows", () -> notices().size() == 1);
        String told = notices().get(0);
        assertTrue(told.startsWith("Innholdspakke avvist: "), told);
        assertTrue(told.contains("Avvist fil (indikatorsett) i " + BUNDLE + ": sets/bad.json, linje 4, kolonne 46 (felt"
                + " indicators[0].direction): UPWARDS is not one of [HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL]"), told);

        restartReport();
        sleepPumping(PackNotices.SETTLE_MILLIS + 500);
        assertEquals(1, notices().size(), "a problem already told is not told again");

        problems.add(problem("sets/other.json", 2, "is required"));
        restartReport();
        fixture.waitUntil("a new problem is told", () -> notices().size() == 2);
        assertTrue(notices().get(1).contains("sets/other.json, linje 2"), notices().get(1));
        assertFalse(notices().get(1).contains("sets/bad.json"), notices().get(1));
    }

    @Test
    void theNoticeIsModelessAndLeadsToThePluginsView() {
        Shell window = new Shell(WorkbenchFixture.display());
        AtomicInteger shown = new AtomicInteger();
        try {
            PackNotice notice = new PackNotice(window, shown::incrementAndGet);
            notice.add(List.of(problem("sets/bad.json", 4, "is required")));
            notice.open(window);
            assertEquals(0, notice.shell().getStyle() & SWT.APPLICATION_MODAL, "the notice does not block the window");
            clickButton(notice.shell(), "Vis i Tillegg");
            assertEquals(1, shown.get());
            assertTrue(notice.isDisposed(), "and closes");
        } finally {
            window.dispose();
        }
    }

    private List<String> notices() {
        return fixture.dialogTitles.stream().filter(title -> title.startsWith("Innholdspakke avvist")).toList();
    }

    @Test
    void thePluginsViewListsEachBundlesContributionsAndProblems() {
        problems.add(problem("sets/bad.json", 4, "UPWARDS is not one of [HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL]"));
        registerReport();
        WorkbenchWindow window = fixture.open();
        window.showPart(PluginsPartDescriptor.ID);
        fixture.waitUntil("the Plugins view shows", () -> window.partControl(PluginsPartDescriptor.ID) != null);
        Table table = find(window.partControl(PluginsPartDescriptor.ID), Table.class);
        fixture.waitUntil("a row for " + BUNDLE + " with its set", () -> row(table, BUNDLE) != null
                && row(table, BUNDLE).getText(4).contains("indikatorsett (1): Troms-indikatorer"));
        assertEquals(BUNDLE, table.getItem(0).getText(1), "a bundle with problems comes first");
        TableItem row = row(table, BUNDLE);
        assertTrue(row.getText(4).matches(".*\\d+ visninger.*"), "the window's own views: " + row.getText(4));
        assertTrue(row.getText(3).contains("sets/bad.json, linje 4, kolonne 46"), row.getText(3));
        assertEquals("aktiv", row.getText(2));
    }

    @Test
    void anErrorPanelLeadsWithTheRootCauseAndFoldsTheStackTrace() {
        Shell shell = new Shell(WorkbenchFixture.display());
        try {
            Exception wrapped = new InvocationTargetException(
                    new RuntimeException("activating the part", new IllegalStateException("the index file is missing")));
            ErrorPanel panel = new ErrorPanel(shell, "Test", "test.bundle", wrapped.toString(), wrapped);
            Label cause = find(panel, Label.class, ErrorPanel.CAUSE);
            assertEquals("Årsak: IllegalStateException: the index file is missing", cause.getText());
            Text details = find(panel, Text.class, ErrorPanel.DETAILS);
            assertFalse(details.getVisible(), "the stack trace is folded");
            assertTrue(details.getText().startsWith("java.lang.reflect.InvocationTargetException"));
            clickButton(panel, "Detaljer (stakkspor)");
            assertTrue(details.getVisible(), "and unfolds on request");
        } finally {
            shell.dispose();
        }
    }

    @Test
    void aFailureGivenAsTextLeadsWithItsLastCause() {
        String scrFailure = """
                java.lang.reflect.InvocationTargetException
                \tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(Unknown Source)
                Caused by: java.lang.RuntimeException: wrapper
                \tat test.Part.activate(Part.java:12)
                Caused by: java.lang.IllegalStateException: the test component refuses to activate
                \tat test.Part.activate(Part.java:20)
                """;
        assertEquals("IllegalStateException: the test component refuses to activate", RootCause.describe(scrFailure));
        assertEquals("no stack trace at all", RootCause.describe("no stack trace at all"));
    }

    private PackProblem problem(String file, int line, String message) {
        return new PackProblem(BUNDLE, ContentPackReport.INDICATOR_SETS, file, line, 46, "indicators[0].direction",
                message);
    }

    private void registerReport() {
        registration = fixture.context.registerService(ContentPackReport.class, new ContentPackReport() {
            @Override
            public String kind() {
                return INDICATOR_SETS;
            }

            @Override
            public String header() {
                return "Redthread-IndicatorSets";
            }

            @Override
            public List<PackContribution> contributions() {
                return List.of(new PackContribution(BUNDLE, INDICATOR_SETS, List.of("Troms-indikatorer")));
            }

            @Override
            public List<PackProblem> problems() {
                return new ArrayList<>(problems);
            }
        }, null);
    }

    /** A module that reads packs starting again: its report comes back as a new service. */
    private void restartReport() {
        registration.unregister();
        registerReport();
    }

    private void sleepPumping(long millis) {
        long end = System.currentTimeMillis() + millis;
        fixture.waitUntil("time passes", () -> System.currentTimeMillis() > end);
    }

    private void clickButton(Composite parent, String label) {
        Button button = find(parent, Button.class, b -> label.equals(b.getText()));
        if ((button.getStyle() & SWT.TOGGLE) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, null);
        fixture.pump();
    }

    private static TableItem row(Table table, String symbolicName) {
        return Stream.of(table.getItems()).filter(item -> item.getText(1).equals(symbolicName)).findFirst().orElse(null);
    }

    private static <T extends Control> T find(Control root, Class<T> type) {
        return find(root, type, control -> true);
    }

    private static <T extends Control> T find(Control root, Class<T> type, String dataKey) {
        return find(root, type, control -> control.getData(dataKey) != null);
    }

    private static <T extends Control> T find(Control root, Class<T> type, java.util.function.Predicate<T> test) {
        T found = findOrNull(root, type, test);
        assertNotNull(found, "no " + type.getSimpleName() + " found");
        return found;
    }

    private static <T extends Control> T findOrNull(Control root, Class<T> type, java.util.function.Predicate<T> test) {
        if (type.isInstance(root) && test.test(type.cast(root))) {
            return type.cast(root);
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = findOrNull(child, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
