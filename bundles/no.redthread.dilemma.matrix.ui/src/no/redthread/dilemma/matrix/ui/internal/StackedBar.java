package no.redthread.dilemma.matrix.ui.internal;

/**
 * One item's bar in the ranking: net influence and second-order influence stacked as charts stack mixed signs,
 * positive parts to the right of zero and negative parts to the left, each part after the one before it on its side.
 * The bar's two ends add up to the total the ranking sorts by.
 */
record StackedBar(double netFrom, double netTo, double secondFrom, double secondTo) {

    static StackedBar of(double net, double secondOrder) {
        double netFrom = 0;
        double netTo = net;
        boolean sameSide = net >= 0 == secondOrder >= 0;
        double secondFrom = sameSide ? net : 0;
        return new StackedBar(netFrom, netTo, secondFrom, secondFrom + secondOrder);
    }

    double lowest() {
        return Math.min(Math.min(netFrom, netTo), Math.min(secondFrom, secondTo));
    }

    double highest() {
        return Math.max(Math.max(netFrom, netTo), Math.max(secondFrom, secondTo));
    }
}
