package no.redthread.core.catalogue;

/**
 * A county (fylke) of the 2024 register.
 *
 * @param number the two-digit county number, e.g. "55"
 * @param name the name, e.g. "Troms"
 * @param officialName the official name with its Sami and Kven forms, e.g. "Troms - Romsa - Tromssa"
 * @param municipalityCount how many municipalities the county has
 */
public record County(String number, String name, String officialName, int municipalityCount) {
}
