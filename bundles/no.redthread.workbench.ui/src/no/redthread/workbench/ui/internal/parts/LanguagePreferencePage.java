package no.redthread.workbench.ui.internal.parts;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.workbench.settings.SettingsStore;
import no.redthread.workbench.ui.PreferencePageContribution;
import no.redthread.workbench.ui.internal.Messages;
import no.redthread.workbench.ui.internal.UiPreferences;

/** Window → Preferences → Language: bokmål, nynorsk or English, after a restart. */
@Component(service = PreferencePageContribution.class)
public final class LanguagePreferencePage implements PreferencePageContribution {

    private final SettingsStore settings;

    @Activate
    public LanguagePreferencePage(@Reference SettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "no.redthread.workbench.preferences.language";
    }

    @Override
    public String label() {
        return Messages.get("preferences.language");
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public IPreferencePage createPage() {
        return new PreferencePage(label()) {
            private final Map<String, Button> buttons = new LinkedHashMap<>();

            @Override
            protected Control createContents(Composite parent) {
                noDefaultAndApplyButton();
                Composite area = new Composite(parent, SWT.NONE);
                area.setLayout(new GridLayout(1, false));
                String current = UiPreferences.load(settings).language();
                for (String language : UiPreferences.LANGUAGES) {
                    Button button = new Button(area, SWT.RADIO);
                    button.setText(Messages.get("language." + language));
                    button.setSelection(language.equals(current));
                    buttons.put(language, button);
                }
                new Label(area, SWT.WRAP).setText(Messages.get("preferences.language.restart"));
                return area;
            }

            @Override
            public boolean performOk() {
                String chosen = buttons.entrySet().stream().filter(e -> e.getValue().getSelection())
                        .map(Map.Entry::getKey).findFirst().orElse("nb");
                try {
                    settings.save(UiPreferences.SETTINGS_NAME, new UiPreferences(chosen));
                    return true;
                } catch (IOException e) {
                    MessageDialog.openError(getShell(), label(), e.getMessage());
                    return false;
                }
            }
        };
    }
}
