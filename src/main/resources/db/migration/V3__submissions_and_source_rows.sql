-- Ingest owns these tables: one row per file ever seen, one row per data row read from an accepted file.

CREATE TABLE submission (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    inbox           VARCHAR(1024) NOT NULL,
    path            VARCHAR(1024) NOT NULL,          -- relative to the inbox, '/' separated
    size_bytes      BIGINT,
    modified_at     DATETIME(3),
    sha256          CHAR(64),
    unit            VARCHAR(32),
    unit_source     VARCHAR(16),                     -- FOLDER or WORKBOOK
    status          VARCHAR(16) NOT NULL,            -- PENDING, LOADED, ACCEPTED, SUPERSEDED, DUPLICATE, REJECTED, IGNORED
    reason          VARCHAR(2000),                   -- Vietnamese, for the unit and the operator
    duplicate_of    BIGINT,
    superseded_by   BIGINT,
    period_from     DATE,
    period_to       DATE,
    period_label    VARCHAR(255),
    prepared_on     DATE,
    rows_accepted   INT NOT NULL DEFAULT 0,
    rows_rejected   INT NOT NULL DEFAULT 0,
    archived_path   VARCHAR(2048),
    feedback_path   VARCHAR(2048),
    archived        BOOLEAN NOT NULL DEFAULT FALSE,
    job_execution_id BIGINT,                         -- the ingest execution that first saw the file
    seen_at         DATETIME(3) NOT NULL,
    KEY submission_sha (sha256),
    KEY submission_status (status),
    KEY submission_path (inbox(255), path(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE source_row (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id   BIGINT NOT NULL,
    sheet           VARCHAR(255) NOT NULL,
    row_no          INT NOT NULL,
    type            VARCHAR(16) NOT NULL,
    accepted        BOOLEAN NOT NULL,
    rejection       VARCHAR(2000),
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
    extra           MEDIUMTEXT,                      -- JSON object of unknown columns
    cells           MEDIUMTEXT,                      -- JSON array of the row's cell texts, for the feedback workbook
    CONSTRAINT source_row_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    UNIQUE KEY source_row_position (submission_id, sheet, row_no, type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Header cells of each table found, so feedback can show the unit its own column names.
CREATE TABLE source_table (
    submission_id   BIGINT NOT NULL,
    sheet           VARCHAR(255) NOT NULL,
    header_row      INT NOT NULL,
    type            VARCHAR(16) NOT NULL,
    header_cells    MEDIUMTEXT,
    PRIMARY KEY (submission_id, sheet, header_row),
    CONSTRAINT source_table_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
