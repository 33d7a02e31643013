package org.favornet.ingest;

/** The whole file is refused (no header, a required column missing, a column twice); nothing of it is written. */
public class FileRejected extends RuntimeException {

    public FileRejected(String message) {
        super(message);
    }
}
