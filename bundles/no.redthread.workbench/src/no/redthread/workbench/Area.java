package no.redthread.workbench;

/** The four places of the workbench window where part stacks sit. */
public enum Area {
    LEFT, CENTER, RIGHT, BOTTOM
}
