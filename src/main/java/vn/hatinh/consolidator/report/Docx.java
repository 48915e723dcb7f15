package vn.hatinh.consolidator.report;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * The page and type of a Vietnamese administrative document (Decree 30/2020/NĐ-CP, Appendix I): A4, margins top and
 * bottom 20 mm, left 30 mm, right 15 mm, Times New Roman, body 14 pt.
 */
final class Docx {

    static final String FONT = "Times New Roman";
    static final int BODY_PT = 14;
    static final int TWIPS_PER_MM = 57;

    private Docx() {
    }

    static void pageSetup(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(twips(20));
        margins.setBottom(twips(20));
        margins.setLeft(twips(30));
        margins.setRight(twips(15));
    }

    /** Millimetres to twips, rounded up so a margin is never below the decree's minimum. */
    static BigInteger twips(double mm) {
        return BigInteger.valueOf((long) Math.ceil(mm * 1440 / 25.4));
    }

    static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.15);
        if (indent) {
            p.setIndentationFirstLine(10 * TWIPS_PER_MM);
        }
        return p;
    }

    static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
        return r;
    }

    static void cellLine(XWPFTableCell cell, boolean first, String text, boolean bold, boolean italic, int size) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, text, bold, italic, size);
    }

    /** A borderless two-column table, the layout of the header block and of the signature block. */
    static XWPFTable twoColumns(XWPFDocument doc, int leftTwips, int rightTwips) {
        XWPFTable table = doc.createTable(1, 2);
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        borders.addNewTop().setVal(STBorder.NONE);
        borders.addNewBottom().setVal(STBorder.NONE);
        borders.addNewLeft().setVal(STBorder.NONE);
        borders.addNewRight().setVal(STBorder.NONE);
        borders.addNewInsideH().setVal(STBorder.NONE);
        borders.addNewInsideV().setVal(STBorder.NONE);
        table.getRow(0).getCell(0).setWidth(Integer.toString(leftTwips));
        table.getRow(0).getCell(1).setWidth(Integer.toString(rightTwips));
        return table;
    }
}
