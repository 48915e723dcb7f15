-- Consolidate owns these tables; they are rebuilt as a whole in one transaction on every ingest run.

CREATE TABLE consolidated_record (
    id              VARCHAR(32) PRIMARY KEY,
    type            VARCHAR(16) NOT NULL,
    start_date      DATE,
    end_date        DATE,
    country         CHAR(2),
    partner         VARCHAR(1024),
    title           VARCHAR(1024),
    decision        VARCHAR(255),
    leader          VARCHAR(512),
    purpose         VARCHAR(1024),
    cnt             INT,
    total_cnt       INT,
    organiser       VARCHAR(512),
    location        VARCHAR(512),
    level           VARCHAR(8),
    committed_usd   DECIMAL(18, 2),
    disbursed_usd   DECIMAL(18, 2),
    month           DATE,
    cases           INT,
    legalizations   INT,
    note            VARCHAR(2000),
    conflicts       MEDIUMTEXT,                      -- JSON array of {field, values}
    KEY consolidated_type_start (type, start_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE record_link (
    source_row_id   BIGINT PRIMARY KEY,
    record_id       VARCHAR(32) NOT NULL,
    precedence      INT NOT NULL,                    -- 0 = the source whose values won
    KEY record_link_record (record_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE match_evidence (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    record_id       VARCHAR(32) NOT NULL,
    source_row_a    BIGINT NOT NULL,
    source_row_b    BIGINT NOT NULL,
    rule            VARCHAR(64) NOT NULL,
    score           DOUBLE NOT NULL,
    explanation     VARCHAR(2000),
    KEY match_evidence_record (record_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Pairs the matcher was unsure about, for the operator.
CREATE TABLE review_pair (
    source_key_a    VARCHAR(128) NOT NULL,
    source_key_b    VARCHAR(128) NOT NULL,
    score           DOUBLE NOT NULL,
    explanation     VARCHAR(2000),
    PRIMARY KEY (source_key_a, source_key_b)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Operator decisions survive every rebuild: keyed by stable source keys, not by ids.
CREATE TABLE review_decision (
    source_key_a    VARCHAR(128) NOT NULL,
    source_key_b    VARCHAR(128) NOT NULL,
    decision        VARCHAR(8) NOT NULL,             -- MERGE or SPLIT
    decided_at      DATETIME(3) NOT NULL,
    PRIMARY KEY (source_key_a, source_key_b)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
