package no.redthread.workbench.ui.internal.window;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.workbench.packs.ContentPackReport;
import no.redthread.workbench.packs.PackProblem;

/**
 * Tells the user once of each content-pack file refused while the window is open (the log alone goes to stderr,
 * which a desktop user never sees): a modeless {@link PackNotice} naming bundle, file, position and reason. The
 * reports are asked a moment after a pack module or a bundle starts, so a burst of starts gives one notice.
 */
final class PackNotices implements AutoCloseable {

    static final int SETTLE_MILLIS = 1500;

    private final BundleContext context;
    private final Shell window;
    private final Display display;
    private final Runnable showPlugins;
    private final ServiceTracker<ContentPackReport, ContentPackReport> reports;
    private final BundleListener bundles = this::bundleChanged;
    private final Set<PackProblem> told = new HashSet<>();
    private PackNotice notice;
    private boolean checkQueued;

    PackNotices(BundleContext context, Shell window, Runnable showPlugins) {
        this.context = context;
        this.window = window;
        this.display = window.getDisplay();
        this.showPlugins = showPlugins;
        this.reports = new ServiceTracker<>(context, ContentPackReport.class, null) {
            @Override
            public ContentPackReport addingService(org.osgi.framework.ServiceReference<ContentPackReport> reference) {
                ContentPackReport report = super.addingService(reference);
                queueCheck();
                return report;
            }
        };
    }

    PackNotices open() {
        context.addBundleListener(bundles);
        reports.open();
        queueCheck();
        return this;
    }

    private void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.STARTED) {
            queueCheck();
        }
    }

    private void queueCheck() {
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (!checkQueued && !window.isDisposed()) {
                checkQueued = true;
                display.timerExec(SETTLE_MILLIS, this::check);
            }
        });
    }

    /** Shows the problems not told yet. */
    void check() {
        checkQueued = false;
        if (window.isDisposed()) {
            return;
        }
        List<PackProblem> fresh = new ArrayList<>();
        for (ContentPackReport report : reports.getServices(new ContentPackReport[0])) {
            for (PackProblem problem : report.problems()) {
                if (told.add(problem)) {
                    fresh.add(problem);
                }
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        if (notice == null || notice.isDisposed()) {
            notice = new PackNotice(window, showPlugins);
            notice.add(fresh);
            notice.open(window);
        } else {
            notice.add(fresh);
        }
    }

    /** The notice now shown, if any (for tests). */
    PackNotice notice() {
        return notice == null || notice.isDisposed() ? null : notice;
    }

    @Override
    public void close() {
        context.removeBundleListener(bundles);
        reports.close();
    }
}
