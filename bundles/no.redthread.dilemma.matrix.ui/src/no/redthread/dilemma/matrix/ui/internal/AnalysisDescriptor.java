package no.redthread.dilemma.matrix.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.workbench.Area;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;

@Component(service = PartDescriptor.class, property = "redthread.part.id=" + AnalysisDescriptor.ID)
public final class AnalysisDescriptor extends DilemmaPartDescriptor {

    public static final String ID = "no.redthread.dilemma.analysis";

    private final MatrixSession session;

    @Activate
    public AnalysisDescriptor(@Reference MatrixSession session) {
        super(ID, "analysis.part", Area.CENTER);
        this.session = session;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new AnalysisPart(session);
    }
}
