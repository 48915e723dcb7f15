-- The matcher's estimated parameters (Fellegi-Sunter m, u and prior per record type, word document frequencies),
-- with the time they were estimated. A run uses the stored ones unless asked to re-estimate, so a later run gives the
-- same result as a full rebuild with the same parameters. One row: the current parameters.
CREATE TABLE match_parameters (
    id              INT PRIMARY KEY,
    estimated_at    DATETIME NOT NULL,
    parameters      LONGTEXT NOT NULL                -- JSON, see MatchParametersStore
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
