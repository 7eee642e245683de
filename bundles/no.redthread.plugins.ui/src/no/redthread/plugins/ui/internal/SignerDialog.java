package no.redthread.plugins.ui.internal;

import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import no.redthread.plugins.JarSignature;
import no.redthread.plugins.PluginEntry;

/**
 * Asks whether to trust a signer not seen before: the plugin, the certificate's subject, issuer, validity and
 * SHA-256 fingerprint (to compare with what the publisher gives by another channel). Cancel is the default button.
 */
final class SignerDialog extends Dialog {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

    private final JarSignature signature;
    private final PluginEntry plugin;

    SignerDialog(Shell parent, JarSignature signature, PluginEntry plugin) {
        super(parent);
        this.signature = signature;
        this.plugin = plugin;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.get("signer.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.get("signer.intro", title(), plugin.version()));
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        wide.widthHint = 560;
        intro.setLayoutData(wide);
        X509Certificate certificate = signature.signer();
        field(area, "signer.subject", certificate.getSubjectX500Principal().getName());
        field(area, "signer.issuer", certificate.getIssuerX500Principal().getName());
        field(area, "signer.validity", Messages.get("signer.validityRange", date(certificate.getNotBefore()),
                date(certificate.getNotAfter())));
        field(area, "signer.fingerprint", twoLines(signature.fingerprint())).setFont(JFaceResources.getTextFont());
        Label advice = new Label(area, SWT.WRAP);
        advice.setText(Messages.get("signer.advice"));
        GridData adviceData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        adviceData.widthHint = 560;
        advice.setLayoutData(adviceData);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.get("signer.trust"), false);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.get("signer.cancel"), true);
    }

    /** For tests: the dialog's buttons. */
    Button buttonFor(int id) {
        return getButton(id);
    }

    private String title() {
        return plugin.title() == null || plugin.title().isBlank() ? plugin.symbolicName() : plugin.title();
    }

    /** 32 pairs as two rows of 16, so that the fingerprint never breaks in the middle of a pair. */
    static String twoLines(String fingerprint) {
        int half = fingerprint.length() / 2 + 1;
        return fingerprint.length() < 64 ? fingerprint
                : fingerprint.substring(0, half) + System.lineSeparator() + fingerprint.substring(half);
    }

    /** A label and its value as read-only text, so the fingerprint can be selected and copied. */
    private static Text field(Composite area, String key, String value) {
        Label label = new Label(area, SWT.NONE);
        label.setText(Messages.get(key));
        label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Text text = new Text(area, SWT.READ_ONLY | SWT.WRAP);
        text.setText(value);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 440;
        text.setLayoutData(data);
        text.setData(key);
        return text;
    }

    private static String date(java.util.Date date) {
        return DATE.format(date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
    }
}
