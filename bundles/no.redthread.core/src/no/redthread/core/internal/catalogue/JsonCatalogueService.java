package no.redthread.core.internal.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.County;
import no.redthread.core.catalogue.DimensionEntry;
import no.redthread.core.catalogue.Municipality;
import no.redthread.core.catalogue.MunicipalityChange;
import no.redthread.core.catalogue.MunicipalityLookup;
import no.redthread.core.catalogue.SdgEntry;
import no.redthread.core.catalogue.SdgTargetEntry;
import no.redthread.core.catalogue.ThemeEntry;
import no.redthread.model.plan.Frame;
import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.OrganisationKind;
import no.redthread.model.plan.PlanFactory;

/** The catalogue service over the JSON files shipped in this bundle's catalogue/ folder. */
@Component(service = CatalogueService.class)
public final class JsonCatalogueService implements CatalogueService {

    private final Catalogue catalogue;
    private final List<SdgTargetEntry> targets;
    private final List<ThemeEntry> themes;
    private final Map<Integer, SdgEntry> sdgsByNumber;
    private final Map<String, SdgTargetEntry> targetsByCode;
    private final Map<String, County> countiesByNumber;
    private final Map<String, Municipality> municipalitiesByNumber;
    private final Map<String, ThemeEntry> themesById;
    private final CatalogueReader.Source changesSource;
    private MunicipalityHistory history;

    @Activate
    public JsonCatalogueService() {
        this(CatalogueReader.shipped().read(), CatalogueReader.SHIPPED);
    }

    JsonCatalogueService(Catalogue catalogue, CatalogueReader.Source changesSource) {
        this.changesSource = changesSource;
        this.catalogue = catalogue;
        this.targets = catalogue.sdgs().stream().flatMap(sdg -> sdg.targets().stream()).toList();
        this.themes = catalogue.dimensions().stream().flatMap(dimension -> dimension.themes().stream()).toList();
        this.sdgsByNumber = index(catalogue.sdgs(), SdgEntry::number);
        this.targetsByCode = index(targets, SdgTargetEntry::code);
        this.countiesByNumber = index(catalogue.counties(), County::number);
        this.municipalitiesByNumber = index(catalogue.municipalities(), Municipality::number);
        this.themesById = index(themes, ThemeEntry::id);
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity(), (a, b) -> {
            throw new CatalogueException("two catalogue entries share the key " + key.apply(a));
        }));
    }

    @Override
    public List<SdgEntry> sdgs() {
        return catalogue.sdgs();
    }

    @Override
    public Optional<SdgEntry> sdg(int number) {
        return Optional.ofNullable(sdgsByNumber.get(number));
    }

    @Override
    public List<SdgTargetEntry> sdgTargets() {
        return targets;
    }

    @Override
    public Optional<SdgTargetEntry> sdgTarget(String code) {
        return Optional.ofNullable(code == null ? null : targetsByCode.get(code.strip()));
    }

    @Override
    public List<County> counties() {
        return catalogue.counties();
    }

    @Override
    public Optional<County> county(String number) {
        return Optional.ofNullable(number == null ? null : countiesByNumber.get(number.strip()));
    }

    @Override
    public List<Municipality> municipalities() {
        return catalogue.municipalities();
    }

    @Override
    public Optional<Municipality> municipality(String number) {
        return Optional.ofNullable(number == null ? null : municipalitiesByNumber.get(number.strip()));
    }

    @Override
    public List<MunicipalityChange> municipalityChanges() {
        return history().changes();
    }

    @Override
    public MunicipalityLookup lookupMunicipality(String number) {
        return history().lookup(number);
    }

    /** Read on first use: most sessions never look up an old number, and start-up should not pay for it. */
    private synchronized MunicipalityHistory history() {
        if (history == null) {
            history = new MunicipalityHistory(MunicipalityChangeReader.read(changesSource), this::municipality);
        }
        return history;
    }

    @Override
    public List<Municipality> municipalitiesIn(String countyNumber) {
        return catalogue.municipalities().stream().filter(m -> m.countyNumber().equals(countyNumber)).toList();
    }

    @Override
    public List<DimensionEntry> dimensions() {
        return catalogue.dimensions();
    }

    @Override
    public List<ThemeEntry> themes() {
        return themes;
    }

    @Override
    public Optional<ThemeEntry> theme(String id) {
        return Optional.ofNullable(id == null ? null : themesById.get(id));
    }

    @Override
    public Frame createFrame() {
        return FrameBuilder.build(catalogue);
    }

    @Override
    public Organisation createOrganisation(String number) {
        Organisation organisation = PlanFactory.eINSTANCE.createOrganisation();
        Optional<Municipality> municipality = municipality(number);
        Optional<County> county = county(number);
        if (municipality.isPresent()) {
            organisation.setNumber(municipality.get().number());
            organisation.setName(municipality.get().name());
            organisation.setKind(OrganisationKind.MUNICIPALITY);
            organisation.setCountyNumber(municipality.get().countyNumber());
        } else if (county.isPresent()) {
            organisation.setNumber(county.get().number());
            organisation.setName(county.get().name());
            organisation.setKind(OrganisationKind.COUNTY);
            organisation.setCountyNumber(county.get().number());
        } else {
            throw new IllegalArgumentException("no municipality or county has the number " + number);
        }
        organisation.setId("org-" + organisation.getNumber());
        return organisation;
    }
}
