package no.redthread.indicators.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import no.redthread.indicators.imports.ImportCheck;
import no.redthread.indicators.imports.ImportChoice;
import no.redthread.indicators.imports.ImportSource;
import no.redthread.indicators.model.Indicator;

/** Region, time and content variable (guessed), content code and target indicator. */
final class ImportMappingPage extends WizardPage {

    private final ImportWizard wizard;
    private final List<Indicator> targets;

    Combo region;
    Combo time;
    Combo content;
    Combo contentCode;
    IndicatorChooser chooser;
    private List<String> keys = List.of();
    private List<String> codes = List.of();

    ImportMappingPage(ImportWizard wizard, List<Indicator> targets) {
        super("mapping");
        this.wizard = wizard;
        this.targets = targets;
        setTitle(Messages.get("import.mapping.title"));
        setDescription(Messages.get("import.mapping.description"));
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        region = combo(body, "import.mapping.region");
        time = combo(body, "import.mapping.time");
        content = combo(body, "import.mapping.content");
        contentCode = combo(body, "import.mapping.contentCode");
        content.addListener(SWT.Selection, e -> fillCodes());
        Label label = new Label(body, SWT.NONE);
        label.setText(Messages.get("import.mapping.indicator"));
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        chooser = new IndicatorChooser(body, targets, this::indicatorChanged);
        setControl(body);
    }

    private Combo combo(Composite body, String label) {
        new Label(body, SWT.NONE).setText(Messages.get(label));
        Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.setVisibleItemCount(20);
        combo.addListener(SWT.Selection, e -> mappingChanged());
        return combo;
    }

    private void mappingChanged() {
        if (wizard.source() != null) {
            wizard.recheck();
        }
    }

    private void indicatorChanged() {
        showCheck(wizard.check());
        getContainer().updateButtons();
    }

    void show(ImportSource shown) {
        if (region == null) {
            return;
        }
        List<String> labels = new ArrayList<>();
        List<String> newKeys = new ArrayList<>();
        labels.add("-");
        newKeys.add(null);
        if (shown != null) {
            for (ImportSource.Variable variable : shown.variables()) {
                labels.add(variable.label() + " (" + variable.key() + ")");
                newKeys.add(variable.key());
            }
        }
        keys = newKeys;
        String[] items = labels.toArray(String[]::new);
        String[] guess = shown == null ? new String[3] : shown.guess();
        Combo[] combos = { region, time, content };
        for (int i = 0; i < 3; i++) {
            combos[i].setItems(items);
            combos[i].select(Math.max(0, keys.indexOf(guess[i])));
        }
        chooser.select(null);
        fillCodes(shown);
    }

    private void fillCodes() {
        fillCodes(wizard.source());
        mappingChanged();
    }

    private void fillCodes(ImportSource shown) {
        String contentKey = key(content);
        codes = new ArrayList<>();
        codes.add(null);
        if (shown != null) {
            codes.addAll(shown.contentCodes(contentKey));
        }
        contentCode.setItems(codes.stream().map(c -> c == null ? Messages.get("import.mapping.allContent") : c).toArray(String[]::new));
        contentCode.select(codes.size() > 1 ? 1 : 0);
        offerNew(shown);
    }

    private void offerNew(ImportSource shown) {
        chooser.offerNew(shown == null ? null : shown.contentLabel(key(content), contentCode()));
    }

    /** The findings that stop the import, at this page, with Finish disabled until they are resolved. */
    void showCheck(ImportCheck shown) {
        if (region == null) {
            return;
        }
        offerNew(wizard.source());
        if (shown != null && !shown.canImport()) {
            setErrorMessage(shown.problems().get(0));
        } else {
            setErrorMessage(null);
            setMessage(shown != null && indicator() == null ? Messages.get("import.mapping.noIndicator")
                    : shown == null ? null : shown.summary());
        }
    }

    /** The mapping and options chosen now. */
    ImportChoice choice() {
        return new ImportChoice(key(region), key(time), key(content), contentCode(), wizard.options);
    }

    String key(Combo combo) {
        int index = combo.getSelectionIndex();
        return index < 0 || index >= keys.size() ? null : keys.get(index);
    }

    String contentCode() {
        int index = contentCode.getSelectionIndex();
        return index < 0 || index >= codes.size() || key(content) == null ? null : codes.get(index);
    }

    void selectContentCode(String code) {
        contentCode.select(Math.max(0, codes.indexOf(code)));
        mappingChanged();
    }

    Indicator indicator() {
        return chooser == null ? null : chooser.selected();
    }

    void selectIndicator(Indicator target) {
        chooser.select(target);
    }

    List<Indicator> targets() {
        return chooser.targets();
    }
}
