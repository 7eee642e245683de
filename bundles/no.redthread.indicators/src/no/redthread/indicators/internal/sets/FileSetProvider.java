package no.redthread.indicators.internal.sets;

import org.eclipse.emf.ecore.util.EcoreUtil;

import no.redthread.indicators.IndicatorSetProvider;
import no.redthread.indicators.model.IndicatorSet;

/** Provides the set of one set file; the file is read and checked once, each set handed out is a fresh copy. */
final class FileSetProvider implements IndicatorSetProvider {

    private final IndicatorSet template;

    FileSetProvider(IndicatorSet template) {
        this.template = template;
    }

    @Override
    public String id() {
        return template.getId();
    }

    @Override
    public String name() {
        return template.getNameNb() != null ? template.getNameNb() : template.getNameEn();
    }

    @Override
    public IndicatorSet createSet() {
        return EcoreUtil.copy(template);
    }
}
