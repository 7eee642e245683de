package no.redthread.indicators.internal.sets;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.emf.ecore.util.EcoreUtil;

import no.redthread.indicators.IndicatorSetProvider;
import no.redthread.indicators.model.IndicatorSet;

/** Provides the set of one set file; the file is read and checked once, each set handed out is a fresh copy. */
public final class FileSetProvider implements IndicatorSetProvider {

    private final IndicatorSet template;

    private FileSetProvider(IndicatorSet template) {
        this.template = template;
    }

    /**
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if it is not a valid set file
     */
    public static FileSetProvider read(URL file, String origin) throws IOException {
        try (InputStream in = file.openStream()) {
            return new FileSetProvider(IndicatorSetReader.read(in, origin));
        }
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
