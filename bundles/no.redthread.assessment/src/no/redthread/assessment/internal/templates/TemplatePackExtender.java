package no.redthread.assessment.internal.templates;

import java.util.Hashtable;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.util.tracker.BundleTracker;

import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateProvider;
import no.redthread.assessment.template.TemplateProblem;

/**
 * The extender for content packs: every started bundle with a {@code Redthread-FormTemplates} header (this bundle
 * too, for the built-in worksheets) gets a {@link FormTemplateProvider} service with its templates, which goes away
 * when the bundle stops. Refused files are logged as warnings, with bundle, file and field.
 */
@Component(immediate = true)
public final class TemplatePackExtender {

    private final BundleContext context;
    private final Logger logger;
    private final BundleTracker<ServiceRegistration<FormTemplateProvider>> tracker;

    @Activate
    public TemplatePackExtender(BundleContext context, @Reference(service = LoggerFactory.class) Logger logger) {
        this.context = context;
        this.logger = logger;
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public ServiceRegistration<FormTemplateProvider> addingBundle(Bundle bundle, BundleEvent event) {
                return PackFiles.header(bundle) == null ? null : register(bundle);
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<FormTemplateProvider> reg) {
                unregister(reg);
            }
        };
        tracker.open();
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    private ServiceRegistration<FormTemplateProvider> register(Bundle bundle) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(FormTemplateProvider.BUNDLE_PROPERTY, bundle.getSymbolicName());
        properties.put("redthread.templates.bundle.id", bundle.getBundleId());
        return context.registerService(FormTemplateProvider.class, new ReadOnFirstUse(bundle, logger), properties);
    }

    /**
     * A pack's templates, read and checked when first asked for rather than while bundles start, so that start-up
     * does not grow with the packs. Refused files are logged then.
     */
    private static final class ReadOnFirstUse implements FormTemplateProvider {

        private final Bundle bundle;
        private final Logger logger;
        private TemplateFiles files;

        ReadOnFirstUse(Bundle bundle, Logger logger) {
            this.bundle = bundle;
            this.logger = logger;
        }

        @Override
        public List<FormTemplate> templates() {
            return files().templates();
        }

        @Override
        public List<TemplateProblem> problems() {
            return files().problems();
        }

        private synchronized TemplateFiles files() {
            if (files == null) {
                files = PackFiles.read(bundle);
                for (TemplateProblem problem : files.problems()) {
                    logger.warn("Form template refused: {}", problem);
                }
            }
            return files;
        }
    }

    private static void unregister(ServiceRegistration<FormTemplateProvider> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework unregistered it while this bundle stopped
        }
    }
}
