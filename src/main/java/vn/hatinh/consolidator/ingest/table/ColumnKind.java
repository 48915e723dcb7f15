package vn.hatinh.consolidator.ingest.table;

/**
 * What a column holds, whatever the unit called it. Some kinds belong to one record type (a decision number is an
 * outbound trip's), others are shared; "Ngày đi" is the start of an outbound trip but the end of an inbound visit.
 */
public enum ColumnKind {
    ORDINAL,
    RECORD_KIND,
    DECISION,
    LEADER,
    COUNTRY,
    PARTNER,
    PURPOSE,
    DEPART_DATE,
    RETURN_DATE,
    EXIT_DATE,
    ARRIVE_DATE,
    LEAVE_DATE,
    FROM_DATE,
    TO_DATE,
    TIME_SPAN,
    COUNT,
    DELEGATION_NAME,
    HOST,
    NOTE,
    SEMINAR_TITLE,
    ORGANISER,
    SPONSOR,
    START_DATE,
    END_DATE,
    LOCATION,
    FOREIGN_DELEGATES,
    TOTAL_DELEGATES,
    FIELD,
    PERMIT,
    AGREEMENT_TITLE,
    LEVEL,
    SIGN_DATE,
    AID_TITLE,
    DONOR,
    APPROVAL_DATE,
    COMMITTED_USD,
    DISBURSED_USD,
    MONTH,
    CASES,
    LEGALIZATIONS
}
