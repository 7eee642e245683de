package no.redthread.dilemma;

/**
 * One way to handle the scenario's conflict.
 *
 * @param approach which of the four ways of dilemma training it is
 * @param text the option in the source's words
 */
public record HandlingOption(Approach approach, String text) {

    public enum Approach {
        /** Existing decisions, plans, laws or guidelines (eksisterende føringer). */
        EXISTING_GUIDANCE("existing-guidance"),
        /** More study before a decision (videre utredning). */
        FURTHER_STUDY("further-study"),
        /** Instruments that reduce the conflict (virkemidler). */
        INSTRUMENTS("instruments"),
        /** A decision by leaders or politicians. */
        DECISION("decision");

        private final String code;

        Approach(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
