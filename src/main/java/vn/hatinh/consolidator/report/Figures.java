package vn.hatinh.consolidator.report;

import java.math.BigDecimal;
import java.util.Map;

import vn.hatinh.consolidator.ingest.Period;

/** Every number a report states, exactly as figures.json carries them. */
public record Figures(ReportKind kind, Period period, Delegations outbound, Inbound inbound, Seminars seminars,
                      int agreements, Aid aid, Consular consular) {

    public record Delegations(int delegations, int persons) {
    }

    /** @param byCountry ISO alpha-2 code to that country's delegations and visitors, most delegations first */
    public record Inbound(int delegations, int visitors, Map<String, Delegations> byCountry) {
    }

    public record Seminars(int count, int foreignDelegates) {
    }

    public record Aid(int projects, BigDecimal committedUsd, BigDecimal disbursedUsd) {
    }

    public record Consular(int cases, int legalizations) {
    }
}
