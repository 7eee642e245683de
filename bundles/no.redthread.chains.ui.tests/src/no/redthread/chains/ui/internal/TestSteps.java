package no.redthread.chains.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import no.redthread.chains.ChainStep;
import no.redthread.chains.Kind;
import no.redthread.chains.StepContext;
import no.redthread.chains.StepInput;
import no.redthread.chains.StepResult;
import no.redthread.chains.Texts;

/** Steps a test registers as services: one that waits to be cancelled, one that fails, one that takes themes. */
final class TestSteps {

    private TestSteps() {
    }

    /** Waits (up to 20 s) until the run is cancelled, checking the monitor as a long step does. */
    static final class Waiting extends Base {

        final CountDownLatch entered = new CountDownLatch(1);

        Waiting() {
            super("test.wait", "Ventende teststeg", Kind.ANY, Kind.FINDINGS);
        }

        @Override
        public StepResult run(StepInput input, Map<String, String> parameters, StepContext context)
                throws InterruptedException {
            entered.countDown();
            for (int i = 0; i < 2000; i++) {
                context.monitor().checkCancelled();
                Thread.sleep(10);
            }
            return new StepResult(Kind.FINDINGS, List.of(), List.of());
        }
    }

    /** Fails with a reason the user should read. */
    static final class Failing extends Base {

        Failing() {
            super("test.fail", "Feilende teststeg", Kind.WORKSPACE, Kind.THEMES);
        }

        @Override
        public StepResult run(StepInput input, Map<String, String> parameters, StepContext context) {
            throw new IllegalStateException("ingen data for 2025");
        }
    }

    /** Takes themes and gives them on: appears in the palette after a theme step. */
    static final class ThemesOn extends Base {

        ThemesOn() {
            super("test.themes-on", "Temaer videre", Kind.THEMES, Kind.THEMES);
        }

        @Override
        public StepResult run(StepInput input, Map<String, String> parameters, StepContext context) {
            return new StepResult(Kind.THEMES, input.items(), List.of());
        }
    }

    private abstract static class Base implements ChainStep {

        private final String id;
        private final String name;
        private final Kind input;
        private final Kind output;

        Base(String id, String name, Kind input, Kind output) {
            this.id = id;
            this.name = name;
            this.input = input;
            this.output = output;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Texts name() {
            return new Texts(name, name, name);
        }

        @Override
        public Kind input() {
            return input;
        }

        @Override
        public Kind output() {
            return output;
        }
    }
}
