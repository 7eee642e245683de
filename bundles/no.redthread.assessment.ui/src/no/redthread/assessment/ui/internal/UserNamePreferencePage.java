package no.redthread.assessment.ui.internal;

import java.io.IOException;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.workbench.settings.UserProfile;
import no.redthread.workbench.ui.PreferencePageContribution;

/**
 * Window → Preferences → User: the full name that assessments record as who created, answered and completed them
 * and that the case document's "Bærekraftsvurdering" names. Contributed from the assessment module, the only one
 * that records people's names so far; the setting itself is the workbench's {@link UserProfile}, so the page can
 * move to the workbench's own pages without touching what is saved.
 */
@Component(service = PreferencePageContribution.class)
public final class UserNamePreferencePage implements PreferencePageContribution {

    public static final String ID = "no.redthread.preferences.user";

    private final UserProfile users;

    @Activate
    public UserNamePreferencePage(@Reference UserProfile users) {
        this.users = users;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("preferences.user");
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public IPreferencePage createPage() {
        return new Page();
    }

    /** The page: one field, saved on OK or Apply; Restore Defaults empties it (the OS user name is used). */
    final class Page extends PreferencePage {

        private Text fullName;

        Page() {
            super(label());
        }

        @Override
        protected Control createContents(Composite parent) {
            Composite area = new Composite(parent, SWT.NONE);
            area.setLayout(new GridLayout(2, false));
            new Label(area, SWT.NONE).setText(Messages.get("preferences.user.fullName"));
            fullName = new Text(area, SWT.BORDER | SWT.SINGLE);
            fullName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            fullName.setText(users.fullName().orElse(""));
            fullName.setMessage(users.loginName());
            Label hint = new Label(area, SWT.WRAP);
            GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
            wide.widthHint = 360;
            hint.setLayoutData(wide);
            hint.setText(Messages.get("preferences.user.hint", users.loginName()));
            return area;
        }

        Text fullNameField() {
            return fullName;
        }

        @Override
        protected void performDefaults() {
            fullName.setText("");
            super.performDefaults();
        }

        @Override
        public boolean performOk() {
            try {
                users.setFullName(fullName.getText());
                return true;
            } catch (IOException e) {
                MessageDialog.openError(getShell(), label(), Messages.get("preferences.user.failed", e.getMessage()));
                return false;
            }
        }
    }
}
