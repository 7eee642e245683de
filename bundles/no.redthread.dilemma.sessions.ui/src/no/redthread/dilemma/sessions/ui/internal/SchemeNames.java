package no.redthread.dilemma.sessions.ui.internal;

import java.util.List;
import java.util.Optional;

/**
 * The funding schemes a finding can link to, by catalogue id and name. A service only while the funding catalogue
 * is installed ({@link FundingSchemeNames}); without it the editor shows the ids it has.
 */
public interface SchemeNames {

    /** Every scheme's id, in the catalogue's order. */
    List<String> ids();

    /** The scheme's name in the UI language, if the catalogue knows the id. */
    Optional<String> name(String id);
}
