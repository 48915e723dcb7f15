package vn.hatinh.consolidator.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DateStylesTests {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @Test
    void builtInAndCustomDateFormatsAreDatesAndNumbersAreNot() throws Exception {
        DateStyles styles = read(MAIN, """
                <numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>
                  <numFmt numFmtId="165" formatCode="#,##0.00"/></numFmts>
                <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
                <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/>
                  <xf/></cellXfs>""");

        assertThat(styles.isDate(0)).isFalse();
        assertThat(styles.isDate(1)).as("built-in m/d/yy").isTrue();
        assertThat(styles.isDate(2)).as("custom dd/mm/yyyy").isTrue();
        assertThat(styles.isDate(3)).isFalse();
        assertThat(styles.isDate(4)).as("no format: General").isFalse();
        assertThat(styles.isDate(5)).as("beyond the table").isFalse();
        assertThat(styles.isDate(-1)).isFalse();
    }

    @Test
    void stylesInAPreStandardNamespaceAreRefused() {
        assertThatThrownBy(() -> read("http://schemas.microsoft.com/office/excel/2006/2", "<cellXfs/>"))
                .isInstanceOfSatisfying(WorkbookRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.UNSUPPORTED_FORMAT));
    }

    private static DateStyles read(String namespace, String body) throws Exception {
        String xml = "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + namespace + "\">" + body + "</styleSheet>";
        return DateStyles.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
