package no.redthread.workbench.ui.internal.dialogs;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

import no.redthread.workbench.ui.internal.Messages;

/** Help → About: the product, its version and what it runs on. */
public final class AboutDialog {

    private AboutDialog() {
    }

    public static void open(Shell shell, BundleContext context) {
        Bundle self = context.getBundle();
        Bundle framework = context.getBundle(0);
        long active = java.util.Arrays.stream(context.getBundles()).filter(b -> b.getState() == Bundle.ACTIVE).count();
        String text = Messages.get("about.text", self.getVersion(), System.getProperty("java.version"),
                framework.getHeaders().get(Constants.BUNDLE_NAME), framework.getVersion(), context.getBundles().length,
                active);
        MessageDialog.openInformation(shell, Messages.get("about.title"), text);
    }
}
