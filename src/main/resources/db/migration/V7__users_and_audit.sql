-- The console's users (passwords hashed by Spring Security's delegating encoder, "{bcrypt}..."), and the audit log
-- of every operator action, from the console and from the user commands.

CREATE TABLE console_user (
    name            VARCHAR(64) PRIMARY KEY,
    password_hash   VARCHAR(255) NOT NULL,
    role            VARCHAR(16) NOT NULL,            -- OPERATOR or VIEWER
    created_at      DATETIME(3) NOT NULL,
    password_changed_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_log (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    at              DATETIME(3) NOT NULL,
    actor           VARCHAR(64) NOT NULL,            -- a console user, or "cli:<os user>" for a command
    action          VARCHAR(64) NOT NULL,
    target          VARCHAR(1024),
    outcome         VARCHAR(1024),
    KEY audit_log_at (at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
