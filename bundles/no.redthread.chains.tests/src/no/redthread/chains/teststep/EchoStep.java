package no.redthread.chains.teststep;

import java.util.Map;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import no.redthread.chains.ChainStep;
import no.redthread.chains.Kind;
import no.redthread.chains.StepContext;
import no.redthread.chains.StepInput;
import no.redthread.chains.StepResult;
import no.redthread.chains.Texts;

/**
 * A step of its own test bundle: {@code StepBundleTest} copies this class into a generated bundle whose activator it
 * is, as a county plugin would register a step.
 */
public final class EchoStep implements ChainStep, BundleActivator {

    public static final String ID = "test.echo";

    @Override
    public void start(BundleContext context) {
        context.registerService(ChainStep.class, this, null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service with the bundle
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Texts name() {
        return new Texts("Ekko", "Ekko", "Echo");
    }

    @Override
    public Kind input() {
        return Kind.ANY;
    }

    @Override
    public Kind output() {
        return Kind.THEMES;
    }

    @Override
    public StepResult run(StepInput input, Map<String, String> parameters, StepContext context) {
        return new StepResult(Kind.THEMES, input.items(), java.util.List.of());
    }
}
