package no.redthread.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.workbench.settings.UserProfile;

/** The current user's name: the full name from Preferences, else the OS user name. */
class SettingsUserProfileTest {

    @TempDir
    Path folder;

    @Test
    void withoutAFullNameTheLoginNameIsUsed() {
        UserProfile profile = new SettingsUserProfile(new JsonSettingsStore(folder), "root");

        assertEquals(Optional.empty(), profile.fullName());
        assertEquals("root", profile.displayName());
        assertEquals("root", profile.displayNameOf("root"));
    }

    @Test
    void theFullNameIsSavedInItsOwnFileAndUsedAtOnceAlsoForWhatWasRecordedAsTheLoginName() throws IOException {
        UserProfile profile = new SettingsUserProfile(new JsonSettingsStore(folder), "root");

        profile.setFullName("  Kari   Nordmann ");

        assertEquals("Kari Nordmann", profile.displayName());
        assertEquals("Kari Nordmann", new SettingsUserProfile(new JsonSettingsStore(folder), "root").displayName(),
                "read back by a new instance, as after a restart");
        assertTrue(Files.readString(folder.resolve("user.json"), StandardCharsets.UTF_8).contains("Kari Nordmann"));
        assertEquals("Kari Nordmann", profile.displayNameOf("root"), "recorded before the name was set");
        assertEquals("Ola Saksbehandler", profile.displayNameOf("Ola Saksbehandler"), "someone else");
        assertEquals("", profile.displayNameOf(null));
    }

    @Test
    void aBlankNameClearsItAndAnUnreadableFileFallsBackToTheLoginName() throws IOException {
        UserProfile profile = new SettingsUserProfile(new JsonSettingsStore(folder), "kari");
        profile.setFullName("Kari Nordmann");
        profile.setFullName("  ");
        assertEquals("kari", profile.displayName());

        Files.writeString(folder.resolve("user.json"), "{\"fullName\": ", StandardCharsets.UTF_8);
        assertEquals("kari", profile.displayName());
    }
}
