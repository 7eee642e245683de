package no.redthread.workbench.ui.testparts;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;

/** Contributions that the UI tests start and stop: a good part, broken parts and a command. */
public final class TestContributions {

    public static final String PART = "no.redthread.test.part";
    public static final String THROWING_PART = "no.redthread.test.throwing";
    public static final String FAILING_PART = "no.redthread.test.failing";
    public static final String COMMAND = "no.redthread.test.count";
    public static final String PART_TEXT = "Hello from the test part";
    public static final AtomicInteger COMMAND_RUNS = new AtomicInteger();

    private TestContributions() {
    }

    @Component(service = PartDescriptor.class)
    public static final class GoodPart implements PartDescriptor {
        @Override
        public String id() {
            return PART;
        }

        @Override
        public String label() {
            return "Test part";
        }

        @Override
        public WorkbenchPart createPart(PartSite site) {
            return (Composite parent) -> new Label(parent, SWT.NONE).setText(PART_TEXT);
        }
    }

    @Component(service = PartDescriptor.class)
    public static final class ThrowingPart implements PartDescriptor {
        @Override
        public String id() {
            return THROWING_PART;
        }

        @Override
        public String label() {
            return "Throwing part";
        }

        @Override
        public WorkbenchPart createPart(PartSite site) {
            throw new IllegalStateException("the test part refuses to be created");
        }
    }

    @Component(service = PartDescriptor.class, property = "redthread.part.id=" + FAILING_PART)
    public static final class FailingPart implements PartDescriptor {
        @Activate
        public FailingPart() {
            throw new IllegalStateException("the test component refuses to activate");
        }

        @Override
        public String id() {
            return FAILING_PART;
        }

        @Override
        public String label() {
            return "Failing part";
        }

        @Override
        public WorkbenchPart createPart(PartSite site) {
            throw new AssertionError("never activated");
        }
    }

    @Component(service = CommandContribution.class)
    public static final class CountingCommand implements CommandContribution {
        @Override
        public String id() {
            return COMMAND;
        }

        @Override
        public String label() {
            return "Count";
        }

        @Override
        public String keySequence() {
            return "M1+M2+T";
        }

        @Override
        public void execute() {
            COMMAND_RUNS.incrementAndGet();
        }
    }
}
