package vn.hatinh.consolidator.reference;

import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.ConsolidatorProperties;

/** The operator's reference data under jobs/reference, read once per process. */
@Component
public class ReferenceData {

    private final UnitRegistry units;
    private final CountryResolver countries;

    public ReferenceData(ConsolidatorProperties properties) {
        this.units = UnitRegistry.load(properties.operatorFile("reference/units.csv"));
        this.countries = CountryResolver.load(properties.operatorFile("reference/countries.csv"));
    }

    public UnitRegistry units() {
        return units;
    }

    public CountryResolver countries() {
        return countries;
    }
}
