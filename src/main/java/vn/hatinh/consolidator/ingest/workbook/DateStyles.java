package vn.hatinh.consolidator.ingest.workbook;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;

/**
 * Which cell styles of an .xlsx show a date: all the reader needs of the styles part. Read with one pass of StAX
 * instead of POI's StylesTable, which builds every font, fill, border and the theme as XMLBeans objects; on the
 * dense dev folder (545 small workbooks) that took a fifth of the reading time (see the README's benchmark).
 */
final class DateStyles {

    /** Excel's own limit on cell formats in a workbook; more is not a workbook Excel wrote. */
    private static final int MAX_CELL_FORMATS = 64_000;

    private final boolean[] date;

    private DateStyles(boolean[] date) {
        this.date = date;
    }

    static DateStyles none() {
        return new DateStyles(new boolean[0]);
    }

    /** The namespaces of SpreadsheetML: transitional (what Excel writes) and strict. */
    private static final java.util.Set<String> SPREADSHEET_ML = java.util.Set.of(
            "http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main");

    /**
     * Reads the styles part. A part in another namespace (Excel 2007's beta wrote pre-standard ones) is a format no
     * reader can trust: the file is refused, as POI's own reading of it refuses it.
     */
    static DateStyles read(InputStream styles) throws XMLStreamException, WorkbookRejectedException {
        Map<Integer, String> custom = new HashMap<>();
        java.util.List<Integer> formats = new java.util.ArrayList<>();
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(styles);
        try {
            boolean inCellFormats = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = xml.getLocalName();
                    if (local.equals("styleSheet") && !SPREADSHEET_ML.contains(xml.getNamespaceURI())) {
                        throw new WorkbookRejectedException(RejectionReason.UNSUPPORTED_FORMAT,
                                "styles in namespace " + xml.getNamespaceURI());
                    }
                    if (local.equals("numFmt")) {
                        Integer id = number(xml.getAttributeValue(null, "numFmtId"));
                        String code = xml.getAttributeValue(null, "formatCode");
                        if (id != null && code != null) {
                            custom.put(id, code);
                        }
                    } else if (local.equals("cellXfs")) {
                        inCellFormats = true;
                    } else if (inCellFormats && local.equals("xf")) {
                        if (formats.size() >= MAX_CELL_FORMATS) {
                            break;
                        }
                        Integer id = number(xml.getAttributeValue(null, "numFmtId"));
                        formats.add(id == null ? 0 : id);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                    break;
                }
            }
        } finally {
            xml.close();
        }
        boolean[] date = new boolean[formats.size()];
        for (int i = 0; i < date.length; i++) {
            int id = formats.get(i);
            String code = custom.containsKey(id) ? custom.get(id) : BuiltinFormats.getBuiltinFormat(id);
            date[i] = code != null && DateUtil.isADateFormat(id, code);
        }
        return new DateStyles(date);
    }

    /** True when the cell style at this index (the {@code s} attribute of a cell) shows a date. */
    boolean isDate(int styleIndex) {
        return styleIndex >= 0 && styleIndex < date.length && date[styleIndex];
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
