package no.example.redthread.hello;

import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.workbench.settings.SettingsStore;
import no.redthread.workbench.ui.PreferencePageContribution;

/** A page of Window → Preferences: whether the view and the command count measures too. */
@Component(service = PreferencePageContribution.class)
public final class HelloPreferencePage implements PreferencePageContribution {

    public static final String ID = "no.example.redthread.hello.preferences";

    private final SettingsStore settings;
    private final Texts texts = new Texts();

    @Activate
    public HelloPreferencePage(@Reference SettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return texts.get("preferences.label");
    }

    @Override
    public IPreferencePage createPage() {
        return new Page();
    }

    /** One check box, saved on OK or Apply; Restore Defaults sets it back. */
    private final class Page extends PreferencePage {

        private Button countMeasures;

        Page() {
            super(label());
        }

        @Override
        protected Control createContents(Composite parent) {
            Composite area = new Composite(parent, SWT.NONE);
            area.setLayout(new GridLayout(1, false));
            countMeasures = new Button(area, SWT.CHECK);
            countMeasures.setText(texts.get("preferences.countMeasures"));
            countMeasures.setSelection(HelloSettings.load(settings).countMeasures());
            return area;
        }

        @Override
        protected void performDefaults() {
            countMeasures.setSelection(HelloSettings.DEFAULT.countMeasures());
            super.performDefaults();
        }

        @Override
        public boolean performOk() {
            new HelloSettings(countMeasures.getSelection()).save(settings);
            return true;
        }
    }
}
