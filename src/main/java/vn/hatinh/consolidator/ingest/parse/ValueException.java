package vn.hatinh.consolidator.ingest.parse;

/** A cell value that cannot be read; the message is the plain Vietnamese sentence the unit reads. */
public class ValueException extends Exception {

    public ValueException(String message) {
        super(message);
    }
}
