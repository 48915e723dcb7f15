-- What the consolidated tables were last computed from, so a run recomputes only the blocks touched since.
-- The rows a record was built from are its record_link rows; these two tables keep the rest of the basis.

-- One row: a fingerprint of the matching inputs (stored parameters, partner and country spellings, unit levels,
-- matcher revision). When it differs from the current one, the next run recomputes every block.
CREATE TABLE consolidation_basis (
    id              INT PRIMARY KEY,
    fingerprint     CHAR(64) NOT NULL,
    consolidated_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The operator decisions the consolidated tables reflect: a decision added, changed or removed since touches the
-- blocks of its two rows.
CREATE TABLE applied_review_decision (
    source_key_a    VARCHAR(128) NOT NULL,
    source_key_b    VARCHAR(128) NOT NULL,
    decision        VARCHAR(8) NOT NULL,
    PRIMARY KEY (source_key_a, source_key_b)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
