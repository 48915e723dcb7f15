package vn.hatinh.consolidator.ingest;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.output.SafeCsv;

/**
 * CSV exports of what ingest recorded, for operators and scripts (columns as cli.md fixes them); file names, sheet
 * names and reasons carry what units typed, so they are written through {@link SafeCsv}.
 */
@Component
public class IngestExports {

    private final JdbcTemplate jdbc;

    public IngestExports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One line per file ever seen; returns the number of lines. */
    public int submissions(Path out) throws IOException {
        try (SafeCsv csv = SafeCsv.create(out, "path", "unit", "status", "reason", "rows_accepted", "rows_rejected")) {
            int[] n = {0};
            jdbc.query("SELECT path, unit, status, reason, rows_accepted, rows_rejected FROM submission ORDER BY id",
                    rs -> {
                        csv.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                                rs.getInt(6));
                        n[0]++;
                    });
            return n[0];
        }
    }

    /** One line per rejected row of every file whose rows were read; returns the number of lines. */
    public int rejections(Path out) throws IOException {
        try (SafeCsv csv = SafeCsv.create(out, "path", "sheet", "row", "reason")) {
            int[] n = {0};
            jdbc.query("""
                    SELECT s.path, r.sheet, r.row_no, r.rejection FROM source_row r JOIN submission s ON s.id = r.submission_id
                     WHERE r.accepted = FALSE AND s.status IN ('ACCEPTED', 'SUPERSEDED')
                     ORDER BY s.id, r.sheet, r.row_no""", rs -> {
                csv.row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4));
                n[0]++;
            });
            return n[0];
        }
    }
}
