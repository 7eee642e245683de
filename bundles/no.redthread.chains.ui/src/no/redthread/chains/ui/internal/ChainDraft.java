package no.redthread.chains.ui.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import no.redthread.chains.Chain;
import no.redthread.chains.ChainException;
import no.redthread.chains.ChainStep;
import no.redthread.chains.ChainSteps;
import no.redthread.chains.Kind;

/**
 * The chain being edited (no SWT): its steps with their parameters, which installed steps fit after the last one, and
 * the type check in the user's words. Steps are kept by id, so a step whose bundle stops stays in the chain and the
 * check names it missing.
 */
final class ChainDraft {

    private String id;
    private String name;
    private final List<Chain.Step> steps = new ArrayList<>();

    ChainDraft(String name) {
        this.name = name;
    }

    ChainDraft(Chain chain) {
        this.id = chain.id();
        this.name = chain.name();
        steps.addAll(chain.steps());
    }

    String name() {
        return name;
    }

    void rename(String newName) {
        name = newName;
    }

    /** The saved chain's id, or one made from the name for a new chain ("Min sjekk" → "min-sjekk"). */
    String id() {
        return id != null ? id : slug(name);
    }

    /** Fixes the id once the chain is saved, so that renaming it later saves over the same file. */
    void keepId() {
        id = id();
    }

    List<Chain.Step> steps() {
        return List.copyOf(steps);
    }

    void add(String stepId) {
        steps.add(new Chain.Step(stepId));
    }

    void remove(int index) {
        steps.remove(index);
    }

    /** Moves a step one place up (-1) or down (+1); nothing happens at the ends. */
    void move(int index, int offset) {
        int target = index + offset;
        if (index >= 0 && index < steps.size() && target >= 0 && target < steps.size()) {
            steps.add(target, steps.remove(index));
        }
    }

    /** Sets a parameter; a blank value or the step's default takes the explicit value away. */
    void setParameter(int index, String parameter, String value, String defaultValue) {
        Chain.Step step = steps.get(index);
        Map<String, String> values = new HashMap<>(step.parameters());
        if (value == null || value.isBlank() || value.strip().equals(defaultValue)) {
            values.remove(parameter);
        } else {
            values.put(parameter, value.strip());
        }
        steps.set(index, new Chain.Step(step.step(), values));
    }

    Chain toChain() {
        return new Chain(id(), name, steps);
    }

    /** The installed steps that can follow the last step (or start the chain). */
    List<ChainStep> fitting(ChainSteps installed) {
        Kind last = steps.isEmpty() ? Kind.WORKSPACE
                : installed.step(steps.get(steps.size() - 1).step()).map(ChainStep::output).orElse(null);
        return installed.steps().stream().filter(step -> last != null && step.input().accepts(last)).toList();
    }

    /** What is wrong with the chain, naming the steps in the user's language; empty when it can run. */
    Optional<String> problem(ChainSteps installed, Locale locale) {
        if (name == null || name.isBlank()) {
            return Optional.of(Messages.get("check.noName"));
        }
        if (steps.isEmpty()) {
            return Optional.of(Messages.get("check.empty"));
        }
        ChainStep previous = null;
        for (Chain.Step configured : steps) {
            Optional<ChainStep> step = installed.step(configured.step());
            if (step.isEmpty()) {
                return Optional.of(Messages.get("check.missing", configured.step()));
            }
            Kind before = previous == null ? Kind.WORKSPACE : previous.output();
            if (!step.get().input().accepts(before)) {
                return Optional.of(previous == null
                        ? Messages.get("check.first", step.get().name(locale), Messages.kind(step.get().input()))
                        : Messages.get("check.mismatch", step.get().name(locale), Messages.kind(step.get().input()),
                                previous.name(locale), Messages.kind(before)));
            }
            previous = step.get();
        }
        try {
            installed.check(toChain()); // also what the runner checks: undeclared parameters
            return Optional.empty();
        } catch (ChainException e) {
            return Optional.of(e.getMessage());
        }
    }

    static String slug(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o")
                .replace("å", "a"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "kjede" : slug;
    }
}
