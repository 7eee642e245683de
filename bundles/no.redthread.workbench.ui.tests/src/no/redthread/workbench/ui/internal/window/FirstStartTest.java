package no.redthread.workbench.ui.internal.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WindowStartup;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workbench.ui.internal.parts.WelcomePart;

/** A first start (no saved window): sized to the screen, Kom i gang in front with the tasks modules offer. */
class FirstStartTest {

    private final WorkbenchFixture fixture = new WorkbenchFixture();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @BeforeEach
    void firstStart() throws IOException {
        fixture.clearSettings();
        // The plan editor comes first in the centre of the default layout, as in the product.
        register(PartDescriptor.class, new PartDescriptor() {
            @Override
            public String id() {
                return "no.redthread.planEditor";
            }

            @Override
            public String label() {
                return "Plan editor";
            }

            @Override
            public WorkbenchPart createPart(PartSite site) {
                return parent -> new Label(parent, SWT.NONE).setText("plan");
            }
        }, new Hashtable<>());
    }

    @AfterEach
    void close() {
        fixture.closeAll();
        registrations.forEach(ServiceRegistration::unregister);
    }

    @Test
    void theWindowTakesAShareOfTheScreenCentred() {
        WorkbenchWindow window = fixture.open();

        Rectangle screen = window.shell().getDisplay().getPrimaryMonitor().getClientArea();
        Rectangle bounds = window.shell().getBounds();
        assertEquals((int) (screen.width * 0.9), bounds.width, "width on a screen " + screen);
        assertEquals((int) (screen.height * 0.9), bounds.height, "height on a screen " + screen);
        assertEquals(screen.x + (screen.width - bounds.width) / 2, bounds.x);
        assertEquals(screen.y + (screen.height - bounds.height) / 2, bounds.y);
    }

    @Test
    void komIGangIsInFrontWithTheOfferedTasksInTheirOrder() {
        AtomicInteger runs = new AtomicInteger();
        offer("test.second", "&Importer statistikk …", 20, runs);
        offer("test.first", "Åpne &demoen", 10, runs);
        register(CommandContribution.class, command("test.notOffered", "Not a first task", runs), new Hashtable<>());

        WorkbenchWindow window = fixture.open();

        fixture.waitUntil("Kom i gang is the active part", () -> window.parts().active() != null
                && WelcomePart.ID.equals(window.parts().active().id()));
        fixture.waitUntil("both tasks are linked", () -> links(window).size() == 2);
        assertEquals(List.of("<a>Åpne demoen</a>", "<a>Importer statistikk</a>"), links(window).stream().map(Link::getText).toList());

        links(window).get(1).notifyListeners(SWT.Selection, null);
        assertEquals(1, runs.get(), "the link ran its command");
    }

    @Test
    void aStartUpContributionWhoseBundleStartsAfterTheWindowShowsIsToldOnce() {
        WorkbenchWindow window = fixture.open();
        window.windowShown();
        fixture.pump();
        AtomicInteger told = new AtomicInteger();

        register(WindowStartup.class, shell -> told.incrementAndGet(), new Hashtable<>());

        fixture.waitUntil("the late start-up contribution is told", () -> told.get() == 1);
        window.refresh();
        fixture.pump();
        assertEquals(1, told.get(), "told once only");
    }

    private List<Link> links(WorkbenchWindow window) {
        Control page = window.partControl(WelcomePart.ID);
        return page == null ? List.of() : descendants(page).filter(Link.class::isInstance).map(Link.class::cast).toList();
    }

    private static Stream<Control> descendants(Control control) {
        return control instanceof Composite composite
                ? Stream.concat(Stream.of(control), Stream.of(composite.getChildren()).flatMap(FirstStartTest::descendants))
                : Stream.of(control);
    }

    private void offer(String id, String label, int rank, AtomicInteger runs) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(CommandContribution.GETTING_STARTED, rank);
        register(CommandContribution.class, command(id, label, runs), properties);
    }

    private static CommandContribution command(String id, String label, AtomicInteger runs) {
        return new CommandContribution() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public void execute() {
                runs.incrementAndGet();
            }
        };
    }

    private <S> void register(Class<S> type, S service, Hashtable<String, Object> properties) {
        registrations.add(fixture.context.registerService(type, service, properties));
    }
}
