/**
 * Chains: modules working together. A {@link no.redthread.chains.ChainStep} is a typed operation that a module
 * registers as an OSGi service (input and output {@link no.redthread.chains.Kind}, parameters with defaults); a
 * {@link no.redthread.chains.Chain} is a named sequence of steps with parameters, checked by
 * {@link no.redthread.chains.ChainSteps#check} so that each step takes what the previous one gives; the
 * {@link no.redthread.chains.ChainRunner} runs it on a workspace, cancellable, stopping at the first failing step,
 * and changes the model only through steps that declare it, as one undoable command at the end.
 * {@link no.redthread.chains.ChainLibrary} holds the saved chains (recipes).
 */
package no.redthread.chains;
