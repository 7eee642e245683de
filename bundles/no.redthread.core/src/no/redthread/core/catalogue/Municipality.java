package no.redthread.core.catalogue;

/**
 * A municipality (kommune) of the 2024 register.
 *
 * @param number the four-digit municipality number, e.g. "5501"
 * @param name the official name, with Sami and Kven forms where they are official
 * @param shortName the short name as the register gives it
 * @param countyNumber the two-digit number of its county
 */
public record Municipality(String number, String name, String shortName, String countyNumber) {
}
