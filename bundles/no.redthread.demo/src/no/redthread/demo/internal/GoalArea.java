package no.redthread.demo.internal;

/** The priority areas (innsatsområder) of the demo's community part; one goal each, so measures can name them. */
enum GoalArea {
    CLIMATE, NATURE, HEALTH, HOUSING, CHILDHOOD, INCLUSION, BUSINESS, RECRUITMENT, MOBILITY, PREPAREDNESS
}
