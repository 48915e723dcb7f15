package vn.hatinh.consolidator.backup;

/** A restore would overwrite a store that holds data, and the operator did not ask for it. */
public class StoreNotEmptyException extends RuntimeException {

    public StoreNotEmptyException(String message) {
        super(message);
    }
}
