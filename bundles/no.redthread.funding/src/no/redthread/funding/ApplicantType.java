package no.redthread.funding;

import java.util.Arrays;
import java.util.Optional;

/** Who may apply for a scheme: the fixed vocabulary of the catalogue format. */
public enum ApplicantType {
    MUNICIPALITY("kommune"),
    COUNTY("fylkeskommune"),
    INTERMUNICIPAL("interkommunalt samarbeid"),
    MUNICIPAL_ENTERPRISE("kommunalt foretak"),
    VOLUNTARY_ORGANISATION("frivillig organisasjon"),
    BUSINESS("næringsliv"),
    RESEARCH_EDUCATION("forsknings- og utdanningsinstitusjon"),
    OTHER("andre");

    private final String code;

    ApplicantType(String code) {
        this.code = code;
    }

    /** The code used in catalogue files, e.g. {@code "interkommunalt samarbeid"}. */
    public String code() {
        return code;
    }

    /** The type with the given catalogue code, if there is one. */
    public static Optional<ApplicantType> byCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
