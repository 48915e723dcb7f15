package vn.hatinh.consolidator.ingest.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;

/** Pulls one worksheet's rows from its XML, one row in memory at a time. */
final class XlsxSheetCursor implements SheetCursor {

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final String name;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final DateStyles styles;
    private final boolean date1904;
    private final ReadLimits limits;
    private int lastRow;
    private int rows;

    XlsxSheetCursor(String name, InputStream in, ReadOnlySharedStringsTable strings, DateStyles styles,
                    boolean date1904, ReadLimits limits) {
        this.name = name;
        this.in = in;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.limits = limits;
        try {
            this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String sheetName() {
        return name;
    }

    @Override
    public SheetRow next() throws WorkbookRejectedException {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new WorkbookRejectedException(RejectionReason.UNSAFE_CONTENT, "DOCTYPE in sheet " + name);
                }
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    SheetRow row = readRow();
                    if (++rows > limits.maxRows()) {
                        throw new WorkbookRejectedException(RejectionReason.TOO_LARGE, "more than "
                                + limits.maxRows() + " rows in sheet " + name);
                    }
                    if (!row.cells().isEmpty()) {
                        return row;
                    }
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase();
            throw new WorkbookRejectedException(message.contains("entity") || message.contains("doctype")
                    ? RejectionReason.UNSAFE_CONTENT : RejectionReason.CORRUPT, e.toString(), e);
        }
    }

    private SheetRow readRow() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        int rowNumber = r == null ? lastRow + 1 : Integer.parseInt(r.trim());
        lastRow = rowNumber;
        List<Cell> cells = new ArrayList<>();
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref == null ? nextColumn : column(ref);
                nextColumn = column + 1;
                Object value = readCell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
                if (value != null && column < limits.maxColumns() && !(value instanceof String s && s.isBlank())) {
                    cells.add(new Cell(column, value));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
        }
        cells.sort(java.util.Comparator.comparingInt(Cell::column));
        return new SheetRow(rowNumber, cells);
    }

    /** Reads up to the end of the current {@code <c>} and returns its value. */
    private Object readCell(String type, String style) throws XMLStreamException {
        StringBuilder v = null;
        StringBuilder inline = null;
        boolean inV = false;
        boolean inT = false;
        int depth = 1;
        while (xml.hasNext() && depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String local = xml.getLocalName();
                if (local.equals("v")) {
                    inV = true;
                    v = new StringBuilder();
                } else if (local.equals("t")) {
                    inT = true;
                    inline = inline == null ? new StringBuilder() : inline;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                String local = xml.getLocalName();
                if (local.equals("v")) {
                    inV = false;
                } else if (local.equals("t")) {
                    inT = false;
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (inV) {
                    append(v, xml.getText());
                } else if (inT) {
                    append(inline, xml.getText());
                }
            }
        }
        String t = type == null ? "n" : type;
        switch (t) {
            case "inlineStr":
                return inline == null ? null : unescape(inline.toString());
            case "s":
                if (v == null || v.isEmpty()) {
                    return null;
                }
                int index = Integer.parseInt(v.toString().trim());
                if (index < 0 || index >= strings.getCount()) {
                    return null;
                }
                String s = strings.getItemAt(index).getString();
                return s == null ? null : s.length() > limits.maxCellChars() ? s.substring(0, limits.maxCellChars()) : s;
            case "str":
                return v == null ? null : unescape(v.toString());
            case "b":
                return v == null ? null : Boolean.valueOf(v.toString().trim().equals("1"));
            case "e":
                return null;
            case "d":
                return v == null ? null : isoDate(v.toString().trim());
            default:
                if (v == null || v.isEmpty()) {
                    return null;
                }
                double number;
                try {
                    number = Double.parseDouble(v.toString().trim());
                } catch (NumberFormatException e) {
                    return v.toString().trim();
                }
                if (style != null && isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
                    return DateUtil.getLocalDateTime(number, date1904);
                }
                return number;
        }
    }

    private boolean isDateStyle(String style) {
        try {
            return styles.isDate(Integer.parseInt(style.trim()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Object isoDate(String text) {
        try {
            if (text.length() <= 10) {
                return LocalDate.parse(text).atStartOfDay();
            }
            return LocalDateTime.parse(text.replace("Z", ""));
        } catch (RuntimeException e) {
            return text;
        }
    }

    private void append(StringBuilder sb, String text) {
        int room = limits.maxCellChars() - sb.length();
        if (room > 0) {
            sb.append(text, 0, Math.min(room, text.length()));
        }
    }

    private static String unescape(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        Matcher m = ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int column(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > 1_000_000) {
                break;
            }
        }
        return column - 1;
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // closing a reader we are done with
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only stream
        }
    }
}
