package no.redthread.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.validation.RedThreadRule;
import no.redthread.validation.RedThreadValidator;

/** The validator as the running framework publishes it (a DS component). */
class ValidatorServiceTest {

    @Test
    void theValidatorIsAServiceThatFindsBreaks() throws BundleException, InterruptedException {
        Bundle bundle = FrameworkUtil.getBundle(RedThreadValidator.class);
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start();
        }
        ServiceTracker<RedThreadValidator, RedThreadValidator> tracker =
                new ServiceTracker<>(bundle.getBundleContext(), RedThreadValidator.class, null);
        tracker.open();
        try {
            RedThreadValidator validator = tracker.waitForService(10_000);
            assertNotNull(validator, "no RedThreadValidator within 10 s");
            Models m = Models.healthy();
            m.sak("Tankbil");

            assertEquals(List.of(RedThreadRule.CASE_WITHOUT_GOAL),
                    validator.validate(m.system).stream().map(f -> f.rule()).toList());
        } finally {
            tracker.close();
        }
    }
}
