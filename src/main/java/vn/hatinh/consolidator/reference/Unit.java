package vn.hatinh.consolidator.reference;

import java.time.LocalDate;

/**
 * A reporting unit of the registry.
 *
 * @param level 1 = the foreign-affairs office, 2 = provincial departments and agencies, 3 = districts (and communes)
 * @param validFrom first day the unit reports, or null
 * @param validTo last day the unit reports, or null (districts ceased on 30/06/2025)
 */
public record Unit(String code, String name, int level, String kind, LocalDate validFrom, LocalDate validTo) {
}
