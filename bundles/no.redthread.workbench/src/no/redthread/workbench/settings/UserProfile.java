package no.redthread.workbench.settings;

import java.io.IOException;
import java.util.Optional;

/**
 * Who the current user is, as reports and records name them: the full name set in Preferences, else the
 * operating-system user name. An OSGi service; the full name is kept in the settings file {@code user.json}.
 *
 * @since 1.1
 */
public interface UserProfile {

    /** The full name the user has set (e.g. "Kari Nordmann"); empty if none. */
    Optional<String> fullName();

    /**
     * Sets the full name and saves it atomically; a blank name clears it, so the OS user name is used again.
     *
     * @throws IOException if the settings file cannot be written; the name in use is then unchanged
     */
    void setFullName(String fullName) throws IOException;

    /** The operating-system user name (e.g. "kari"); empty if the JVM does not know it. */
    String loginName();

    /** The name to record and show for the current user: the full name, else the login name. */
    default String displayName() {
        return fullName().orElse(loginName());
    }

    /**
     * The name to show for a name recorded earlier: records made before the user set a full name hold the login
     * name, which is shown as the full name now; any other name is shown as it was recorded.
     */
    default String displayNameOf(String recorded) {
        String name = recorded == null ? "" : recorded.strip();
        return !name.isEmpty() && name.equals(loginName()) ? displayName() : name;
    }
}
