package no.redthread.workbench.internal;

import java.io.IOException;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.workbench.settings.SettingsStore;
import no.redthread.workbench.settings.UserProfile;

/**
 * The user profile in the settings file {@code user.json}, apart from {@code preferences.json} so that the
 * language page, which writes that file whole, cannot drop the name. Read on every call: the file is tiny, and a
 * name saved from Preferences is then used at once everywhere.
 */
@Component(service = UserProfile.class)
public final class SettingsUserProfile implements UserProfile {

    static final String SETTINGS_NAME = "user";

    /** The settings file's content. */
    public record Profile(String fullName) {
    }

    private final SettingsStore settings;
    private final String loginName;

    @Activate
    public SettingsUserProfile(@Reference SettingsStore settings) {
        this(settings, System.getProperty("user.name", ""));
    }

    SettingsUserProfile(SettingsStore settings, String loginName) {
        this.settings = settings;
        this.loginName = loginName == null ? "" : loginName.strip();
    }

    @Override
    public Optional<String> fullName() {
        return settings.load(SETTINGS_NAME, Profile.class).map(Profile::fullName).map(String::strip)
                .filter(name -> !name.isEmpty());
    }

    @Override
    public void setFullName(String fullName) throws IOException {
        String name = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
        settings.save(SETTINGS_NAME, new Profile(name));
    }

    @Override
    public String loginName() {
        return loginName;
    }
}
